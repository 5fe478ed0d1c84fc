import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import type { AcceptedLanguages } from '@payloadcms/translations'
import { deepMergeSimple } from '@payloadcms/translations/utilities'
import type { CollectionConfig, Config, PayloadRequest, Plugin } from 'payload'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { auditHooks, loginAuditHooks } from '../access/auditHooks'
import { isStaff, userOf } from '../access/roles'
import { Applications } from '../collections/Applications'
import { attachments } from '../collections/Attachments'
import { objectStoragePlugin } from '../collections/Attachments/objectStorage'
import { AuditLog } from '../collections/AuditLog'
import { RateLimitCounters } from '../collections/RateLimitCounters'
import { Authorities } from '../collections/Authorities'
import { AuthorityKinds } from '../collections/AuthorityKinds'
import { CaseEvents } from '../collections/CaseEvents'
import { CaseNotes } from '../collections/CaseNotes'
import { Cases } from '../collections/Cases'
import { DataElements } from '../collections/DataElements'
import { Decisions } from '../collections/Decisions'
import { Deliveries } from '../collections/Deliveries'
import { Messages } from '../collections/Messages'
import { SupplementRequests } from '../collections/SupplementRequests'
import { Organisations } from '../collections/Organisations'
import { PermitBundles } from '../collections/PermitBundles'
import { PermitTypes } from '../collections/PermitTypes'
import { DataSubjectRequests } from '../collections/DataSubjectRequests'
import { PublicDocuments } from '../collections/PublicDocuments'
import { ServiceDescriptions } from '../collections/ServiceDescriptions'
import { slugs } from '../collections/slugs'
import { users } from '../collections/Users'
import { explainHeldForSetup } from '../auth/mfa/staffMfa'
import { isStaffMfaRequired } from '../auth/mfa/isStaffMfaRequired'
import type { StaffMfaSettings } from '../auth/mfa/staffMfa'
import { staffMfaTranslations } from '../../admin/components/StaffMfa/translations'
import { deliverMessageTask } from '../connections/deliverMessageTask'
import type { DeliveryPolicy } from '../connections/deliveryPolicy'
import { databaseAdapter } from '../db/databaseAdapter'
import type { Env } from '../env'
import { logContext } from '../logging/logContext'
import { ServiceCalendar } from '../globals/ServiceCalendar'
import { sendEmailTask } from '../notifications/sendEmailTask'
import { notifyCustomerTask } from '../notifications/notifyCustomerTask'
import { withCustomerNotifications } from '../notifications/withCustomerNotifications'
import { ensureScheduled } from '../jobs/scheduling'
import { pruneAuditLogTask } from '../retention/pruneAuditLogTask'
import { pruneJobsTask } from '../retention/pruneJobsTask'
import { removeAbandonedDraftsTask } from '../retention/removeAbandonedDraftsTask'
import type { RetentionPolicy } from '../retention/retentionPolicy'
import { retentionPolicyOf, retentionTaskSlugs } from '../retention/retentionPolicy'
import { fi } from '../i18n/admin/fi'
import { adminComponentTranslations } from '../../admin/components/translations'
import { permitBundleTranslations } from '../collections/PermitBundles/translations'
import { monacoVsPath } from '../server/monacoAssets'
import { appendToCollection } from './appendToCollection'
import { withOwnCodeEditors } from './codeEditorFields'
import { withContentVersion } from '../catalogue/contentCache'
import { integrityErrors } from './integrityErrors'
import { mailTransportVerifier } from './mailTransportVerifier'
import { smtpTransportOptions } from './smtpTransportOptions'

/** Collections whose every write by a user lands in the audit log. */
const audited: string[] = [
  slugs.users,
  slugs.applications,
  slugs.cases,
  slugs.messages,
  slugs.supplementRequests,
  slugs.decisions,
  slugs.attachments,
  slugs.organisations,
  slugs.authorities,
  slugs.dataSubjectRequests,
]

const staffRequest = ({ req }: { req: PayloadRequest }) => isStaff(userOf(req))

/**
 * Payload's document locks live in a collection every signed-in user may write: a customer
 * could lock an authority out of its case. Lupa's records are not edited concurrently in
 * the admin often enough to need them.
 */
const withoutDocumentLocks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  lockDocuments: false,
})

/**
 * Audit hooks on the collections people's data lives in, and on the catalogue (CMS
 * content: permit types, bundles, authorities…), whose edits are recorded with their values
 * before and after.
 */
const withAudit = (collection: CollectionConfig): CollectionConfig => {
  const isCatalogue = collection.custom?.isContent === true
  if (!audited.includes(collection.slug) && !isCatalogue) return collection
  const hooks = auditHooks(collection.slug, { withValues: isCatalogue })
  return appendToCollection(collection, {
    hooks: collection.slug === slugs.users ? { ...hooks, ...loginAuditHooks } : hooks,
  })
}

export type CreateConfigOptions = {
  env: Env
  /** Committed migrations per dialect, applied before serving in production. */
  migrations?: Parameters<typeof databaseAdapter>[0]['migrations']
  /** Plugins (connection modes, identity, service desk…), each registered in one line. */
  plugins?: Plugin[]
  /** Retry timing of deliveries to authorities (tests shorten it). */
  deliveryPolicy?: Partial<DeliveryPolicy>
  /**
   * How long old records are kept. Its clean-up jobs are scheduled at start-up except in
   * test runs, which run them themselves.
   */
  retention?: Partial<RetentionPolicy>
  /** The time; tests pass a controllable clock. */
  clock?: () => Date
  /** Where log lines go; tests read them. @default standard output */
  logDestination?: LogDestination
  /**
   * Staff MFA (see src/auth/mfa). @default required when STAFF_MFA_REQUIRED says so, else in
   * production (LUPA_ENV=production)
   */
  staffMfa?: Partial<StaffMfaSettings>
}

type LogDestination = Extract<Config['logger'], { options: unknown }>['destination']

/**
 * The admin's languages, Finnish first and the default. Payload's list of language codes
 * has no Finnish, so its code is typed by hand here; the host hands the admin the code of
 * the request's Lupa locale (see createApp), which Payload then finds in this list.
 */
const finnish = 'fi' as AcceptedLanguages
const adminLanguages = { fi, sv, en }

/** The Payload configuration of Lupa, built from a checked environment. */
export const createConfig = ({
  env,
  migrations,
  plugins = [],
  deliveryPolicy,
  retention,
  clock,
  logDestination,
  staffMfa,
}: CreateConfigOptions) => {
  const retentionPolicy: Partial<RetentionPolicy> = {
    isScheduled: env.NODE_ENV !== 'test',
    auditLogMs: env.AUDIT_LOG_RETENTION_DAYS * 24 * 60 * 60 * 1000,
    ...retention,
  }
  const config: Config = {
    secret: env.PAYLOAD_SECRET,
    serverURL: env.PUBLIC_URL,
    cookiePrefix: env.PUBLIC_URL.startsWith('https:') ? '__Host-lupa' : 'payload', // see sessionCookieName
    cors: [env.PUBLIC_URL],
    csrf: [env.PUBLIC_URL],
    telemetry: false,
    debug: false,
    sharp,
    editor: lexicalEditor(),
    db: databaseAdapter({ databaseUrl: env.DATABASE_URL, migrations }),
    custom: {
      isProduction: env.isProduction,
      deliveryPolicy: {
        ...(env.DELIVERY_NOTICE_AFTER_MINUTES === undefined
          ? {}
          : { customerNoticeAfterMs: env.DELIVERY_NOTICE_AFTER_MINUTES * 60_000 }),
        ...deliveryPolicy,
      },
      retention: retentionPolicy,
      clock,
      verifyMailTransport: mailTransportVerifier(env.SMTP_URL),
      probeToken: env.PROBE_TOKEN,
      staffMfa: {
        isRequired:
          staffMfa?.isRequired ??
          isStaffMfaRequired({ value: env.STAFF_MFA_REQUIRED, isProduction: env.isProduction }),
      },
    },
    email: env.SMTP_URL
      ? nodemailerAdapter({
          defaultFromAddress: env.MAIL_FROM.match(/<(.+)>/)?.[1] ?? env.MAIL_FROM,
          defaultFromName: env.MAIL_FROM.match(/^(.+?)\s*</)?.[1] ?? 'Lupa',
          transportOptions: smtpTransportOptions(env.SMTP_URL),
        })
      : undefined,
    // Each line names the request or job it was written for (requestId, jobId, task).
    logger: { options: { level: env.LOG_LEVEL, mixin: logContext }, destination: logDestination },
    // Client errors are expected: logged without alarm; refused access stays visible as a warning.
    loggingLevels: {
      APIError: 'warn',
      Forbidden: 'warn',
      AuthenticationError: 'warn',
      LockedAuth: 'warn',
      // A wrong or missing second factor at login (src/auth/mfa), like a wrong password.
      ...({ MfaCodeError: 'warn' } as Config['loggingLevels']),
      NotFound: 'info',
      QueryError: 'info',
      ValidationError: 'info',
      // Payload's type names only its own errors; a refused upload is no fault of Lupa's.
      ...({
        GraphQLError: 'info',
        UploadDeferredError: 'warn',
        InfectedFileError: 'info',
      } as Config['loggingLevels']),
    },
    admin: {
      user: slugs.users,
      avatar: 'default',
      importMap: {
        baseDir: path.resolve('admin'),
        importMapFile: path.resolve('admin/app/(payload)/admin/importMap.js'),
      },
      meta: { titleSuffix: ' – Lupa' },
      components: {
        // Monaco from Lupa's own origin (see monacoAssets), set before any editor mounts.
        providers: [
          { path: '/components/MonacoLoader#MonacoLoader', clientProps: { vsPath: monacoVsPath() } },
        ],
        // Staff MFA (src/auth/mfa): a sign-in form with a code field, the set-up at /admin/mfa,
        // and "unauthorized" sending staff held at enrolment there.
        views: {
          login: { Component: '/components/StaffMfa/LoginView#LoginView' },
          unauthorized: { Component: '/components/StaffMfa/UnauthorizedView#UnauthorizedView' },
          staffMfa: { Component: '/components/StaffMfa/SetupView#SetupView', path: '/mfa', exact: true },
        },
      },
      dateFormat: 'd.M.yyyy HH:mm',
    },
    i18n: {
      supportedLanguages: adminLanguages,
      fallbackLanguage: finnish,
      translations: deepMergeSimple(
        deepMergeSimple(adminComponentTranslations, permitBundleTranslations),
        staffMfaTranslations,
      ),
    },
    localization: {
      locales: [
        { code: 'fi', label: 'Suomi' },
        { code: 'sv', label: 'Svenska' },
        { code: 'en', label: 'English' },
      ],
      defaultLocale: 'fi',
      fallback: true,
    },
    typescript: { outputFile: path.resolve('src/payload-types.ts'), autoGenerate: false },
    graphQL: { disablePlaygroundInProduction: true },
    upload: { limits: { fileSize: 20 * 1024 * 1024, files: 10 } },
    collections: [
      users({ isHttps: env.PUBLIC_URL.startsWith('https:') }),
      Organisations,
      AuthorityKinds,
      Authorities,
      DataElements,
      PermitTypes,
      PermitBundles,
      ServiceDescriptions,
      PublicDocuments,
      Applications,
      Cases,
      CaseEvents,
      CaseNotes,
      Messages,
      SupplementRequests,
      Decisions,
      attachments({
        dataDir: env.DATA_DIR,
        uploadRate: { limit: env.UPLOAD_RATE_LIMIT, windowMs: 10 * 60 * 1000 },
        malwareScanUrl: env.CLAMAV_URL,
      }),
      AuditLog,
      DataSubjectRequests,
      Deliveries,
      RateLimitCounters,
    ]
      .map(withAudit)
      .map(withCustomerNotifications)
      .map(withoutDocumentLocks),
    jobs: {
      tasks: [
        deliverMessageTask,
        notifyCustomerTask,
        sendEmailTask,
        pruneJobsTask,
        removeAbandonedDraftsTask,
        pruneAuditLogTask,
      ],
      // Recent job history shows what was sent and when; pruneJobs deletes it after the retention period.
      deleteJobOnComplete: false,
      access: { run: staffRequest, queue: staffRequest, cancel: staffRequest },
      jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
        ...withOwnCodeEditors(defaultJobsCollection),
        access: { ...defaultJobsCollection.access, read: staffRequest },
        admin: { ...defaultJobsCollection.admin, hidden: false, group: 'System' },
        lockDocuments: false,
      }),
    },
    onInit: async (payload) => {
      if (retentionPolicyOf(payload).isScheduled)
        await ensureScheduled({
          payload,
          tasks: [
            retentionTaskSlugs.pruneJobs,
            retentionTaskSlugs.removeAbandonedDrafts,
            retentionTaskSlugs.pruneAuditLog,
          ],
        })
    },
    globals: [ServiceCalendar].map(withOwnCodeEditors),
    hooks: { afterError: [integrityErrors, explainHeldForSetup] },
    // Last, so that the collections plugins add go without document locks and with Lupa's code editors too.
    plugins: [
      ...plugins,
      objectStoragePlugin(env),
      (incoming) => ({
        ...incoming,
        collections: incoming.collections
          ?.map(withoutDocumentLocks)
          .map(withOwnCodeEditors)
          .map(withContentVersion),
      }),
    ],
  }
  return buildConfig(config)
}

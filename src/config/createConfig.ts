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

import { auditHooks } from '../access/auditHooks'
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
import { ServiceDescriptions } from '../collections/ServiceDescriptions'
import { slugs } from '../collections/slugs'
import { users } from '../collections/Users'
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

const withAudit = (collection: CollectionConfig): CollectionConfig => {
  if (!audited.includes(collection.slug)) return collection
  return appendToCollection(collection, { hooks: auditHooks(collection.slug) })
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
}: CreateConfigOptions) => {
  const retentionPolicy: Partial<RetentionPolicy> = { isScheduled: env.NODE_ENV !== 'test', ...retention }
  const config: Config = {
    secret: env.PAYLOAD_SECRET,
    serverURL: env.PUBLIC_URL,
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
      NotFound: 'info',
      QueryError: 'info',
      ValidationError: 'info',
      ...({ GraphQLError: 'info' } as Config['loggingLevels']),
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
      },
      dateFormat: 'd.M.yyyy HH:mm',
    },
    i18n: {
      supportedLanguages: adminLanguages,
      fallbackLanguage: finnish,
      translations: deepMergeSimple(adminComponentTranslations, permitBundleTranslations),
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
      Applications,
      Cases,
      CaseEvents,
      CaseNotes,
      Messages,
      SupplementRequests,
      Decisions,
      attachments({ dataDir: env.DATA_DIR }),
      AuditLog,
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
          tasks: [retentionTaskSlugs.pruneJobs, retentionTaskSlugs.removeAbandonedDrafts],
        })
    },
    globals: [ServiceCalendar].map(withOwnCodeEditors),
    hooks: { afterError: [integrityErrors] },
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

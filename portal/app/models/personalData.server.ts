import type { TFunction } from 'i18next'
import type { CollectionSlug, Payload, Where } from 'payload'
import { createLocalReq, Forbidden } from 'payload'

import { writeAudit } from '../../../src/access/auditHooks'
import { organisationIdsOf } from '../../../src/access/roles'
import { idOf } from '../../../src/collections/relations'
import { slugs } from '../../../src/collections/slugs'
import { customerEventTypes } from '../../../src/cases/appendCaseEvent'
import type { Locale } from '../../../src/domain/types'
import { documentPdf, type PdfSection } from '../../../src/pdf/documentPdf'
import { formatDateTime } from './authority.server'
import { asUser, type PortalUser } from './session.server'

/** Records of a kind Lupa holds on the person, as stored (secrets left out). */
type Records = Record<string, unknown>[]

/** Everything Lupa holds on a person, as the personal data download gives it. */
export type PersonalData = {
  generatedAt: string
  person: Record<string, unknown>
  organisations: Records
  signIns: Records
  applications: Records
  cases: Records
  caseHistory: Records
  messages: Records
  supplementRequests: Records
  decisions: Records
  files: Records
  /** What the person did in Lupa, as the audit log recorded it (newest first). */
  activity: Records
}

/** Fields that are the service's secrets or bookkeeping, never anyone's data to read. */
const secretFields = new Set([
  'hash',
  'salt',
  'sessions',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'apiKey',
  'apiKeyIndex',
  'enableAPIKey',
  'loginAttempts',
  'lockUntil',
  'sealedSubject',
  'subjectHash',
])

const withoutSecrets = (doc: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => !secretFields.has(key)))

/** Entries of the person's own activity in one download at most (the newest). */
const maxActivity = 1000

/**
 * Everything Lupa holds on the signed-in person: their account, the organisations they act
 * for, their sign-in identities (never the identity code itself, which is kept sealed), and
 * the applications, cases, history, messages, supplement requests, decisions and files of
 * their own and, through mandates, their organisations' applications, each read with their
 * own access rules, and their own activity from the audit log. The download is itself recorded.
 */
export const personalDataOf = async ({
  payload,
  user,
  request,
}: {
  payload: Payload
  user: PortalUser
  request: Request
}): Promise<PersonalData> => {
  const own = { ...asUser(user), depth: 0, pagination: false } as const
  // The person's records are theirs and their organisations' (as applicant or on whose
  // behalf), not all a staff or authority role may read: those are the service's records.
  const organisationIds = organisationIdsOf(user)
  const theirs: Where = {
    or: [
      { applicant: { equals: user.id } },
      ...(organisationIds.length > 0 ? [{ onBehalfOf: { in: organisationIds } }] : []),
    ],
  }
  // A kind of record the person's role may not read at all holds nothing of theirs to give.
  const all = async (collection: CollectionSlug, where?: Where) =>
    (
      await payload
        .find({ collection, where: where ? { and: [theirs, where] } : theirs, sort: 'createdAt', ...own })
        .catch((error: unknown) => {
          if (error instanceof Forbidden) return { docs: [] }
          throw error
        })
    ).docs.map(withoutSecrets)
  const system = { overrideAccess: true, depth: 0, pagination: false } as const
  // The identity plugin is configured per environment: without it there are no identities.
  const identities = payload.collections.identities
    ? (
        await payload.find({
          collection: 'identities',
          where: { user: { equals: user.id } },
          ...system,
        })
      ).docs.map(withoutSecrets)
    : []
  const [person, organisations, applications, cases, caseHistory, messages, requests, decisions, files] =
    await Promise.all([
      payload
        .findByID({ collection: slugs.users, id: user.id, ...asUser(user), depth: 0 })
        .then(withoutSecrets),
      // Customers do not read organisations through the API: theirs are read for them.
      payload
        .find({ collection: slugs.organisations, where: { id: { in: organisationIds } }, ...system })
        .then(({ docs }) => docs.map(withoutSecrets)),
      all(slugs.applications),
      all(slugs.cases),
      all(slugs.caseEvents, { type: { in: [...customerEventTypes] } }),
      all(slugs.messages),
      all(slugs.supplementRequests),
      all(slugs.decisions),
      all(slugs.attachments, { or: [theirs, { uploadedBy: { equals: user.id } }] }),
    ])
  const activity = (
    await payload.find({
      collection: slugs.auditLog,
      where: { actor: { equals: user.id } },
      sort: '-createdAt',
      limit: maxActivity,
      ...system,
      pagination: true,
    })
  ).docs.map(({ createdAt, action, resource, resourceId, ip }) => ({
    createdAt,
    action,
    resource,
    resourceId,
    ip,
  }))
  const req = await createLocalReq(
    { user: { ...user, collection: slugs.users }, req: { headers: request.headers } },
    payload,
  )
  await writeAudit({
    req,
    action: 'export',
    resource: slugs.users,
    resourceId: user.id,
    detail: { of: 'personal-data' },
  })
  return {
    generatedAt: new Date().toISOString(),
    person,
    organisations,
    signIns: identities,
    applications,
    cases,
    caseHistory,
    messages,
    supplementRequests: requests,
    decisions,
    files,
    activity,
  }
}

const text = (value: unknown) =>
  value == null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)

/** The personal data download as a readable PDF in the person's language. */
export const personalDataPdfOf = async ({
  data,
  locale,
  t,
}: {
  data: PersonalData
  locale: Locale
  t: TFunction<'account'>
}) => {
  const at = (value: unknown) =>
    formatDateTime({ value: typeof value === 'string' ? value : null, locale }) ?? ''
  const listed = (
    heading: string,
    records: Records,
    line: (record: Record<string, unknown>) => string,
  ): PdfSection => ({
    heading: `${heading} (${records.length})`,
    paragraphs: records.length > 0 ? records.map(line) : [t('data.none')],
  })
  const caseNumberOf = new Map(data.cases.map((record) => [String(record.id), text(record.caseNumber)]))
  const caseOf = (record: Record<string, unknown>) => caseNumberOf.get(String(idOf(record.case))) ?? ''
  const sections: PdfSection[] = [
    {
      heading: t('data.person'),
      rows: (['name', 'email', 'phone', 'role', 'locale', 'createdAt'] as const).map((field) => [
        t(`data.fields.${field}`),
        field === 'createdAt' ? at(data.person[field]) : text(data.person[field]),
      ]),
    },
    listed(
      t('data.organisations'),
      data.organisations,
      (record) => `${text(record.name)} (${text(record.businessId)})`,
    ),
    listed(
      t('data.signIns'),
      data.signIns,
      (record) => `${text(record.idp)} · ${text(record.kind)} · ${at(record.lastLoginAt)}`,
    ),
    listed(
      t('data.applications'),
      data.applications,
      (record) =>
        `${text(record.title) || text(record.id)} · ${text(record.receiptNumber)} · ${at(record.submittedAt) || t('data.draft')}`,
    ),
    listed(
      t('data.cases'),
      data.cases,
      (record) => `${text(record.caseNumber)} · ${text(record.status)} · ${at(record.createdAt)}`,
    ),
    listed(
      t('data.caseHistory'),
      data.caseHistory,
      (record) => `${at(record.createdAt)} · ${caseOf(record)} · ${text(record.type)}`,
    ),
    listed(
      t('data.messages'),
      data.messages,
      (record) => `${at(record.createdAt)} · ${caseOf(record)} · ${text(record.body)}`,
    ),
    listed(
      t('data.supplementRequests'),
      data.supplementRequests,
      (record) =>
        `${caseOf(record)} · ${text(record.whatIsMissing)} · ${text(record.status)} · ${text(record.answer)}`,
    ),
    listed(
      t('data.decisions'),
      data.decisions,
      (record) => `${caseOf(record)} · ${text(record.outcome)} · ${text(record.summary)}`,
    ),
    listed(
      t('data.files'),
      data.files,
      (record) => `${text(record.description)} · ${text(record.mimeType)} · ${text(record.filesize)} B`,
    ),
    listed(
      t('data.activity'),
      data.activity,
      (record) =>
        `${at(record.createdAt)} · ${text(record.action)} · ${text(record.resource)} ${text(record.resourceId)}`,
    ),
  ]
  return documentPdf({
    title: t('data.pdfTitle'),
    subtitle: text(data.person.name),
    language: locale,
    sections,
    footer: t('data.pdfFooter', { date: at(data.generatedAt) }),
  })
}

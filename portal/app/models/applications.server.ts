import { createHash } from 'node:crypto'

import type { Payload, PayloadRequest, Where } from 'payload'
import { createLocalReq } from 'payload'
import { data } from 'react-router'

import { nowOf, todayInFinland } from '../../../src/clock'
import { idOf } from '../../../src/collections/relations'
import type { Id, Rel } from '../../../src/collections/relations'
import { slugs } from '../../../src/collections/slugs'
import { isFinalCaseStatus } from '../../../src/domain/case-status'
import type { CaseStatus } from '../../../src/domain/case-status'
import { localize } from '../../../src/domain/localize'
import type { Locale, LocalizedText } from '../../../src/domain/types'
import { formatDate } from '../i18n/format'
import { attachmentHrefOf, authorityNamesOf, permitTypeNamesOf } from './authority.server'
import { calendarDateOf, formatDateTime, outcomeLabelOf, statusLabelOf } from './authorityLabels.server'
import { asUser, type PortalUser } from './session.server'
import { readApplication } from './readApplication.server'

type Doc = Record<string, unknown> & { id: Id }

/*
 * The customer's one view of their applications. Every record is read with the signed-in
 * customer's own access rules (`asUser`): their own applications and those of the
 * organisations they act for, and of those only what a customer may see (never the
 * messages between authorities). Catalogue names (bundles, permit types, authorities,
 * data elements) are public and read as such.
 */

export const notFound = () => data(null, { status: 404 })

/** A Local API request acting as the signed-in user, for server functions that take a `req`. */
export const requestOf = (payload: Payload, user: PortalUser): Promise<PayloadRequest> =>
  createLocalReq({ user: { ...user, collection: slugs.users } as never }, payload)

/** The case events a customer's history shows; deliveries, reminders and escalations are the service's own. */
export const customerEventTypes = ['submitted', 'status-changed', 'changed', 'message'] as const
export type CustomerEventType = (typeof customerEventTypes)[number]

/** How far delivery has come, apart from the case's status. */
export type DeliveryState = 'pending' | 'delivered' | 'failed' | 'dead-lettered' | 'not-configured'

export type FileLink = { name: string; href: string }

/** One entry of a case's history, ready to read. */
export type HistoryEntry = {
  id: string
  type: CustomerEventType
  atText: string
  /** For a status change: the new status in the language. */
  statusText: string | null
  /** For a data change: the labels of the changed data. */
  changed: string[]
}

export type MessageView = {
  id: string
  body: string
  atText: string
  /** Who wrote it: the customer's side, or the authority named. */
  isFromCustomer: boolean
  authorityName: string | null
  attachments: FileLink[]
}

export type SupplementRequestView = {
  id: string
  caseId: string
  whatIsMissing: string
  dueDateText: string
  isOverdue: boolean
  status: 'open' | 'answered' | 'cancelled'
  answer: string | null
  answeredAtText: string | null
  attachments: FileLink[]
}

export type DecisionView = {
  id: string
  outcome: string
  outcomeText: string
  summary: string
  decidedAtText: string
  document: FileLink | null
}

export type CaseView = {
  id: string
  caseNumber: string
  permitTypeName: string
  authorityName: string
  status: CaseStatus
  statusText: string
  outcomeText: string | null
  /** The authority's own reference, once it gave one. */
  externalReference: string | null
  expectedDecisionDateText: string | null
  delivery: { state: DeliveryState; deliveredAtText: string | null; receivedAtText: string | null }
  history: HistoryEntry[]
  messages: MessageView[]
  supplementRequests: SupplementRequestView[]
  decisions: DecisionView[]
}

export type ApplicationView = {
  id: string
  title: string
  bundleName: string
  receiptNumber: string
  submittedAtText: string
  onBehalfOf: string | null
  cases: CaseView[]
  /** Messages about the application as a whole. */
  messages: MessageView[]
  summary: { total: number; decided: number; openSupplementRequests: number }
  /** True while some case can still take a change of data. */
  canChange: boolean
  /** Changes whenever anything on the page would (see {@link loadLiveVersion}). */
  version: string
}

const text = (value: unknown, locale: Locale): string =>
  typeof value === 'string' ? value : localize((value as LocalizedText | null) ?? null, locale)

const idsOf = (value: unknown): Id[] =>
  ((value as Rel[] | null | undefined) ?? []).map(idOf).filter((id): id is Id => id !== null)

const bundleNamesOf = async (payload: Payload, ids: Id[], locale: Locale) => {
  if (ids.length === 0) return new Map<string, string>()
  // The name of the bundle an application was made for stays readable even if the bundle
  // is unpublished later: the customer's right to the application is checked already.
  const { docs } = await payload.find({
    collection: slugs.permitBundles,
    where: { id: { in: ids } },
    overrideAccess: true,
    locale,
    fallbackLocale: 'fi',
    depth: 0,
    pagination: false,
    select: { name: true },
  })
  return new Map(docs.map((doc) => [String(doc.id), text(doc.name, locale)]))
}

const organisationNamesOf = async (payload: Payload, user: PortalUser, ids: Id[]) => {
  if (ids.length === 0) return new Map<string, string>()
  const { docs } = await payload.find({
    collection: slugs.organisations,
    where: { id: { in: ids } },
    ...asUser(user),
    depth: 0,
    pagination: false,
    select: { name: true },
  })
  return new Map(docs.map((doc) => [String(doc.id), String(doc.name)]))
}

/** Files the user may read, by id, as links that Payload serves with the session's access. */
const fileLinksOf = async (payload: Payload, user: PortalUser, ids: Id[]) => {
  if (ids.length === 0) return new Map<string, FileLink>()
  const { docs } = await payload.find({
    collection: slugs.attachments,
    where: { id: { in: ids } },
    ...asUser(user),
    depth: 0,
    pagination: false,
  })
  return new Map(
    docs.map((doc) => [
      String(doc.id),
      {
        name: (typeof doc.description === 'string' && doc.description) || String(doc.filename ?? ''),
        href: attachmentHrefOf(doc.filename),
      },
    ]),
  )
}

const linksFor = (links: Map<string, FileLink>, ids: Id[]) =>
  ids.map((id) => links.get(String(id))).filter((link): link is FileLink => Boolean(link))

// ---------------------------------------------------------------------------------------
// My applications
// ---------------------------------------------------------------------------------------

export type ApplicationListItem = {
  id: string
  title: string
  bundleName: string
  status: 'draft' | 'submitted'
  receiptNumber: string | null
  /** Submitted at, or for a draft when it was last saved. */
  dateText: string
  onBehalfOf: string | null
  cases: { total: number; decided: number; openSupplementRequests: number }
}

/** The user's applications (their own and their organisations'), newest first: drafts and submitted ones. */
export const listApplications = async ({
  payload,
  user,
  locale,
}: {
  payload: Payload
  user: PortalUser
  locale: Locale
}): Promise<{ drafts: ApplicationListItem[]; submitted: ApplicationListItem[] }> => {
  const { docs } = await payload.find({
    collection: slugs.applications,
    ...asUser(user),
    depth: 0,
    limit: 200,
    sort: '-updatedAt',
    select: {
      title: true,
      bundle: true,
      status: true,
      receiptNumber: true,
      submittedAt: true,
      updatedAt: true,
      onBehalfOf: true,
    },
  })
  const applicationIds = docs.map((doc) => doc.id)
  const inApplications: Where = { application: { in: applicationIds } }
  const [bundleNames, organisationNames, cases, openRequests] = await Promise.all([
    bundleNamesOf(payload, [...new Set(docs.map((doc) => idOf(doc.bundle as Rel)!))], locale),
    organisationNamesOf(
      payload,
      user,
      [...new Set(docs.map((doc) => idOf(doc.onBehalfOf as Rel)))].filter((id): id is Id => id !== null),
    ),
    applicationIds.length === 0
      ? { docs: [] }
      : payload.find({
          collection: slugs.cases,
          where: inApplications,
          ...asUser(user),
          depth: 0,
          pagination: false,
          select: { application: true, status: true },
        }),
    applicationIds.length === 0
      ? { docs: [] }
      : payload.find({
          collection: slugs.supplementRequests,
          where: { and: [inApplications, { status: { equals: 'open' } }] },
          ...asUser(user),
          depth: 0,
          pagination: false,
          select: { application: true },
        }),
  ])
  const countOf = (
    rows: Record<string, unknown>[],
    applicationId: Id,
    isCounted = (_row: Record<string, unknown>) => true,
  ) =>
    rows.filter((row) => String(idOf(row.application as Rel)) === String(applicationId) && isCounted(row))
      .length

  const items = docs.map((doc): ApplicationListItem => {
    const bundleName = bundleNames.get(String(idOf(doc.bundle as Rel))) ?? ''
    const isDraft = doc.status !== 'submitted'
    return {
      id: String(doc.id),
      title: (typeof doc.title === 'string' && doc.title) || bundleName,
      bundleName,
      status: isDraft ? 'draft' : 'submitted',
      receiptNumber: (doc.receiptNumber as string | null) ?? null,
      dateText: formatDateTime({ value: isDraft ? doc.updatedAt : doc.submittedAt, locale }) ?? '',
      onBehalfOf: organisationNames.get(String(idOf(doc.onBehalfOf as Rel))) ?? null,
      cases: {
        total: countOf(cases.docs, doc.id),
        decided: countOf(cases.docs, doc.id, (row) => row.status === 'decided'),
        openSupplementRequests: countOf(openRequests.docs, doc.id),
      },
    }
  })
  return {
    drafts: items.filter((item) => item.status === 'draft'),
    submitted: items.filter((item) => item.status === 'submitted'),
  }
}

// ---------------------------------------------------------------------------------------
// The one view
// ---------------------------------------------------------------------------------------

type Stamp = { id: Id; updatedAt?: unknown }

/** A fingerprint of every record the page shows: it changes when any of them is added or changes. */
const versionOf = (groups: Stamp[][]) =>
  createHash('sha256')
    .update(
      JSON.stringify(
        groups.map((rows) => rows.map((row) => `${String(row.id)}@${String(row.updatedAt ?? '')}`).sort()),
      ),
    )
    .digest('base64url')
    .slice(0, 22)

/** The records of an application the page shows, each read with the user's access. */
const recordsOf = async ({
  payload,
  user,
  applicationId,
  isStampOnly = false,
}: {
  payload: Payload
  user: PortalUser
  applicationId: Id
  isStampOnly?: boolean
}) => {
  const ofApplication: Where = { application: { equals: applicationId } }
  const options = { ...asUser(user), depth: 0, pagination: false } as const
  const stamp = { select: isStampOnly ? { updatedAt: true as const } : undefined }
  const [cases, events, messages, requests, decisions] = await Promise.all([
    payload.find({ collection: slugs.cases, where: ofApplication, sort: 'caseNumber', ...options, ...stamp }),
    payload.find({
      collection: slugs.caseEvents,
      where: { and: [ofApplication, { type: { in: [...customerEventTypes] } }] },
      sort: 'createdAt',
      ...options,
      ...stamp,
    }),
    payload.find({
      collection: slugs.messages,
      where: ofApplication,
      sort: 'createdAt',
      ...options,
      ...stamp,
    }),
    payload.find({
      collection: slugs.supplementRequests,
      where: ofApplication,
      sort: 'createdAt',
      ...options,
      ...stamp,
    }),
    payload.find({
      collection: slugs.decisions,
      where: ofApplication,
      sort: 'createdAt',
      ...options,
      ...stamp,
    }),
  ])
  const rows = (result: { docs: unknown[] }) => result.docs as Doc[]
  return {
    cases: rows(cases),
    events: rows(events),
    messages: rows(messages),
    requests: rows(requests),
    decisions: rows(decisions),
  }
}

const versionOfRecords = (records: Awaited<ReturnType<typeof recordsOf>>) =>
  versionOf([records.cases, records.events, records.messages, records.requests, records.decisions])

/**
 * The fingerprint of what the one view of an application shows, for the page to tell
 * cheaply whether it is out of date. 404 for an application the user may not see.
 */
export const loadLiveVersion = async ({
  payload,
  user,
  id,
}: {
  payload: Payload
  user: PortalUser
  id: string
}): Promise<string> => {
  const application = await readApplication({ payload, user, id })
  return versionOfRecords(
    await recordsOf({ payload, user, applicationId: application.id, isStampOnly: true }),
  )
}

const deliveryStates: DeliveryState[] = ['pending', 'delivered', 'failed', 'dead-lettered', 'not-configured']

/** Labels of data elements by key, in the language (public catalogue data). */
const elementLabelsOf = async (payload: Payload, keys: string[], locale: Locale) => {
  if (keys.length === 0) return new Map<string, string>()
  const { docs } = await payload.find({
    collection: slugs.dataElements,
    where: { key: { in: keys } },
    overrideAccess: false,
    user: null,
    locale,
    fallbackLocale: 'fi',
    depth: 0,
    pagination: false,
    select: { key: true, label: true },
  })
  return new Map(docs.map((doc) => [String(doc.key), text(doc.label, locale)]))
}

/**
 * The writing authority of messages sent to the application as a whole (they name no
 * case). Only the authority's name reaches the page, never the user record.
 */
const senderAuthoritiesOf = async (payload: Payload, messages: Doc[]) => {
  const senders = messages
    .filter((message) => message.senderKind === 'authority' && idOf(message.case as Rel) === null)
    .map((message) => idOf(message.sender as Rel))
    .filter((id): id is Id => id !== null)
  if (senders.length === 0) return new Map<string, Id>()
  const { docs } = await payload.find({
    collection: slugs.users,
    where: { id: { in: [...new Set(senders)] } },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { authority: true },
  })
  return new Map(
    docs
      .map((doc): [string, Id | null] => [String(doc.id), idOf(doc.authority as Rel)])
      .filter((entry): entry is [string, Id] => entry[1] !== null),
  )
}

/**
 * Everything the one view shows of a submitted application: each case with its authority,
 * status, delivery receipt, expected decision date, history, messages, supplement requests
 * and decisions, and the messages about the whole application. A draft has no view yet:
 * the caller sends the user to the wizard (`isDraft`). 404 for an application the user may
 * not see.
 */
export const loadApplicationView = async ({
  payload,
  user,
  id,
  locale,
  today = todayInFinland(nowOf(payload)),
}: {
  payload: Payload
  user: PortalUser
  id: string
  locale: Locale
  today?: string
}): Promise<{ isDraft: true; id: string } | ({ isDraft: false } & ApplicationView)> => {
  const application = await readApplication({ payload, user, id })
  if (application.status !== 'submitted') return { isDraft: true, id: String(application.id) }
  const records = await recordsOf({ payload, user, applicationId: application.id })
  const { cases, events, messages, requests, decisions } = records

  const senderAuthorities = await senderAuthoritiesOf(payload, messages)
  const authorityIds = [
    ...cases.map((doc) => idOf(doc.authority as Rel)),
    ...messages.map((doc) => idOf(doc.authority as Rel)),
    ...senderAuthorities.values(),
  ].filter((value): value is Id => value !== null)
  const changedKeys = events.flatMap((event) =>
    ((event.detail as { changes?: { key?: unknown }[] } | null)?.changes ?? []).map((change) =>
      String(change.key),
    ),
  )
  const fileIds = [
    ...messages.flatMap((doc) => idsOf(doc.attachments)),
    ...requests.flatMap((doc) => idsOf(doc.answerAttachments)),
    ...decisions.map((doc) => idOf(doc.document as Rel)).filter((value): value is Id => value !== null),
  ]
  const [bundleNames, organisationNames, permitTypeNames, authorityNames, elementLabels, files] =
    await Promise.all([
      bundleNamesOf(payload, [idOf(application.bundle as Rel)!], locale),
      organisationNamesOf(
        payload,
        user,
        [idOf(application.onBehalfOf as Rel)].filter((value): value is Id => value !== null),
      ),
      permitTypeNamesOf({ payload, ids: cases.map((doc) => idOf(doc.permitType as Rel)!), locale }),
      authorityNamesOf({ payload, ids: [...new Set(authorityIds.map(String))], locale }),
      elementLabelsOf(payload, [...new Set(changedKeys)], locale),
      fileLinksOf(payload, user, fileIds),
    ])
  const nameOfAuthority = (value: unknown) => authorityNames.get(String(idOf(value as Rel))) ?? null
  const at = (value: unknown) => formatDateTime({ value, locale }) ?? ''
  const dateText = (value: unknown) => {
    const date = calendarDateOf(value)
    return date ? formatDate({ date, locale }) : null
  }

  const messageView = (doc: Doc): MessageView => ({
    id: String(doc.id),
    body: String(doc.body ?? ''),
    atText: at(doc.createdAt),
    isFromCustomer: doc.senderKind === 'customer',
    authorityName:
      doc.senderKind === 'customer'
        ? null
        : (nameOfAuthority(doc.authority) ??
          nameOfAuthority(senderAuthorities.get(String(idOf(doc.sender as Rel))))),
    attachments: linksFor(files, idsOf(doc.attachments)),
  })
  const requestView = (doc: Doc): SupplementRequestView => {
    const due = calendarDateOf(doc.dueDate)
    return {
      id: String(doc.id),
      caseId: String(idOf(doc.case as Rel)),
      whatIsMissing: String(doc.whatIsMissing ?? ''),
      dueDateText: dateText(doc.dueDate) ?? '',
      isOverdue: doc.status === 'open' && due !== null && due < today,
      status: doc.status as SupplementRequestView['status'],
      answer: (doc.answer as string | null) || null,
      answeredAtText: formatDateTime({ value: doc.answeredAt, locale }),
      attachments: linksFor(files, idsOf(doc.answerAttachments)),
    }
  }
  const decisionView = (doc: Doc): DecisionView => ({
    id: String(doc.id),
    outcome: String(doc.outcome),
    outcomeText: outcomeLabelOf(doc.outcome, locale) ?? '',
    summary: String(doc.summary ?? ''),
    decidedAtText: at(doc.decidedAt ?? doc.createdAt),
    document: files.get(String(idOf(doc.document as Rel))) ?? null,
  })
  const historyEntry = (doc: Doc): HistoryEntry => ({
    id: String(doc.id),
    type: doc.type as CustomerEventType,
    atText: at(doc.createdAt),
    statusText: doc.type === 'status-changed' ? statusLabelOf(doc.toStatus, locale) : null,
    changed: ((doc.detail as { changes?: { key?: unknown }[] } | null)?.changes ?? []).map(
      (change) => elementLabels.get(String(change.key)) ?? String(change.key),
    ),
  })
  const ofCase = (caseId: Id) => (doc: Doc) => String(idOf(doc.case as Rel)) === String(caseId)

  const caseViews = cases.map((doc): CaseView => {
    const state = String(doc.deliveryState ?? 'pending') as DeliveryState
    return {
      id: String(doc.id),
      caseNumber: String(doc.caseNumber),
      permitTypeName: permitTypeNames.get(String(idOf(doc.permitType as Rel))) ?? '',
      authorityName: nameOfAuthority(doc.authority) ?? '',
      status: doc.status as CaseStatus,
      statusText: statusLabelOf(doc.status, locale),
      outcomeText: outcomeLabelOf(doc.outcome, locale),
      externalReference: (doc.externalReference as string | null) || null,
      expectedDecisionDateText: doc.status === 'decided' ? null : dateText(doc.expectedDecisionDate),
      delivery: {
        state: deliveryStates.includes(state) ? state : 'pending',
        deliveredAtText: formatDateTime({ value: doc.deliveredAt, locale }),
        receivedAtText: formatDateTime({ value: doc.receivedAt, locale }),
      },
      history: events.filter(ofCase(doc.id)).map(historyEntry),
      messages: messages.filter(ofCase(doc.id)).map(messageView),
      supplementRequests: requests.filter(ofCase(doc.id)).map(requestView),
      decisions: decisions.filter(ofCase(doc.id)).map(decisionView),
    }
  })
  const bundleName = bundleNames.get(String(idOf(application.bundle as Rel))) ?? ''
  return {
    isDraft: false,
    id: String(application.id),
    title: (typeof application.title === 'string' && application.title) || bundleName,
    bundleName,
    receiptNumber: String(application.receiptNumber ?? ''),
    submittedAtText: at(application.submittedAt),
    onBehalfOf: organisationNames.get(String(idOf(application.onBehalfOf as Rel))) ?? null,
    cases: caseViews,
    messages: messages.filter((doc) => idOf(doc.case as Rel) === null).map(messageView),
    summary: {
      total: cases.length,
      decided: cases.filter((doc) => doc.status === 'decided').length,
      openSupplementRequests: requests.filter((doc) => doc.status === 'open').length,
    },
    canChange: cases.some((doc) => !isFinalCaseStatus(doc.status as CaseStatus)),
    version: versionOfRecords(records),
  }
}

import { createHash } from 'node:crypto'

import type { Payload, Where } from 'payload'
import { data } from 'react-router'
import { z } from 'zod'

import { customerEventTypes, type CustomerEventType } from '../../../src/cases/appendCaseEvent'
import { nowOf, todayInFinland } from '../../../src/clock'
import { deliveryPolicyOf } from '../../../src/connections/deliveryPolicy'
import { customerDeliveryStateOf } from '../../../src/domain/delivery-notice'
import { idOf, idsOf } from '../../../src/collections/relations'
import type { Id } from '../../../src/collections/relations'
import { slugs } from '../../../src/collections/slugs'
import { isIsoDate } from '../../../src/domain/calendar-date'
import { appealKindLabels } from '../../../src/collections/optionLabels'
import { isFinalCaseStatus } from '../../../src/domain/case-status'
import {
  appealInstructionsIn,
  decisionVersionsOf,
  versionOf as decisionVersionOf,
} from '../../../src/domain/decision-rules'
import type { CaseStatus } from '../../../src/domain/case-status'
import { supplementBatchesOf } from '../../../src/domain/supplement-batches'
import type { Locale } from '../../../src/domain/types'
import type {
  Application,
  Case,
  CaseEvent,
  Decision,
  Message,
  SupplementRequest,
} from '../../../src/payload-types'
import { formatDate } from '../i18n/format'
import { attachmentHrefOf, permitTypeNamesOf } from './authority.server'
import { authorityContactsOf, type AuthorityContact } from './authorityContacts.server'
import { timelineOf } from './applicationTimeline'
import {
  calendarDateOf,
  dateInFinlandOf,
  formatDateTime,
  outcomeLabelOf,
  statusLabelOf,
  textOf,
} from './authorityLabels.server'
import { asUser, type PortalUser } from './session.server'
import { readApplication } from './readApplication.server'

/*
 * The customer's one view of their applications. Every record is read with the signed-in
 * customer's own access rules (`asUser`): their own applications and those of the
 * organisations they act for, and of those only what a customer may see (never the
 * messages between authorities). Catalogue names (bundles, permit types, authorities,
 * data elements) are public and read as such.
 */

export const notFound = () => data(null, { status: 404 })

const isCustomerEvent = (event: CaseEvent): event is CaseEvent & { type: CustomerEventType } =>
  customerEventTypes.some((type) => type === event.type)

/** How far delivery has come, apart from the case's status. */
export type DeliveryState = NonNullable<Case['deliveryState']>

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
  /** The request the item belongs to: the items asked for together share it. */
  batch: string
  /** The item's place in its request, from 1, and the request's number of items. */
  itemNumber: number
  itemCount: number
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
  /** 1 for the first decision; a correction is the next version. */
  version: number
  /** False for a version a later one corrected. */
  isCurrent: boolean
  outcome: string
  outcomeText: string
  summary: string
  decidedAtText: string
  decisionMaker: string | null
  validFromText: string | null
  validUntilText: string | null
  conditions: string[]
  /** In the customer's language, else Finnish (`lang` says which). */
  appealInstructions: { heading: string; text: string; lang: Locale } | null
  /** Why this version corrects the earlier one. */
  correctionReason: string | null
  document: FileLink | null
}

export type CaseView = {
  id: string
  caseNumber: string
  permitTypeName: string
  authorityName: string
  /** How the customer reaches the authority; null when its record gives no contact details. */
  authorityContact: AuthorityContact | null
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

/** One date of the application's timeline. */
export type TimelineEntry = {
  date: string
  dateText: string
  kind: 'submitted' | 'supplement-due' | 'expected-decision' | 'decided' | 'start'
  /** The permit the date is about; null for the application's own dates. */
  permitTypeName: string | null
  /** For the start: what starts, in the bundle's words (the start date's label). */
  label?: string
  /** An expected decision or a supplement's due date later than the start date. */
  isAfterStart: boolean
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
  /** The bundle's deadlines and expected decisions against the start date, earliest first. */
  timeline: TimelineEntry[]
  /** True while some case can still take a change of data. */
  canChange: boolean
  /** Changes whenever anything on the page would (see {@link loadLiveVersion}). */
  version: string
}

/** Names of bundles, and whether each offers copying an application into a new one. */
type BundleSummary = {
  name: string
  isRepeatOffered: boolean
  /** The element that holds the start date (an event's first day, a restaurant's opening). */
  startDate: { key: string; label: string } | null
}

const bundleNamesOf = async (payload: Payload, ids: Id[], locale: Locale) => {
  if (ids.length === 0) return new Map<string, BundleSummary>()
  // The name of the bundle an application was made for stays readable even if the bundle
  // is unpublished later: the customer's right to the application is checked already.
  const inLocale = { locale, fallbackLocale: 'fi', depth: 0, pagination: false } as const
  const { docs } = await payload.find({
    collection: slugs.permitBundles,
    where: { id: { in: ids } },
    overrideAccess: true,
    ...inLocale,
    select: { name: true, isRepeatOffered: true, startDateElement: true },
  })
  const elementIds = [...new Set(idsOf(docs.map((doc) => doc.startDateElement)))]
  const { docs: elements } =
    elementIds.length === 0
      ? { docs: [] }
      : // Data elements are public catalogue data: read with the public's access rule.
        await payload.find({
          collection: slugs.dataElements,
          where: { id: { in: elementIds } },
          overrideAccess: false,
          user: null,
          ...inLocale,
          select: { key: true, label: true },
        })
  const elementOf = new Map(elements.map((element) => [String(element.id), element]))
  return new Map(
    docs.map((doc): [string, BundleSummary] => {
      const element = elementOf.get(String(idOf(doc.startDateElement)))
      return [
        String(doc.id),
        {
          name: textOf(doc.name, locale),
          isRepeatOffered: doc.isRepeatOffered !== false,
          startDate: element ? { key: element.key, label: textOf(element.label, locale) } : null,
        },
      ]
    }),
  )
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
  return new Map(docs.map((doc) => [String(doc.id), doc.name]))
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
      { name: doc.description || doc.filename || '', href: attachmentHrefOf(doc.filename) },
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
  /** A submitted application whose bundle offers copying it into a new one. */
  canCopy: boolean
  /** The event's first day (or the bundle's other start date), once the customer has given it. */
  startDate: { label: string; text: string } | null
}

/** The start date an application's values (or analysis answers) give, written out. */
const startDateOf = (
  doc: Pick<Application, 'values' | 'answers'>,
  element: BundleSummary['startDate'],
  locale: Locale,
) => {
  if (!element) return null
  const recordOf = (json: unknown) =>
    json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {}
  // As submission reads them: the form's values over the analysis answers.
  const value = { ...recordOf(doc.answers), ...recordOf(doc.values) }[element.key]
  return isIsoDate(value) ? { label: element.label, text: formatDate({ date: value, locale }) } : null
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
      values: true,
      answers: true,
    },
  })
  const applicationIds = docs.map((doc) => doc.id)
  const inApplications: Where = { application: { in: applicationIds } }
  const [bundleNames, organisationNames, cases, openRequests] = await Promise.all([
    bundleNamesOf(payload, [...new Set(idsOf(docs.map((doc) => doc.bundle)))], locale),
    organisationNamesOf(payload, user, [...new Set(idsOf(docs.map((doc) => doc.onBehalfOf)))]),
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
  const countOf = <Row extends { application?: unknown }>(
    rows: Row[],
    applicationId: Id,
    isCounted: (row: Row) => boolean = () => true,
  ) => rows.filter((row) => String(idOf(row.application)) === String(applicationId) && isCounted(row)).length

  const items = docs.map((doc): ApplicationListItem => {
    const bundle = bundleNames.get(String(idOf(doc.bundle)))
    const bundleName = bundle?.name ?? ''
    const isDraft = doc.status !== 'submitted'
    return {
      id: String(doc.id),
      title: doc.title || bundleName,
      bundleName,
      status: isDraft ? 'draft' : 'submitted',
      receiptNumber: doc.receiptNumber ?? null,
      dateText: formatDateTime({ value: isDraft ? doc.updatedAt : doc.submittedAt, locale }) ?? '',
      onBehalfOf: organisationNames.get(String(idOf(doc.onBehalfOf))) ?? null,
      cases: {
        total: countOf(cases.docs, doc.id),
        decided: countOf(cases.docs, doc.id, (row) => row.status === 'decided'),
        openSupplementRequests: countOf(openRequests.docs, doc.id),
      },
      canCopy: !isDraft && Boolean(bundle?.isRepeatOffered),
      startDate: startDateOf(doc, bundle?.startDate ?? null, locale),
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

type Stamp = { id: Id; updatedAt: string }

/** A fingerprint of every record the page shows: it changes when any of them is added or changes. */
const versionOf = (groups: Stamp[][]) =>
  createHash('sha256')
    .update(
      JSON.stringify(groups.map((rows) => rows.map((row) => `${String(row.id)}@${row.updatedAt}`).sort())),
    )
    .digest('base64url')
    .slice(0, 22)

const ofApplication = (applicationId: Id): Where => ({ application: { equals: applicationId } })

const customerEventsOf = (applicationId: Id): Where => ({
  and: [ofApplication(applicationId), { type: { in: [...customerEventTypes] } }],
})

/** The records of an application the page shows, each read with the user's access. */
const recordsOf = async ({
  payload,
  user,
  applicationId,
}: {
  payload: Payload
  user: PortalUser
  applicationId: Id
}) => {
  const options = { ...asUser(user), depth: 0, pagination: false, sort: 'createdAt' } as const
  const where = ofApplication(applicationId)
  const [cases, events, messages, requests, decisions] = await Promise.all([
    payload.find({ collection: slugs.cases, where, ...options, sort: 'caseNumber' }),
    payload.find({ collection: slugs.caseEvents, where: customerEventsOf(applicationId), ...options }),
    payload.find({ collection: slugs.messages, where, ...options }),
    // The items of one request were made in the same moment: their ids keep the order asked.
    payload.find({ collection: slugs.supplementRequests, where, ...options, sort: ['createdAt', 'id'] }),
    payload.find({ collection: slugs.decisions, where, ...options }),
  ])
  return {
    cases: cases.docs,
    events: events.docs,
    messages: messages.docs,
    requests: requests.docs,
    decisions: decisions.docs,
  }
}

/** The same records as {@link recordsOf}, only their ids and times of change. */
const stampsOf = async ({
  payload,
  user,
  applicationId,
}: {
  payload: Payload
  user: PortalUser
  applicationId: Id
}) => {
  const options = { ...asUser(user), depth: 0, pagination: false, select: { updatedAt: true } } as const
  const where = ofApplication(applicationId)
  const results = await Promise.all([
    payload.find({ collection: slugs.cases, where, ...options }),
    payload.find({ collection: slugs.caseEvents, where: customerEventsOf(applicationId), ...options }),
    payload.find({ collection: slugs.messages, where, ...options }),
    payload.find({ collection: slugs.supplementRequests, where, ...options }),
    payload.find({ collection: slugs.decisions, where, ...options }),
  ])
  return results.map((result) => result.docs)
}

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
  return versionOf(await stampsOf({ payload, user, applicationId: application.id }))
}

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
  return new Map(docs.map((doc) => [doc.key, textOf(doc.label, locale)]))
}

const changedDetail = z.object({ changes: z.array(z.object({ key: z.string() })) })

/** The keys of the data a `changed` event's detail lists. */
const changedKeysOf = (event: CaseEvent): string[] =>
  changedDetail.safeParse(event.detail).data?.changes.map((change) => change.key) ?? []

/**
 * The writing authority of messages sent to the application as a whole (they name no
 * case). Only the authority's name reaches the page, never the user record.
 */
const senderAuthoritiesOf = async (payload: Payload, messages: Message[]) => {
  const senders = idsOf(
    messages
      .filter((message) => message.senderKind === 'authority' && idOf(message.case) === null)
      .map((message) => message.sender),
  )
  if (senders.length === 0) return new Map<string, number>()
  const { docs } = await payload.find({
    collection: slugs.users,
    where: { id: { in: [...new Set(senders)] } },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { authority: true },
  })
  return new Map(
    docs.flatMap((doc) => {
      const authority = idOf(doc.authority)
      return authority === null ? [] : [[String(doc.id), authority] as const]
    }),
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
    ...idsOf(cases.map((doc) => doc.authority)),
    ...idsOf(messages.map((doc) => doc.authority)),
    ...senderAuthorities.values(),
  ]
  const fileIds = [
    ...messages.flatMap((doc) => idsOf(doc.attachments)),
    ...requests.flatMap((doc) => idsOf(doc.answerAttachments)),
    ...idsOf(decisions.map((doc) => doc.document)),
  ]
  const [bundleNames, organisationNames, permitTypeNames, authorityContacts, elementLabels, files] =
    await Promise.all([
      bundleNamesOf(payload, idsOf([application.bundle]), locale),
      organisationNamesOf(payload, user, idsOf([application.onBehalfOf])),
      permitTypeNamesOf({ payload, ids: idsOf(cases.map((doc) => doc.permitType)), locale }),
      authorityContactsOf({
        payload,
        where: { id: { in: [...new Set(authorityIds.map(String))] } },
        locale,
      }),
      elementLabelsOf(payload, [...new Set(events.flatMap(changedKeysOf))], locale),
      fileLinksOf(payload, user, fileIds),
    ])
  const contactOf = (authority: Id | null | undefined) => authorityContacts.get(String(authority)) ?? null
  const nameOfAuthority = (authority: Id | null | undefined) => contactOf(authority)?.name ?? null
  const at = (value: string | null | undefined) => formatDateTime({ value, locale }) ?? ''
  const dateText = (value: string | null | undefined) => {
    const date = calendarDateOf(value)
    return date ? formatDate({ date, locale }) : null
  }

  const messageView = (doc: Message): MessageView => ({
    id: String(doc.id),
    body: doc.body,
    atText: at(doc.createdAt),
    isFromCustomer: doc.senderKind === 'customer',
    authorityName:
      doc.senderKind === 'customer'
        ? null
        : (nameOfAuthority(idOf(doc.authority)) ??
          nameOfAuthority(senderAuthorities.get(String(idOf(doc.sender))))),
    attachments: linksFor(files, idsOf(doc.attachments)),
  })
  const batchOf = new Map(
    supplementBatchesOf(requests.map((doc) => ({ id: String(doc.id), batch: doc.batch }))).flatMap(
      ({ key, items }) => items.map((item, index) => [item.id, { key, index, count: items.length }] as const),
    ),
  )
  const requestView = (doc: SupplementRequest): SupplementRequestView => {
    const due = calendarDateOf(doc.dueDate)
    const status = doc.status ?? 'open'
    const batch = batchOf.get(String(doc.id))
    return {
      id: String(doc.id),
      caseId: String(idOf(doc.case)),
      batch: batch?.key ?? String(doc.id),
      itemNumber: (batch?.index ?? 0) + 1,
      itemCount: batch?.count ?? 1,
      whatIsMissing: doc.whatIsMissing,
      dueDateText: dateText(doc.dueDate) ?? '',
      isOverdue: doc.status === 'open' && due !== null && due < today,
      status,
      answer: doc.answer || null,
      answeredAtText: formatDateTime({ value: doc.answeredAt, locale }),
      attachments: linksFor(files, idsOf(doc.answerAttachments)),
    }
  }
  const decisionView = (doc: Decision, isCurrent: boolean): DecisionView => {
    const appeal = appealInstructionsIn(doc.appealInstructions, locale)
    return {
      id: String(doc.id),
      version: decisionVersionOf(doc),
      isCurrent,
      outcome: doc.outcome,
      outcomeText: outcomeLabelOf(doc.outcome, locale) ?? '',
      summary: doc.summary,
      // The decision's own date; a decision recorded before dates were asked, its recording day.
      decidedAtText: dateText(doc.decisionDate) ?? at(doc.decidedAt ?? doc.createdAt),
      decisionMaker: doc.decisionMaker || null,
      validFromText: dateText(doc.validFrom),
      validUntilText: dateText(doc.validUntil),
      conditions: (doc.conditions ?? []).map((row) => row.text),
      appealInstructions: appeal && {
        heading: appealKindLabels[appeal.kind][locale],
        text: appeal.text,
        lang: appeal.lang,
      },
      correctionReason: doc.correctionReason || null,
      document: files.get(String(idOf(doc.document))) ?? null,
    }
  }
  /** A case's decision, every version: the current one first, then those it corrected. */
  const decisionViewsOf = (docs: Decision[]): DecisionView[] => {
    const { current, earlier } = decisionVersionsOf(docs)
    return current ? [decisionView(current, true), ...earlier.map((doc) => decisionView(doc, false))] : []
  }
  const historyEntry = (doc: CaseEvent & { type: CustomerEventType }): HistoryEntry => ({
    id: String(doc.id),
    type: doc.type,
    atText: at(doc.createdAt),
    statusText: doc.type === 'status-changed' ? statusLabelOf(doc.toStatus, locale) : null,
    changed: changedKeysOf(doc).map((key) => elementLabels.get(key) ?? key),
  })
  const ofCase =
    (caseId: Id) =>
    (doc: { case?: number | Case | null }): boolean =>
      String(idOf(doc.case)) === String(caseId)

  const now = nowOf(payload)
  const caseViews = cases.map((doc): CaseView => ({
    id: String(doc.id),
    caseNumber: doc.caseNumber,
    permitTypeName: permitTypeNames.get(String(idOf(doc.permitType))) ?? '',
    authorityName: nameOfAuthority(idOf(doc.authority)) ?? '',
    authorityContact: contactOf(idOf(doc.authority)),
    status: doc.status,
    statusText: statusLabelOf(doc.status, locale),
    outcomeText: outcomeLabelOf(doc.outcome, locale),
    externalReference: doc.externalReference || null,
    expectedDecisionDateText: doc.status === 'decided' ? null : dateText(doc.expectedDecisionDate),
    delivery: {
      state: customerDeliveryStateOf({
        state: doc.deliveryState ?? 'pending',
        submittedAt: new Date(doc.createdAt),
        now,
        noticeAfterMs: deliveryPolicyOf(payload).customerNoticeAfterMs,
      }),
      deliveredAtText: formatDateTime({ value: doc.deliveredAt, locale }),
      receivedAtText: formatDateTime({ value: doc.receivedAt, locale }),
    },
    history: events.filter(ofCase(doc.id)).filter(isCustomerEvent).map(historyEntry),
    messages: messages.filter(ofCase(doc.id)).map(messageView),
    supplementRequests: requests.filter(ofCase(doc.id)).map(requestView),
    decisions: decisionViewsOf(decisions.filter(ofCase(doc.id))),
  }))
  const bundle = bundleNames.get(String(idOf(application.bundle)))
  const bundleName = bundle?.name ?? ''
  const startValue = bundle?.startDate ? application.values?.[bundle.startDate.key] : null
  const timeline = timelineOf({
    submittedOn: dateInFinlandOf(application.submittedAt),
    startDate: typeof startValue === 'string' && isIsoDate(startValue) ? startValue : null,
    cases: cases.map((doc) => ({
      permitTypeName: permitTypeNames.get(String(idOf(doc.permitType))) ?? '',
      expectedDecisionDate: doc.status === 'decided' ? null : (doc.expectedDecisionDate ?? null),
      decidedOn: doc.status === 'decided' ? dateInFinlandOf(doc.decidedAt) : null,
      supplementDueDates: requests
        .filter(ofCase(doc.id))
        .filter((request) => request.status === 'open')
        .map((request) => calendarDateOf(request.dueDate))
        .filter((date): date is string => date !== null),
    })),
  }).map((entry) => ({
    ...entry,
    dateText: formatDate({ date: entry.date, locale }),
    ...(entry.kind === 'start' && bundle?.startDate ? { label: bundle.startDate.label } : {}),
  }))
  return {
    isDraft: false,
    id: String(application.id),
    title: application.title || bundleName,
    bundleName,
    receiptNumber: application.receiptNumber ?? '',
    submittedAtText: at(application.submittedAt),
    onBehalfOf: organisationNames.get(String(idOf(application.onBehalfOf))) ?? null,
    cases: caseViews,
    timeline,
    messages: messages.filter((doc) => idOf(doc.case) === null).map(messageView),
    summary: {
      total: cases.length,
      decided: cases.filter((doc) => doc.status === 'decided').length,
      openSupplementRequests: requests.filter((doc) => doc.status === 'open').length,
    },
    canChange: cases.some((doc) => !isFinalCaseStatus(doc.status)),
    version: versionOf([cases, events, messages, requests, decisions]),
  }
}

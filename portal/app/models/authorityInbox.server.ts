import type { Payload } from 'payload'

import { idOf, idsOf } from '../../../src/collections/relations'
import type { Id } from '../../../src/collections/relations'
import { slugs } from '../../../src/collections/slugs'
import { isIsoDate } from '../../../src/domain/calendar-date'
import type { Locale } from '../../../src/domain/types'
import { formatDate } from '../i18n/format'
import { handlersOf } from '../../../src/cases/caseAssignment'
import { placeOf } from '../../../src/domain/case-search'
import { authorityNamesOf, permitTypeNamesOf, type AuthorityUser } from './authority.server'
import {
  applicantNameOf,
  inboxPageSize,
  inboxStatuses,
  inboxWhereOf,
  parseInboxFilters,
  type InboxFilterError,
  type InboxFilters,
} from './authorityInboxQuery.server'
import { inboxSortOf } from './inboxSorts'
import {
  calendarDateOf,
  dateInFinlandOf,
  deliveryStateLabelOf,
  statusLabelOf,
} from './authorityLabels.server'
import { asUser } from './session.server'

export type InboxRow = {
  id: string
  caseNumber: string
  permitType: string
  applicantName: string | null
  /** The event's or business's name, and where it is. */
  subjectName: string | null
  place: string | null
  /** The day the event starts (or the business opens). */
  startsOn: string | null
  submittedOn: string | null
  status: string
  statusLabel: string
  isUnopened: boolean
  /** Submitted after the latest date the permit type's lead time allows before the event. */
  isLate: boolean
  expectedDecisionOn: string | null
  /** The due date of the case's open supplement request, if any. */
  supplementDueOn: string | null
  deliveryState: string | null
  /** The handler's name; null while nobody handles the case. */
  handlerName: string | null
}

export type Inbox = {
  authorityName: string
  filters: InboxFilters
  decisionByInput: string
  errors: InboxFilterError[]
  rows: InboxRow[]
  totalDocs: number
  page: number
  totalPages: number
  statusOptions: { value: string; label: string }[]
  permitTypeOptions: { value: string; label: string }[]
  /** The authority's users, for the handler filter. */
  handlerOptions: { value: string; label: string }[]
}

/** The permit types an authority has joined (ids as strings). */
const joinedPermitTypesOf = async ({ payload, authority }: { payload: Payload; authority: Id }) => {
  // The field is staff-only; read as the system for the user's own authority alone, and used
  // only to narrow the permit-type filter (the cases are read with the user's access).
  const doc = await payload.findByID({
    collection: slugs.authorities,
    id: authority,
    overrideAccess: true,
    depth: 0,
    select: { joinedPermitTypes: true },
  })
  return idsOf(doc.joinedPermitTypes).map(String)
}

const dateOf = (value: unknown, locale: Locale) =>
  typeof value === 'string' && isIsoDate(value) ? formatDate({ date: value, locale }) : null

/**
 * The user's authority's cases for the inbox, one page at a time, with everything a row
 * shows. Everything is read with the user's own access rules.
 */
export const loadInbox = async ({
  payload,
  user,
  locale,
  params,
}: {
  payload: Payload
  user: AuthorityUser
  locale: Locale
  params: URLSearchParams
}): Promise<Inbox> => {
  const { filters, errors, decisionByInput } = parseInboxFilters(params)
  const authority = idOf(user.authority)!
  const result = await payload.find({
    collection: slugs.cases,
    where: inboxWhereOf({ filters, userId: user.id }),
    sort: inboxSortOf(filters.sort),
    page: filters.page,
    limit: inboxPageSize,
    depth: 0,
    ...asUser(user),
    select: {
      caseNumber: true,
      permitType: true,
      status: true,
      data: true,
      expectedDecisionDate: true,
      isLate: true,
      handler: true,
      subjectName: true,
      startDate: true,
      deliveryState: true,
      openedAt: true,
      createdAt: true,
    },
  })
  const docs = result.docs
  const ids = docs.map((doc) => doc.id)
  const { docs: supplements } =
    ids.length === 0
      ? { docs: [] }
      : await payload.find({
          collection: slugs.supplementRequests,
          where: { and: [{ case: { in: ids } }, { status: { equals: 'open' } }] },
          sort: 'dueDate',
          pagination: false,
          depth: 0,
          ...asUser(user),
          select: { case: true, dueDate: true },
        })
  const supplementDue = new Map<string, string>()
  for (const request of supplements) {
    const caseId = String(idOf(request.case))
    if (!supplementDue.has(caseId)) supplementDue.set(caseId, calendarDateOf(request.dueDate) ?? '')
  }
  const [permitTypeNames, authorityNames, joined, handlers] = await Promise.all([
    permitTypeNamesOf({ payload, locale }),
    authorityNamesOf({ payload, ids: [authority], locale }),
    joinedPermitTypesOf({ payload, authority }),
    handlersOf({ payload, authority }),
  ])
  const handlerNames = new Map(handlers.map((handler) => [String(handler.id), handler.name]))
  // The filter offers the permit types the authority handles (all, for one that has joined none).
  const ownPermitTypes = [...permitTypeNames.entries()].filter(
    ([id]) => joined.length === 0 || joined.includes(id),
  )
  return {
    authorityName: authorityNames.get(String(authority)) ?? '',
    filters,
    decisionByInput,
    errors,
    rows: docs.map((doc) => ({
      id: String(doc.id),
      caseNumber: doc.caseNumber,
      permitType: permitTypeNames.get(String(idOf(doc.permitType))) ?? '',
      applicantName: applicantNameOf(doc.data),
      subjectName: doc.subjectName ?? null,
      place: placeOf(doc.data),
      startsOn: dateOf(doc.startDate, locale),
      submittedOn: dateOf(dateInFinlandOf(doc.createdAt), locale),
      status: doc.status,
      statusLabel: statusLabelOf(doc.status, locale),
      isUnopened: !doc.openedAt,
      isLate: Boolean(doc.isLate),
      expectedDecisionOn: dateOf(doc.expectedDecisionDate, locale),
      supplementDueOn: dateOf(supplementDue.get(String(doc.id)), locale),
      deliveryState: deliveryStateLabelOf(doc.deliveryState, locale),
      handlerName: handlerNames.get(String(idOf(doc.handler))) ?? null,
    })),
    totalDocs: result.totalDocs,
    page: result.page ?? filters.page,
    totalPages: Math.max(result.totalPages, 1),
    statusOptions: inboxStatuses.map((status) => ({ value: status, label: statusLabelOf(status, locale) })),
    permitTypeOptions: ownPermitTypes
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
    handlerOptions: handlers.map((handler) => ({ value: String(handler.id), label: handler.name })),
  }
}

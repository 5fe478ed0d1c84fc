import type { Where } from 'payload'

import { isIsoDate } from '../../../src/domain/calendar-date'
import { searchableTextOf } from '../../../src/domain/case-search'
import { caseStatuses, finalCaseStatuses } from '../../../src/domain/case-status'
import type { CaseStatus } from '../../../src/domain/case-status'
import type { Case } from '../../../src/payload-types'
import { inboxSorts, type InboxSort } from './inboxSorts'

/*
 * The inbox's query, from the filters of its GET form: pure, no database.
 */

/** Statuses a case of an authority can have (never `draft`). */
export const inboxStatuses = caseStatuses.filter((status) => status !== 'draft')

/** The statuses of the inbox's `open` filter: not decided, withdrawn or cancelled. */
export const openInboxStatuses = inboxStatuses.filter((status) => !finalCaseStatuses.includes(status))

/** What the inbox shows: `open` (not decided, withdrawn or cancelled) unless asked otherwise. */
export type InboxFilters = {
  /** Free text: part of the case number, the applicant's or contact's name, the name or the address (see case-search). */
  q: string | null
  status: 'open' | 'all' | CaseStatus
  permitType: string | null
  /** Cases expected to be decided by this date ('YYYY-MM-DD'), earliest first when sorted so. */
  decisionBy: string | null
  /** Only cases nobody at the authority has opened yet. */
  isUnopenedOnly: boolean
  /** Whose cases: the signed-in user's (`me`), nobody's (`none`), one user's (their id), or everyone's (null). */
  handler: string | null
  /** Only cases that came in later than their event's lead time allows. */
  isLateOnly: boolean
  sort: InboxSort
  page: number
}

export type InboxFilterError = { field: 'decisionBy'; code: 'invalid-date' }

export const inboxPageSize = 20

/**
 * The inbox's filters from the query string of its GET form. Unknown values fall back to
 * the defaults; a malformed date is reported next to its field and not applied.
 */
export const parseInboxFilters = (
  params: URLSearchParams,
): { filters: InboxFilters; errors: InboxFilterError[]; decisionByInput: string } => {
  const status = params.get('status') ?? ''
  const sort = params.get('sort') ?? ''
  const decisionByInput = (params.get('decisionBy') ?? '').trim().slice(0, 20)
  const page = Number(params.get('page') ?? '1')
  const permitType = (params.get('permitType') ?? '').trim()
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, 100)
  const handler = (params.get('handler') ?? '').trim()
  const errors: InboxFilterError[] = []
  if (decisionByInput && !isIsoDate(decisionByInput))
    errors.push({ field: 'decisionBy', code: 'invalid-date' })
  return {
    filters: {
      q: q || null,
      status:
        status === 'all' || (inboxStatuses as readonly string[]).includes(status)
          ? (status as InboxFilters['status'])
          : 'open',
      permitType: /^[A-Za-z0-9_-]{1,64}$/.test(permitType) ? permitType : null,
      decisionBy: decisionByInput && isIsoDate(decisionByInput) ? decisionByInput : null,
      isUnopenedOnly: params.get('unopened') === '1',
      handler: /^[A-Za-z0-9_-]{1,64}$/.test(handler) ? handler : null,
      isLateOnly: params.get('late') === '1',
      sort: inboxSorts.includes(sort as InboxSort) ? (sort as InboxSort) : 'oldest',
      page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
    },
    errors,
    decisionByInput,
  }
}

/**
 * The query of the inbox: the user's authority's cases, filtered. The authority is not
 * repeated here: the cases' access rule (caseParty, applied by the inbox's `asUser` read)
 * already limits an authority user to their own authority's cases, and a second equal term
 * on the authority makes SQLite's planner, which has no statistics, pick the authority's
 * index alone and sort every case the authority ever had instead of reaching only the
 * asked statuses through the authority-and-status indexes (see bench/README.md, "Scale").
 */
export const inboxWhereOf = ({
  filters,
  userId,
}: {
  filters: InboxFilters
  /** The signed-in user, for the `me` handler filter. */
  userId: number | string
}): Where => {
  const where: Where[] = []
  // The open statuses by name (not "not final"): an index on authority and status then
  // reaches only the open cases, however many decided ones the authority has.
  if (filters.status === 'open') where.push({ status: { in: [...openInboxStatuses] } })
  else if (filters.status !== 'all') where.push({ status: { equals: filters.status } })
  if (filters.permitType) where.push({ permitType: { equals: filters.permitType } })
  if (filters.decisionBy) where.push({ expectedDecisionDate: { less_than_equal: filters.decisionBy } })
  if (filters.isUnopenedOnly) where.push({ openedAt: { exists: false } })
  if (filters.handler === 'none') where.push({ handler: { exists: false } })
  else if (filters.handler)
    where.push({ handler: { equals: filters.handler === 'me' ? userId : filters.handler } })
  if (filters.isLateOnly) where.push({ isLate: { equals: true } })
  if (filters.q) where.push({ searchText: { like: searchableTextOf(filters.q) } })
  return { and: where }
}

/** The data elements that name the applicant, in order of preference. */
const applicantNameKeys = ['organiserName', 'contactName']

/** Who applied, as the application names them to the authority (the case's own data). */
export const applicantNameOf = (caseData: Case['data']): string | null => {
  const values = caseData ?? {}
  for (const key of applicantNameKeys) {
    const value = values[key]
    if (typeof value === 'string' && value.trim()) return value.trim()
  }
  return null
}

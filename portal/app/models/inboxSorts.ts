/*
 * The inbox's orders, for the table's headers (in the browser) and the query alike.
 */

/** The inbox's orders: by arrival, and each sortable column either way (`-` first: descending). */
export const inboxSorts = [
  'oldest',
  'newest',
  'decision-date',
  '-decision-date',
  'event-date',
  '-event-date',
  'case-number',
  '-case-number',
  'name',
  '-name',
  'status',
  '-status',
] as const
export type InboxSort = (typeof inboxSorts)[number]

const sortFields: Record<InboxSort, string[]> = {
  oldest: ['createdAt'],
  newest: ['-createdAt'],
  'decision-date': ['expectedDecisionDate', 'createdAt'],
  '-decision-date': ['-expectedDecisionDate', 'createdAt'],
  'event-date': ['startDate', 'createdAt'],
  '-event-date': ['-startDate', 'createdAt'],
  'case-number': ['caseNumber'],
  '-case-number': ['-caseNumber'],
  name: ['subjectName', 'createdAt'],
  '-name': ['-subjectName', 'createdAt'],
  status: ['status', 'createdAt'],
  '-status': ['-status', 'createdAt'],
}

export const inboxSortOf = (sort: InboxSort): string[] => sortFields[sort]

/** A sortable column of the inbox's table: its order ascending and descending. */
export type SortableColumn = { ascending: InboxSort; descending: InboxSort }

export const sortableColumns = {
  caseNumber: { ascending: 'case-number', descending: '-case-number' },
  name: { ascending: 'name', descending: '-name' },
  eventDate: { ascending: 'event-date', descending: '-event-date' },
  received: { ascending: 'oldest', descending: 'newest' },
  expectedDecision: { ascending: 'decision-date', descending: '-decision-date' },
  status: { ascending: 'status', descending: '-status' },
} as const satisfies Record<string, SortableColumn>

/** How the table is sorted by a column now, and the order a click on its header asks for. */
export const columnSortOf = (
  column: SortableColumn,
  sort: InboxSort,
): { state: 'ascending' | 'descending' | 'none'; next: InboxSort } =>
  sort === column.ascending
    ? { state: 'ascending', next: column.descending }
    : sort === column.descending
      ? { state: 'descending', next: column.ascending }
      : { state: 'none', next: column.ascending }

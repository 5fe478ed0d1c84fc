import { caseSearchTextOf } from '../domain/case-search'

type Row = { id?: unknown; case_number?: unknown; data?: unknown }

/**
 * Fills in the search text of cases made before it was stored (a migration's step; each
 * dialect reads and writes its own way). JSON comes back as text from SQLite.
 */
export const backfillCaseSearchText = async ({
  rows,
  write,
}: {
  rows: Row[]
  write: (id: unknown, searchText: string) => Promise<unknown>
}) => {
  for (const row of rows) {
    const data = typeof row.data === 'string' ? (JSON.parse(row.data) as unknown) : row.data
    await write(
      row.id,
      caseSearchTextOf({
        caseNumber: typeof row.case_number === 'string' ? row.case_number : null,
        data:
          data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null,
      }),
    )
  }
}

/**
 * What an authority's inbox names a case by and sorts it by: the datum the bundle names its
 * applications by (the event's name) and the date its deadlines count back from (the event's
 * start), as the application gave them.
 */
export const caseSubjectOf = ({
  values,
  titleElement,
  startDateElement,
}: {
  values: Record<string, unknown> | null | undefined
  titleElement: string | null
  startDateElement: string | null
}): { subjectName: string | null; startDate: string | null } => {
  const textOf = (key: string | null) => {
    const value = key ? values?.[key] : undefined
    return typeof value === 'string' && value.trim() ? value.trim() : null
  }
  return {
    subjectName: textOf(titleElement)?.slice(0, 200) ?? null,
    startDate: textOf(startDateElement),
  }
}

type Row = { id?: unknown; values?: unknown; title_key?: unknown; start_key?: unknown }

/** Fills in the name and start date of cases made before they were stored (a migration's step). */
export const backfillCaseSubjects = async ({
  rows,
  write,
}: {
  rows: Row[]
  write: (id: unknown, subject: { subjectName: string | null; startDate: string | null }) => Promise<unknown>
}) => {
  for (const row of rows) {
    const values = typeof row.values === 'string' ? (JSON.parse(row.values) as unknown) : row.values
    const subject = caseSubjectOf({
      values: values && typeof values === 'object' ? (values as Record<string, unknown>) : null,
      titleElement: typeof row.title_key === 'string' ? row.title_key : null,
      startDateElement: typeof row.start_key === 'string' ? row.start_key : null,
    })
    if (subject.subjectName || subject.startDate) await write(row.id, subject)
  }
}

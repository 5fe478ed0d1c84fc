import { todayInFinland } from '../clock'

type Row = { id?: unknown; created_at?: unknown; latest_submission_date?: unknown }

/**
 * Whether a case came in after its latest safe submission date (the permit type's lead time
 * before the event), by the day it came in in Finland.
 */
export const isLateSubmission = ({
  createdAt,
  latestSubmissionDate,
}: {
  createdAt: string | Date | null | undefined
  latestSubmissionDate: string | null | undefined
}): boolean => {
  if (!createdAt || !latestSubmissionDate) return false
  const came = new Date(createdAt)
  return !Number.isNaN(came.getTime()) && todayInFinland(came) > latestSubmissionDate
}

/** Sets the late flag of cases made before it was stored (a migration's step, for either dialect). */
export const backfillLateSubmissions = async ({
  rows,
  write,
}: {
  rows: Row[]
  write: (id: unknown) => Promise<unknown>
}) => {
  for (const row of rows) {
    const createdAt =
      typeof row.created_at === 'string' || row.created_at instanceof Date ? row.created_at : null
    const latest = typeof row.latest_submission_date === 'string' ? row.latest_submission_date : null
    if (isLateSubmission({ createdAt, latestSubmissionDate: latest })) await write(row.id)
  }
}

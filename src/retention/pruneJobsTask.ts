import type { PayloadJob } from '../payload-types'
import type { Keep } from './deleteInBatches'
import { deleteInBatches } from './deleteInBatches'
import { retentionTaskSlugs } from './retentionPolicy'
import { retentionTask } from './retentionTask'

/**
 * An email job that gave up completes (it is not retried by Payload) but is the record of
 * an email never sent: kept as long as a failed job.
 */
const gaveUpLately = (failedBefore: Date): Keep => ({
  select: { completedAt: true, log: true },
  isKept: (doc) => {
    const job = doc as Pick<PayloadJob, 'completedAt' | 'log'>
    return (
      new Date(job.completedAt ?? 0) >= failedBefore &&
      (job.log ?? []).some((entry) => (entry.output as { status?: unknown } | null)?.status === 'gave-up')
    )
  },
})

/**
 * Deletes job records past their retention: completed ones after `completedJobsMs`, ones
 * that failed for good (and emails given up on) after `failedJobsMs`. A job still waiting,
 * retrying or running is never touched. Deliveries keep their own record (`deliveries`,
 * case events), so nothing the product shows is lost; the periodic tasks alone add a row a
 * minute.
 */
export const pruneJobsTask = retentionTask({
  slug: retentionTaskSlugs.pruneJobs,
  label: 'Delete old job records',
  counts: ['completed', 'failed'],
  run: async ({ req, policy, before }) => {
    const completed = await deleteInBatches({
      req,
      collection: 'payload-jobs',
      where: {
        and: [
          { completedAt: { less_than: before(policy.completedJobsMs) } },
          { processing: { not_equals: true } },
        ],
      },
      keep: gaveUpLately(new Date(before(policy.failedJobsMs))),
      policy,
    })
    const failed = await deleteInBatches({
      req,
      collection: 'payload-jobs',
      where: {
        and: [
          { hasError: { equals: true } },
          { completedAt: { exists: false } },
          { processing: { not_equals: true } },
          // A failed job's last write is its failure.
          { updatedAt: { less_than: before(policy.failedJobsMs) } },
        ],
      },
      policy,
    })
    return { completed, failed }
  },
})

import type { TaskConfig } from 'payload'

import { nowOf } from '../clock'
import type { PayloadJob } from '../payload-types'
import { queueNextRun } from '../jobs/scheduling'
import type { Keep } from './deleteInBatches'
import { deleteInBatches } from './deleteInBatches'
import { retentionPolicyOf, retentionTaskSlugs } from './retentionPolicy'

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
export const pruneJobsTask: TaskConfig<{ input: object; output: { completed: number; failed: number } }> = {
  slug: retentionTaskSlugs.pruneJobs,
  label: 'Delete old job records',
  outputSchema: [
    { name: 'completed', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
  ],
  retries: 2,
  handler: async ({ req, job }) => {
    const { payload } = req
    const policy = retentionPolicyOf(payload)
    // Queued first, so that a failing run does not end the chain.
    await queueNextRun({
      req,
      task: retentionTaskSlugs.pruneJobs,
      afterMs: policy.intervalMs,
      currentJobId: job.id,
    })
    const now = nowOf(payload).getTime()
    const before = (ms: number) => new Date(now - ms).toISOString()
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
    return { output: { completed, failed } }
  },
}

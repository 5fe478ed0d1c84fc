import type { TaskConfig } from 'payload'

import { nowOf } from '../../src/clock'
import { queueNextRun } from '../../src/jobs/scheduling'
import { deleteInBatches } from '../../src/retention/deleteInBatches'
import { retentionPolicyOf, retentionTaskSlugs } from '../../src/retention/retentionPolicy'
import { integrationSlugs } from './integrationSlugs'

/**
 * Deletes the integration API's `Idempotency-Key` records older than the retention
 * policy's `idempotencyKeyMs`: the API no longer honours them (see idempotent).
 */
export const expireIdempotencyRecordsTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: retentionTaskSlugs.expireIdempotencyRecords,
  label: 'Delete expired Idempotency-Key records',
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  retries: 2,
  handler: async ({ req, job }) => {
    const { payload } = req
    const policy = retentionPolicyOf(payload)
    // Queued first, so that a failing run does not end the chain.
    await queueNextRun({
      req,
      task: retentionTaskSlugs.expireIdempotencyRecords,
      afterMs: policy.intervalMs,
      currentJobId: job.id,
    })
    const expiredBefore = new Date(nowOf(payload).getTime() - policy.idempotencyKeyMs).toISOString()
    const deleted = await deleteInBatches({
      req,
      collection: integrationSlugs.idempotencyRecords,
      where: { createdAt: { less_than: expiredBefore } },
      policy,
    })
    return { output: { deleted } }
  },
}

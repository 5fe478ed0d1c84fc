import { deleteInBatches } from '../../src/retention/deleteInBatches'
import { retentionTaskSlugs } from '../../src/retention/retentionPolicy'
import { retentionTask } from '../../src/retention/retentionTask'
import { integrationSlugs } from './integrationSlugs'

/**
 * Deletes the integration API's `Idempotency-Key` records older than the retention
 * policy's `idempotencyKeyMs`: the API no longer honours them (see idempotent).
 */
export const expireIdempotencyRecordsTask = retentionTask({
  slug: retentionTaskSlugs.expireIdempotencyRecords,
  label: 'Delete expired Idempotency-Key records',
  counts: ['deleted'],
  run: async ({ req, policy, before }) => ({
    deleted: await deleteInBatches({
      req,
      collection: integrationSlugs.idempotencyRecords,
      where: { createdAt: { less_than: before(policy.idempotencyKeyMs) } },
      policy,
    }),
  }),
})

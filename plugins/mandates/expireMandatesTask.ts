import type { TaskConfig } from 'payload'

import { nowOf } from '../../src/clock'
import { runtimeOf } from './mandatesOptions'
import { mandatesSlugs, mandatesTaskSlugs } from './mandatesSlugs'
import { endExpiredMandates } from './recordMandates'
import { queueNextRun } from '../../src/jobs/scheduling'

/**
 * Ends the mandates past their validity (their organisations come off the users' lists, so
 * the access rules stop granting them), forgets flows nobody came back to, and queues its
 * own next run (hourly by default).
 */
export const expireMandatesTask: TaskConfig<{ input: object; output: { ended: number } }> = {
  slug: mandatesTaskSlugs.expireMandates,
  label: 'End expired mandates',
  outputSchema: [{ name: 'ended', type: 'number', required: true }],
  retries: 2,
  handler: async ({ req, job }) => {
    const { payload } = req
    // Queued first, so that a failing run does not end the chain.
    await queueNextRun({
      req,
      task: mandatesTaskSlugs.expireMandates,
      afterMs: runtimeOf(payload).expiryCheckIntervalMs,
      currentJobId: job.id,
    })
    const ended = await endExpiredMandates({ req })
    const now = nowOf(payload).toISOString()
    for (const collection of [mandatesSlugs.mandateFlows, mandatesSlugs.principalChoices])
      await payload.delete({
        collection: collection,
        where: { expiresAt: { less_than_equal: now } },
        overrideAccess: true,
        req,
      })
    return { output: { ended: ended.length } }
  },
}

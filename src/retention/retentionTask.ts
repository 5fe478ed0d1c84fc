import type { PayloadRequest, TaskConfig, TaskType } from 'payload'

import { nowOf } from '../clock'
import { queueNextRun } from '../jobs/scheduling'
import type { RetentionPolicy } from './retentionPolicy'
import { retentionPolicyOf } from './retentionPolicy'

/** A count per name, the task's output. */
type Counts = Record<string, number>

/**
 * A periodic retention task: it queues its own next run first, so that a failing run does
 * not end the chain, then `run` does the work with the policy, the time (`now`, in ms) and
 * `before(ms)`, the ISO time `ms` before now. Its output is the counts `run` answers.
 */
export const retentionTask = ({
  slug,
  label,
  counts,
  run,
}: {
  slug: TaskType
  label: string
  counts: string[]
  run: (args: {
    req: PayloadRequest
    policy: RetentionPolicy
    now: number
    before: (ms: number) => string
  }) => Promise<Counts>
}): TaskConfig<{ input: object; output: Counts }> => ({
  slug,
  label,
  outputSchema: counts.map((name) => ({ name, type: 'number', required: true })),
  retries: 2,
  handler: async ({ req, job }) => {
    const policy = retentionPolicyOf(req.payload)
    await queueNextRun({ req, task: slug, afterMs: policy.intervalMs, currentJobId: job.id })
    const now = nowOf(req.payload).getTime()
    return { output: await run({ req, policy, now, before: (ms) => new Date(now - ms).toISOString() }) }
  },
})

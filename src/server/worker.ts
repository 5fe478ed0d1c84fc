import type { Payload } from 'payload'

export type Worker = { stop: () => Promise<void> }

type WorkerState = { worker?: Promise<Worker> }
const state = globalThis as typeof globalThis & { __lupaWorker?: WorkerState }

/**
 * A job left "processing" by a crashed worker is never picked up again by Payload; with
 * one worker per queue, every such job at start-up is stale and is released.
 */
export const recoverStaleJobs = async (payload: Payload) => {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { processing: { equals: true } },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })
  if (docs.length > 0)
    payload.logger.warn({ msg: `Released ${docs.length} job(s) left processing by a stopped worker` })
  return docs.length
}

/**
 * Runs queued jobs every `intervalMs`. One worker per process (kept on a global so a
 * second start returns the first), and never two runs at once.
 */
export const startWorker = (options: { payload: Payload; intervalMs?: number; queue?: string }) =>
  ((state.__lupaWorker ??= {}).worker ??= launchWorker(options))

const launchWorker = async ({
  payload,
  intervalMs = 1000,
  queue = 'default',
}: {
  payload: Payload
  intervalMs?: number
  queue?: string
}): Promise<Worker> => {
  await recoverStaleJobs(payload)
  let running: Promise<unknown> | null = null
  let isStopped = false
  const tick = () => {
    if (running || isStopped) return
    running = payload.jobs
      .run({ queue, limit: 20 })
      .catch((error: unknown) => payload.logger.error({ err: error, msg: 'Job run failed' }))
      .finally(() => {
        running = null
      })
  }
  const timer = setInterval(tick, intervalMs)
  tick()
  return {
    stop: async () => {
      isStopped = true
      clearInterval(timer)
      await running
      state.__lupaWorker = {}
    },
  }
}

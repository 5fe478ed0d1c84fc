import { AsyncResource } from 'node:async_hooks'

import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

import { postgresPoolOf } from '../db/databaseAdapter'
import type { ClaimedJob, JobLeases } from '../jobs/jobLeases'
import { jobLeasesOf } from '../jobs/jobLeases'
import { jobsChannel, onJobQueued } from '../jobs/wakeWorkers'
import { withLogContext } from '../logging/logContext'

export type Worker = {
  /** Stops claiming; waits up to `graceMs` for running jobs, then releases what still runs. */
  stop: (options?: { graceMs?: number }) => Promise<void>
}

export type WorkerOptions = {
  payload: Payload
  /** How often the queue is polled besides being woken. @default 1000 */
  intervalMs?: number
  queue?: string
  /** Jobs run at once. @default 20 */
  concurrency?: number
  /** Jobs of one destination run at once, across every worker. @default 4 */
  perDestination?: number
  /** A job whose worker has not renewed its lease for this long is released. @default 60 s */
  leaseMs?: number
}

type WorkerState = { worker?: Promise<Worker> }
const state = globalThis as typeof globalThis & { __lupaWorker?: WorkerState }

/**
 * Releases claimed jobs whose lease has run out (on MongoDB, where jobs carry no lease,
 * every job marked processing: run one worker there).
 */
export const recoverStaleJobs = async (payload: Payload, leaseMs = 60_000) => {
  const leases = jobLeasesOf(payload)
  const released = leases
    ? await leases.release({ expiredBefore: new Date(Date.now() - leaseMs) })
    : (
        await payload.update({
          collection: 'payload-jobs',
          where: { processing: { equals: true } },
          data: { processing: false },
          overrideAccess: true,
          depth: 0,
        })
      ).docs.length
  if (released > 0) payload.logger.warn({ msg: `Released ${released} job(s) whose worker stopped` })
  return released
}

/** The process's worker (kept on a global, so a second start returns the first). */
export const startWorker = (options: WorkerOptions) =>
  ((state.__lupaWorker ??= {}).worker ??= createWorker(options).then((worker) => ({
    stop: async (stopOptions) => {
      await worker.stop(stopOptions)
      state.__lupaWorker = {}
    },
  })))

/** A worker of its own; on SQL databases any number of them may share a queue. */
export const createWorker = async (options: WorkerOptions): Promise<Worker> => {
  const leases = jobLeasesOf(options.payload)
  return leases ? await leasingWorker({ ...options, leases }) : batchWorker(options)
}

/**
 * Several of these may share a queue, in one process or many. Each keeps up to
 * `concurrency` jobs running and claims another as soon as one ends, so a slow job holds
 * only its own place; it is woken when this process queues a job (and on PostgreSQL when
 * any process does), polls besides, renews its jobs' leases and releases expired ones.
 */
const leasingWorker = async ({
  payload,
  leases,
  intervalMs = 1000,
  queue = 'default',
  concurrency = 20,
  perDestination = 4,
  leaseMs = 60_000,
}: WorkerOptions & { leases: JobLeases }): Promise<Worker> => {
  await recoverStaleJobs(payload, leaseMs)
  const running = new Map<number, Promise<void>>()
  let claiming: Promise<void> | null = null
  let isWoken = false
  let isStopped = false

  const logError = (msg: string) => (error: unknown) => payload.logger.error({ err: error, msg })

  const runJob = ({ id, task, requestId }: ClaimedJob) => {
    // Every line the job writes (Payload's own on a failure too) names it and the request that queued it.
    const context = { jobId: id, ...(task ? { task } : {}), ...(requestId ? { requestId } : {}) }
    const run = withLogContext(context, () =>
      payload.jobs
        .runByID({ id, overrideAccess: true, silent: { info: true } })
        .then(() => undefined, logError(`Job ${id} failed to run`)),
    ).finally(() => {
      running.delete(id)
      fill(true)
    })
    running.set(id, run)
  }

  /** Claims while places are free; `isSure` skips the read that spares an idle queue a write. */
  const claim = async (isSure: boolean) => {
    if (!isSure && !(await leases.hasDue(queue))) return
    while (!isStopped && running.size < concurrency) {
      const limit = concurrency - running.size
      const jobs = await leases.claim({ queue, limit, perDestination })
      for (const job of jobs) runJob(job)
      if (jobs.length < limit) return
    }
  }

  // Bound to the worker's own context: a wake comes from inside a request, whose
  // transaction the claim must not join.
  const fill = AsyncResource.bind((isSure: boolean) => {
    if (isStopped) return
    if (claiming) {
      isWoken ||= isSure
      return
    }
    claiming = claim(isSure)
      .catch(logError('Could not claim jobs'))
      .finally(() => {
        claiming = null
        if (isWoken) {
          isWoken = false
          fill(true)
        }
      })
  })

  const listener = postgresPoolOf(payload) ? listenForJobs(payload, () => fill(true)) : null
  const stopWaking = onJobQueued(() => fill(true))
  const timers = [
    setInterval(() => fill(false), intervalMs),
    setInterval(
      () => void leases.renew([...running.keys()]).catch(logError('Could not renew job leases')),
      leaseMs / 4,
    ),
    setInterval(
      () => void recoverStaleJobs(payload, leaseMs).catch(logError('Could not release expired jobs')),
      leaseMs / 2,
    ),
  ]
  fill(false)

  return {
    stop: async ({ graceMs = 10_000 } = {}) => {
      isStopped = true
      stopWaking()
      for (const timer of timers) clearInterval(timer)
      await listener?.close()
      await claiming
      let timer: NodeJS.Timeout | undefined
      await Promise.race([
        Promise.all(running.values()),
        new Promise((resolve) => (timer = setTimeout(resolve, graceMs))),
      ])
      clearTimeout(timer)
      const unfinished = [...running.keys()]
      if (unfinished.length > 0) {
        await leases.release({ ids: unfinished }).catch(logError('Could not release unfinished jobs'))
        payload.logger.warn({ msg: `Released ${unfinished.length} unfinished job(s) on stopping` })
      }
    },
  }
}

/**
 * LISTENs on a connection of its own, reconnecting after a database outage; a missed
 * notification costs only the wait until the next poll.
 */
const listenForJobs = (payload: Payload, onNotice: () => void) => {
  const pool = postgresPoolOf(payload)!
  let client: PoolClient | null = null
  let retry: NodeJS.Timeout | undefined
  let isClosed = false
  const connect = async () => {
    try {
      const connection = await pool.connect()
      if (isClosed) return connection.release()
      client = connection
      // Bound to the worker's context: the pool may hand out a connection a request opened,
      // whose events (and the reconnect's log lines) would otherwise name that request.
      const drop = AsyncResource.bind(() => {
        if (client !== connection) return
        client = null
        connection.release(true)
        if (!isClosed) retry = setTimeout(() => void connect(), 1000)
      })
      connection.on('notification', onNotice)
      connection.on('error', drop)
      connection.on('end', drop)
      await connection.query(`LISTEN ${jobsChannel}`)
    } catch (error) {
      payload.logger.warn({
        err: error,
        msg: 'Cannot listen for queued jobs; polling until the database answers',
      })
      client = null
      if (!isClosed) retry = setTimeout(() => void connect(), 1000)
    }
  }
  void connect()
  return {
    close: async () => {
      isClosed = true
      clearTimeout(retry)
      const connection = client
      client = null
      if (!connection) return
      await connection.query(`UNLISTEN ${jobsChannel}`).catch(() => undefined)
      connection.release()
    },
  }
}

/** MongoDB: Payload's own runner, a batch at a time; one such worker per queue. */
const batchWorker = ({ payload, intervalMs = 1000, queue = 'default', concurrency = 20 }: WorkerOptions) => {
  let running: Promise<unknown> | null = null
  let isStopped = false
  const started = recoverStaleJobs(payload)
  const tick = () => {
    if (running || isStopped) return
    running = started
      .then(() => payload.jobs.run({ queue, limit: concurrency }))
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
    },
  }
}

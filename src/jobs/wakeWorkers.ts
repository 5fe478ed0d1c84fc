import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { postgresPoolOf } from '../db/databaseAdapter'
import { logContext } from '../logging/logContext'

/** The PostgreSQL channel on which workers hear that jobs were queued. */
export const jobsChannel = 'lupa_jobs'

type Wakers = Set<() => void>
const state = globalThis as typeof globalThis & { __lupaJobWakers?: Wakers }
const wakers = (): Wakers => (state.__lupaJobWakers ??= new Set())

/** Calls `wake` whenever this process queues a job; answers the function that stops it. */
export const onJobQueued = (wake: () => void) => {
  wakers().add(wake)
  return () => void wakers().delete(wake)
}

/** The transaction of each request whose commit already notifies the workers. */
const notifiedIn = new WeakMap<PayloadRequest, number | string>()

type Executes = { execute: (query: unknown) => Promise<unknown> }
const executes = (value: unknown): value is Executes =>
  typeof value === 'object' && value !== null && typeof Reflect.get(value, 'execute') === 'function'

/**
 * Tells workers that a job is waiting, so the first attempt starts at once rather than at
 * the next poll. On PostgreSQL a NOTIFY in the request's transaction reaches every worker's
 * LISTEN when (and only if) the transaction commits. Elsewhere the workers of this process
 * are woken: their claim waits for the write lock the request holds, so it sees the commit.
 */
export const wakeWorkers = async (payload: Payload, req?: PayloadRequest) => {
  const pool = postgresPoolOf(payload)
  if (!pool) {
    for (const wake of wakers()) wake()
    return
  }
  const transactionID = req?.transactionID instanceof Promise ? await req.transactionID : req?.transactionID
  // One NOTIFY per transaction wakes the workers for all of its jobs (a submission queues nine).
  if (req && transactionID !== undefined) {
    if (notifiedIn.get(req) === transactionID) return
    notifiedIn.set(req, transactionID)
  }
  const sessions: unknown = 'sessions' in payload.db ? payload.db.sessions : null
  const transaction: unknown =
    transactionID !== undefined && sessions && typeof sessions === 'object'
      ? Reflect.get(Reflect.get(sessions, transactionID) ?? {}, 'db')
      : null
  if (executes(transaction)) await transaction.execute(sql`SELECT pg_notify(${jobsChannel}, '')`)
  else await pool.query(`SELECT pg_notify($1, '')`, [jobsChannel])
}

/**
 * Queues a job (as `payload.jobs.queue` does) and wakes the workers for it. Its input keeps
 * the id of the request that caused it (a job queued by a job passes its own on), which the
 * worker writes in the job's log lines.
 */
export const queueJob = async (
  payload: Payload,
  args: Parameters<Payload['jobs']['queue']>[0],
): ReturnType<Payload['jobs']['queue']> => {
  const { requestId } = logContext()
  const job = await payload.jobs.queue(requestId ? { ...args, input: { ...args.input, requestId } } : args)
  await wakeWorkers(payload, args.req)
  return job
}

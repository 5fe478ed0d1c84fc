import type { InArgs } from '@libsql/client'
import type { Payload } from 'payload'

import { postgresPoolOf, sqliteClientOf } from '../db/databaseAdapter'

/**
 * Claiming jobs with a lease, so that several workers can share one queue. Payload's own
 * runner finds jobs and then marks them, two steps another worker can interleave with;
 * here one UPDATE claims them (PostgreSQL skips rows another worker has locked; SQLite has
 * one writer). A claimed job's `updated_at` is its lease: its worker renews it while the
 * job runs, and a job whose lease has run out (its worker or its connection gone) is
 * released for any worker to take.
 *
 * A job may name its destination in `input.destination` (an authority's endpoint, the mail
 * server): at most `perDestination` jobs of one destination run at once, so one that hangs
 * holds only its own share of the workers' places.
 */
export type JobLeases = {
  /** Claims up to `limit` due jobs of `queue`. */
  claim: (options: { queue: string; limit: number; perDestination: number }) => Promise<ClaimedJob[]>
  /** Whether any job of `queue` is due (a read, so an idle worker never takes the write lock). */
  hasDue: (queue: string) => Promise<boolean>
  /** Renews the leases of jobs this worker runs. */
  renew: (ids: number[]) => Promise<void>
  /** Releases claimed, unfinished jobs: the given ones, or every one whose lease ran out. */
  release: (options: { ids: number[] } | { expiredBefore: Date }) => Promise<number>
  /** Makes the jobs of a destination that wait for a later attempt due now; answers how many. */
  makeDue: (destination: string) => Promise<number>
}

/** A claimed job, with what its log lines name besides its id. */
export type ClaimedJob = {
  id: number
  task: string | null
  /** The request that queued it (`input.requestId`, see queueJob). */
  requestId: string | null
}

type Run = (sql: string, args: unknown[]) => Promise<Array<Record<string, unknown>>>

/** One dialect's spelling of what the statements below need; parameters are numbered from 1. */
type Dialect = {
  run: Run
  param: (index: number) => string
  /** A list of ids as one parameter or as many. */
  ids: (from: number, ids: number[]) => { sql: string; args: unknown[] }
  destination: string
  requestId: string
  yes: string
  no: string
  lockRows: string
  time: (date: Date) => unknown
}

const leasesOf = (dialect: Dialect): JobLeases => {
  const { run, param, yes, no } = dialect
  const isDue = `queue = ${param(1)} AND processing = ${no} AND completed_at IS NULL
    AND (has_error IS NULL OR has_error = ${no}) AND (wait_until IS NULL OR wait_until < ${param(2)})`
  return {
    hasDue: async (queue) =>
      (
        await run(`SELECT 1 AS due FROM payload_jobs WHERE ${isDue} LIMIT 1`, [
          queue,
          dialect.time(new Date()),
        ])
      ).length > 0,
    claim: async ({ queue, limit, perDestination }) => {
      if (limit <= 0) return []
      // Due jobs ranked within their destination, behind that destination's running ones.
      const rows = await run(
        `WITH running AS (
           SELECT ${dialect.destination} AS destination, COUNT(*) AS n FROM payload_jobs
           WHERE processing = ${yes} AND completed_at IS NULL GROUP BY ${dialect.destination}
         ), ranked AS (
           SELECT id, created_at, ${dialect.destination} AS destination,
                  ROW_NUMBER() OVER (PARTITION BY ${dialect.destination} ORDER BY created_at, id) AS place
           FROM payload_jobs WHERE ${isDue}
         ), chosen AS (
           SELECT ranked.id FROM ranked LEFT JOIN running ON running.destination = ranked.destination
           WHERE ranked.destination = '' OR ranked.place + COALESCE(running.n, 0) <= ${param(3)}
           ORDER BY ranked.created_at, ranked.id LIMIT ${param(4)}
         )
         UPDATE payload_jobs SET processing = ${yes}, updated_at = ${param(2)}
         WHERE id IN (SELECT id FROM payload_jobs WHERE id IN (SELECT id FROM chosen)
                      AND processing = ${no} ${dialect.lockRows})
         RETURNING id, task_slug, ${dialect.requestId} AS request_id`,
        [queue, dialect.time(new Date()), perDestination, limit],
      )
      return rows.map((row) => ({
        id: Number(row.id),
        task: row.task_slug === null ? null : String(row.task_slug),
        requestId: row.request_id === null ? null : String(row.request_id),
      }))
    },
    renew: async (ids) => {
      if (ids.length === 0) return
      const list = dialect.ids(2, ids)
      await run(
        `UPDATE payload_jobs SET updated_at = ${param(1)} WHERE id IN (${list.sql}) AND processing = ${yes}`,
        [dialect.time(new Date()), ...list.args],
      )
    },
    release: async (options) => {
      if ('ids' in options) {
        if (options.ids.length === 0) return 0
        const list = dialect.ids(1, options.ids)
        return (
          await run(
            `UPDATE payload_jobs SET processing = ${no} WHERE id IN (${list.sql}) AND completed_at IS NULL RETURNING id`,
            list.args,
          )
        ).length
      }
      return (
        await run(
          `UPDATE payload_jobs SET processing = ${no}
           WHERE processing = ${yes} AND completed_at IS NULL AND updated_at < ${param(1)} RETURNING id`,
          [dialect.time(options.expiredBefore)],
        )
      ).length
    },
    makeDue: async (destination) =>
      (
        await run(
          `UPDATE payload_jobs SET wait_until = ${param(1)}
           WHERE processing = ${no} AND completed_at IS NULL AND wait_until > ${param(1)}
             AND ${dialect.destination} = ${param(2)} RETURNING id`,
          [dialect.time(new Date()), destination],
        )
      ).length,
  }
}

/** The leases of the database in use; null on MongoDB, where Payload's own runner claims. */
export const jobLeasesOf = (payload: Payload): JobLeases | null => {
  const client = sqliteClientOf(payload)
  if (client)
    return leasesOf({
      run: async (sql, args) => (await client.execute({ sql, args: args as InArgs })).rows,
      param: (index) => `?${index}`,
      ids: (from, ids) => ({ sql: ids.map((_, index) => `?${from + index}`).join(', '), args: ids }),
      destination: `COALESCE(json_extract(input, '$.destination'), '')`,
      requestId: `json_extract(input, '$.requestId')`,
      yes: '1',
      no: '0',
      lockRows: '',
      // Payload stores SQLite dates as ISO text, which sorts in time order.
      time: (date) => date.toISOString(),
    })
  const pool = postgresPoolOf(payload)
  if (pool)
    return leasesOf({
      run: async (sql, args) => (await pool.query(sql, args)).rows,
      param: (index) => `$${index}`,
      ids: (from, ids) => ({ sql: `SELECT unnest($${from}::int[])`, args: [ids] }),
      destination: `COALESCE(input->>'destination', '')`,
      requestId: `input->>'requestId'`,
      yes: 'true',
      no: 'false',
      lockRows: 'FOR UPDATE SKIP LOCKED',
      time: (date) => date,
    })
  return null
}

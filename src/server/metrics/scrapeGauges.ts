import type { InArgs } from '@libsql/client'
import type { Payload, SanitizedConfig } from 'payload'
import { Gauge } from 'prom-client'
import type { Registry } from 'prom-client'

import { nowOf } from '../../clock'
import { databaseWriterHealth, postgresPoolOf, sqliteClientOf } from '../../db/databaseAdapter'

type Row = Record<string, unknown>

/**
 * A read-only SQL query on the database in use; null on MongoDB. Grouped counts need one
 * query per scrape here, where Payload's API would need one count per task and state.
 * Parameters are written `?1` and rewritten to `$1` for PostgreSQL.
 */
const sqlOf = (payload: Payload) => {
  const client = sqliteClientOf(payload)
  if (client)
    return {
      yes: '1',
      no: '0',
      time: (date: Date): unknown => date.toISOString(),
      query: async (sql: string, args: unknown[] = []): Promise<Row[]> =>
        (await client.execute({ sql, args: args as InArgs })).rows,
    }
  const pool = postgresPoolOf(payload)
  if (pool)
    return {
      yes: 'true',
      no: 'false',
      time: (date: Date): unknown => date,
      query: async (sql: string, args: unknown[] = []): Promise<Row[]> =>
        (await pool.query(sql.replace(/\?(\d+)/g, '$$$1'), args)).rows,
    }
  return null
}

const numberOf = (value: unknown) => Number(value ?? 0)
const dateOf = (value: unknown) => (value instanceof Date ? value : value ? new Date(String(value)) : null)

/**
 * Open service desk records by SLA state: the state their SLA check last stored, or
 * `breached` once a running clock's stored deadline has passed (a late or stopped check job).
 */
const slaStates = ['on-track', 'at-risk', 'paused', 'breached', 'met', 'unknown'] as const
type SlaState = (typeof slaStates)[number]

const isPast = (value: string | null | undefined, now: Date) =>
  Boolean(value) && new Date(value as string).getTime() <= now.getTime()

/**
 * The gauges read at scrape time (job queue, deliveries, SLA clocks from the database; the
 * connection pool or write lock from the adapter), registered in `registry`. A source
 * sets its gauges only once its query answered, so one that fails keeps its previous figures.
 */
export const scrapeGauges = ({
  payload,
  config,
  registry,
}: {
  payload: Payload
  config: SanitizedConfig
  registry: Registry
}) => {
  const registers = [registry]
  const jobs = {
    queued: new Gauge({
      name: 'lupa_jobs_queued',
      help: 'Jobs waiting to run (not completed, not failed, not processing), scheduled ones included',
      labelNames: ['task'] as const,
      registers,
    }),
    processing: new Gauge({
      name: 'lupa_jobs_processing',
      help: 'Jobs a worker has claimed and not finished',
      labelNames: ['task'] as const,
      registers,
    }),
    failed: new Gauge({
      name: 'lupa_jobs_failed',
      help: 'Jobs that failed for good (retries used up) and were not completed',
      labelNames: ['task'] as const,
      registers,
    }),
    oldestDueAge: new Gauge({
      name: 'lupa_jobs_oldest_due_age_seconds',
      help: 'How long the oldest due, unclaimed job has waited since it became due (0: none due)',
      labelNames: ['task'] as const,
      registers,
    }),
  }
  const deliveries = new Gauge({
    name: 'lupa_deliveries',
    help: 'Outbox messages to authorities by authority id, connection mode and status',
    labelNames: ['authority', 'mode', 'status'] as const,
    registers,
  })
  const sla = new Gauge({
    name: 'lupa_sla_open_items',
    help: 'Open service desk records by SLA state (at-risk: the reminder share of the allowed time used)',
    labelNames: ['collection', 'state'] as const,
    registers,
  })
  const pool = new Gauge({
    name: 'lupa_db_pool_connections',
    help: 'PostgreSQL pool connections: total open, idle, and requests waiting for one',
    labelNames: ['state'] as const,
    registers,
  })
  const writeLock = {
    waiting: new Gauge({
      name: 'lupa_db_write_lock_waiting',
      help: 'SQLite writes of this process waiting for the write lock',
      registers,
    }),
    heldFor: new Gauge({
      name: 'lupa_db_write_lock_held_seconds',
      help: 'How long the current SQLite writer has held the write lock (0: free)',
      registers,
    }),
  }

  const sql = sqlOf(payload)
  const taskSlugs = (config.jobs?.tasks ?? []).map((task) => task.slug)

  const readJobs = async () => {
    if (!sql) return
    const isOpen = `processing = ${sql.no} AND (has_error IS NULL OR has_error = ${sql.no})`
    const rows = await sql.query(
      `SELECT task_slug AS task,
         SUM(CASE WHEN ${isOpen} THEN 1 ELSE 0 END) AS queued,
         SUM(CASE WHEN processing = ${sql.yes} THEN 1 ELSE 0 END) AS processing,
         SUM(CASE WHEN processing = ${sql.no} AND has_error = ${sql.yes} THEN 1 ELSE 0 END) AS failed,
         MIN(CASE WHEN ${isOpen} AND (wait_until IS NULL OR wait_until <= ?1)
             THEN COALESCE(wait_until, created_at) END) AS oldest_due
       FROM payload_jobs WHERE completed_at IS NULL GROUP BY task_slug`,
      [sql.time(new Date())],
    )
    for (const gauge of Object.values(jobs)) gauge.reset()
    // Every task has its series, so an empty queue reads 0 rather than nothing.
    for (const task of taskSlugs) for (const gauge of Object.values(jobs)) gauge.set({ task }, 0)
    const now = Date.now()
    for (const row of rows) {
      const task = String(row.task ?? '')
      jobs.queued.set({ task }, numberOf(row.queued))
      jobs.processing.set({ task }, numberOf(row.processing))
      jobs.failed.set({ task }, numberOf(row.failed))
      const oldestDue = dateOf(row.oldest_due)
      jobs.oldestDueAge.set({ task }, oldestDue ? Math.max(0, (now - oldestDue.getTime()) / 1000) : 0)
    }
  }

  const readDeliveries = async () => {
    if (!sql) return
    const rows = await sql.query(
      `SELECT authority_id AS authority, COALESCE(mode, '') AS mode, status, COUNT(*) AS n
       FROM deliveries GROUP BY authority_id, mode, status`,
    )
    deliveries.reset()
    for (const row of rows)
      deliveries.set(
        { authority: String(row.authority ?? ''), mode: String(row.mode), status: String(row.status) },
        numberOf(row.n),
      )
  }

  const readSla = async () => {
    const now = nowOf(payload)
    const stateOf = (stored: string | null | undefined, isOverdue: boolean): SlaState =>
      isOverdue ? 'breached' : (slaStates.find((state) => state === stored) ?? 'unknown')
    const statesOf = new Map<string, SlaState[]>()
    // The service desk is a plugin: its collections may be absent.
    if (payload.collections.incidents) {
      const { docs } = await payload.find({
        collection: 'incidents',
        where: { status: { not_equals: 'resolved' } },
        select: { slaState: true, respondedAt: true, responseDueAt: true, resolutionDueAt: true },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      statesOf.set(
        'incidents',
        docs.map((doc) =>
          stateOf(
            doc.slaState,
            (!doc.respondedAt && isPast(doc.responseDueAt, now)) || isPast(doc.resolutionDueAt, now),
          ),
        ),
      )
    }
    if (payload.collections['service-requests']) {
      const { docs } = await payload.find({
        collection: 'service-requests',
        where: { status: { not_in: ['done', 'rejected'] } },
        select: { slaState: true, status: true, dueAt: true },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      // A paused clock's stored deadline moves on when it resumes: not overdue meanwhile.
      statesOf.set(
        'service-requests',
        docs.map((doc) =>
          stateOf(doc.slaState, doc.status !== 'waiting-for-requester' && isPast(doc.dueAt, now)),
        ),
      )
    }
    sla.reset()
    for (const [collection, states] of statesOf)
      for (const state of slaStates)
        sla.set({ collection, state }, states.filter((each) => each === state).length)
  }

  const readDatabase = () => {
    const pg = postgresPoolOf(payload)
    if (pg) {
      pool.set({ state: 'total' }, pg.totalCount)
      pool.set({ state: 'idle' }, pg.idleCount)
      pool.set({ state: 'waiting' }, pg.waitingCount)
    }
    const health = databaseWriterHealth(payload)
    if (health) {
      writeLock.waiting.set(health.waiting)
      writeLock.heldFor.set(health.heldForMs / 1000)
    }
  }

  return {
    /** Read first: the scrape's own queries would otherwise show as the pool's load. */
    readDatabase,
    sources: { jobs: readJobs, deliveries: readDeliveries, sla: readSla } satisfies Record<
      string,
      () => Promise<void>
    >,
  }
}

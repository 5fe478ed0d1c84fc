import type { Payload } from 'payload'

import { withTimeout } from '../server/withTimeout'
import { postgresPoolOf, sqliteClientOf } from './databaseAdapter'

/** Asks the database the cheapest question it answers; rejects when it cannot be reached. */
export const pingDatabase = async (payload: Payload) => {
  const client = sqliteClientOf(payload)
  if (client) return void (await client.execute('SELECT 1'))
  const pool = postgresPoolOf(payload)
  if (pool) return void (await pool.query('SELECT 1'))
  await payload.count({ collection: 'permit-bundles', overrideAccess: true })
}

/**
 * Whether the database answers within `timeoutMs`. A ping still waiting for one of the
 * pool's connections, all busy with other queries, counts as an answer: the database is
 * working, and calling it down under load would turn a busy moment into refusals.
 */
export const isDatabaseAnswering = (payload: Payload, timeoutMs: number) =>
  withTimeout(pingDatabase(payload), timeoutMs).then(
    () => true,
    (error: unknown) =>
      error instanceof Error &&
      error.message === 'timeout' &&
      (postgresPoolOf(payload)?.waitingCount ?? 0) > 0,
  )

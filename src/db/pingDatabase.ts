import type { Payload } from 'payload'

import { postgresPoolOf, sqliteClientOf } from './databaseAdapter'

/** Asks the database the cheapest question it answers; rejects when it cannot be reached. */
export const pingDatabase = async (payload: Payload) => {
  const client = sqliteClientOf(payload)
  if (client) return void (await client.execute('SELECT 1'))
  const pool = postgresPoolOf(payload)
  if (pool) return void (await pool.query('SELECT 1'))
  await payload.count({ collection: 'permit-bundles', overrideAccess: true })
}

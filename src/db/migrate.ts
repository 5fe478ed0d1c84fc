import { setTimeout as sleep } from 'node:timers/promises'

import { createClient, LibsqlError } from '@libsql/client'
import type { Client, Transaction } from '@libsql/client'
import type { Migration, Payload } from 'payload'
import type { Pool } from 'pg'

import type { CommittedMigrations } from './databaseAdapter'
import { postgresPoolOf, sqliteClientOf, sqliteFileOf } from './databaseAdapter'

/** The migrations a database has recorded in `payload_migrations`. */
type AppliedMigration = { name: string; batch: number }

/** PostgreSQL's advisory lock key for migrating (any process of any Lupa on the database). */
const postgresLockKey = "hashtext('lupa:migrate')"

/**
 * Applies the committed migrations of the database's dialect that it has not recorded yet,
 * one process at a time, and returns the names of those it applied. Both `npm run migrate`
 * and a production process's start (see databaseAdapter) come here, so processes starting
 * together never apply a migration twice: the one that waited finds them recorded. MongoDB
 * has no migrations in Lupa: nothing to do.
 *
 * A database whose schema a development process pushed is refused rather than migrated:
 * Payload would stop at its interactive data-loss prompt, and a server has nobody to answer.
 */
export const migrateDatabase = async (payload: Payload, migrations: CommittedMigrations) => {
  const pool = postgresPoolOf(payload)
  if (pool)
    return withPostgresLock(payload, pool, (readApplied) => apply(payload, migrations.postgres, readApplied))
  const client = sqliteClientOf(payload)
  const file = sqliteFileOf(payload)
  if (client && file)
    return withSqliteLock(payload, file, () =>
      apply(payload, migrations.sqlite, () => readSqliteApplied(client)),
    )
  return []
}

const apply = async (
  payload: Payload,
  migrations: CommittedMigrations[keyof CommittedMigrations],
  readApplied: () => Promise<AppliedMigration[]>,
) => {
  const before = await readApplied()
  if (before.some((migration) => migration.batch === -1))
    throw new Error(
      'The database schema was pushed by a development process (npm run dev), not built by the ' +
        'committed migrations, so they cannot be applied safely. Use a new database for this ' +
        'process (for the default SQLite file, delete data/), or keep this one for npm run dev.',
    )
  // Payload types a migration's arguments as unknown; the generated files declare their adapter's.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  const known = new Set(before.map((migration) => migration.name))
  return (await readApplied()).map((migration) => migration.name).filter((name) => !known.has(name))
}

/**
 * A session-level advisory lock on a connection of its own: another process waits in
 * `pg_advisory_lock` until this one unlocks, or its connection ends (a crash frees it too).
 */
const withPostgresLock = async (
  payload: Payload,
  pool: Pool,
  work: (readApplied: () => Promise<AppliedMigration[]>) => Promise<string[]>,
) => {
  const connection = await pool.connect()
  try {
    const { rows } = await connection.query<{ locked: boolean }>(
      `SELECT pg_try_advisory_lock(${postgresLockKey}) AS locked`,
    )
    if (!rows[0].locked) {
      payload.logger.info('Waiting for another process to finish migrating…')
      await connection.query(`SELECT pg_advisory_lock(${postgresLockKey})`)
    }
    try {
      return await work(async () => {
        const { rows: table } = await connection.query<{ exists: boolean }>(
          "SELECT to_regclass('payload_migrations') IS NOT NULL AS exists",
        )
        if (!table[0].exists) return []
        // `batch` is numeric: the driver hands it over as text.
        const { rows } = await connection.query<{ name: string; batch: string }>(
          'SELECT name, batch FROM payload_migrations',
        )
        return rows.map((row) => ({ name: row.name, batch: Number(row.batch) }))
      })
    } finally {
      await connection.query(`SELECT pg_advisory_unlock(${postgresLockKey})`)
    }
  } finally {
    connection.release()
  }
}

const readSqliteApplied = async (client: Client): Promise<AppliedMigration[]> => {
  const table = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'",
  )
  if (table.rows.length === 0) return []
  const { rows } = await client.execute('SELECT name, batch FROM payload_migrations')
  return rows.map((row) => ({ name: String(row.name), batch: Number(row.batch) }))
}

/**
 * SQLite's own lock serves across processes: a write transaction held on a small file
 * beside the database (`<file>-migrate-lock`, left in place: removing it while another
 * process waits on it would let a third one lock a new file). Not the database itself: a
 * write transaction there would block the migrations' own writes. The operating system
 * frees the lock if the process dies. Another process polls until it can take it.
 */
const withSqliteLock = async (payload: Payload, file: string, work: () => Promise<string[]>) => {
  const lock = createClient({ url: `file:${file}-migrate-lock` })
  try {
    let held = await tryToLock(lock)
    if (!held) payload.logger.info('Waiting for another process to finish migrating…')
    while (!held) {
      await sleep(200)
      held = await tryToLock(lock)
    }
    try {
      return await work()
    } finally {
      held.close()
    }
  } finally {
    lock.close()
  }
}

const tryToLock = async (lock: Client): Promise<Transaction | null> => {
  try {
    return await lock.transaction('write')
  } catch (error) {
    if (error instanceof LibsqlError && error.code === 'SQLITE_BUSY') return null
    throw error
  }
}

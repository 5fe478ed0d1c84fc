import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Client } from '@libsql/client'
import type { PoolClient } from 'pg'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, Payload } from 'payload'

import { migrateDatabase } from './migrate'
import { serialiseSqliteWrites, writeLockHealthOf } from './serialiseSqliteWrites'
import { surfaceCommitFailures } from './surfaceCommitFailures'
import { findBeforeDeleteOne } from './findBeforeDeleteOne'

/** The committed migrations of each SQL dialect (`migrations/sqlite`, `migrations/postgres`). */
export type CommittedMigrations = {
  sqlite: NonNullable<Parameters<typeof sqliteAdapter>[0]['prodMigrations']>
  postgres: NonNullable<Parameters<typeof postgresAdapter>[0]['prodMigrations']>
}

export type DatabaseDialect = 'sqlite' | 'postgres' | 'mongodb'

export const dialectOf = (databaseUrl: string): DatabaseDialect => {
  if (databaseUrl.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(databaseUrl)) return 'mongodb'
  throw new Error('DATABASE_URL must start with file:, postgres:// or mongodb://')
}

/*
 * Payload's SQL adapters push the schema (drizzle-kit's diff, applied on connect) whenever
 * NODE_ENV is not production, and record the push as a "dev" migration; a later migration
 * run then stops at Payload's interactive data-loss prompt. So pushing is opt-in: every
 * process (`npm start`, the worker, the scripts) leaves the schema to the committed
 * migrations, whatever NODE_ENV says, unless it calls allowSchemaPush.
 */
let isSchemaPushAllowed = false

/** Lets this process push the schema on connect outside production: `npm run dev` and the tests only. */
export const allowSchemaPush = () => {
  isSchemaPushAllowed = true
}

/**
 * Wraps a SQL adapter's connect: the push is decided when connecting (after the process has
 * opted in or not), `afterConnect` prepares the connection, and under NODE_ENV=production
 * the committed migrations are applied, one process at a time, before anything is served.
 */
const withLupaConnect = <Instance extends BaseDatabaseAdapter & { push: boolean }>(
  adapter: DatabaseAdapterObj<Instance>,
  {
    migrations,
    afterConnect,
  }: { migrations?: CommittedMigrations; afterConnect?: (instance: Instance) => void },
): DatabaseAdapterObj<Instance> => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args)
    const connect = instance.connect!
    instance.connect = async (options) => {
      instance.push = isSchemaPushAllowed
      await connect.call(instance, options)
      afterConnect?.(instance)
      if (process.env.NODE_ENV === 'production' && migrations)
        await migrateDatabase(instance.payload, migrations)
    }
    return instance
  },
})

/**
 * The one place that knows database adapters. The SQL adapters push the schema only in a
 * process that allowed it ({@link allowSchemaPush}) outside production; under
 * `NODE_ENV=production` they apply the committed `migrations` of their dialect before
 * serving (see {@link migrateDatabase}).
 */
export const databaseAdapter = ({
  databaseUrl,
  migrations,
}: {
  databaseUrl: string
  migrations?: CommittedMigrations
}): DatabaseAdapterObj => {
  const dialect = dialectOf(databaseUrl)
  if (dialect === 'sqlite') {
    const busyTimeout = 10_000
    return withLupaConnect(
      sqliteAdapter({
        client: { url: databaseUrl },
        wal: true,
        busyTimeout,
        // Transactions are off by default in the SQLite adapter; the outbox needs them.
        transactionOptions: {},
        migrationDir: path.resolve('migrations/sqlite'),
      }),
      {
        migrations,
        afterConnect: (instance: SQLiteAdapter) => {
          serialiseSqliteWrites(instance.client, { busyTimeoutMs: busyTimeout })
          surfaceCommitFailures(instance)
          findBeforeDeleteOne(instance)
        },
      },
    )
  }
  if (dialect === 'postgres') {
    return withLupaConnect(
      postgresAdapter({
        // PostgreSQL's JIT compiles any statement whose estimated cost is high, and Payload's
        // lateral joins over small, never-analysed tables (the service calendar global) are
        // estimated high: each read cost ~50 ms of compiling for a 0.2 ms query.
        pool: { connectionString: databaseUrl, options: '-c jit=off' },
        migrationDir: path.resolve('migrations/postgres'),
      }),
      {
        migrations,
        afterConnect: (instance: PostgresAdapter) => {
          keepPoolAlive(instance)
          surfaceCommitFailures(instance)
          findBeforeDeleteOne(instance)
        },
      },
    )
  }
  return mongooseAdapter({ url: databaseUrl })
}

/**
 * A connection the server ends (a restart, an outage) is an 'error' event on the pool when
 * it is idle, and on the connection itself when it is checked out between two queries (a
 * transaction's): unheard, either ends the process. Heard, the query in flight fails, the
 * pool drops the connection and opens new ones as needed.
 */
const keepPoolAlive = (instance: PostgresAdapter) => {
  const { pool, payload } = instance
  const onLost = (error: Error) => payload.logger.warn({ err: error, msg: 'A database connection was lost' })
  const hear = (client: PoolClient) => {
    if (!client.listeners('error').includes(onLost)) client.on('error', onLost)
  }
  pool.on('error', onLost)
  pool.on('connect', hear)
  // Connections opened before this point (Payload's first one among them).
  const opened: unknown = Reflect.get(pool, '_clients')
  if (Array.isArray(opened)) for (const client of opened as PoolClient[]) hear(client)
}

/**
 * Stops Payload and closes its database connections (Payload's own `destroy` leaves the
 * PostgreSQL pool and the SQLite client open). The PostgreSQL adapter keeps one client
 * checked out for reconnecting, so the pool is ended without waiting for it.
 */
export const closeDatabase = async (payload: Payload) => {
  const pool = postgresPoolOf(payload)
  const client = sqliteClientOf(payload)
  await payload.destroy()
  // Closing twice (a test that stopped Lupa before its clean-up) leaves the ended pool alone.
  if (pool && !pool.ending && !pool.ended) {
    pool.on('error', () => {})
    void pool.end()
  }
  client?.close()
}

/** The health of the SQLite write lock (null on other databases). */
export const databaseWriterHealth = (payload: Payload) => writeLockHealthOf(sqliteClientOf(payload))

/*
 * Each SQL adapter declares its fields on Payload's adapter type; only the one in use has
 * them, and SQLite's `client` (the connection) is declared as its settings: it is known by
 * its methods.
 */

const isLibsqlClient = (value: unknown): value is Client =>
  typeof value === 'object' &&
  value !== null &&
  ['execute', 'batch', 'transaction', 'close'].every(
    (method) => typeof Reflect.get(value, method) === 'function',
  )

/** The connection of a SQLite database (the libsql client), else null. */
export const sqliteClientOf = (payload: Payload): Client | null => {
  const client: unknown = 'client' in payload.db ? payload.db.client : null
  return isLibsqlClient(client) ? client : null
}

/** The file of a SQLite database (its `file:` URL without the scheme), else null. */
export const sqliteFileOf = (payload: Payload): string | null => {
  const url: unknown = Reflect.get(Reflect.get(payload.db, 'clientConfig') ?? {}, 'url')
  return typeof url === 'string' && url.startsWith('file:') ? url.slice('file:'.length) : null
}

/** The connection pool of a PostgreSQL database, else null. */
export const postgresPoolOf = (payload: Payload) => ('pool' in payload.db ? payload.db.pool : null) ?? null

import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Client } from '@libsql/client'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { serialiseSqliteWrites, writeLockHealthOf } from './serialiseSqliteWrites'

/** The committed migrations of each SQL dialect, as its adapter runs them in production. */
type Migrations = {
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

/**
 * The one place that knows database adapters. Under `NODE_ENV=development` or `test` the
 * SQL adapters push the schema; under `production` they apply the committed migrations of
 * their dialect before serving.
 */
export const databaseAdapter = ({
  databaseUrl,
  migrations,
}: {
  databaseUrl: string
  migrations?: Migrations
}): DatabaseAdapterObj => {
  const dialect = dialectOf(databaseUrl)
  if (dialect === 'sqlite') {
    const busyTimeout = 10_000
    const adapter = sqliteAdapter({
      client: { url: databaseUrl },
      wal: true,
      busyTimeout,
      // Transactions are off by default in the SQLite adapter; the outbox needs them.
      transactionOptions: {},
      migrationDir: path.resolve('migrations/sqlite'),
      prodMigrations: migrations?.sqlite,
    })
    return {
      ...adapter,
      init: (args) => {
        const instance = adapter.init(args)
        const connect = instance.connect!
        instance.connect = async function (this: SQLiteAdapter, options) {
          await connect.call(this, options)
          serialiseSqliteWrites(this.client, { busyTimeoutMs: busyTimeout })
        }
        return instance
      },
    }
  }
  if (dialect === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: databaseUrl },
      migrationDir: path.resolve('migrations/postgres'),
      prodMigrations: migrations?.postgres,
    })
  }
  return mongooseAdapter({ url: databaseUrl })
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
  if (pool) {
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

/** The connection pool of a PostgreSQL database, else null. */
export const postgresPoolOf = (payload: Payload) => ('pool' in payload.db ? payload.db.pool : null) ?? null

import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Client } from '@libsql/client'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { serialiseSqliteWrites, writeLockHealthOf } from './serialiseSqliteWrites'

/** A migration as Payload's SQL adapters run it in production. */
type Migration = { name: string; up: (args: never) => Promise<void>; down: (args: never) => Promise<void> }

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
  migrations?: { sqlite: Migration[]; postgres: Migration[] }
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
      prodMigrations: migrations?.sqlite as never,
    })
    return {
      ...adapter,
      init: (args) => {
        const instance = adapter.init(args)
        const connect = instance.connect!
        instance.connect = async function (options) {
          await connect.call(this, options)
          serialiseSqliteWrites((this as unknown as { client: Client }).client, {
            busyTimeoutMs: busyTimeout,
          })
        }
        return instance
      },
    }
  }
  if (dialect === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: databaseUrl },
      migrationDir: path.resolve('migrations/postgres'),
      prodMigrations: migrations?.postgres as never,
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
  const db = payload.db as unknown as {
    pool?: { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }
    client?: { close?: () => void }
  }
  const { pool, client } = db
  await payload.destroy()
  if (pool) {
    pool.on('error', () => {})
    void pool.end()
  }
  client?.close?.()
}

/** The health of the SQLite write lock (null on other databases). */
export const databaseWriterHealth = (payload: Payload) =>
  writeLockHealthOf('client' in payload.db ? payload.db.client : null)

import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { RequestHandler } from 'express'
import pg from 'pg'
import type { Payload, SanitizedConfig } from 'payload'
import { getPayload } from 'payload'

import { plugins } from '../../payload.config'
import type { CreateConfigOptions } from '../../src/config/createConfig'
import { createConfig } from '../../src/config/createConfig'
import { closeDatabase } from '../../src/db/databaseAdapter'
import { parseEnv } from '../../src/env'
import { createApp } from '../../src/server/createApp'
import type { RateLimits } from '../../src/server/rateLimits'

export type TestPayload = {
  payload: Payload
  config: SanitizedConfig
  dataDir: string
  /** The database's URL, for another process to share it. */
  databaseUrl: string
  /** Everything the database holds, as raw text (to prove what is never stored in clear). */
  rawDatabaseText: () => Promise<string>
  close: () => Promise<void>
}

const postgresServer = () => process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

const onServer = async (sql: string) => {
  const client = new pg.Client({ connectionString: postgresServer() })
  await client.connect()
  await client.query(sql)
  await client.end()
}

/** A throwaway PostgreSQL database on TEST_DATABASE_URL's server: its URL, and `drop` to remove it. */
export const createPostgresDatabase = async (prefix: string) => {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`
  await onServer(`CREATE DATABASE ${name}`)
  const url = new URL(postgresServer())
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) }
}

/**
 * A Payload instance with Lupa's plugins on a database of its own: a temporary SQLite file, or with
 * `LUPA_TEST_DB=postgres` a throwaway PostgreSQL database on TEST_DATABASE_URL's server.
 * Every test file gets its own; `close` removes it.
 */
export const startTestPayload = async ({
  env: extraEnv = {},
  ...options
}: Partial<Omit<CreateConfigOptions, 'env'>> & {
  env?: Record<string, string>
} = {}): Promise<TestPayload> => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lupa-test-'))
  let databaseUrl = `file:${path.join(dataDir, 'test.db')}`
  let dropDatabase = async () => {}
  if (process.env.LUPA_TEST_DB === 'postgres')
    ({ url: databaseUrl, drop: dropDatabase } = await createPostgresDatabase('lupa_test'))
  const env = parseEnv({
    NODE_ENV: 'test',
    LUPA_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PUBLIC_URL: 'http://localhost:3999',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
    SMTP_URL: process.env.SMTP_URL,
    ...extraEnv,
  })
  const config = await createConfig({ env, plugins, ...options })
  const payload = await getPayload({ config })
  return {
    payload,
    config,
    dataDir,
    databaseUrl,
    rawDatabaseText: async () => {
      if (!databaseUrl.startsWith('postgres')) {
        // The SQLite file and its write-ahead log, byte for byte.
        return ['test.db', 'test.db-wal']
          .map((name) => {
            try {
              return readFileSync(path.join(dataDir, name)).toString('latin1')
            } catch {
              return ''
            }
          })
          .join('\n')
      }
      const client = new pg.Client({ connectionString: databaseUrl })
      await client.connect()
      try {
        const { rows: tables } = await client.query(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
        )
        const dumps = await Promise.all(
          tables.map(async ({ table_name }: { table_name: string }) => {
            const { rows } = await client.query(`SELECT t::text AS row FROM "${table_name}" t`)
            return rows.map((row: { row: string }) => row.row).join('\n')
          }),
        )
        return dumps.join('\n')
      } finally {
        await client.end()
      }
    },
    close: async () => {
      await closeDatabase(payload)
      await dropDatabase()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The express host (without the admin and portal builds) on a free local port. */
export const startTestServer = async ({
  payload,
  config,
  limits,
  portal,
  trustedProxies,
  publicUrl = 'http://localhost:3999',
}: Pick<TestPayload, 'payload' | 'config'> & {
  limits?: RateLimits
  portal?: RequestHandler[]
  trustedProxies?: string
  publicUrl?: string
}) => {
  const app = createApp({
    payload,
    config,
    publicUrl,
    isDevelopment: false,
    limits,
    portal,
    trustedProxies,
  })
  const server = app.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload } from 'payload'
import pg from 'pg'

import { plugins } from '../payload.config'
import { createConfig } from '../src/config/createConfig'
import { closeDatabase } from '../src/db/databaseAdapter'
import { parseEnv } from '../src/env'

/**
 * Creates a migration for each SQL dialect from the current schema:
 * `npm run migrate:create -- <name>`. Compares against a throwaway SQLite file and a
 * throwaway PostgreSQL database on TEST_DATABASE_URL's server.
 */
const name = process.argv[2] ?? 'change'
const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
process.env.DISABLE_PAYLOAD_HMR = 'true'

const create = async (databaseUrl: string, key: string) => {
  const env = parseEnv({
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
  })
  const payload = await getPayload({ config: await createConfig({ env, plugins }), key })
  await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: true })
  await closeDatabase(payload)
}

const main = async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lupa-migrate-'))
  try {
    await create(`file:${path.join(dir, 'schema.db')}`, 'sqlite')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const database = `lupa_migrate_${process.pid}`
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${database}`)
  try {
    const url = new URL(server)
    url.pathname = `/${database}`
    await create(url.toString(), 'postgres')
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await admin.end()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)

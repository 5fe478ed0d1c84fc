import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

/**
 * Creates a migration for each SQL dialect from the current schema:
 * `npm run migrate:create -- <name>`. Uses a throwaway SQLite file and a throwaway
 * PostgreSQL database on TEST_DATABASE_URL's server.
 */
const name = process.argv[2] ?? 'change'
const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const create = (databaseUrl: string) => {
  const result = spawnSync(
    path.resolve('node_modules/.bin/payload'),
    ['migrate:create', name, '--force-accept-warning'],
    {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development' },
    },
  )
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'lupa-migrate-'))
create(`file:${path.join(dir, 'schema.db')}`)
rmSync(dir, { recursive: true, force: true })

const database = `lupa_migrate_${process.pid}`
const admin = new pg.Client({ connectionString: server })
await admin.connect()
await admin.query(`CREATE DATABASE ${database}`)
try {
  const url = new URL(server)
  url.pathname = `/${database}`
  create(url.toString())
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await admin.end()
}

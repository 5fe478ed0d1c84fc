import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../payload.config'
import { closeDatabase } from '../../src/db/databaseAdapter'
import { startMigratingPayload } from '../support/migratingPayload'
import { createPostgresDatabase, startTestPayload } from '../support/testPayload'

/**
 * `npm run migrate` (scripts/migrate.ts on plain Node, as operators run it) on empty
 * databases of the run's dialect: SQLite under `npm test`, PostgreSQL under `npm run test:pg`.
 */

const isPostgres = process.env.LUPA_TEST_DB === 'postgres'
const committedNames = (isPostgres ? migrations.postgres : migrations.sqlite).map(({ name }) => name)

let root: string
const dropDatabases: (() => Promise<void>)[] = []

/** A new empty database of the run's dialect, removed after the file. */
const emptyDatabase = async (name: string) => {
  if (!isPostgres) return `file:${path.join(root, `${name}.db`)}`
  const { url, drop } = await createPostgresDatabase('lupa_migrate')
  dropDatabases.push(drop)
  return url
}

/** Runs one of our scripts as `npm run …` does, on `databaseUrl`. */
const runScript = (script: string, databaseUrl: string, env: Record<string, string> = {}) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/run.mjs', script], {
      env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: root, LOG_LEVEL: 'warn', ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })

const migrate = (databaseUrl: string) => runScript('scripts/migrate.ts', databaseUrl)

/** Runs SQL on the database at `databaseUrl`, whatever its dialect. */
const query = async (databaseUrl: string, sql: string) => {
  if (!isPostgres) {
    const client = createClient({ url: databaseUrl })
    try {
      return (await client.execute(sql)).rows.map((row) => ({ ...row }))
    } finally {
      client.close()
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query<Record<string, unknown>>(sql)).rows
  } finally {
    await client.end()
  }
}

/** The statements drizzle-kit would run to bring `payload`'s database to the code's schema. */
const pendingPushStatements = async (payload: Payload) => {
  const adapter = payload.db as unknown as {
    schema: Record<string, unknown>
    drizzle: unknown
    requireDrizzleKit: () => {
      pushSchema: (
        schema: Record<string, unknown>,
        drizzle: unknown,
      ) => Promise<{ statementsToExecute: string[] }>
    }
  }
  const { statementsToExecute } = await adapter
    .requireDrizzleKit()
    .pushSchema(adapter.schema, adapter.drizzle)
  return statementsToExecute
}

const recordedMigrations = async (databaseUrl: string) =>
  (await query(databaseUrl, 'SELECT name, batch FROM payload_migrations ORDER BY name')).map((row) => ({
    name: String(row.name),
    batch: Number(row.batch),
  }))

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'lupa-migrate-command-'))
})

afterAll(async () => {
  for (const drop of dropDatabases) await drop()
  rmSync(root, { recursive: true, force: true })
})

describe(`npm run migrate on an empty ${isPostgres ? 'PostgreSQL' : 'SQLite'} database`, () => {
  let databaseUrl: string
  let first: Awaited<ReturnType<typeof migrate>>

  beforeAll(async () => {
    databaseUrl = await emptyDatabase('single')
    first = await migrate(databaseUrl)
  })

  it('should apply every committed migration of the dialect, say which, and exit 0', async () => {
    expect(first.stderr).not.toMatch(/failed|error/i)
    expect(first.code).toBe(0)
    expect(first.stdout).toContain(`Applied ${committedNames.length} migrations:`)
    for (const name of committedNames) expect(first.stdout).toContain(name)
    expect(await recordedMigrations(databaseUrl)).toEqual(committedNames.map((name) => ({ name, batch: 1 })))
  })

  it('should leave no more for a push of the code schema to change than a pushed database does', async () => {
    // drizzle-kit reports a few changes on PostgreSQL even right after its own push (numeric
    // defaults, foreign keys whose names PostgreSQL cut at 63 characters): those are no drift.
    const pushed = await startTestPayload()
    const afterPush = await pendingPushStatements(pushed.payload).finally(() => pushed.close())
    const payload = await startMigratingPayload({ dataDir: root, key: 'migrate-command', databaseUrl })
    const afterMigrations = await pendingPushStatements(payload).finally(() => closeDatabase(payload))
    expect(afterMigrations.toSorted()).toEqual(afterPush.toSorted())
    if (!isPostgres) expect(afterMigrations).toEqual([])
  })

  // Seeding the demo data takes a while on two busy cores.
  it(
    'should leave the schema alone in a script outside npm run dev, whatever NODE_ENV says',
    { timeout: 180_000 },
    async () => {
      // A push would record itself as the migration "dev" (batch -1).
      const seeded = await runScript('scripts/seed.ts', databaseUrl, { NODE_ENV: 'development' })
      expect(seeded.code).toBe(0)
      expect(await recordedMigrations(databaseUrl)).toEqual(
        committedNames.map((name) => ({ name, batch: 1 })),
      )
    },
  )

  it('should apply nothing when run again, and exit 0', async () => {
    const again = await migrate(databaseUrl)
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('Nothing to apply')
    expect(await recordedMigrations(databaseUrl)).toEqual(committedNames.map((name) => ({ name, batch: 1 })))
  })

  it('should refuse a database whose schema a development process pushed, and exit 1 saying why', async () => {
    await query(
      databaseUrl,
      "INSERT INTO payload_migrations (name, batch, updated_at, created_at) VALUES ('dev', -1, '2026-01-01', '2026-01-01')",
    )
    const refused = await migrate(databaseUrl)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(
      'npm run migrate failed: The database schema was pushed by a development process',
    )
  })
})

describe('two npm run migrate started together on one empty database', () => {
  it('should both exit 0 and apply each migration exactly once', async () => {
    const databaseUrl = await emptyDatabase('concurrent')
    const runs = await Promise.all([migrate(databaseUrl), migrate(databaseUrl)])
    expect(runs.map((run) => run.code)).toEqual([0, 0])
    const applied = runs.map((run) => committedNames.filter((name) => run.stdout.includes(name)).length)
    expect(applied.sort()).toEqual([0, committedNames.length])
    expect(await recordedMigrations(databaseUrl)).toEqual(committedNames.map((name) => ({ name, batch: 1 })))
  })
})

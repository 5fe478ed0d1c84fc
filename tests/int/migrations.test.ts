import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Client } from '@libsql/client'
import type { Migration, Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'
import { slugs } from '../../src/collections/slugs'
import { closeDatabase } from '../../src/db/databaseAdapter'
import { startMigratingPayload } from '../support/migratingPayload'
import { seedCatalogue } from '../../src/seed/seed'
import { submitApplication } from '../../src/submission/submitApplication'
import { createDraft, createUser } from '../support/factories'

/**
 * The committed SQLite migrations, applied to an empty database, must give the schema the
 * collections need. Always SQLite, whatever LUPA_TEST_DB says: production SQLite installs
 * build their schema from these files alone.
 */

/** The parts of the SQLite adapter this file reads. */
type SqliteAdapter = {
  client: Client
  schema: Record<string, unknown>
  drizzle: unknown
  requireDrizzleKit: () => {
    pushSchema: (
      schema: Record<string, unknown>,
      drizzle: unknown,
    ) => Promise<{ statementsToExecute: string[]; warnings: string[] }>
  }
}

/** Payload's migration type takes `unknown` arguments; the generated files declare theirs. */
const committedSqliteMigrations = sqliteMigrations as unknown as Migration[]

let dataDir: string
let payload: Payload
let tablesBeforeMigrating: string[]

const adapter = () => payload.db as unknown as SqliteAdapter

const tableNames = async () =>
  (await adapter().client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map((row) =>
    String(row.name),
  )

const appliedMigrations = async () =>
  (
    await payload.find({ collection: 'payload-migrations', overrideAccess: true, limit: 0, sort: 'name' })
  ).docs.map((doc) => ({ name: doc.name, batch: doc.batch }))

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'lupa-migrations-'))
  payload = await startMigratingPayload({ dataDir, key: 'migrations' })
  tablesBeforeMigrating = await tableNames()
  await payload.db.migrate({ migrations: committedSqliteMigrations })
})

afterAll(async () => {
  if (payload) await closeDatabase(payload)
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

describe('the committed SQLite migrations', () => {
  it('should start from a database without a pushed schema', () => {
    expect(tablesBeforeMigrating).not.toContain('permit_bundles')
    expect(tablesBeforeMigrating).not.toContain('payload_migrations')
  })

  it('should record every committed migration, the initial one first, as applied in the first batch', async () => {
    expect(await appliedMigrations()).toEqual(sqliteMigrations.map(({ name }) => ({ name, batch: 1 })))
    expect(sqliteMigrations[0].name).toMatch(/_initial$/)
  })

  it('should not apply a migration again when migrating a second time', async () => {
    await payload.db.migrate({ migrations: committedSqliteMigrations })
    expect(await appliedMigrations()).toEqual(sqliteMigrations.map(({ name }) => ({ name, batch: 1 })))
  })

  it('should create a table for every collection', async () => {
    const tables = await tableNames()
    for (const table of [
      'users',
      'permit_bundles',
      'applications',
      'cases',
      'case_events',
      'payload_jobs',
      'audit_log',
    ]) {
      expect(tables).toContain(table)
    }
  })

  it('should leave nothing for a schema push to change', async () => {
    const { pushSchema } = adapter().requireDrizzleKit()
    const { statementsToExecute } = await pushSchema(adapter().schema, adapter().drizzle)
    expect(statementsToExecute).toEqual([])
  })

  it('should create a permit bundle through the Local API and read it back in another language', async () => {
    const bundle = await payload.create({
      collection: slugs.permitBundles,
      data: { key: 'migrated-bundle', name: 'Siirretty', isPublished: false },
      locale: 'fi',
      overrideAccess: true,
    })
    await payload.update({
      collection: slugs.permitBundles,
      id: bundle.id,
      data: { name: 'Migrerad' },
      locale: 'sv',
      overrideAccess: true,
    })
    const swedish = await payload.findByID({
      collection: slugs.permitBundles,
      id: bundle.id,
      locale: 'sv',
      overrideAccess: true,
    })
    const finnish = await payload.findByID({
      collection: slugs.permitBundles,
      id: bundle.id,
      locale: 'fi',
      overrideAccess: true,
    })
    expect(swedish.name).toBe('Migrerad')
    expect(finnish.name).toBe('Siirretty')
  })

  it('should take the catalogue and a submission of the worked example', async () => {
    const { bundleId } = await seedCatalogue(payload)
    const customer = await createUser(payload, { role: 'customer' })
    const draft = await createDraft(payload, { customer, bundleId })
    const req = await createLocalReq({ user: customer as never }, payload)
    const result = await submitApplication({ req, applicationId: draft.id, locale: 'fi' })
    expect(result.cases).toHaveLength(9)
    const jobs = await payload.count({ collection: 'payload-jobs', overrideAccess: true })
    expect(jobs.totalDocs).toBe(9)
  })
})

describe('the committed PostgreSQL migrations', () => {
  it('should export at least one migration with a name and up and down functions', () => {
    expect(postgresMigrations.length).toBeGreaterThanOrEqual(1)
    for (const migration of postgresMigrations) {
      expect(migration.name).toMatch(/^\d{8}_\d{6}_\w+$/)
      expect(typeof migration.up).toBe('function')
      expect(typeof migration.down).toBe('function')
    }
  })

  it('should have one migration for each SQLite migration', () => {
    const purpose = (name: string) => name.replace(/^\d{8}_\d{6}_/, '')
    expect(postgresMigrations.map((migration) => purpose(migration.name))).toEqual(
      sqliteMigrations.map((migration) => purpose(migration.name)),
    )
  })
})

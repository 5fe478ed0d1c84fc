import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Client } from '@libsql/client'
import type { Migration, Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations as sqliteMigrations } from '../../migrations/sqlite'
import { loadRoutingCatalogue } from '../../src/catalogue/loadRoutingCatalogue'
import { idOf, idsOf } from '../../src/collections/relations'
import { slugs } from '../../src/collections/slugs'
import { closeDatabase } from '../../src/db/databaseAdapter'
import { startMigratingPayload } from '../support/migratingPayload'

/**
 * The catalogue relationships migration on a SQLite database that holds a catalogue written
 * before it (typed kinds and municipality keys): nothing lost, every key carried over to
 * its relationship, and routing as before.
 */

const migrationName = '20261206_150017_catalogue_relationships'
const committed = sqliteMigrations as unknown as Migration[]
const before = committed.slice(
  0,
  committed.findIndex((migration) => migration.name === migrationName),
)

let dataDir: string
let payload: Payload

const client = () => (payload.db as unknown as { client: Client }).client
const count = async (table: string) =>
  Number((await client().execute(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n)

/** A catalogue as the schema before the migration held it, written as SQL. */
const legacyCatalogue = `
INSERT INTO authorities (id, key, kind) VALUES (1, 'police-helsinki', 'police'), (2, 'food-agency', 'food'), (3, 'police-espoo', 'police');
INSERT INTO authorities_locales (name, _locale, _parent_id) VALUES ('Helsingin poliisi', 'fi', 1), ('Ruokavirasto', 'fi', 2), ('Espoon poliisi', 'fi', 3);
INSERT INTO authorities_texts ("order", parent_id, path, text) VALUES (1, 1, 'municipalities', '091'), (1, 3, 'municipalities', '049');
INSERT INTO data_elements (id, key, type, step) VALUES (1, 'municipality', 'select', 'event'), (2, 'eventName', 'text', 'event');
INSERT INTO data_elements_locales (label, _locale, _parent_id) VALUES ('Kunta', 'fi', 1), ('Nimi', 'fi', 2);
INSERT INTO permit_types (id, key, routing_kind, authority_id, authority_kind, municipality_element) VALUES
  (1, 'police-notice', 'by-municipality', NULL, 'police', 'municipality'),
  (2, 'food-notice', 'fixed', 2, NULL, NULL);
INSERT INTO permit_types_locales (name, _locale, _parent_id) VALUES ('Poliisi-ilmoitus', 'fi', 1), ('Ruokailmoitus', 'fi', 2);
INSERT INTO permit_types_elements (_order, _parent_id, id, element_id, is_required) VALUES (1, 1, 'e1', 2, 1), (2, 1, 'e2', 1, 1);
INSERT INTO authorities_rels ("order", parent_id, path, permit_types_id) VALUES (1, 3, 'joinedPermitTypes', 2);
INSERT INTO permit_bundles (id, key, is_published) VALUES (1, 'event', 1);
INSERT INTO permit_bundles_locales (name, _locale, _parent_id) VALUES ('Tapahtuma', 'fi', 1);
INSERT INTO permit_bundles_rels ("order", parent_id, path, data_elements_id) VALUES (1, 1, 'analysisElements', 2);
`

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'lupa-migration-catalogue-'))
  payload = await startMigratingPayload({ dataDir, key: 'migration-catalogue-relationships' })
  await payload.db.migrate({ migrations: before })
  await client().executeMultiple(legacyCatalogue)
  await payload.db.migrate({ migrations: committed })
})

afterAll(async () => {
  if (payload) await closeDatabase(payload)
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

const system = { overrideAccess: true, depth: 0, pagination: false } as const

describe('the catalogue relationships migration', () => {
  it('should keep every row that refers to a data element (a rebuilt table would have cascaded)', async () => {
    expect(await count('permit_types_elements')).toBe(2)
    expect(await count('permit_bundles_rels')).toBe(1)
    expect(await count('data_elements_locales')).toBe(2)
    expect(await count('authorities_rels')).toBeGreaterThanOrEqual(1)
  })

  it('should make a kind of each typed kind, named in every language where Lupa knows it', async () => {
    const { docs } = await payload.find({
      collection: slugs.authorityKinds,
      locale: 'sv',
      sort: 'key',
      ...system,
    })
    expect(docs.map((kind) => [kind.key, kind.name])).toEqual([
      ['food', 'food'],
      ['police', 'Polisen'],
    ])
  })

  it('should link authorities and permit types to their kinds and the municipality element', async () => {
    const kinds = new Map(
      (await payload.find({ collection: slugs.authorityKinds, ...system })).docs.map((kind) => [
        kind.id,
        kind.key,
      ]),
    )
    const authorities = (await payload.find({ collection: slugs.authorities, sort: 'id', ...system })).docs
    expect(authorities.map((authority) => kinds.get(idOf(authority.kind)!))).toEqual([
      'police',
      'food',
      'police',
    ])
    const police = await payload.findByID({ collection: slugs.permitTypes, id: 1, ...system })
    expect(kinds.get(idOf(police.authorityKind)!)).toBe('police')
    expect(idOf(police.municipalityElement)).toBe(1)
    expect(idsOf((police.elements ?? []).map((row) => row.element))).toEqual([2, 1])
  })

  it('should let an authority that had joined nothing join what it received before, and keep a kept-up list', async () => {
    const joined = async (id: number) =>
      idsOf((await payload.findByID({ collection: slugs.authorities, id, ...system })).joinedPermitTypes)
    expect(await joined(1)).toEqual([1])
    expect(await joined(2)).toEqual([2])
    expect(await joined(3)).toEqual([2])
  })

  it('should route as before the migration', async () => {
    const catalogue = await loadRoutingCatalogue({ req: await createLocalReq({}, payload) })
    expect(catalogue.permitTypes.find((type) => type.key === 'police-notice')?.routing).toEqual({
      kind: 'by-municipality',
      authorityKind: 'police',
      municipalityElement: 'municipality',
    })
    expect(catalogue.authorities.find((authority) => authority.key === 'police-helsinki')).toEqual({
      key: 'police-helsinki',
      kind: 'police',
      municipalities: ['091'],
      permitTypes: ['police-notice'],
    })
  })

  it('should leave the authority kind required, as the schema says', async () => {
    await expect(client().execute('UPDATE authorities SET kind_id = NULL WHERE id = 1')).rejects.toThrow(
      /NOT NULL/,
    )
  })
})

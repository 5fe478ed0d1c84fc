import { readFileSync } from 'node:fs'

import type { Payload, Plugin } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { plugins } from '../../payload.config'
import { importServiceCatalogue, PtvFormatError } from '../../plugins/service-catalogue'
import type { ImportReport } from '../../plugins/service-catalogue'
import { loadRoutingCatalogue } from '../../src/catalogue/loadRoutingCatalogue'
import { slugs } from '../../src/collections/slugs'
import { routeCase, RoutingError } from '../../src/domain/routing'
import { seedCatalogue } from '../../src/seed/seed'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'

type Doc = Record<string, unknown>
type Catalogue = {
  organizations: { itemList: Doc[] }
  services: Doc[]
  serviceChannels: Doc[]
}

const fixtureText = readFileSync('plugins/service-catalogue/fixtures/helsinki-events.json', 'utf8')
const links = JSON.parse(
  readFileSync('plugins/service-catalogue/fixtures/helsinki-events.links.json', 'utf8'),
)
const fixture = () => JSON.parse(fixtureText) as Catalogue

const POLICE_ITA_UUSIMAA = '6f1c2d4e-8a3b-4c5d-9e7f-0a1b2c3d4e02'
const EVENT_SERVICE = '9b2e7c10-4d5a-4f3b-8c6d-1e2f3a4b5c01'
const FAILING_TITLE = 'Tämän tallennus epäonnistuu'

/** A write that fails halfway through an import, to show that nothing before it stays. */
const failingWritePlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug === slugs.serviceDescriptions
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeChange: [
              ...(collection.hooks?.beforeChange ?? []),
              ({ data }) => {
                if (data.title === FAILING_TITLE) throw new Error('the database refused the write')
                return data
              },
            ],
          },
        }
      : collection,
  ),
})

let test: TestPayload
let payload: Payload

beforeAll(async () => {
  test = await startTestPayload({ plugins: [...plugins, failingWritePlugin] })
  payload = test.payload
  await seedCatalogue(payload)
})

afterAll(async () => {
  await test?.close()
})

const system = { overrideAccess: true, depth: 0, pagination: false } as const
const authority = async (key: string) =>
  (await payload.find({ collection: slugs.authorities, where: { key: { equals: key } }, ...system })).docs[0]
/** Read in every locale: the localised fields are objects of texts, which the generated types do not describe. */
const descriptions = async () =>
  (await payload.find({ collection: slugs.serviceDescriptions, locale: 'all', sort: 'id', ...system }))
    .docs as unknown as Doc[]
const outcomes = (report: ImportReport) =>
  report.entries.map((entry) => `${entry.outcome} ${entry.entity} ${entry.record ?? entry.ptvId}`)

/** Routes the demo's police notification as a submission would, from the catalogue in the database. */
const routeFromDatabase = async (municipality: string) => {
  const { permitTypes, authorities } = await loadRoutingCatalogue({ req: await createLocalReq({}, payload) })
  const permitType = permitTypes.find((type) => type.key === 'police-public-event-notification')
  if (!permitType) throw new Error('the demo catalogue has no police notification')
  return routeCase({ permitType, values: { municipality }, authorities })
}

describe('importing the PTV catalogue', () => {
  it('should refuse a malformed file and import nothing', async () => {
    const data = fixture() as unknown as { services: Doc[] }
    delete data.services[1].id
    const error = await importServiceCatalogue({ payload, input: data, links }).catch((caught) => caught)
    expect(error).toBeInstanceOf(PtvFormatError)
    expect((error as PtvFormatError).problems).toEqual([
      'services[1].id: Invalid input: expected string, received undefined',
    ])
    await expect(
      importServiceCatalogue({ payload, input: fixtureText.slice(0, 1000), links }),
    ).rejects.toThrow(/not JSON/)
    expect(await descriptions()).toHaveLength(0)
    expect((await authority('police-helsinki')).ptvId ?? null).toBeNull()
  })

  it('should leave nothing behind when a write fails halfway through', async () => {
    const data = fixture()
    const names = data.services[1].serviceNames as Doc[]
    names[0] = { ...names[0], value: FAILING_TITLE }
    await expect(importServiceCatalogue({ payload, input: data, links })).rejects.toThrow(
      'the database refused the write',
    )
    expect(await descriptions()).toHaveLength(0)
    expect((await authority('police-ita-uusimaa')).municipalities).toEqual(['092'])
    const permitType = await payload.find({
      collection: slugs.permitTypes,
      where: { ptvServiceId: { equals: EVENT_SERVICE } },
      ...system,
    })
    expect(permitType.docs).toHaveLength(0)
  })

  it('should link authorities and permit types, create service descriptions, and report why it skipped', async () => {
    await expect(routeFromDatabase('753')).rejects.toBeInstanceOf(RoutingError)
    const report = await importServiceCatalogue({ payload, input: fixtureText, links })
    expect(outcomes(report)).toEqual([
      'updated organization authorities/police-helsinki',
      'updated organization authorities/police-ita-uusimaa',
      'skipped organization 6f1c2d4e-8a3b-4c5d-9e7f-0a1b2c3d4e03',
      'updated organization authorities/environmental-protection-helsinki',
      'created service service-descriptions/Yleisötilaisuudesta ilmoittaminen poliisille',
      'updated service permit-types/police-public-event-notification',
      'created service service-descriptions/Meluilmoitus tilapäisestä melua aiheuttavasta toiminnasta',
      'updated service permit-types/noise-notification',
      'skipped service 9b2e7c10-4d5a-4f3b-8c6d-1e2f3a4b5c03',
      'skipped serviceChannel c47d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e04',
    ])
    expect(report.totals).toEqual({ created: 2, updated: 5, unchanged: 0, skipped: 3 })
    expect(report.entries[1].changes).toEqual(['ptvId', 'municipalities'])
    expect(report.entries[2].reason).toMatch(
      /business ID 0201256-6 is shared by authorities .*city-area-use-helsinki/,
    )
    expect(report.entries[8].reason).toBe('type Service: only PermitOrObligation services are imported')

    const [event, noise] = await descriptions()
    expect(event.title).toEqual({
      fi: 'Yleisötilaisuudesta ilmoittaminen poliisille',
      sv: 'Anmälan om allmän tillställning till polisen',
      en: 'Notifying the police of a public event',
    })
    expect(event.authority).toBe((await authority('police-helsinki')).id)
    expect(event.municipalities).toEqual(['091'])
    expect((event.channels as Doc[]).map((channel) => [channel.url, channel.phone])).toEqual([
      ['https://poliisi.fi/yleisotilaisuus', null],
      [null, '+358295 419 800'],
    ])
    expect((event.channels as Doc[])[0].name).toMatchObject({
      sv: 'Anmälan om allmän tillställning på nätet',
    })
    // The noise service has no English description in PTV: none is stored (the portal falls back to Finnish).
    expect((noise.description as Doc).en ?? null).toBeNull()
    expect(JSON.stringify((noise.description as Doc).sv)).toContain('Beslutet är avgiftsbelagt.')
    expect(noise.authority).toBe((await authority('environmental-protection-helsinki')).id)
  })

  it('should make routing pick the authority for the municipalities of its PTV area', async () => {
    expect(await routeFromDatabase('753')).toBe('police-ita-uusimaa')
    expect(await routeFromDatabase('091')).toBe('police-helsinki')
  })

  it('should report everything unchanged when the same catalogue is imported again', async () => {
    const report = await importServiceCatalogue({ payload, input: fixtureText, links: {} })
    expect(report.totals).toEqual({ created: 0, updated: 0, unchanged: 7, skipped: 3 })
    expect(await descriptions()).toHaveLength(2)
  })

  it('should update what changed in PTV, without duplicates', async () => {
    const data = fixture()
    const police = data.organizations.itemList.find((organization) => organization.id === POLICE_ITA_UUSIMAA)!
    police.areas = (police.areas as Doc[]).filter((area) => area.code !== '753')
    const names = data.services[0].serviceNames as Doc[]
    names[0] = { ...names[0], value: 'Yleisötilaisuusilmoitus poliisille' }
    const report = await importServiceCatalogue({ payload, input: data })
    expect(report.totals).toEqual({ created: 0, updated: 2, unchanged: 5, skipped: 3 })
    expect(report.entries.filter((entry) => entry.outcome === 'updated')).toMatchObject([
      { record: 'authorities/police-ita-uusimaa', changes: ['municipalities'] },
      { record: 'service-descriptions/Yleisötilaisuusilmoitus poliisille', changes: ['title.fi'] },
    ])
    const stored = await descriptions()
    expect(stored).toHaveLength(2)
    expect((stored[0].title as Doc).fi).toBe('Yleisötilaisuusilmoitus poliisille')
    expect((stored[0].channels as Doc[]).length).toBe(2)
    await expect(routeFromDatabase('753')).rejects.toMatchObject({ code: 'no-authority' })
  })
})

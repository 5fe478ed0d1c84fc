import type { CollectionSlug, Payload } from 'payload'
import { createLocalReq, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PermitTypeCoverageReport } from '../../src/catalogue/loadCoverage'
import {
  carryOverCatalogueKeys,
  legacyCatalogueKeysQueries,
  planCatalogueCarryOver,
  readLegacyCatalogueKeys,
  type LegacyCatalogueKeys,
} from '../../src/catalogue/carryOverCatalogueKeys'
import { loadBundleContext } from '../../src/catalogue/loadBundleContext'
import type { BundleContext } from '../../src/catalogue/loadBundleContext'
import { stepChoicesOf } from '../../src/catalogue/stepChoicesOf'
import { slugs } from '../../src/collections/slugs'
import { analyse } from '../../src/domain/analysis'
import { assembleForm, formFields, prefill } from '../../src/domain/once-only'
import { routeCase } from '../../src/domain/routing'
import { seedCatalogue } from '../../src/seed/seed'
import {
  demoAuthorities,
  permitTypes,
  workedExampleAnswers,
  workedExampleApplication,
} from '../../src/seed/public-event'
import { demoCatalogueAuthorities, restaurantPermitTypes } from '../../src/seed/restaurant'
import type { TestUser } from '../support/factories'
import { createUser, tokenOf } from '../support/factories'
import { rest as restCall } from '../support/rest'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

type Id = number | string
type Body = {
  errors?: { message: string; data?: { uses?: string[]; errors?: { path: string; message: string }[] } }[]
  doc?: { id: Id }
  permitTypes?: PermitTypeCoverageReport[]
}

let test: TestPayload
let server: Awaited<ReturnType<typeof startTestServer>>
let payload: Payload
let context: BundleContext
let bundleId: number | string
let ids: Awaited<ReturnType<typeof seedCatalogue>>
/** The permit types of every demo bundle, as the seed writes them. */
const cataloguePermitTypes = [...permitTypes, ...restaurantPermitTypes]
let owner: TestUser
let customer: TestUser
const tokens = new Map<TestUser, string>()

/** A REST call as the user, in the language given (the admin sends the user's language). */
const rest = (
  path: string,
  {
    user,
    method = 'GET',
    body,
    language = 'fi',
  }: { user?: TestUser; method?: string; body?: unknown; language?: string } = {},
) =>
  restCall<Body>(`${server.url}/api${path}`, {
    token: user && tokens.get(user),
    method,
    body,
    headers: { 'Accept-Language': language },
  })

/** The field messages of a refused write. */
const fieldMessages = (answer: { body: Body | null }) =>
  (answer.body?.errors ?? []).flatMap((error) => (error.data?.errors ?? []).map((item) => item.message))

const count = async (collection: CollectionSlug, where = {}) =>
  (await payload.count({ collection, where, overrideAccess: true })).totalDocs

/** The worked example routed with the catalogue as the database holds it. */
const workedExampleRoutes = async () => {
  const loaded = await loadBundleContext({
    req: await createLocalReq({}, payload),
    bundle: { key: 'public-event' },
  })
  const needed = analyse({ bundle: loaded.bundle, answers: workedExampleAnswers, locale: 'fi' })
    .permits.filter((permit) => permit.isNeeded)
    .map((permit) => loaded.permitTypes.find((permitType) => permitType.key === permit.permitType)!)
  return Object.fromEntries(
    needed.map((permitType) => [
      permitType.key,
      routeCase({ permitType, values: workedExampleApplication, authorities: loaded.authorities }),
    ]),
  )
}

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  server = await startTestServer(test)
  ids = await seedCatalogue(payload)
  ;({ bundleId } = ids)
  context = await loadBundleContext({
    req: await createLocalReq({}, payload),
    bundle: { key: 'public-event' },
  })
  owner = await createUser(payload, { role: 'owner' })
  customer = await createUser(payload, { role: 'customer' })
  for (const user of [owner, customer]) tokens.set(user, await tokenOf(payload, user))
})

afterAll(async () => {
  await server?.close()
  await test?.close()
})

describe('the seeded bundle read back from the database', () => {
  it('should analyse the worked example into the permits it needs, with reasons in Swedish', () => {
    const result = analyse({ bundle: context.bundle, answers: workedExampleAnswers, locale: 'sv' })
    const needed = result.permits.filter((permit) => permit.isNeeded).map((permit) => permit.permitType)
    expect(needed).toHaveLength(9)
    expect(needed).not.toContain('fireworks-display-notification')
    const rescue = result.permits.find((permit) => permit.permitType === 'rescue-plan')!
    expect(rescue.reasons[0].text).not.toBe('')
    expect(rescue.reasons[0].text).not.toBe(
      analyse({ bundle: context.bundle, answers: workedExampleAnswers, locale: 'fi' }).permits.find(
        (permit) => permit.permitType === 'rescue-plan',
      )!.reasons[0].text,
    )
  })

  it('should ask every shared datum once, for every permit that needs it', () => {
    const needed = analyse({ bundle: context.bundle, answers: workedExampleAnswers, locale: 'fi' })
      .permits.filter((permit) => permit.isNeeded)
      .map((permit) => permit.permitType)
    const form = assembleForm({ ...context, neededPermitTypes: needed })
    const fields = formFields(form)
    const keys = fields.map((field) => field.element.key)
    expect(new Set(keys).size).toBe(keys.length)
    const eventName = fields.find((field) => field.element.key === 'eventName')!
    expect(eventName.usedBy).toHaveLength(needed.length)
    expect(eventName.element.label.sv).toBeTruthy()
    expect(prefill({ form, answers: workedExampleAnswers }).municipality).toBe('091')
  })

  it('should refuse to save a bundle rule that reads an answer the bundle does not ask', async () => {
    const bundle = await payload.findByID({
      collection: slugs.permitBundles,
      id: bundleId,
      depth: 0,
      overrideAccess: true,
    })
    const permits = (bundle.permits as Record<string, unknown>[]).map((permit, index) =>
      index === 0
        ? {
            ...permit,
            rules: [{ ruleId: 'broken', when: { '>': [{ var: 'noSuchAnswer' }, 1] }, reason: 'x' }],
          }
        : permit,
    )
    const error = await payload
      .update({
        collection: slugs.permitBundles,
        id: bundleId,
        data: { permits },
        overrideAccess: true,
      })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect(String((error as ValidationError).data.errors[0].message)).toContain('noSuchAnswer')
  })
})

describe('pickers', () => {
  it('should name the records of every catalogue picker by a label, not by a key', () => {
    const titles = Object.fromEntries(
      [
        slugs.authorityKinds,
        slugs.authorities,
        slugs.dataElements,
        slugs.permitTypes,
        slugs.permitBundles,
      ].map((slug) => [slug, payload.collections[slug].config.admin.useAsTitle]),
    )
    expect(titles).toEqual({
      [slugs.authorityKinds]: 'name',
      [slugs.authorities]: 'name',
      [slugs.dataElements]: 'label',
      [slugs.permitTypes]: 'name',
      [slugs.permitBundles]: 'name',
    })
  })

  it('should label the data element types in Finnish, Swedish and English', () => {
    const type = payload.collections[slugs.dataElements].config.flattenedFields.find(
      (field) => field.name === 'type',
    )
    const options = type && 'options' in type ? type.options : []
    const longText = options.find((option) => typeof option === 'object' && option.value === 'longText')
    expect(longText).toMatchObject({ label: { fi: 'Pitkä teksti', sv: 'Lång text', en: 'Long text' } })
  })

  it('should offer the steps of the bundles that use an element, titled in the language', async () => {
    const { isUsed, choices } = await stepChoicesOf({
      req: await createLocalReq({}, payload),
      elementId: ids.elementIds.get('organiserName'),
      locale: 'sv',
    })
    expect(isUsed).toBe(true)
    expect(choices.find((choice) => choice.key === 'organiser')).toEqual({
      key: 'organiser',
      // The restaurant's step of the same key, then the public event's.
      titles: ['Verksamhetsutövare', 'Arrangör'],
      bundles: [expect.any(String), expect.any(String)],
    })
  })

  it('should refuse a step no bundle using the element has, in the admin language, and keep the stored one', async () => {
    const id = ids.elementIds.get('organiserName')!
    const response = await rest(`/data-elements/${id}`, {
      user: owner,
      method: 'PATCH',
      body: { step: 'no-such-step' },
      language: 'sv',
    })
    expect(response.status).toBe(400)
    const [refusal] = fieldMessages(response)
    expect(refusal).toMatch(/^Steget "no-such-step" finns inte i någon tillståndshelhet/)
    expect(refusal).toContain('Arrangör (organiser)')
    expect((await payload.findByID({ collection: slugs.dataElements, id, overrideAccess: true })).step).toBe(
      'organiser',
    )
  })

  it('should take any step, or none, for an element no bundle uses yet', async () => {
    const response = await rest('/data-elements', {
      user: owner,
      method: 'POST',
      body: { key: 'terraceSeats', type: 'integer', label: 'Terassin paikat', step: 'premises' },
    })
    expect(response.status).toBe(201)
    const id = response.body!.doc!.id
    expect(
      (await rest(`/data-elements/${id}`, { user: owner, method: 'PATCH', body: { step: null } })).status,
    ).toBe(200)
    expect((await rest(`/data-elements/${id}`, { user: owner, method: 'DELETE' })).status).toBe(200)
  })

  it('should refuse a permit type routed by municipality without its kind and municipality element, in the admin language', async () => {
    const id = ids.permitTypeIds.get('noise-notification')!
    const response = await rest(`/permit-types/${id}`, {
      user: owner,
      method: 'PATCH',
      body: { authorityKind: null, municipalityElement: null },
      language: 'en',
    })
    expect(response.status).toBe(400)
    expect(fieldMessages(response)).toEqual([
      'Choose the authority kind',
      'Choose the data element that gives the municipality',
    ])
    const stored = await payload.findByID({
      collection: slugs.permitTypes,
      id,
      overrideAccess: true,
      depth: 0,
    })
    expect(stored.authorityKind).toBe(ids.kindIds.get('environmental-protection'))
  })
})

describe('keys', () => {
  it.each([
    [slugs.dataElements, { key: 'eventName', type: 'text', label: 'Toinen nimi' }, 'Tilaisuuden nimi'],
    [
      slugs.permitTypes,
      { key: 'rescue-plan', name: 'Toinen suunnitelma', routingKind: 'fixed' },
      'Yleisötilaisuuden pelastussuunnitelma',
    ],
    [slugs.authorityKinds, { key: 'police', name: 'Toinen poliisi' }, 'Poliisi'],
  ])(
    'should refuse a taken key of %s with the record that has it, and create nothing',
    async (collection, body, holder) => {
      const before = await count(collection)
      const response = await rest(`/${collection}`, { user: owner, method: 'POST', body })
      expect(response.status).toBe(400)
      expect(fieldMessages(response)).toContainEqual(`Tunniste "${body.key}" on jo käytössä: ${holder}`)
      expect(await count(collection)).toBe(before)
    },
  )

  it('should refuse a data element key JSON Logic cannot read, in the admin language', async () => {
    const response = await rest('/data-elements', {
      user: owner,
      method: 'POST',
      body: { key: 'event.name', type: 'text', label: 'Nimi' },
      language: 'en',
    })
    expect(response.status).toBe(400)
    expect(fieldMessages(response)).toEqual([
      'The key may only contain the letters a–z and digits and must start with a lower-case letter (e.g. eventName)',
    ])
  })
})

describe('deleting what is in use', () => {
  it('should refuse to delete a data element in use, listing its users, and delete nothing', async () => {
    const id = ids.elementIds.get('municipality')!
    const response = await rest(`/data-elements/${id}`, { user: owner, method: 'DELETE' })
    expect(response.status).toBe(409)
    const uses = response.body?.errors?.[0].data?.uses ?? []
    expect(uses).toHaveLength(3)
    expect(uses[0]).toMatch(/^lupatyyppien tarvittavat tiedot: (".+", ){9}".+"$/)
    expect(uses[0]).toContain('"Meluilmoitus tilapäisestä melusta"')
    expect(uses[1]).toMatch(/^lupatyyppien reititys: .*"Meluilmoitus tilapäisestä melusta"/)
    expect(uses[2]).toMatch(/^lupakokonaisuuksien lupatarpeen kysymykset: ".+"$/)
    expect(response.body?.errors?.[0].message).toBe(
      `"Missä kunnassa tilaisuus järjestetään?" on käytössä, eikä sitä voi poistaa: ${uses.join('; ')}`,
    )
    expect(await count(slugs.dataElements, { id: { equals: id } })).toBe(1)
  })

  it("should name the bundle rules that read a data element's answer, in Swedish", async () => {
    const id = ids.elementIds.get('expectedAttendees')!
    const response = await rest(`/data-elements/${id}`, { user: owner, method: 'DELETE', language: 'sv' })
    expect(response.status).toBe(409)
    expect(response.body?.errors?.[0].data?.uses).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^reglerna i tillståndshelheten ".+": .*"rescue-attendees"/),
      ]),
    )
  })

  it('should refuse to delete an authority kind authorities have', async () => {
    const id = ids.kindIds.get('rescue')!
    const response = await rest(`/authority-kinds/${id}`, { user: owner, method: 'DELETE', language: 'en' })
    expect(response.status).toBe(409)
    expect(response.body?.errors?.[0].data?.uses).toEqual(
      expect.arrayContaining([expect.stringMatching(/^authorities: (".+", ){3}".+"$/)]),
    )
    expect(await count(slugs.authorityKinds, { id: { equals: id } })).toBe(1)
  })
})

describe('coverage', () => {
  const coverage = async (query = '') =>
    (await rest(`/permit-types/coverage${query}`, { user: owner })).body?.permitTypes ?? []

  it('should show every published permit type of the demo covered in every municipality by one authority', async () => {
    const permitTypeCoverage = await coverage()
    expect(permitTypeCoverage).toHaveLength(cataloguePermitTypes.length)
    for (const permitType of permitTypeCoverage) {
      expect(permitType.isPublished, permitType.key).toBe(true)
      expect(permitType.problems, permitType.key).toEqual([])
      expect(permitType.rows.map((row) => row.municipality).sort()).toEqual(['049', '091', '092', '837'])
      for (const row of permitType.rows)
        expect(row.authorities, `${permitType.key} ${row.municipality}`).toHaveLength(1)
    }
    const police = permitTypeCoverage.find(
      (permitType) => permitType.key === 'police-public-event-notification',
    )!
    expect(police.routedTo).toBe('Poliisi')
    expect(police.rows.find((row) => row.municipality === '091')).toEqual({
      municipality: '091',
      municipalityName: 'Helsinki (091)',
      authorities: [{ key: 'police-helsinki', name: 'Helsingin poliisilaitos' }],
    })
  })

  it('should flag a municipality nobody serves once its authority leaves the permit type, and nobody anywhere once all have', async () => {
    const permitTypeId = ids.permitTypeIds.get('noise-notification')!
    const environmentAuthorities = demoAuthorities.filter(
      (authority) => authority.kind === 'environmental-protection',
    )
    const setJoined = async (keys: string[], joined: (typeof permitTypeId)[]) => {
      for (const key of keys)
        await payload.update({
          collection: slugs.authorities,
          id: ids.authorityIds.get(key)!,
          data: { joinedPermitTypes: joined },
          overrideAccess: true,
        })
    }
    try {
      await setJoined(['environmental-protection-helsinki'], [])
      const [noise] = await coverage(`?permitType=${permitTypeId}`)
      expect(noise.problems).toEqual([
        {
          code: 'municipality-not-served',
          municipality: '091',
          message:
            'Kukaan ei käsittele kunnan Helsinki (091) asioita: sieltä tulevia hakemuksia ei voi lähettää',
        },
      ])
      expect(noise.rows.find((row) => row.municipality === '091')?.authorities).toEqual([])

      await setJoined(
        environmentAuthorities.map((authority) => authority.key),
        [],
      )
      const [nobody] = await coverage(`?permitType=${permitTypeId}`)
      expect(nobody.problems.map((problem) => problem.message)).toEqual([
        'Lupatyypillä ei ole viranomaista: yksikään palvelussa mukana oleva viranomainen tyyppiä "Ympäristönsuojelu" ei ole liittynyt siihen',
      ])
    } finally {
      await setJoined(
        environmentAuthorities.map((authority) => authority.key),
        [permitTypeId],
      )
    }
  })

  it('should show the coverage to the staff only', async () => {
    expect((await rest('/permit-types/coverage', { user: customer })).status).toBe(403)
    expect((await rest('/permit-types/coverage')).status).toBe(401)
  })
})

describe('carrying typed keys over to the pickers', () => {
  const legacy = (): LegacyCatalogueKeys => ({
    authorities: demoCatalogueAuthorities.map((authority) => ({
      id: ids.authorityIds.get(authority.key)!,
      kind: authority.kind,
    })),
    permitTypes: cataloguePermitTypes.map((permitType) => ({
      id: ids.permitTypeIds.get(permitType.key)!,
      authorityKind: permitType.authorityKind,
      municipalityElement: 'municipality',
    })),
  })

  it("should read the dropped columns with the migration's query, blank texts as none", async () => {
    const asked: string[] = []
    const legacy = await readLegacyCatalogueKeys(async (text) => {
      asked.push(text)
      return text === legacyCatalogueKeysQueries.authorities
        ? [
            { id: 1, kind: ' police ' },
            { id: 2, kind: '' },
          ]
        : [{ id: 10, authorityKind: 'police', municipalityElement: null }]
    })
    expect(asked).toEqual([legacyCatalogueKeysQueries.authorities, legacyCatalogueKeysQueries.permitTypes])
    expect(legacy).toEqual({
      authorities: [
        { id: 1, kind: 'police' },
        { id: 2, kind: null },
      ],
      permitTypes: [{ id: 10, authorityKind: 'police', municipalityElement: null }],
    })
  })

  it('should keep the permit types an authority has joined, and report an element key nothing has', () => {
    const plan = planCatalogueCarryOver({
      legacy: {
        authorities: [
          { id: 1, kind: 'police' },
          { id: 2, kind: 'police' },
        ],
        permitTypes: [
          { id: 10, authorityKind: 'police', municipalityElement: 'kunta' },
          { id: 11, authorityKind: 'agency', municipalityElement: null },
        ],
      },
      now: {
        kinds: [{ id: 5, key: 'police' }],
        elements: [{ id: 7, key: 'municipality' }],
        authorities: [
          { id: 1, joinedPermitTypes: [] },
          { id: 2, joinedPermitTypes: [11] },
        ],
        permitTypes: [
          { id: 10, routingKind: 'by-municipality', authority: null },
          { id: 11, routingKind: 'fixed', authority: 1 },
        ],
      },
    })
    expect(plan.kindsToCreate).toEqual([])
    expect(plan.authorities).toEqual([
      { id: 1, kind: 'police', joinedPermitTypes: [10, 11] },
      { id: 2, kind: 'police', joinedPermitTypes: null },
    ])
    expect(plan.permitTypes).toEqual([
      { id: 10, authorityKind: 'police', municipalityElement: null },
      { id: 11, authorityKind: null, municipalityElement: null },
    ])
    expect(plan.problems).toEqual(['Permit type 10: no data element "kunta" to read the municipality from.'])
  })

  it('should carry the stored kinds, municipality elements and routing over so that the worked example routes as before', async () => {
    const before = await workedExampleRoutes()
    expect(Object.keys(before)).toHaveLength(9)
    expect(new Set(Object.values(before)).size).toBe(7)
    // The state right after the schema change: no relationships yet, and a kind never created.
    const req = await createLocalReq({}, payload)
    const placeholder = await payload.create({
      collection: slugs.authorityKinds,
      data: { key: 'placeholder', name: 'Väliaikainen' },
      overrideAccess: true,
    })
    for (const id of ids.authorityIds.values()) {
      await payload.db.updateOne({ collection: slugs.authorities, id, data: { kind: placeholder.id }, req })
      await payload.db.updateOne({ collection: slugs.authorities, id, data: { joinedPermitTypes: [] }, req })
    }
    for (const id of ids.permitTypeIds.values())
      await payload.db.updateOne({
        collection: slugs.permitTypes,
        id,
        data: { authorityKind: null, municipalityElement: null },
        req,
      })
    await payload.delete({
      collection: slugs.authorityKinds,
      id: ids.kindIds.get('permit-agency')!,
      overrideAccess: true,
    })
    await expect(workedExampleRoutes()).rejects.toThrow()

    const plan = await carryOverCatalogueKeys({ req, legacy: legacy() })

    expect(plan.problems).toEqual([])
    expect(plan.kindsToCreate.map((kind) => kind.key)).toEqual(['permit-agency'])
    expect(await workedExampleRoutes()).toEqual(before)
    const agency = await payload.find({
      collection: slugs.authorityKinds,
      where: { key: { equals: 'permit-agency' } },
      locale: 'sv',
      overrideAccess: true,
    })
    expect(agency.docs[0].name).toBe('Tillstånds- och tillsynsverket')
    await payload.delete({ collection: slugs.authorityKinds, id: placeholder.id, overrideAccess: true })
  })
})

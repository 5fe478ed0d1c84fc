import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import type { PermitBundle } from '../../src/payload-types'
import { seedCatalogue } from '../../src/seed/seed'
import { workedExampleAnswers } from '../../src/seed/public-event'
import type { TestUser } from '../support/factories'
import { createUser, tokenOf } from '../support/factories'
import { rest as restCall } from '../support/rest'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

type Id = number | string
type FieldError = { path: string; message: string }
type Body = {
  errors?: { message: string; data?: { errors?: FieldError[] } }[]
  doc?: PermitBundle
  preview?:
    | {
        isValid: true
        permits: { permitType: string; isNeeded: boolean; reasons: string[]; latestDate: string | null }[]
      }
    | { isValid: false; errors: { key: string; message: string }[] }
  problems?: { level: string; path: string; message: string }[]
}

let test: TestPayload
let server: Awaited<ReturnType<typeof startTestServer>>
let payload: Payload
let ids: Awaited<ReturnType<typeof seedCatalogue>>
let owner: TestUser
let customer: TestUser
const tokens = new Map<TestUser, string>()

/** A REST call as the user, in the admin language given. */
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

const fieldErrors = (answer: { body: Body | null }) =>
  (answer.body?.errors ?? []).flatMap((error) => error.data?.errors ?? [])

const storedBundle = (id: Id) =>
  payload.findByID({ collection: slugs.permitBundles, id, depth: 0, overrideAccess: true })

/** A draft bundle for a sauna: one question, one step, the rescue plan without rules. */
const createDraftBundle = async () => {
  const bundle = await payload.create({
    collection: slugs.permitBundles,
    overrideAccess: true,
    locale: 'fi',
    data: {
      key: `sauna-${Date.now()}`,
      name: 'Saunan rakentaminen',
      description: 'Rantasaunan luvat',
      isPublished: false,
      analysisElements: [ids.elementIds.get('expectedAttendees')!],
      steps: [{ key: 'event', title: 'Hanke' }],
      permits: [{ permitType: ids.permitTypeIds.get('rescue-plan')!, rules: [] }],
    },
  })
  return bundle
}

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  server = await startTestServer(test)
  ids = await seedCatalogue(payload)
  owner = await createUser(payload, { role: 'owner' })
  customer = await createUser(payload, { role: 'customer' })
  for (const user of [owner, customer]) tokens.set(user, await tokenOf(payload, user))
})

afterAll(async () => {
  await server?.close()
  await test?.close()
})

describe('publishing a bundle', () => {
  it('should save a draft whose permits have no rules yet', async () => {
    const draft = await createDraftBundle()
    expect(draft.isPublished).toBe(false)
  })

  it('should refuse publishing with every problem at its field, in the admin language, and publish nothing', async () => {
    const draft = await createDraftBundle()
    const answer = await rest(`/permit-bundles/${draft.id}`, {
      user: owner,
      method: 'PATCH',
      body: { isPublished: true },
    })
    expect(answer.status).toBe(400)
    expect(fieldErrors(answer)).toEqual(
      expect.arrayContaining([
        {
          path: 'permits.0.rules',
          message:
            'Luvalla ”Yleisötilaisuuden pelastussuunnitelma” ei ole yhtään sääntöä: asiakkaalle kerrottaisiin, ettei sitä tarvita koskaan.',
        },
        {
          path: 'permits.0.notNeededReason',
          message:
            'Suomenkielinen teksti puuttuu: luvan ”Yleisötilaisuuden pelastussuunnitelma” teksti ”kun ei tarvita”.',
        },
      ]),
    )
    expect(fieldErrors(answer).find((error) => error.path === 'permits.0.permitType')?.message).toMatch(
      /^Luvan ”Yleisötilaisuuden pelastussuunnitelma” tietokentille .+ ei ole vaihetta tässä kokonaisuudessa\.$/,
    )
    // Missing Swedish and English texts are warnings: never a reason to refuse.
    expect(
      fieldErrors(answer)
        .map((error) => error.message)
        .join(' '),
    ).not.toContain('Ruotsinkielinen')
    expect((await storedBundle(draft.id)).isPublished).toBe(false)
  })

  it('should give the refusals in Swedish to an admin in Swedish', async () => {
    const draft = await createDraftBundle()
    const answer = await rest(`/permit-bundles/${draft.id}`, {
      user: owner,
      method: 'PATCH',
      body: { isPublished: true },
      language: 'sv',
    })
    expect(fieldErrors(answer)).toContainEqual({
      path: 'permits.0.rules',
      message:
        '”Räddningsplan för ett offentligt evenemang” har inga regler: kunderna skulle få veta att det aldrig behövs.',
    })
  })

  it('should keep a published bundle fit to publish: removing its description is refused', async () => {
    const answer = await rest(`/permit-bundles/${ids.bundleId}`, {
      user: owner,
      method: 'PATCH',
      body: { description: '' },
    })
    expect(answer.status).toBe(400)
    expect(fieldErrors(answer)).toEqual([
      { path: 'description', message: 'Suomenkielinen teksti puuttuu: kuvaus.' },
    ])
  })

  it('should let a Swedish text be saved while the Finnish one stays', async () => {
    const answer = await rest(`/permit-bundles/${ids.bundleId}?locale=sv`, {
      user: owner,
      method: 'PATCH',
      body: { description: 'Ny beskrivning' },
    })
    expect(answer.status).toBe(200)
    const finnish = await payload.findByID({
      collection: slugs.permitBundles,
      id: ids.bundleId,
      locale: 'fi',
      overrideAccess: true,
    })
    expect(finnish.description).not.toBe('')
  })
})

describe('saving a bundle, published or not', () => {
  it('should refuse a rule about a question that is not in the analysis, naming it', async () => {
    const draft = await createDraftBundle()
    const answer = await rest(`/permit-bundles/${draft.id}`, {
      user: owner,
      method: 'PATCH',
      body: {
        permits: [
          {
            permitType: ids.permitTypeIds.get('rescue-plan'),
            rules: [
              {
                ruleId: 'fire',
                when: { '===': [{ var: 'fireworksOrPyrotechnics' }, true] },
                reason: 'Tulta',
              },
            ],
          },
        ],
      },
    })
    expect(answer.status).toBe(400)
    expect(fieldErrors(answer)).toEqual([
      {
        path: 'permits.0.rules.0.when',
        message:
          'Luvan ”Yleisötilaisuuden pelastussuunnitelma” säännön ”fire” ehto koskee kysymystä ”fireworksOrPyrotechnics”, joka ei ole tämän kokonaisuuden lupatarpeen kysymys.',
      },
    ])
  })

  it('should refuse an incomplete condition and a repeated rule id', async () => {
    const draft = await createDraftBundle()
    const rule = {
      ruleId: 'many',
      when: { '>=': [{ var: 'expectedAttendees' }, ''] },
      reason: 'Paljon väkeä',
    }
    const answer = await rest(`/permit-bundles/${draft.id}`, {
      user: owner,
      method: 'PATCH',
      body: { permits: [{ permitType: ids.permitTypeIds.get('rescue-plan'), rules: [rule, rule] }] },
    })
    expect(answer.status).toBe(400)
    expect(fieldErrors(answer).map((error) => error.path)).toEqual([
      'permits.0.rules.0.when',
      'permits.0.rules.1.ruleId',
      'permits.0.rules.1.when',
    ])
    expect(fieldErrors(answer)[0].message).toBe(
      'Luvan ”Yleisötilaisuuden pelastussuunnitelma” säännön ”many” ehto on kesken: vertailulta puuttuu arvo tai ryhmästä ehdot.',
    )
  })

  it('should refuse removing a step that data elements still use, listing them, and keep the step', async () => {
    const stored = await storedBundle(ids.bundleId)
    const answer = await rest(`/permit-bundles/${ids.bundleId}`, {
      user: owner,
      method: 'PATCH',
      body: { steps: (stored.steps ?? []).filter((step) => step.key !== 'organiser') },
    })
    expect(answer.status).toBe(400)
    const [refusal] = fieldErrors(answer)
    expect(refusal.path).toBe('steps')
    expect(refusal.message).toMatch(
      /^Vaihetta ”organiser” ei voi poistaa: siinä kysytään tietokentät .*organiserName/,
    )
    expect((await storedBundle(ids.bundleId)).steps?.map((step) => step.key)).toContain('organiser')
  })

  it('should refuse a step key used twice', async () => {
    const draft = await createDraftBundle()
    const answer = await rest(`/permit-bundles/${draft.id}`, {
      user: owner,
      method: 'PATCH',
      body: {
        steps: [
          { key: 'event', title: 'Hanke' },
          { key: 'event', title: 'Toinen' },
        ],
      },
    })
    expect(fieldErrors(answer)).toEqual([
      { path: 'steps.1.key', message: 'Vaiheen tunniste ”event” on käytössä kahdesti.' },
    ])
  })
})

describe('the preview of a bundle as edited', () => {
  /** The seeded bundle as the admin's form holds it (in Finnish), with a change made to it. */
  const editedBundle = async (change: (bundle: PermitBundle) => void = () => {}) => {
    const bundle = await payload.findByID({
      collection: slugs.permitBundles,
      id: ids.bundleId,
      depth: 0,
      locale: 'fi',
      overrideAccess: true,
    })
    change(bundle)
    return bundle
  }

  it('should answer only the service staff', async () => {
    const body = { id: ids.bundleId, data: await editedBundle(), answers: {} }
    expect((await rest('/permit-bundles/preview', { method: 'POST', body })).status).toBe(401)
    expect((await rest('/permit-bundles/preview', { user: customer, method: 'POST', body })).status).toBe(403)
  })

  it('should work out the permits from the rules as edited, not as saved, with the reasons and deadlines', async () => {
    const data = await editedBundle((bundle) => {
      const rescue = bundle.permits!.find(
        (permit) => permit.permitType === ids.permitTypeIds.get('rescue-plan'),
      )!
      rescue.rules![0].when = { '>=': [{ var: 'expectedAttendees' }, 2000] }
      bundle.startDateElement = ids.elementIds.get('eventStartDate')
    })
    const answer = await rest('/permit-bundles/preview?locale=fi', {
      user: owner,
      method: 'POST',
      body: { id: ids.bundleId, data, answers: workedExampleAnswers },
    })
    expect(answer.status).toBe(200)
    const preview = answer.body!.preview!
    if (!preview.isValid) throw new Error('the worked example is valid')
    const byKey = new Map(preview.permits.map((permit) => [permit.permitType, permit]))
    expect(byKey.get('rescue-plan')?.isNeeded).toBe(false)
    expect(byKey.get('alcohol-serving-licence')).toMatchObject({
      isNeeded: true,
      reasons: ['Tilaisuudessa anniskellaan alkoholijuomia'],
      latestDate: expect.stringMatching(/^2027-\d\d-\d\d$/),
    })
    expect(byKey.get('fireworks-notification')?.isNeeded).toBe(false)
    expect((await storedBundle(ids.bundleId)).permits).toEqual((await editedBundle()).permits)
  })

  it('should list the problems of the bundle as edited, with their levels, in the admin language', async () => {
    const data = await editedBundle((bundle) => {
      bundle.description = ''
    })
    const answer = await rest('/permit-bundles/preview', {
      user: owner,
      method: 'POST',
      body: { id: ids.bundleId, data, answers: {} },
      language: 'en',
    })
    expect(answer.body?.problems).toEqual([
      { level: 'publish', path: 'description', message: 'Finnish text missing: description.' },
    ])
  })

  it('should tell which answers are not valid instead of guessing', async () => {
    const answer = await rest('/permit-bundles/preview', {
      user: owner,
      method: 'POST',
      body: { id: ids.bundleId, data: await editedBundle(), answers: { expectedAttendees: 'many' } },
    })
    expect(answer.body?.preview).toMatchObject({ isValid: false, errors: [{ key: 'expectedAttendees' }] })
  })

  it('should refuse a body that is not a bundle and answers', async () => {
    const answer = await rest('/permit-bundles/preview', { user: owner, method: 'POST', body: { data: 1 } })
    expect(answer.status).toBe(400)
  })
})

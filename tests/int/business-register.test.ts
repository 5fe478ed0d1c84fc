import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { plugins } from '../../payload.config'
import {
  BusinessRegisterError,
  businessRegisterPlugin,
  createBusinessRegisterClient,
  isBusinessRegisterPlugin,
} from '../../plugins/business-register'
import { loadWizardPage, type WizardPage } from '../../portal/app/models/wizardPage.server'
import { postStep } from '../../portal/app/models/wizardPost.server'
import { startApplication } from '../../portal/app/models/wizardNew.server'
import type { Id } from '../../src/collections/relations'
import { slugs } from '../../src/collections/slugs'
import { customOf } from '../../src/config/custom'
import { workedExampleAnswers } from '../../src/seed/public-event'
import { seedCatalogue } from '../../src/seed/seed'
import { createUser, type TestUser } from '../support/factories'
import type { FakeBusinessRegister } from '../support/fakeBusinessRegister'
import { startFakeBusinessRegister } from '../support/fakeBusinessRegister'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'

const timeoutMs = 400

let register: FakeBusinessRegister
let test: TestPayload
let payload: Payload
let customer: TestUser
let organisationId: Id

const organiserKeys = [
  'organiserName',
  'organiserBusinessId',
  'organiserAddress',
  'organiserPostcode',
  'organiserPostOffice',
  'contactName',
  'contactPhone',
  'contactEmail',
]

beforeAll(async () => {
  register = await startFakeBusinessRegister()
  test = await startTestPayload({
    plugins: [
      ...plugins.filter((plugin) => !isBusinessRegisterPlugin(plugin)),
      businessRegisterPlugin({ baseUrl: register.url, timeoutMs }),
    ],
  })
  payload = test.payload
  await seedCatalogue(payload)
  organisationId = (
    await payload.create({
      collection: slugs.organisations,
      overrideAccess: true,
      data: { name: 'Puistosoitto ry', businessId: '3012345-8', type: 'association' },
    })
  ).id
  customer = await createUser(payload, {
    role: 'customer',
    organisations: [organisationId],
    name: 'Sanna Soittaja',
  })
  await payload.update({
    collection: slugs.users,
    id: customer.id,
    overrideAccess: true,
    data: { phone: '+358 40 765 4321' },
  })
  customer = { ...customer, phone: '+358 40 765 4321' }
})

afterAll(async () => {
  await test?.close()
  await register?.close()
})

beforeEach(() => {
  register.behaviour.delayMs = 0
  register.behaviour.failWith = null
})

/** A new draft of the worked example's answers, for the organisation or oneself. */
const newDraft = async (onBehalfOf: 'organisation' | 'self', answers = workedExampleAnswers) => {
  const form = new FormData()
  form.set('bundle', 'public-event')
  // A fresh draft each time: an untouched identical one would be reused.
  form.set(
    'answers',
    JSON.stringify({ ...answers, expectedAttendees: Math.floor(Math.random() * 5000) + 1500 }),
  )
  form.set('onBehalfOf', onBehalfOf === 'organisation' ? String(organisationId) : 'self')
  const result = await startApplication({ payload, user: customer, locale: 'fi', form })
  if (result.kind !== 'redirect') throw new Error('no draft')
  return /\/applications\/([^/]+)\/edit/.exec(result.to)![1]
}

const draftOf = (id: string) => payload.findByID({ collection: slugs.applications, id, overrideAccess: true })

const organiserPage = (id: string) =>
  loadWizardPage({ payload, user: customer, id, locale: 'fi', stepKey: 'organiser' })

const questionsOf = (page: WizardPage) =>
  new Map(
    page.fields.flatMap((field) => (field.kind === 'question' ? [[field.question.key, field.question]] : [])),
  )

describe('the business register client against the stand-in', () => {
  it('should give an organisation’s details by business ID through the config', async () => {
    const lookup = customOf(payload.config).organisationDetails!
    expect(await lookup({ businessId: '3012345-8', locale: 'sv' })).toEqual({
      businessId: '3012345-8',
      name: 'Puistosoitto ry',
      streetAddress: 'Tehtaankatu 12 A 3',
      postcode: '00140',
      postOffice: 'Helsingfors',
      website: 'https://www.puistosoitto.example.fi',
    })
    expect(register.requests.at(-1)).toEqual({
      path: '/opendata-ytj-api/v3/companies?businessId=3012345-8',
      status: 200,
    })
    expect(await lookup({ businessId: '1234567-1', locale: 'fi' })).toBeNull()
  })

  it('should not ask for a malformed business ID', async () => {
    const before = register.requests.length
    const client = createBusinessRegisterClient({ baseUrl: register.url })
    expect(await client.organisationDetails({ businessId: '3012345-9' })).toBeNull()
    expect(await client.organisationDetails({ businessId: "3012345-8' OR 1=1" })).toBeNull()
    expect(register.requests.length).toBe(before)
  })

  it('should fail with a typed error when the register fails, is slow or cannot be reached', async () => {
    const client = createBusinessRegisterClient({ baseUrl: register.url, timeoutMs })
    register.behaviour.failWith = 503
    await expect(client.organisationDetails({ businessId: '3012345-8' })).rejects.toMatchObject({
      name: 'BusinessRegisterError',
      status: 503,
    })
    register.behaviour.failWith = null
    register.behaviour.delayMs = timeoutMs * 3
    const started = Date.now()
    await expect(client.organisationDetails({ businessId: '3012345-8' })).rejects.toThrow(
      /no answer in 400 ms/,
    )
    expect(Date.now() - started).toBeLessThan(timeoutMs * 3)
    const unreachable = createBusinessRegisterClient({ baseUrl: 'http://127.0.0.1:9/opendata-ytj-api/v3' })
    await expect(unreachable.organisationDetails({ businessId: '3012345-8' })).rejects.toBeInstanceOf(
      BusinessRegisterError,
    )
  })
})

describe('prefilling an application', () => {
  it('should prefill the organisation’s and the contact person’s details, so the organiser step asks nothing again', async () => {
    const id = await newDraft('organisation')
    const draft = await draftOf(id)
    expect(draft.values).toEqual({
      organiserName: 'Puistosoitto ry',
      organiserBusinessId: '3012345-8',
      organiserAddress: 'Tehtaankatu 12 A 3',
      organiserPostcode: '00140',
      organiserPostOffice: 'Helsinki',
      contactName: 'Sanna Soittaja',
      contactPhone: '+358 40 765 4321',
      contactEmail: customer.email,
    })
    expect(draft.prefilled).toMatchObject({
      organiserAddress: { origin: 'business-register', value: 'Tehtaankatu 12 A 3' },
      contactName: { origin: 'profile', value: 'Sanna Soittaja' },
    })
    // Nothing missing on the organiser step: the wizard opens at the next one.
    const opened = await loadWizardPage({
      payload,
      user: customer,
      id,
      locale: 'fi',
      stepKey: null,
    }).then(
      () => null,
      (thrown: unknown) => thrown,
    )
    expect(opened).toBeInstanceOf(Response)
    expect((opened as Response).headers.get('location')).toContain('step=event')

    const questions = questionsOf(await organiserPage(id))
    expect([...questions.keys()]).toEqual(organiserKeys)
    expect(questions.get('organiserAddress')).toMatchObject({
      value: 'Tehtaankatu 12 A 3',
      prefilledText: 'Esitäytetty Yritys- ja yhteisötietojärjestelmästä (YTJ). Voit muuttaa tietoa.',
    })
    expect(questions.get('contactEmail')?.prefilledText).toBe(
      'Esitäytetty tunnistautumisesi ja käyttäjätietojesi perusteella. Voit muuttaa tietoa.',
    )
  })

  it('should keep what the customer changes, unmarked, and mark only what is still prefilled', async () => {
    const id = await newDraft('organisation')
    const form = new FormData()
    form.set('step', 'organiser')
    form.set('intent', 'save')
    const values = (await draftOf(id)).values as Record<string, string>
    for (const key of organiserKeys) form.set(key, values[key])
    form.set('organiserAddress', 'Puistokatu 1')
    const result = await postStep({
      payload,
      user: customer,
      id,
      locale: 'fi',
      posted: { form, isTooLarge: false },
    })
    expect(result.kind).toBe('redirect')
    expect((await draftOf(id)).values).toMatchObject({ organiserAddress: 'Puistokatu 1' })
    const questions = questionsOf(await organiserPage(id))
    expect(questions.get('organiserAddress')).toMatchObject({ value: 'Puistokatu 1', prefilledText: null })
    expect(questions.get('organiserPostcode')?.prefilledText).toMatch(/^Esitäytetty Yritys- ja/)
  })

  it('should prefill the organisation’s name and business ID from its record when the register fails, without an error', async () => {
    register.behaviour.failWith = 503
    const id = await newDraft('organisation')
    const draft = await draftOf(id)
    expect(draft.values).toEqual({
      organiserName: 'Puistosoitto ry',
      organiserBusinessId: '3012345-8',
      contactName: 'Sanna Soittaja',
      contactPhone: '+358 40 765 4321',
      contactEmail: customer.email,
    })
    expect(draft.prefilled).toMatchObject({ organiserName: { origin: 'organisation' } })
    const questions = questionsOf(await organiserPage(id))
    expect(questions.get('organiserName')?.prefilledText).toBe(
      'Esitäytetty edustamasi organisaation tiedoista. Voit muuttaa tietoa.',
    )
    expect(questions.get('organiserAddress')).toMatchObject({ value: '', prefilledText: null })
  })

  it('should prefill only the person’s own details for a customer applying for themselves', async () => {
    const before = register.requests.length
    const id = await newDraft('self')
    expect((await draftOf(id)).values).toEqual({
      organiserName: 'Sanna Soittaja',
      contactName: 'Sanna Soittaja',
      contactPhone: '+358 40 765 4321',
      contactEmail: customer.email,
    })
    expect(register.requests.length).toBe(before)
  })

  it('should reuse an untouched prefilled draft when the same start is posted again', async () => {
    const form = () => {
      const posted = new FormData()
      posted.set('bundle', 'public-event')
      posted.set('answers', JSON.stringify({ ...workedExampleAnswers, expectedAttendees: 4321 }))
      posted.set('onBehalfOf', String(organisationId))
      return posted
    }
    const first = await startApplication({
      payload,
      user: customer,
      locale: 'fi',
      form: form(),
    })
    const again = await startApplication({
      payload,
      user: customer,
      locale: 'fi',
      form: form(),
    })
    expect(first.kind).toBe('redirect')
    expect(again).toEqual(first)
  })
})

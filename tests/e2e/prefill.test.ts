import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { plugins } from '../../payload.config'
import { businessRegisterPlugin, isBusinessRegisterPlugin } from '../../plugins/business-register'
import { mandatesSlugs } from '../../plugins/mandates'
import { slugs } from '../../src/collections/slugs'
import { workedExampleAnswers } from '../../src/seed/public-event'
import { createUser } from '../support/factories'
import type { FakeBusinessRegister } from '../support/fakeBusinessRegister'
import { startFakeBusinessRegister } from '../support/fakeBusinessRegister'
import { choose } from './support/analysisForm'
import type { PortalTestServer } from './support/portalTestServer'
import { launchChromium, openPage, signInAs, startPortalTestServer } from './support/portalTestServer'
import { stepOfUrl } from './support/wizardForm'

let register: FakeBusinessRegister
let server: PortalTestServer
let browser: Browser

beforeAll(async () => {
  register = await startFakeBusinessRegister()
  ;[server, browser] = await Promise.all([
    startPortalTestServer({
      plugins: [
        ...plugins.filter((plugin) => !isBusinessRegisterPlugin(plugin)),
        businessRegisterPlugin({ baseUrl: register.url }),
      ],
    }),
    launchChromium(),
  ])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await register?.close()
})

/** What a field's control is described by (its hint and error texts), as assistive technology reads it. */
const descriptionOf = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((describedBy) => document.getElementById(describedBy)?.textContent ?? '')
      .join(' ')
      .trim(),
  )

const fromRegister = 'Esitäytetty Yritys- ja yhteisötietojärjestelmästä (YTJ). Voit muuttaa tietoa.'
const fromProfile = 'Esitäytetty tunnistautumisesi ja käyttäjätietojesi perusteella. Voit muuttaa tietoa.'

describe('prefill for a customer acting for an organisation', () => {
  it('should prefill the organiser step from the business register and the identity, marked and editable, asking nothing again', async () => {
    const { payload } = server.test
    const organisation = await payload.create({
      collection: slugs.organisations,
      overrideAccess: true,
      data: { name: 'Puistosoitto ry', businessId: '3012345-8', type: 'association' },
    })
    const customer = await createUser(payload, {
      role: 'customer',
      organisations: [organisation.id],
      name: 'Sanna Soittaja',
    })
    await payload.update({
      collection: slugs.users,
      id: customer.id,
      overrideAccess: true,
      data: { phone: '+358 40 765 4321' },
    })
    const now = Date.now()
    await payload.create({
      collection: mandatesSlugs.mandates,
      overrideAccess: true,
      data: {
        user: customer.id,
        kind: 'ypa',
        organisation: organisation.id,
        roles: ['NIMKO'],
        verifiedAt: new Date(now).toISOString(),
        expiresAt: new Date(now + 8 * 60 * 60 * 1000).toISOString(),
      },
    })

    const { context, page, problems, goto } = await openPage(browser)
    await signInAs({ context, server, userId: customer.id })
    await goto(`${server.url}/acting-for`)
    await page.getByRole('button', { name: 'Asioi: Puistosoitto ry' }).click()
    await page.getByText('Asioit nyt: Puistosoitto ry').waitFor()

    await goto(
      `${server.url}/applications/new?bundle=public-event&answers=${encodeURIComponent(JSON.stringify(workedExampleAnswers))}`,
    )
    await choose(page, 'onBehalfOf', String(organisation.id))
    await page.locator('#start-application').click()
    await page.waitForURL(/\/applications\/[^/]+\/edit/)
    await page.locator('#step-heading').waitFor()
    // The organiser step has nothing left to ask: the wizard opens at the event.
    expect(stepOfUrl(page)).toBe('event')
    expect(register.requests.map((request) => request.path)).toEqual([
      '/opendata-ytj-api/v3/companies?businessId=3012345-8',
    ])

    // Back to the organiser step to see what was prefilled there.
    await page.locator('#wizard-previous').click()
    await page.waitForURL(/step=organiser/)
    await page.locator('#q-organiserName').waitFor()
    const shown = {
      organiserName: 'Puistosoitto ry',
      organiserBusinessId: '3012345-8',
      organiserAddress: 'Tehtaankatu 12 A 3',
      organiserPostcode: '00140',
      organiserPostOffice: 'Helsinki',
      contactName: 'Sanna Soittaja',
      contactPhone: '+358 40 765 4321',
      contactEmail: customer.email,
    }
    for (const [key, value] of Object.entries(shown))
      expect(await page.locator(`#q-${key}`).inputValue(), key).toBe(value)
    expect(await page.locator('.question-prefilled').count()).toBe(Object.keys(shown).length)
    expect(await descriptionOf(page, 'q-organiserName')).toContain(fromRegister)
    expect(await descriptionOf(page, 'q-organiserBusinessId')).toContain('Muodossa 1234567-8.')
    expect(await descriptionOf(page, 'q-organiserAddress')).toBe(fromRegister)
    expect(await descriptionOf(page, 'q-contactEmail')).toBe(fromProfile)

    // Editable like any answer: the changed value is the customer's, no longer marked.
    await page.locator('#q-organiserAddress').fill('Puistokatu 1')
    await page.locator('#wizard-save').click()
    await page.locator('.wizard-notice').waitFor()
    expect(await page.locator('#q-organiserAddress').inputValue()).toBe('Puistokatu 1')
    expect(await descriptionOf(page, 'q-organiserAddress')).toBe('')
    expect(await descriptionOf(page, 'q-organiserPostcode')).toBe(fromRegister)
    expect(await page.locator('.question-prefilled').count()).toBe(Object.keys(shown).length - 1)
    expect(problems).toEqual([])
    await context.close()
  })
})

import { readFile } from 'node:fs/promises'

import { PDFDocument } from 'pdf-lib'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import type { Id } from '../../src/collections/relations'
import { workedExampleAnswers, workedExampleApplication } from '../../src/seed/public-event'
import { createUser, type TestUser } from '../support/factories'
import { seriousAxeViolations } from './support/axe'
import { choose, focusedId, tabTo } from './support/analysisForm'
import type { PortalTestServer } from './support/portalTestServer'
import { launchChromium, openPage, signInAs, startPortalTestServer } from './support/portalTestServer'
import { askedNames, continueFrom, fillStep, stepOfUrl } from './support/wizardForm'

let server: PortalTestServer
let browser: Browser
let customer: TestUser
let soloCustomer: TestUser
let organisationId: Id
let sitePlan: Buffer

const startUrl = () =>
  `${server.url}/applications/new?bundle=public-event&answers=${encodeURIComponent(JSON.stringify(workedExampleAnswers))}`

/** Goes from the start page (already open) into the wizard, for the organisation when asked. */
const startDraft = async (page: Page, { forOrganisation }: { forOrganisation: boolean }) => {
  if (forOrganisation) await choose(page, 'onBehalfOf', String(organisationId))
  await page.locator('#start-application').click()
  await page.waitForURL(/\/applications\/[^/]+\/edit/)
  await page.locator('#step-heading').waitFor()
}

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startPortalTestServer(), launchChromium()])
  const { payload } = server.test
  const organisation = await payload.create({
    collection: slugs.organisations,
    overrideAccess: true,
    data: { name: 'Puistosoitto ry', businessId: '3012345-8', type: 'association' },
  })
  organisationId = organisation.id
  customer = await createUser(payload, {
    role: 'customer',
    organisations: [organisationId],
    name: 'Maria Virtanen',
  })
  soloCustomer = await createUser(payload, { role: 'customer', name: 'Sam Smith' })
  const pdf = await PDFDocument.create()
  pdf.addPage().drawText('Kaivopuisto, event area')
  sitePlan = Buffer.from(await pdf.save())
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the application wizard', () => {
  it('should take a customer from the analysis answers through every step to the receipt and its PDF', async () => {
    const { context, page, problems, goto } = await openPage(browser, { acceptDownloads: true })
    await signInAs({ context, server, userId: customer.id })
    await goto(startUrl())
    expect(await page.locator('[data-testid="start-permits"] li').count()).toBe(9)
    await startDraft(page, { forOrganisation: true })
    expect(stepOfUrl(page)).toBe('organiser')
    expect(await page.locator('.wizard-on-behalf-of').textContent()).toBe(
      'Haet organisaation Puistosoitto ry puolesta.',
    )

    const askedOn = new Map<string, string[]>()
    for (let guard = 0; guard < 20; guard += 1) {
      if (await page.locator('.wizard-review').count()) break
      const step = await page.locator('#wizard-form input[name="step"]').inputValue()
      const names = await fillStep(page, workedExampleApplication)
      askedOn.set(step, names)
      if (step === 'place') {
        await page.locator('input[name="file:siteMap"]').setInputFiles({
          name: 'asemapiirros.pdf',
          mimeType: 'application/pdf',
          buffer: sitePlan,
        })
        await page.locator('#upload-siteMap').click()
        await page.locator('.wizard-file-name', { hasText: 'asemapiirros.pdf' }).waitFor()
        expect(await page.locator('.wizard-notice').textContent()).toBe('Liitteet on lisätty.')
        // The address typed before the upload was saved with it.
        expect(await page.locator('[name="eventAddress"]').inputValue()).toBe(
          workedExampleApplication.eventAddress,
        )
      }
      await continueFrom(page)
      await page.waitForFunction(() => document.activeElement?.id === 'step-heading')
    }

    // Every datum on exactly one step, and no analysis answer asked again.
    const everyName = [...askedOn.values()].flat()
    expect(new Set(everyName).size).toBe(everyName.length)
    for (const key of Object.keys(workedExampleAnswers)) expect(everyName).not.toContain(key)
    expect(askedOn.get('place')).toContain('file:siteMap')

    expect(stepOfUrl(page)).toBe('review')
    expect(await page.locator('.wizard-problems').count()).toBe(0)
    const recipient = (permitType: string) =>
      page.locator(`.wizard-recipient[data-permit-type="${permitType}"]`)
    expect(await page.locator('.wizard-recipient').count()).toBe(9)
    expect(
      await recipient('police-public-event-notification')
        .locator('.wizard-recipient-authority')
        .textContent(),
    ).toBe('Helsingin poliisilaitos')
    expect(
      await recipient('police-public-event-notification').locator('.wizard-recipient-files').textContent(),
    ).toBe('asemapiirros.pdf')
    expect(await recipient('noise-notification').locator('.wizard-recipient-files').textContent()).toBe(
      'Ei liitteitä',
    )
    expect(await recipient('noise-notification').locator('.wizard-recipient-data').textContent()).toContain(
      'Kaiuttimien suuntaus',
    )
    expect(
      await recipient('alcohol-serving-licence').locator('.wizard-recipient-data').textContent(),
    ).not.toContain('Kaiuttimien suuntaus')
    expect(await page.locator('[data-testid="shared-data"]').textContent()).toContain('Järjestäjän nimi')
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.locator('#submit-application').click()
    await page.waitForURL(/\/receipt$/)
    await page.locator('h1', { hasText: 'Hakemus on lähetetty' }).waitFor()
    const receiptNumber = await page.locator('.receipt-number').textContent()
    expect(receiptNumber).toMatch(/^LUPA-\d{4}-\d{6}$/)
    expect(await page.locator('.receipt-case').count()).toBe(9)
    expect(await page.locator('.receipt-authority').allTextContents()).toContain('Helsingin poliisilaitos')
    expect(await seriousAxeViolations(page)).toEqual([])

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#receipt-pdf').click(),
    ])
    expect(download.suggestedFilename()).toBe(`lupa-kuittaus-${receiptNumber}.pdf`)
    const bytes = await readFile(await download.path())
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(problems).toEqual([])
    await context.close()
  })

  it('should save a step, show its errors and upload a file with JavaScript disabled', async () => {
    const { context, page, goto } = await openPage(browser, { javaScriptEnabled: false })
    await signInAs({ context, server, userId: customer.id })
    await goto(startUrl())
    await startDraft(page, { forOrganisation: true })
    await fillStep(page, { ...workedExampleApplication, contactEmail: 'maria(at)example' })
    await page.locator('#wizard-next').click()
    await page.locator('#error-summary-heading').waitFor()
    expect(await page.locator('.error-summary a').allTextContents()).toEqual([
      'Yhteyshenkilön sähköposti: Sähköpostiosoite ei ole kelvollinen',
    ])
    expect(await page.locator('#q-contactEmail').inputValue()).toBe('maria(at)example')
    expect(await page.locator('#q-organiserName').inputValue()).toBe('Puistosoitto ry')
    expect(await page.title()).toMatch(/^Virhe: /)

    await page.locator('#q-contactEmail').fill('maria@example.fi')
    await page.locator('#wizard-next').click()
    await page.waitForURL(/step=event/)
    expect(await page.locator('#step-heading').textContent()).toBe('Tilaisuus')

    await goto(page.url().replace(/step=event/, 'step=place'))
    await page.locator('input[name="file:siteMap"]').setInputFiles({
      name: 'kartta.pdf',
      mimeType: 'application/pdf',
      buffer: sitePlan,
    })
    await page.locator('[name="eventAddress"]').fill('Kaivopuisto')
    await page.locator('#upload-siteMap').click()
    await page.locator('.wizard-file-name', { hasText: 'kartta.pdf' }).waitFor()
    expect(await page.locator('[name="eventAddress"]').inputValue()).toBe('Kaivopuisto')
    await page.getByRole('button', { name: 'Poista liite kartta.pdf' }).click()
    await page.locator('.wizard-files-none').waitFor()
    await context.close()
  })

  it('should work in English at 390 px, by keyboard alone, and save changes in the background', async () => {
    const { context, page, problems, goto } = await openPage(browser, {
      locale: 'en-GB',
      viewport: { width: 390, height: 844 },
    })
    await signInAs({ context, server, userId: soloCustomer.id })
    await goto(startUrl())
    expect(await page.locator('h1').textContent()).toBe('Start an application')
    expect(await page.locator('input[name="onBehalfOf"]').count()).toBe(0)
    await tabTo(page, 'start-application')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/edit/)
    await page.locator('#step-heading').waitFor()
    expect(await page.locator('#step-heading').textContent()).toBe('Organiser')
    expect(await page.locator('.wizard-progress-position').textContent()).toMatch(/^Step 1 of \d+$/)

    const typed: [string, string][] = [
      ['q-organiserName', 'Sam Smith'],
      // The alcohol licence needs the organiser's business ID.
      ['q-organiserBusinessId', '3012345-8'],
      ['q-organiserAddress', 'Tehtaankatu 12'],
      ['q-organiserPostcode', '00140'],
      ['q-organiserPostOffice', 'Helsinki'],
      ['q-contactName', 'Sam Smith'],
      ['q-contactPhone', '+358401234567'],
      ['q-contactEmail', 'sam@example.com'],
    ]
    await tabTo(page, typed[0][0])
    for (const [index, [id, text]] of typed.entries()) {
      expect(await focusedId(page)).toBe(id)
      await page.keyboard.type(text)
      if (index < typed.length - 1) await page.keyboard.press('Tab')
    }
    // The pause after typing saves the step in the background.
    await page.locator('.wizard-autosave', { hasText: /^Draft saved at / }).waitFor()
    await page.keyboard.press('Enter')
    await page.waitForURL(/step=event/, { timeout: 5000 }).catch(async () => {
      throw new Error(`Still on ${page.url()}: ${await page.locator('main').innerText()}`)
    })
    await page.waitForFunction(() => document.activeElement?.id === 'step-heading')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.locator('.wizard-progress-details summary').click()
    await page.getByRole('link', { name: 'Organiser' }).click()
    await page.waitForURL(/step=organiser/)
    expect(await page.locator('#q-contactEmail').inputValue()).toBe('sam@example.com')
    expect(
      await page.locator('.wizard-steps li[data-step="organiser"] .wizard-step-state').textContent(),
    ).toBe('(complete)')
    expect(await askedNames(page)).not.toContain('municipality')
    expect(problems).toEqual([])
    await context.close()
  })

  it('should send a draft back to the analysis to change its answers and return to the same draft', async () => {
    const { context, page, problems, goto } = await openPage(browser)
    await signInAs({ context, server, userId: soloCustomer.id })
    await goto(startUrl())
    await startDraft(page, { forOrganisation: false })
    const draftPath = new URL(page.url()).pathname
    await page.locator('.wizard-answers summary').click()
    await page.getByRole('link', { name: 'Muuta vastauksia lupa-analyysissa' }).click()
    await page.waitForURL(/\/analysis\/public-event/)
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true')
    await choose(page, 'alcoholServed', 'false')
    await page.getByRole('button', { name: 'Näytä tarvittavat luvat' }).click()
    await page.waitForURL(/alcoholServed=false/)
    await page.getByRole('link', { name: 'Jatka hakemukseen näillä vastauksilla' }).click()
    await page.locator('h1', { hasText: 'Päivitä hakemuksen vastaukset' }).waitFor()
    await page.locator('#start-application').click()
    await page.waitForURL((url) => url.pathname === draftPath)
    // Said at once, politely: which permits the changed answer removed.
    expect(await page.getByTestId('permit-change').getByRole('status').textContent()).toMatch(
      /^Hakemuksesta poistettiin: .*anniskelu.*\.$/i,
    )
    await page.locator('.wizard-progress-details summary').click()
    expect(await page.locator('.wizard-steps li[data-step="alcohol"]').count()).toBe(0)
    expect(await page.locator('.wizard-steps li[data-step="sound"]').count()).toBe(1)
    expect(problems).toEqual([])
    await context.close()
  })

  it('should keep what was typed just before leaving the step by another link', async () => {
    const { context, page, problems, goto } = await openPage(browser)
    await signInAs({ context, server, userId: soloCustomer.id })
    await goto(startUrl())
    await startDraft(page, { forOrganisation: false })
    const draftUrl = page.url()
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true')
    await page.locator('#q-organiserName').fill('Kesäyö ry')
    // Straight away, well within the autosave's pause: the header's link to the list.
    await page.locator('a.site-nav-link[href="/applications"]').first().click()
    await page.waitForURL((url) => url.pathname === '/applications')
    await expect
      .poll(async () => {
        await goto(draftUrl)
        return page.locator('#q-organiserName').inputValue()
      })
      .toBe('Kesäyö ry')
    expect(problems).toEqual([])
    await context.close()
  })

  it("should go back a step with the browser's Back, one history entry per step", async () => {
    const { context, page, problems, goto } = await openPage(browser)
    await signInAs({ context, server, userId: soloCustomer.id })
    await goto(startUrl())
    await startDraft(page, { forOrganisation: false })
    const heading = () => page.locator('#step-heading').textContent()
    const first = await heading()
    const organiser = {
      organiserName: 'Sam Smith',
      organiserBusinessId: '3012345-8',
      organiserAddress: 'Tehtaankatu 12',
      organiserPostcode: '00140',
      organiserPostOffice: 'Helsinki',
      contactName: 'Sam Smith',
      contactPhone: '+358401234567',
      contactEmail: 'sam@example.com',
    }
    for (const [key, value] of Object.entries(organiser)) await page.locator(`#q-${key}`).fill(value)
    await page.locator('#wizard-next').click()
    await page.waitForURL(/step=event/)
    await page.waitForFunction((text) => document.querySelector('#step-heading')?.textContent !== text, first)
    const second = await heading()
    await page.goBack()
    await page.waitForFunction((text) => document.querySelector('#step-heading')?.textContent === text, first)
    await page.goForward()
    await page.waitForFunction(
      (text) => document.querySelector('#step-heading')?.textContent === text,
      second,
    )
    expect(problems).toEqual([])
    await context.close()
  })

  it('should not show another customer’s draft', async () => {
    const { context, page, goto } = await openPage(browser)
    await signInAs({ context, server, userId: soloCustomer.id })
    await goto(startUrl())
    await startDraft(page, { forOrganisation: false })
    const draftUrl = page.url()
    await context.close()

    const other = await openPage(browser)
    await signInAs({ context: other.context, server, userId: customer.id })
    const response = await other.goto(draftUrl)
    expect(response?.status()).toBe(404)
    await other.context.close()
  })
})

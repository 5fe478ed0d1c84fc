import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { workedExampleAnswers } from '../../src/seed/public-event'
import { createUser } from '../support/factories'
import { fillAnalysis, focusedId, listedPermits, tabTo } from './support/analysisForm'
import type { PortalTestServer } from './support/portalTestServer'
import { launchChromium, openPage, signInAs, startPortalTestServer } from './support/portalTestServer'

let server: PortalTestServer
let browser: Browser

const neededInWorkedExample = [
  'police-public-event-notification',
  'rescue-plan',
  'noise-notification',
  'large-event-food-notification',
  'food-vendor-notice',
  'alcohol-serving-licence',
  'area-use-permit',
  'traffic-arrangement-plan',
  'temporary-structures-permit',
]

const analysisUrl = () => `${server.url}/analysis/public-event`

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startPortalTestServer(), launchChromium()])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the permit analysis', () => {
  it('should show the nine permits the worked example needs, with deadlines and Helsinki authorities', async () => {
    const { context, page, problems, goto } = await openPage(browser)
    await goto(analysisUrl())
    await fillAnalysis(page, workedExampleAnswers)
    await page.getByRole('button', { name: 'Näytä tarvittavat luvat' }).click()
    await page.locator('#result-heading').waitFor()

    expect((await listedPermits(page, 'needed-permits')).sort()).toEqual([...neededInWorkedExample].sort())
    expect(await listedPermits(page, 'not-needed-permits')).toEqual(['fireworks-notification'])
    expect(await focusedId(page)).toBe('result-heading')

    const plan = await page
      .locator('.deadline-item')
      .evaluateAll((items) =>
        items.map((item) => [
          item.getAttribute('data-permit-type'),
          item.getAttribute('data-critical') === 'true',
        ]),
      )
    expect(plan.filter(([, isCritical]) => isCritical).map(([permitType]) => permitType)).toContain(
      'area-use-permit',
    )
    const order = plan.map(([permitType]) => permitType)
    expect(order.indexOf('alcohol-serving-licence')).toBeLessThan(
      order.indexOf('police-public-event-notification'),
    )
    expect(
      await page.locator('.deadline-item[data-critical="true"] .deadline-date').first().textContent(),
    ).toBe('ti 13. huhtikuuta 2027')

    const authorityOf = (permitType: string) =>
      page.locator(`.permit-result[data-permit-type="${permitType}"] .permit-authority-name`).textContent()
    expect(await authorityOf('police-public-event-notification')).toBe('Helsingin poliisilaitos')
    // With how to reach it: the email as a link a phone can follow.
    expect(
      await page
        .locator('.permit-result[data-permit-type="police-public-event-notification"] .permit-authority a')
        .first()
        .getAttribute('href'),
    ).toBe('mailto:asiakaspalvelu.police-helsinki@lupa-demo.example.fi')
    expect(await authorityOf('noise-notification')).toBe('Helsingin kaupungin ympäristönsuojelu')
    expect(await authorityOf('rescue-plan')).toBe('Helsingin kaupungin pelastuslaitos')

    const start = await page.getByRole('link', { name: 'Aloita hakemus' }).getAttribute('href')
    const answers = JSON.parse(new URL(start!, server.url).searchParams.get('answers')!)
    expect(answers).toEqual(workedExampleAnswers)
    expect(problems).toEqual([])
    await context.close()
  })

  it('should show a localised error summary with focus for an invalid answer', async () => {
    const { context, page, problems, goto } = await openPage(browser, { locale: 'en-GB' })
    await goto(analysisUrl())
    await fillAnalysis(page, { municipality: '091', expectedAttendees: '-5' })
    await page.getByRole('button', { name: 'Show the permits I need' }).click()
    await page.locator('#error-summary-heading').waitFor()

    expect(await focusedId(page)).toBe('error-summary-heading')
    expect(await page.locator('#error-summary-heading').textContent()).toBe('Check 1 answer')
    const link = page.locator('.error-summary a')
    expect(await link.textContent()).toBe(
      'Estimated maximum number of people at any one time: The value is too small (at least 1)',
    )
    const field = page.locator('#q-expectedAttendees')
    expect(await field.getAttribute('aria-invalid')).toBe('true')
    expect(await field.getAttribute('aria-describedby')).toContain('q-expectedAttendees-statusText')
    expect(await page.locator('#q-expectedAttendees-statusText').textContent()).toBe(
      'The value is too small (at least 1)',
    )
    expect(await field.inputValue()).toBe('-5')
    expect(await page.title()).toMatch(/^Error: /)

    await link.click()
    expect(await focusedId(page)).toBe('q-expectedAttendees')
    expect(problems).toEqual([])
    await context.close()
  })

  it('should work with JavaScript disabled', async () => {
    const { context, page, goto } = await openPage(browser, { javaScriptEnabled: false })
    await goto(analysisUrl())
    await fillAnalysis(page, workedExampleAnswers)
    await page.getByRole('button', { name: 'Näytä tarvittavat luvat' }).click()
    await page.waitForURL(/analyse=1/)
    expect((await listedPermits(page, 'needed-permits')).sort()).toEqual([...neededInWorkedExample].sort())
    expect(await page.locator('.deadline-item[data-critical="true"]').count()).toBeGreaterThan(0)
    await context.close()
  })

  it('should render the error summary before the form when JavaScript is disabled', async () => {
    const { context, page, goto } = await openPage(browser, { javaScriptEnabled: false })
    await goto(analysisUrl())
    await fillAnalysis(page, { expectedAttendees: '-5' })
    await page.getByRole('button', { name: 'Näytä tarvittavat luvat' }).click()
    await page.waitForURL(/analyse=1/)
    const isSummaryFirst = await page.evaluate(() => {
      const summary = document.querySelector('.error-summary')
      const form = document.querySelector('form.analysis-form')
      return Boolean(
        summary && form && summary.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING,
      )
    })
    expect(isSummaryFirst).toBe(true)
    expect(await page.locator('#q-expectedAttendees-statusText').textContent()).toBe(
      'Arvo on liian pieni (vähintään 1)',
    )
    await context.close()
  })

  it("should speak of the event in the bundle's own words", async () => {
    const { context, page, goto } = await openPage(browser)
    await goto(analysisUrl())
    expect(await page.locator('#questions-heading').textContent()).toBe('Kerro tilaisuudestasi')
    await fillAnalysis(page, workedExampleAnswers)
    await page.getByRole('button', { name: 'Näytä tarvittavat luvat' }).click()
    await page.locator('#result-heading').waitFor()
    expect(
      await page
        .locator('.permit-result[data-permit-type="police-public-event-notification"] dd')
        .allTextContents(),
    ).toContain('vähintään 5 päivää ennen tilaisuutta')
    expect(await page.locator('.deadline-plan p').first().textContent()).toMatch(
      /^Viimeiset turvalliset jättöpäivät ennen tilaisuutta/,
    )
    await context.close()
  })

  it('should keep the result when the language changes', async () => {
    const { context, page, problems, goto } = await openPage(browser)
    await goto(analysisUrl())
    await fillAnalysis(page, workedExampleAnswers)
    await page.getByRole('button', { name: 'Näytä tarvittavat luvat' }).click()
    await page.locator('#result-heading').waitFor()
    await page.getByRole('link', { name: 'På svenska' }).click()
    await page.waitForFunction(() => document.documentElement.lang === 'sv')
    expect(await page.locator('#result-heading').textContent()).toBe('Analysens resultat')
    expect(
      await page
        .locator('.permit-result[data-permit-type="police-public-event-notification"] .permit-authority-name')
        .textContent(),
    ).toBe('Polisinrättningen i Helsingfors')
    expect(problems).toEqual([])
    await context.close()
  })

  it('should be completed with the keyboard alone', async () => {
    const { context, page, problems, goto } = await openPage(browser)
    await goto(analysisUrl())
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    expect(await focusedId(page)).toBe('main')

    await tabTo(page, 'q-municipality-0')
    await page.keyboard.press('Space')
    expect(await page.isChecked('#q-municipality-0')).toBe(true)
    await tabTo(page, 'q-placeType-0')
    await page.keyboard.press('ArrowDown')
    expect(await page.isChecked('#q-placeType-1')).toBe(true)
    await tabTo(page, 'q-eventStartDate')
    // Day and month alike, so the date is the same whichever order the browser's field uses.
    await page.keyboard.type('06062027')
    await tabTo(page, 'q-expectedAttendees')
    await page.keyboard.type('1500')
    await tabTo(page, 'q-isPublicEvent-0')
    await page.keyboard.press('Space')
    await tabTo(page, 'q-alcoholServed-0')
    await page.keyboard.press('Space')
    await tabTo(page, 'q-foodSold-0')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    expect(await page.isChecked('#q-foodSold-2')).toBe(true)
    await tabTo(page, 'analysis-submit')
    await page.keyboard.press('Enter')
    await page.locator('#result-heading').waitFor()

    expect(await focusedId(page)).toBe('result-heading')
    const needed = await listedPermits(page, 'needed-permits')
    expect(needed).toEqual(
      expect.arrayContaining([
        'alcohol-serving-licence',
        'area-use-permit',
        'food-vendor-notice',
        'rescue-plan',
      ]),
    )
    expect(needed).not.toContain('temporary-structures-permit')
    expect(new URL(page.url()).searchParams.get('eventStartDate')).toBe('2027-06-06')
    expect(problems).toEqual([])
    await context.close()
  })

  it('should show a visible focus indicator on the controls', async () => {
    const { context, page, goto } = await openPage(browser)
    await goto(analysisUrl())
    for (const id of ['q-municipality-0', 'q-expectedAttendees', 'analysis-submit']) {
      await tabTo(page, id)
      // The Suomi.fi components draw the focus ring on the control or around its container.
      const hasFocusRing = await page.evaluate(() => {
        for (
          let element = document.activeElement;
          element && element !== document.body;
          element = element.parentElement
        ) {
          const style = getComputedStyle(element)
          const after = getComputedStyle(element, '::after')
          if (style.outlineStyle !== 'none' || style.boxShadow !== 'none' || after.boxShadow !== 'none')
            return true
          if (element.matches('.question')) break
        }
        return false
      })
      expect(hasFocusRing, id).toBe(true)
    }
    await context.close()
  })

  it('should have no horizontal scroll at 390 px, with a result', async () => {
    const { context, page, goto } = await openPage(browser, { viewport: { width: 390, height: 844 } })
    await goto(analysisUrl())
    await fillAnalysis(page, workedExampleAnswers)
    await page.getByRole('button', { name: 'Näytä tarvittavat luvat' }).click()
    await page.locator('#result-heading').waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await context.close()
  })

  it('should answer 404 for an unknown bundle', async () => {
    const { context, page } = await openPage(browser)
    const response = await page.goto(`${server.url}/analysis/no-such-bundle`)
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').textContent()).toBe('Sivua ei löytynyt')
    await context.close()
  })
})

describe('the staff preview of an unpublished bundle', () => {
  const previewUrl = () => `${server.url}/analysis/preview-bundle?preview=1`

  beforeAll(async () => {
    const { payload } = server.test
    const { docs } = await payload.find({
      collection: slugs.dataElements,
      where: { key: { equals: 'municipality' } },
      overrideAccess: true,
      depth: 0,
      limit: 1,
    })
    await payload.create({
      collection: slugs.permitBundles,
      overrideAccess: true,
      data: {
        key: 'preview-bundle',
        name: 'Esikatseltava kokonaisuus',
        isPublished: false,
        analysisElements: [docs[0].id],
      },
    })
  })

  it('should show the owner the bundle with a preview banner, also after answering', async () => {
    const owner = await createUser(server.test.payload, { role: 'owner' })
    const { context, page, problems, goto } = await openPage(browser)
    await signInAs({ context, server, userId: owner.id })
    const response = await goto(previewUrl())
    expect(response?.headers()['cache-control']).toBe('private, no-store')
    expect(await page.locator('h1').textContent()).toBe('Esikatseltava kokonaisuus')
    expect(await page.locator('.preview-banner').textContent()).toContain('Esikatselu – ei julkaistu')
    await page.getByRole('button', { name: 'Näytä tarvittavat luvat' }).click()
    await page.locator('#result-heading').waitFor()
    expect(new URL(page.url()).searchParams.get('preview')).toBe('1')
    expect(await page.locator('.preview-banner').count()).toBe(1)
    expect(problems).toEqual([])
    await context.close()
  })

  it('should answer 404 to a customer and to a visitor', async () => {
    const customer = await createUser(server.test.payload, { role: 'customer' })
    for (const userId of [customer.id, null]) {
      const { context, page } = await openPage(browser)
      if (userId !== null) await signInAs({ context, server, userId })
      const response = await page.goto(previewUrl())
      expect(response?.status()).toBe(404)
      await context.close()
    }
  })
})

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { workedExampleAnswers, workedExampleApplication } from '../../src/seed/public-event'
import { createUser } from '../support/factories'
import { seriousAxeViolations } from './support/axe'
import { fillAnalysis } from './support/analysisForm'
import type { PortalTestServer } from './support/portalTestServer'
import { launchChromium, openPage, startPortalTestServer } from './support/portalTestServer'
import { continueFrom, fillStep } from './support/wizardForm'

let server: PortalTestServer
let browser: Browser

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startPortalTestServer(), launchChromium()])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const texts = {
  fi: {
    analyse: 'Näytä tarvittavat luvat',
    signedIn: 'Kirjautuneena:',
    submitted: 'Hakemus on lähetetty',
    police: 'Helsingin poliisilaitos',
  },
  en: {
    analyse: 'Show the permits I need',
    signedIn: 'Signed in as',
    submitted: 'Your application has been submitted',
    police: 'Helsinki Police Department',
  },
} as const

/**
 * The whole customer journey as a new user takes it: the permit analysis, signing in from
 * "Start application", one application with every datum asked once, submit, the receipt,
 * and every case with its authority and status on one page.
 */
describe.each(['fi', 'en'] as const)('the customer journey in %s', (language) => {
  it('should go from the analysis to one view of every case', async () => {
    const text = texts[language]
    const customer = await createUser(server.test.payload, {
      role: 'customer',
      isDemo: true,
      name: `Matka ${language}`,
    })
    const { context, page, problems, goto } = await openPage(browser, {
      locale: language === 'fi' ? 'fi-FI' : 'en-GB',
    })
    await goto(`${server.url}/`)
    const analysisLink = page.locator('[data-bundle="public-event"] a[href="/analysis/public-event"]')
    await analysisLink.click()
    await page.waitForURL(/\/analysis\/public-event/)
    await page.locator('input[type="radio"][name="municipality"]').first().waitFor()
    await fillAnalysis(page, workedExampleAnswers)
    await page.getByRole('button', { name: text.analyse }).click()
    await page.locator('[data-testid="needed-permits"]').waitFor()
    expect(await page.locator('[data-testid="needed-permits"] [data-permit-type]').count()).toBe(9)

    // Signed out: starting the application asks to sign in and comes back.
    await page.locator('.start-application-link').click()
    await page.waitForURL(/\/login\?returnTo=/)
    await page.locator(`label[for="login-user-${customer.id}"]`).click()
    await page.locator('#login-submit').click()
    await page.waitForURL(/\/applications\/new\?/)
    await page.getByText(text.signedIn).waitFor()
    await page.locator('#start-application').click()
    await page.waitForURL(/\/applications\/[^/]+\/edit/)
    await page.locator('#step-heading').waitFor()

    const asked: string[] = []
    for (let guard = 0; guard < 20 && (await page.locator('.wizard-review').count()) === 0; guard += 1) {
      asked.push(...(await fillStep(page, workedExampleApplication)))
      await continueFrom(page)
      // The new step has rendered when focus has moved to its heading.
      await page.waitForFunction(() => document.activeElement?.id === 'step-heading')
    }
    expect(new Set(asked).size).toBe(asked.length)
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.locator('#submit-application').click()
    await page.waitForURL(/\/receipt$/)
    await page.locator('h1', { hasText: text.submitted }).waitFor()
    const applicationPath = new URL(page.url()).pathname.replace(/\/receipt$/, '')

    await goto(`${server.url}${applicationPath}`)
    const cases = page.locator('.case-card')
    await cases.first().waitFor()
    expect(await cases.count()).toBe(9)
    expect(await page.locator('body').textContent()).toContain(text.police)
    expect(await seriousAxeViolations(page)).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })
})

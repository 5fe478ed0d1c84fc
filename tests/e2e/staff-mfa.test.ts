import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { base32Decode, hotp, totpStepAt } from '../../src/auth/mfa/totp'
import { openAdminPage } from './support/adminPage'
import { startAdminTestServer, type AdminTestServer } from './support/adminTestServer'
import { launchChromium } from './support/portalTestServer'

let server: AdminTestServer
let browser: Browser

beforeAll(async () => {
  // As in production: staff without MFA can only enrol.
  ;[server, browser] = await Promise.all([
    startAdminTestServer({ env: { STAFF_MFA_REQUIRED: 'true' } }),
    launchChromium(),
  ])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** What an authenticator app shows `stepsAhead` steps from now. */
const codeOf = (secret: string, stepsAhead = 0) =>
  hotp({ secret: base32Decode(secret), counter: totpStepAt(new Date()) + stepsAhead })

describe('staff MFA in the admin', () => {
  it('should enrol an owner held at enrolment and sign them in again with a code', async () => {
    const { page, context, foreignRequests, cspViolations } = await openAdminPage({ browser, server })
    // The password alone opens only the set-up.
    await page.waitForURL((url) => url.pathname === '/admin/mfa')
    await page.getByRole('button', { name: 'Aloita käyttöönotto' }).click()
    const secret = ((await page.locator('#lupa-mfa-secret').textContent()) ?? '').replace(/\s/g, '')
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(await page.locator('#lupa-mfa-uri').getAttribute('href')).toMatch(/^otpauth:\/\/totp\//)

    await page.locator('#lupa-mfa-code').fill(codeOf(secret))
    await page.getByRole('button', { name: 'Ota käyttöön' }).click()
    await expect.poll(() => page.locator('#lupa-mfa-recovery-codes li').count()).toBe(10)
    await page.getByRole('link', { name: 'Jatka hallintaan' }).click()
    await page.waitForURL((url) => url.pathname === '/admin')
    await expect.poll(() => page.locator('.dashboard').count()).toBeGreaterThan(0)

    await page.goto(`${server.url}/admin/logout`)
    await page.waitForURL((url) => url.pathname === '/admin/login')
    await page.locator('#field-email').fill('owner@lupa.localhost')
    await page.locator('#field-password').fill('lupa-demo')
    await page.locator('button[type="submit"]').click()
    await expect
      .poll(() => page.getByText('Enter the code of your authenticator app').count())
      .toBeGreaterThan(0)
    expect(new URL(page.url()).pathname).toBe('/admin/login')

    // The enrolment used this step's code: the app's next one is still within the window.
    await page.locator('#field-totp').fill(codeOf(secret, 1))
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin')
    await expect.poll(() => page.locator('.dashboard').count()).toBeGreaterThan(0)

    expect(foreignRequests).toEqual([])
    expect(cspViolations).toEqual([])
    await context.close()
  })
})

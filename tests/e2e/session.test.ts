import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser } from '../support/factories'
import type { PortalTestServer } from './support/portalTestServer'
import { launchChromium, openPage, startPortalTestServer } from './support/portalTestServer'

let server: PortalTestServer
let browser: Browser

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startPortalTestServer(), launchChromium()])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the development sign-in', () => {
  it('should sign a demo user in and out, with the same session the REST API sees', async () => {
    const customer = await createUser(server.test.payload, {
      role: 'customer',
      isDemo: true,
      name: 'Maija Meikäläinen',
    })
    const { context, page, problems, goto } = await openPage(browser)
    await goto(`${server.url}/accessibility`)
    await page.locator('#login-link').click()
    await page.waitForURL(/\/login\?returnTo=%2Faccessibility/)
    await page.locator(`label[for="login-user-${customer.id}"]`).click()
    await page.locator('#login-submit').click()
    await page.waitForURL(`${server.url}/accessibility`)
    await page.getByText('Kirjautuneena: Maija Meikäläinen').waitFor()

    const me = await page.evaluate(async () => (await fetch('/api/users/me')).json())
    expect(me.user?.id).toBe(customer.id)
    const cookies = await context.cookies()
    expect(cookies.find((cookie) => cookie.name === 'payload-token')).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
    })

    await page.locator('#logout-submit').click()
    await page.waitForURL(`${server.url}/`)
    await page.locator('#login-link').waitFor()
    const after = await page.evaluate(async () => (await fetch('/api/users/me')).json())
    expect(after.user).toBeNull()
    expect(problems).toEqual([])
    await context.close()
  })

  it('should refuse to sign in an account that is not a demo user', async () => {
    const customer = await createUser(server.test.payload, { role: 'customer' })
    const response = await fetch(`${server.url}/login`, {
      method: 'POST',
      headers: { Origin: server.url, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ user: String(customer.id), returnTo: '/' }),
      redirect: 'manual',
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('set-cookie')).toBeNull()
  })

  it('should refuse a form post from another site (CSRF)', async () => {
    const customer = await createUser(server.test.payload, { role: 'customer', isDemo: true })
    const post = (headers: Record<string, string>) =>
      fetch(`${server.url}/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams({ user: String(customer.id) }),
        redirect: 'manual',
      })
    expect((await post({ Origin: 'https://evil.example' })).status).toBe(403)
    expect((await post({})).status).toBe(403)
    expect((await post({ 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403)
    expect((await post({ Origin: server.url })).status).toBe(302)
  })
})

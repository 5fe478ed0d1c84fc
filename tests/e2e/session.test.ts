import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sessionCookieName } from '../../src/auth/sessions'
import { createUser } from '../support/factories'
import type { PortalTestServer } from './support/portalTestServer'
import { launchChromium, openPage, signInAs, startPortalTestServer } from './support/portalTestServer'

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
    expect(cookies.find((cookie) => cookie.name === sessionCookieName(server.test.payload))).toMatchObject({
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

  it("should fold a signed-in user's pages behind a menu on a phone, by keyboard too", async () => {
    const customer = await createUser(server.test.payload, { role: 'customer', name: 'Maija Meikäläinen' })
    const headerHeight = (page: Page) =>
      page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height)
    const { context, page, problems, goto } = await openPage(browser, {
      viewport: { width: 390, height: 844 },
    })
    await signInAs({ context, server, userId: customer.id })
    await goto(`${server.url}/applications`)
    const button = page.locator('.site-menu-button')
    const nav = page.locator('#site-nav')
    // The menu folds once the scripts have run: wait for that, as a person would see it.
    const menuIs = async (state: 'true' | 'false') => {
      await page.locator(`.site-menu-button[aria-expanded="${state}"]`).waitFor()
      await nav.waitFor({ state: state === 'true' ? 'visible' : 'hidden' })
    }
    await menuIs('false')
    expect(await headerHeight(page)).toBeLessThan(160)

    await button.focus()
    await page.keyboard.press('Enter')
    await menuIs('true')
    await nav.getByRole('link', { name: 'Päätökset' }).click()
    await page.waitForURL(`${server.url}/decisions`)
    // A new page starts folded again.
    await menuIs('false')

    // On a wide screen there is no menu to open; nor without scripts, where the pages stay in view.
    await page.setViewportSize({ width: 1280, height: 800 })
    await button.waitFor({ state: 'hidden' })
    await nav.waitFor({ state: 'visible' })
    expect(problems).toEqual([])
    await context.close()
    const noScripts = await openPage(browser, {
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    })
    await signInAs({ context: noScripts.context, server, userId: customer.id })
    await noScripts.goto(`${server.url}/applications`)
    expect(await noScripts.page.locator('.site-menu-button').count()).toBe(0)
    expect(await noScripts.page.locator('#site-nav').isVisible()).toBe(true)
    await noScripts.context.close()
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

  it('should answer a post that is not a form with a 4xx page that says so, in the language asked', async () => {
    const post = (path: string, contentType: string | null, body: string) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: {
          Origin: server.url,
          'Accept-Language': 'sv',
          ...(contentType ? { 'Content-Type': contentType } : {}),
        },
        body,
        redirect: 'manual',
      })
    for (const path of ['/login', '/feedback', '/join']) {
      const json = await post(path, 'application/json', '{"user":1}')
      expect(json.status).toBe(415)
      expect(await json.text()).toContain('Formuläret kunde inte läsas')
      const broken = await post(path, 'multipart/form-data', '--x\r\nbroken')
      expect(broken.status).toBe(400)
      expect(await broken.text()).toContain('Formuläret kunde inte läsas')
      expect((await post(path, null, 'user=1')).status).toBe(415)
    }
  })
})

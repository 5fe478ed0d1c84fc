import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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

describe('the home page', () => {
  it('should list the published bundle with what it covers, in Finnish by default', async () => {
    const { context, page, problems, goto } = await openPage(browser)
    await goto(`${server.url}/`)
    expect(await page.getAttribute('html', 'lang')).toBe('fi')
    const card = page.locator('[data-bundle="public-event"]')
    expect(await card.locator('h2').textContent()).toBe('Yleisötilaisuuden järjestäminen')
    expect(await card.locator('.bundle-permits li').allTextContents()).toContain(
      'Määräaikainen anniskelulupa',
    )
    expect(await card.getByRole('link', { name: 'Aloita lupa-analyysi' }).getAttribute('href')).toBe(
      '/analysis/public-event',
    )
    expect(problems).toEqual([])
    await context.close()
  })

  it('should filter the bundles by a search for a permit name', async () => {
    const { context, page, problems, goto } = await openPage(browser)
    await goto(`${server.url}/`)
    await page.getByRole('searchbox', { name: 'Hae lupakokonaisuuksia' }).fill('ilotulitusnäytöksestä')
    await page.getByRole('button', { name: 'Hae' }).click()
    await page.waitForURL(/\?q=/)
    await page.locator('.search-status').waitFor()
    expect(await page.locator('[data-bundle]').count()).toBe(1)

    await page.getByRole('searchbox', { name: 'Hae lupakokonaisuuksia' }).fill('kalastuslupa')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\?q=kalastuslupa/)
    await page.getByText('Haulla ”kalastuslupa” ei löytynyt lupakokonaisuuksia.').waitFor()
    expect(await page.locator('[data-bundle]').count()).toBe(0)
    expect(problems).toEqual([])
    await context.close()
  })

  it('should find a bundle by an inflected Finnish word', async () => {
    const { context, page, problems, goto } = await openPage(browser)
    await goto(`${server.url}/?q=konsertin`)
    expect(await page.locator('.search-status').textContent()).toContain('Haulla ”konsertin” löytyi 1')
    expect(await page.locator('[data-bundle]').getAttribute('data-bundle')).toBe('public-event')
    expect(problems).toEqual([])
    await context.close()
  })

  it('should find the restaurant by its own words', async () => {
    const { context, page, problems, goto } = await openPage(browser)
    for (const query of ['ravintola', 'terassi']) {
      await goto(`${server.url}/?q=${query}`)
      expect(await page.locator('[data-bundle]').getAttribute('data-bundle')).toBe('restaurant')
    }
    expect(problems).toEqual([])
    await context.close()
  })

  it('should suggest browsing every bundle when a search finds nothing', async () => {
    const { context, page, problems, goto } = await openPage(browser)
    await goto(`${server.url}/?q=kalastuslupa`)
    const browse = page.getByRole('navigation', { name: 'Selaa kaikkia lupakokonaisuuksia' })
    expect(await browse.getByRole('link').allTextContents()).toEqual([
      'Ravintolan perustaminen',
      'Yleisötilaisuuden järjestäminen',
    ])
    await browse.getByRole('link', { name: 'Yleisötilaisuuden järjestäminen' }).click()
    await page.waitForURL(/\/analysis\/public-event$/)
    expect(problems).toEqual([])
    await context.close()
  })

  it('should search without JavaScript', async () => {
    const { context, page, goto } = await openPage(browser, { javaScriptEnabled: false })
    await goto(`${server.url}/?q=kalastuslupa`)
    expect(await page.locator('[data-bundle]').count()).toBe(0)
    await page.getByRole('searchbox', { name: 'Hae lupakokonaisuuksia' }).fill('yleisötilaisuus')
    await page.getByRole('button', { name: 'Hae' }).click()
    await page.waitForURL(/\?q=yleis/)
    expect(await page.locator('[data-bundle]').count()).toBe(1)
    await context.close()
  })

  it('should keep Swedish across pages once chosen', async () => {
    const { context, page, problems, goto } = await openPage(browser)
    await goto(`${server.url}/`)
    await page.getByRole('link', { name: 'På svenska' }).click()
    await page.waitForFunction(() => document.documentElement.lang === 'sv')
    expect(await page.locator('h1').textContent()).toBe('Vad planerar du?')
    expect((await context.cookies()).find((cookie) => cookie.name === 'lng')?.value).toBe('sv')

    await page
      .locator('[data-bundle="public-event"]')
      .getByRole('link', { name: 'Börja tillståndsanalysen' })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Ordna ett offentligt evenemang' }).waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('sv')
    expect(await page.getByText('I vilken kommun ordnas evenemanget?').count()).toBe(1)

    // A new page load (not a client-side navigation) still gets Swedish from the cookie.
    await goto(`${server.url}/accessibility`)
    expect(await page.locator('h1').textContent()).toBe('Tillgänglighetsutlåtande')
    expect(problems).toEqual([])
    await context.close()
  })

  it('should switch the language without JavaScript and come back to the same page', async () => {
    const { context, page, goto } = await openPage(browser, { javaScriptEnabled: false })
    await goto(`${server.url}/?q=alkohol`)
    await page.getByRole('link', { name: 'In English' }).click()
    await page.waitForURL(/\/\?q=alkohol$/)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.locator('h1').textContent()).toBe('What are you planning?')
    await context.close()
  })

  it('should offer a skip link to the main content as the first stop of the keyboard', async () => {
    const { context, page, goto } = await openPage(browser)
    await goto(`${server.url}/`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Siirry pääsisältöön')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    await context.close()
  })

  it('should have no horizontal scroll at 390 px', async () => {
    const { context, page, goto } = await openPage(browser, { viewport: { width: 390, height: 844 } })
    await goto(`${server.url}/`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await context.close()
  })

  it('should answer unknown addresses with a localised 404 page', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-GB' })
    const response = await page.goto(`${server.url}/no-such-page`)
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').textContent()).toBe('Page not found')
    await context.close()
  })
})

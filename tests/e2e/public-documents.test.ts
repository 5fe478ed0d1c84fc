import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentCheckIntervalMs } from '../../src/catalogue/contentCache'
import { slugs } from '../../src/collections/slugs'
import { seriousAxeViolations } from './support/axe'
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

/** What each document's page shows: its title and some of its section headings. */
const documents = {
  fi: {
    footer: 'Palvelun tiedot',
    updated: /^Päivitetty ma 7\. joulukuuta 2026$/,
    pages: [
      ['Tietosuojaseloste', '/privacy', ['Rekisterinpitäjät', 'Oikeutesi']],
      ['Käyttöehdot', '/terms', ['Asiakirjojen julkisuus (621/1999)', 'Arkistointi (831/1994)']],
      [
        'Saavutettavuusseloste',
        '/accessibility',
        ['Sisältö, joka ei ole saavutettavaa', 'Valvontaviranomainen'],
      ],
    ],
  },
  sv: {
    footer: 'Information om tjänsten',
    updated: /^Uppdaterad mån 7 december 2026$/,
    pages: [
      ['Dataskyddsbeskrivning', '/privacy', ['Personuppgiftsansvariga', 'Dina rättigheter']],
      ['Användarvillkor', '/terms', ['Handlingars offentlighet (621/1999)', 'Arkivering (831/1994)']],
      [
        'Tillgänglighetsutlåtande',
        '/accessibility',
        ['Innehåll som inte är tillgängligt', 'Tillsynsmyndighet'],
      ],
    ],
  },
} as const

const h2Texts = (page: Page) => page.locator('main h2').allTextContents()

/** Follows each footer link from the page that is open, checking the document it leads to. */
const followFooterLinks = async (page: Page, language: keyof typeof documents) => {
  const { footer, updated, pages } = documents[language]
  for (const [title, path, headings] of pages) {
    await page
      .getByRole('navigation', { name: footer })
      .getByRole('link', { name: title, exact: true })
      .click()
    await page.waitForURL(new RegExp(`${path}$`))
    await page.getByRole('heading', { level: 1, name: title }).waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe(language)
    expect(await h2Texts(page)).toEqual(expect.arrayContaining([...headings]))
    expect(await page.locator('.public-document-updated').textContent()).toMatch(updated)
    // Every text is in the page's language: nothing stands in in Finnish.
    expect(await page.locator('main [lang]').count()).toBe(0)
  }
}

describe('the public documents', () => {
  it('should lead from the footer to each document in Finnish', async () => {
    const { context, page, problems, goto } = await openPage(browser)
    await goto(`${server.url}/`)
    await followFooterLinks(page, 'fi')
    await page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' }).waitFor()
    expect(await page.getByText('WCAG 2.1').count()).toBeGreaterThan(0)
    expect(
      await page.locator('main').getByRole('link', { name: 'palautesivulla' }).getAttribute('href'),
    ).toBe('/feedback')
    expect(problems).toEqual([])
    await context.close()
  })

  it('should lead from the footer to each document in Swedish once Swedish is chosen', async () => {
    const { context, page, problems, goto } = await openPage(browser)
    await goto(`${server.url}/`)
    await page.getByRole('link', { name: 'På svenska' }).click()
    await page.waitForFunction(() => document.documentElement.lang === 'sv')
    await followFooterLinks(page, 'sv')
    // A new page load (not a client-side navigation) renders the document in Swedish too.
    await goto(`${server.url}/terms`)
    expect(await page.locator('h1').textContent()).toBe('Användarvillkor')
    expect(await page.title()).toBe('Användarvillkor – Lupa')
    expect(problems).toEqual([])
    await context.close()
  })

  it('should link the terms and the privacy statement at sign-in', async () => {
    const { context, page, problems, goto } = await openPage(browser)
    await goto(`${server.url}/login`)
    const notice = page.locator('.login-documents')
    expect(await notice.textContent()).toBe(
      'Kirjautumalla hyväksyt palvelun käyttöehdot. Lue, miten tietojasi käsitellään: tietosuojaseloste.',
    )
    await notice.getByRole('link', { name: 'käyttöehdot' }).click()
    await page.waitForURL(/\/terms$/)
    await page.getByRole('heading', { level: 1, name: 'Käyttöehdot' }).waitFor()
    await page.goBack()
    await page.waitForURL(/\/login$/)
    await page.locator('.login-documents').getByRole('link', { name: 'tietosuojaseloste' }).click()
    await page.waitForURL(/\/privacy$/)
    await page.getByRole('heading', { level: 1, name: 'Tietosuojaseloste' }).waitFor()
    expect(await page.getByText('Henkilötunnus tallennetaan vain salattuna', { exact: false }).count()).toBe(
      1,
    )
    expect(problems).toEqual([])
    await context.close()
  })

  it('should say so, with 404, when a document is not published', async () => {
    const { payload } = server.test
    const { docs } = await payload.find({
      collection: slugs.publicDocuments,
      where: { key: { equals: 'terms' } },
      overrideAccess: true,
    })
    await payload.update({
      collection: slugs.publicDocuments,
      id: docs[0]!.id,
      data: { isPublished: false },
      overrideAccess: true,
    })
    try {
      // Content reaches the pages after the next content-version check (at most a second):
      // pages asked for meanwhile may still show the document.
      await new Promise((resolve) => setTimeout(resolve, contentCheckIntervalMs + 500))
      const { context, page, problems, goto } = await openPage(browser)
      const response = await goto(`${server.url}/terms`)
      expect(response?.status()).toBe(404)
      expect(await page.locator('h1').textContent()).toBe('Käyttöehdot')
      expect(await page.locator('main').textContent()).toContain('Tätä asiakirjaa ei ole vielä julkaistu.')
      // The browser logs the 404 of the page itself; anything else is a problem.
      expect(problems.filter((problem) => !problem.includes('status of 404 (Not Found)'))).toEqual([])
      await context.close()
    } finally {
      await payload.update({
        collection: slugs.publicDocuments,
        id: docs[0]!.id,
        data: { isPublished: true },
        overrideAccess: true,
      })
    }
  })

  it.each(['/privacy', '/terms', '/accessibility'])(
    'should find no serious or critical accessibility violations on %s',
    async (path) => {
      const { context, page, goto } = await openPage(browser, { viewport: { width: 390, height: 900 } })
      await goto(`${server.url}${path}`)
      expect(await seriousAxeViolations(page)).toEqual([])
      await context.close()
    },
  )
})

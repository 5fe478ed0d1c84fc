import type { Browser, BrowserContext, Page } from 'playwright-core'

import type { AdminTestServer } from './adminTestServer'

export type AdminPage = {
  context: BrowserContext
  page: Page
  /** Requests to any origin but Lupa's own (data: and blob: URLs are the page's own). */
  foreignRequests: string[]
  /** What the browser refused under Lupa's Content-Security-Policy. */
  cspViolations: string[]
}

/**
 * A browser context signed in to the admin through its login form (Finnish, a wide window),
 * recording every request to another origin and every CSP violation from then on.
 */
export const openAdminPage = async ({
  browser,
  server,
  email = 'owner@lupa.localhost',
  password = 'lupa-demo',
}: {
  browser: Browser
  server: AdminTestServer
  email?: string
  password?: string
}): Promise<AdminPage> => {
  const context = await browser.newContext({
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    viewport: { width: 1440, height: 1000 },
  })
  const foreignRequests: string[] = []
  const cspViolations: string[] = []
  const { origin } = new URL(server.url)
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
      foreignRequests.push(request.url())
    }
  })
  // The policy has no report endpoint: the browser says what it refused on the console, and
  // the document raises an event for it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  const page = await context.newPage()
  page.on('console', (message) => {
    if (/Content Security Policy|CSP violation|Refused to/i.test(message.text()))
      cspViolations.push(message.text())
  })
  await page.goto(`${server.url}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.includes('/login'))
  return { context, page, foreignRequests, cspViolations }
}

/**
 * Records every request of the context's pages to another origin than `origin` and every CSP
 * violation they report, as openAdminPage does for the admin: for a context opened otherwise
 * (e.g. a customer's on the portal). Call it before opening the pages.
 */
export const watchContext = async ({
  context,
  origin,
}: {
  context: BrowserContext
  origin: string
}): Promise<Pick<AdminPage, 'foreignRequests' | 'cspViolations'>> => {
  const foreignRequests: string[] = []
  const cspViolations: string[] = []
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
      foreignRequests.push(request.url())
    }
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  const watch = (page: Page) =>
    page.on('console', (message) => {
      if (/Content Security Policy|CSP violation|Refused to/i.test(message.text()))
        cspViolations.push(message.text())
    })
  context.pages().forEach(watch)
  context.on('page', watch)
  return { foreignRequests, cspViolations }
}

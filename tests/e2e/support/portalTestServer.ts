import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'

import type { Plugin } from 'payload'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { chromium } from 'playwright-core'

import { issueSession } from '../../../src/auth/sessions'
import { seedCatalogue } from '../../../src/seed/seed'
import { createApp } from '../../../src/server/createApp'
import { createPortal } from '../../../src/server/portal'
import { startTestPayload, type TestPayload } from '../../support/testPayload'

/** Debian's Chromium; `.ci/run` installs it when missing. Nothing is downloaded. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export type PortalTestServer = {
  url: string
  test: TestPayload
  close: () => Promise<void>
}

/** A free local port (asked of the system, then released for the server to take). */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })

/**
 * Payload on a temporary SQLite database with the catalogue seeded, and the express host
 * serving the built portal (see buildPortal.ts) on a free local port. Its public URL is the
 * address it really listens on: Payload reads the session cookie of a form post only when
 * the browser's `Origin` is the configured URL, and links in emails lead to it. `env`
 * adds settings (e.g. `SMTP_URL` of a test SMTP server), `plugins` replaces the plugin list.
 */
export const startPortalTestServer = async ({
  env = {},
  plugins,
}: {
  env?: Record<string, string>
  /** Lupa's plugins with some given other options (by default, the configured list). */
  plugins?: Plugin[]
} = {}): Promise<PortalTestServer> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const test = await startTestPayload({ env: { PUBLIC_URL: url, ...env }, ...(plugins ? { plugins } : {}) })
  await seedCatalogue(test.payload)
  const portal = await createPortal({ payload: test.payload, isDevelopment: false })
  const app = createApp({
    payload: test.payload,
    config: test.config,
    publicUrl: url,
    isDevelopment: false,
    portal: portal.handlers,
  })
  const server = app.listen(port, '127.0.0.1')
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  return {
    url,
    test,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await portal.close()
      await test.close()
    },
  }
}

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs })

/** Console errors and uncaught exceptions of a page; a test fails when there are any. */
export type PageProblems = string[]

/**
 * A page in a fresh context (own cookies), Finnish by default, that records console errors
 * and uncaught exceptions: hydration mismatches and React warnings show up there. `goto`
 * opens an address and, when scripts run, waits until React has taken the page over (a
 * choice made between rendering and hydrating could otherwise be undone).
 */
export const openPage = async (
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{
  context: BrowserContext
  page: Page
  problems: PageProblems
  goto: (url: string) => ReturnType<Page['goto']>
}> => {
  const context = await browser.newContext({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki', ...options })
  const page = await context.newPage()
  const problems: PageProblems = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  const goto = async (url: string) => {
    const response = await page.goto(url)
    if (options.javaScriptEnabled !== false) {
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true')
    }
    return response
  }
  return { context, page, problems, goto }
}

/**
 * Signs the browser context in as the user with a real Payload session, as the development
 * login does (tests/e2e/session.test.ts drives that page itself).
 */
export const signInAs = async ({
  context,
  server,
  userId,
}: {
  context: BrowserContext
  server: PortalTestServer
  userId: number | string
}) => {
  const { token } = await issueSession({ payload: server.test.payload, userId })
  await context.addCookies([
    {
      name: `${server.test.payload.config.cookiePrefix}-token`,
      value: token,
      url: server.url,
      httpOnly: true,
      sameSite: 'Lax',
    },
  ])
}

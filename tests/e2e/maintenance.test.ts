import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serviceDeskSlugs } from '../../plugins/service-desk'
import { contentCheckIntervalMs } from '../../src/catalogue/contentCache'
import type { PortalTestServer } from './support/portalTestServer'
import { launchChromium, openPage, startPortalTestServer } from './support/portalTestServer'

let server: PortalTestServer
let browser: Browser
let noticeId: number | string

const hour = 60 * 60 * 1000

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startPortalTestServer(), launchChromium()])
  const startsAt = new Date(Date.now() + 2 * hour)
  const notice = await server.test.payload.create({
    collection: serviceDeskSlugs.maintenanceNotices,
    locale: 'fi',
    overrideAccess: true,
    data: {
      title: 'Versiopäivitys',
      description: 'Lupa päivitetään uuteen versioon.',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + hour).toISOString(),
      status: 'published',
      isShortNoticeAccepted: true,
    } as never,
  })
  noticeId = (notice as unknown as { id: number | string }).id
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('maintenance breaks in the portal', () => {
  it('should announce a published break on every page', async () => {
    const { context, page, problems, goto } = await openPage(browser)
    for (const path of ['/', '/analysis/public-event']) {
      await goto(`${server.url}${path}`)
      const banner = page.locator('[data-testid="maintenance-banner"]')
      expect(await banner.textContent()).toContain('Huoltokatko: Versiopäivitys')
      expect(await banner.textContent()).toContain('Lupa päivitetään uuteen versioon.')
    }
    expect(problems).toEqual([])
    await context.close()
  })

  it('should show the maintenance page and refuse form posts during the break, health checks staying up', async () => {
    await server.test.payload.update({
      collection: serviceDeskSlugs.maintenanceNotices,
      id: noticeId,
      overrideAccess: true,
      data: { startsAt: new Date(Date.now() - 60_000).toISOString() },
    })
    const { context, page, goto } = await openPage(browser, { javaScriptEnabled: false })
    // A content edit shows within the content cache's check interval (see contentCache).
    let response = await goto(`${server.url}/analysis/public-event`)
    for (let tries = 0; tries < 10 && response?.status() !== 503; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, contentCheckIntervalMs / 2))
      response = await goto(`${server.url}/analysis/public-event`)
    }
    expect(response?.status()).toBe(503)
    expect(Number(response?.headers()['retry-after'])).toBeGreaterThan(0)
    expect(await page.locator('[data-testid="maintenance-page"]').textContent()).toContain(
      'Lupa on tilapäisesti poissa käytöstä',
    )
    await context.close()

    const post = await fetch(`${server.url}/login`, {
      method: 'POST',
      headers: { Origin: server.url, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'user=1',
    })
    expect(post.status).toBe(503)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
  })
})

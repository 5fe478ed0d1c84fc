import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { workedExampleAnswers } from '../../src/seed/public-event'
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

const analysisResult = () => {
  const params = new URLSearchParams({ analyse: '1' })
  for (const [key, value] of Object.entries(workedExampleAnswers)) params.set(key, String(value))
  return `/analysis/public-event?${params}`
}

/** Every public page, in a state worth checking (a result, an error summary). */
const publicPages = [
  ['home', '/'],
  ['home search', '/?q=anniskelulupa'],
  ['analysis', '/analysis/public-event'],
  ['analysis result', analysisResult()],
  ['analysis with errors', '/analysis/public-event?analyse=1&expectedAttendees=-5'],
  ['sign-in', '/login'],
  ['accessibility statement', '/accessibility'],
  ['not found', '/no-such-page'],
] as const

describe('axe-core scan of the portal (WCAG 2.1 AA)', () => {
  it('should report a violation when there is one (the scan is wired in)', async () => {
    const { context, page, goto } = await openPage(browser)
    await goto(`${server.url}/accessibility`)
    await page.evaluate(() => {
      const image = document.createElement('img')
      image.src = '/favicon.svg'
      document.querySelector('main')?.append(image)
    })
    expect((await seriousAxeViolations(page)).join('\n')).toMatch(/^image-alt \(critical\)/)
    await context.close()
  })

  for (const width of [1280, 390])
    it.each(publicPages)(
      `should find no serious or critical violations: %s at ${width} px`,
      async (_, path) => {
        const { context, page, goto } = await openPage(browser, { viewport: { width, height: 900 } })
        await goto(`${server.url}${path}`)
        expect(await seriousAxeViolations(page)).toEqual([])
        await context.close()
      },
    )
})

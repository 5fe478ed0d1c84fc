import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mandatesSlugs } from '../../plugins/mandates'
import { slugs } from '../../src/collections/slugs'
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

describe('choosing whom to act for', () => {
  it('should start as oneself, switch to a verified organisation explicitly and back, shown on every page', async () => {
    const { payload } = server.test
    const organisation = await payload.create({
      collection: slugs.organisations,
      overrideAccess: true,
      data: { name: 'Kesäjuhlat Oy', businessId: '1234567-1', type: 'company' } as never,
    })
    const customer = await createUser(payload, { role: 'customer', organisations: [organisation.id] })
    const now = Date.now()
    await payload.create({
      collection: mandatesSlugs.mandates,
      overrideAccess: true,
      data: {
        user: customer.id,
        kind: 'ypa',
        organisation: organisation.id,
        roles: ['NIMKO'],
        verifiedAt: new Date(now).toISOString(),
        expiresAt: new Date(now + 8 * 60 * 60 * 1000).toISOString(),
      } as never,
    })

    const { context, page, problems, goto } = await openPage(browser)
    await signInAs({ context, server, userId: customer.id })
    await goto(`${server.url}/`)
    await page.locator('[data-testid="acting-for"] a').click()
    await page.waitForURL(`${server.url}/acting-for`)
    expect(await page.locator('[data-testid="current-principal"]').textContent()).toBe('Asioit nyt: itse')

    await page.getByRole('button', { name: 'Asioi: Kesäjuhlat Oy' }).click()
    await page.waitForURL(`${server.url}/acting-for`)
    await page.getByText('Asioit nyt: Kesäjuhlat Oy').waitFor()
    await goto(`${server.url}/analysis/public-event`)
    expect(await page.locator('[data-testid="acting-for"]').textContent()).toContain('Asioit: Kesäjuhlat Oy')

    await goto(`${server.url}/acting-for`)
    await page.getByRole('button', { name: 'Asioi omissa asioissa' }).click()
    await page.waitForURL(`${server.url}/acting-for`)
    await page.getByText('Asioit nyt: itse').waitFor()
    expect(problems).toEqual([])
    await context.close()
  })

  it('should tell when Suomi.fi Mandates is not available, keeping the user acting for themselves', async () => {
    const customer = await createUser(server.test.payload, { role: 'customer' })
    const { context, page, goto } = await openPage(browser, { javaScriptEnabled: false })
    await signInAs({ context, server, userId: customer.id })
    await goto(`${server.url}/acting-for`)
    await page.locator('#ypa-start').click()
    await page.waitForURL(/\/acting-for\?mandates=/)
    await page.getByRole('status').waitFor()
    expect(await page.getByRole('status').textContent()).toMatch(
      /Suomi\.fi-valtuudet ei ole juuri nyt käytettävissä|Puolesta-asiointi edellyttää Suomi\.fi-tunnistautumista/,
    )
    expect(await page.locator('[data-testid="current-principal"]').textContent()).toBe('Asioit nyt: itse')
    await context.close()
  })
})

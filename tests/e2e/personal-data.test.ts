import { readFile } from 'node:fs/promises'

import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { createUser } from '../support/factories'
import { submitWorkedExample } from '../support/integrationHelpers'
import type { PortalTestServer } from './support/portalTestServer'
import { launchChromium, openPage, signInAs, startPortalTestServer } from './support/portalTestServer'

let server: PortalTestServer
let browser: Browser

/** Follows a download link as a person would; answers the file's bytes. */
const downloaded = async (page: Page, link: Locator) => {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  return readFile(await download.path())
}

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startPortalTestServer(), launchChromium()])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe("a person's own data", () => {
  it('should download everything Lupa holds on the signed-in person as JSON and PDF, and nobody else’s', async () => {
    const { payload } = server.test
    const { docs } = await payload.find({
      collection: slugs.permitBundles,
      where: { key: { equals: 'public-event' } },
      overrideAccess: true,
      limit: 1,
    })
    const customer = await createUser(payload, { role: 'customer', name: 'Saara Sulava' })
    const stranger = await createUser(payload, { role: 'customer' })
    const mine = await submitWorkedExample(payload, { customer, bundleId: docs[0].id })
    const theirs = await submitWorkedExample(payload, { customer: stranger, bundleId: docs[0].id })

    const { context, page, problems, goto } = await openPage(browser)
    await signInAs({ context, server, userId: customer.id })
    await goto(`${server.url}/applications`)
    await page.getByRole('link', { name: 'Omat tietosi' }).click()
    await page.getByRole('heading', { level: 1, name: 'Omat tietosi' }).waitFor()

    const json = JSON.parse(
      (await downloaded(page, page.getByRole('link', { name: 'Lataa tiedot JSON-tiedostona' }))).toString(
        'utf8',
      ),
    ) as Record<string, Record<string, unknown>[]> & { person: Record<string, unknown> }
    expect(json.person).toMatchObject({ id: customer.id, email: customer.email, name: 'Saara Sulava' })
    expect(json.person).not.toHaveProperty('hash')
    expect(json.person).not.toHaveProperty('salt')
    expect(json.applications.map((record) => record.id)).toEqual([mine.applicationId])
    expect(json.cases.length).toBeGreaterThan(0)
    expect(json.cases.every((record) => record.application === mine.applicationId)).toBe(true)
    expect(JSON.stringify(json)).not.toContain(stranger.email)
    expect(json.applications.map((record) => record.id)).not.toContain(theirs.applicationId)

    const pdf = await downloaded(page, page.getByRole('link', { name: 'Lataa tiedot PDF-tiedostona' }))
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')

    // Each download is recorded as the person's own export of their data.
    const { docs: exports } = await payload.find({
      collection: slugs.auditLog,
      where: { action: { equals: 'export' }, actor: { equals: customer.id } },
      overrideAccess: true,
    })
    expect(exports).toHaveLength(2)
    // An owner may read every application, but only what is theirs is their personal data.
    const owner = await createUser(payload, { role: 'owner' })
    const ownerContext = await browser.newContext()
    await signInAs({ context: ownerContext, server, userId: owner.id })
    const ownerPage = await ownerContext.newPage()
    await ownerPage.goto(`${server.url}/account/data`)
    const ownerData = (await ownerPage.evaluate(async () => (await fetch('/account/data.json')).json())) as {
      person: { id: unknown }
      applications: unknown[]
      cases: unknown[]
      files: unknown[]
    }
    expect(ownerData.person.id).toBe(owner.id)
    expect([ownerData.applications, ownerData.cases, ownerData.files]).toEqual([[], [], []])
    await ownerContext.close()
    // Signed out, there is nothing to download.
    const anonymous = await fetch(`${server.url}/account/data.json`, { redirect: 'manual' })
    expect(anonymous.status).toBe(302)
    expect(problems).toEqual([])
    await context.close()
  })
})

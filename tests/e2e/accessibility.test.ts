import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import type { Id } from '../../src/collections/relations'
import { workedExampleAnswers } from '../../src/seed/public-event'
import { authorityId, createDraft, createUser, type TestUser } from '../support/factories'
import { submitWorkedExample } from '../support/integrationHelpers'
import { seriousAxeViolations } from './support/axe'
import type { PortalTestServer } from './support/portalTestServer'
import { launchChromium, openPage, signInAs, startPortalTestServer } from './support/portalTestServer'

let server: PortalTestServer
let browser: Browser
let customer: TestUser
let officer: TestUser
let submitted: { caseId: Id; applicationId: Id }
let draftId: Id

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startPortalTestServer(), launchChromium()])
  const { payload } = server.test
  const { docs } = await payload.find({
    collection: slugs.permitBundles,
    where: { key: { equals: 'public-event' } },
    overrideAccess: true,
  })
  customer = await createUser(payload, { role: 'customer' })
  officer = await createUser(payload, {
    role: 'authority-user',
    authority: await authorityId(payload, 'police-helsinki'),
  })
  submitted = await submitWorkedExample(payload, { customer, bundleId: docs[0].id })
  draftId = (await createDraft(payload, { customer, bundleId: docs[0].id })).id
  // Supervision with a deviation to answer, for the supervision page's form.
  const asOfficer = { user: officer, overrideAccess: false } as const
  const object = await payload.create({
    collection: 'supervised-objects',
    data: { case: Number(submitted.caseId), name: 'Puistokonsertti', kind: 'event', status: 'active' },
    ...asOfficer,
  })
  await payload.create({
    collection: 'supervision-cases',
    data: {
      object: object.id,
      kind: 'deviation',
      // The collection sets the status; the type asks for one.
      status: 'open',
      title: 'Poistumistie',
      correction: 'Pitäkää poistumistie vapaana.',
      deadline: '2099-06-30',
    },
    ...asOfficer,
  })
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

/** Every page behind sign-in, as its user sees it. */
const signedInPages = () =>
  [
    ['my applications', customer, '/applications'],
    ['the one view', customer, `/applications/${submitted.applicationId}`],
    ['change after submission', customer, `/applications/${submitted.applicationId}/change`],
    ['the receipt', customer, `/applications/${submitted.applicationId}/receipt`],
    ['a wizard step', customer, `/applications/${draftId}/edit`],
    ['the review', customer, `/applications/${draftId}/edit?step=review`],
    ['decisions', customer, '/decisions'],
    ['supervision', customer, '/supervision'],
    ['acting for', customer, '/acting-for'],
    ['the authority inbox', officer, '/authority'],
    ['an authority case', officer, `/authority/cases/${submitted.caseId}`],
    ['the supervision workspace', officer, '/authority/supervision'],
  ] as const

describe('axe-core scan of the signed-in pages (WCAG 2.1 AA)', () => {
  for (const width of [1280, 390])
    it(`should find no serious or critical violations at ${width} px`, async () => {
      const found: string[] = []
      for (const [name, user, path] of signedInPages()) {
        const { context, page, goto } = await openPage(browser, { viewport: { width, height: 900 } })
        await signInAs({ context, server, userId: user.id })
        const response = await goto(`${server.url}${path}`)
        expect(response?.status(), name).toBe(200)
        found.push(...(await seriousAxeViolations(page)).map((violation) => `${name}: ${violation}`))
        await context.close()
      }
      expect(found).toEqual([])
    })
})

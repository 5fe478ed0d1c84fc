import type { Browser, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import type { TestUser } from '../support/factories'
import { authorityId, createUser } from '../support/factories'
import { authorityActs, minimalPdf, submitWorkedExampleAs } from '../support/oneViewHelpers'
import { seriousAxeViolations } from './support/axe'
import type { PortalTestServer } from './support/portalTestServer'
import { launchChromium, openPage, signInAs, startPortalTestServer } from './support/portalTestServer'
// The portal served at its own public URL: Payload reads the session cookie of a form post
// only when the browser's Origin is that URL.

type Id = number | string

let server: PortalTestServer
let browser: Browser
let payload: Payload
let bundleId: Id
let customer: TestUser
let policeUser: TestUser
let environmentUser: TestUser

/** A phone-sized window, in English. */
const phone = { locale: 'en-GB', viewport: { width: 390, height: 844 } }

const caseCard = (page: Page, caseId: Id) => page.locator(`#case-${caseId}`)

/** The tab comes back into view: the page checks for news at once instead of at its next interval. */
const returnToTab = (page: Page) => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))

const hasNoHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startPortalTestServer(), launchChromium()])
  payload = server.test.payload
  // The environmental authority gets its cases by email notice (written to the log here).
  await payload.update({
    collection: slugs.authorities,
    id: await authorityId(payload, 'environmental-protection-helsinki'),
    overrideAccess: true,
    data: { connectionMode: 'simplified' },
  })
  bundleId = (
    await payload.find({
      collection: slugs.permitBundles,
      where: { key: { equals: 'public-event' } },
      overrideAccess: true,
    })
  ).docs[0].id
  const organisation = await payload.create({
    collection: slugs.organisations,
    overrideAccess: true,
    data: { name: 'Puistosoitto ry', businessId: '3012345-8', type: 'association' },
  })
  customer = await createUser(payload, {
    role: 'customer',
    organisations: [organisation.id],
    name: 'Maria Virtanen',
  })
  policeUser = await createUser(payload, {
    role: 'authority-user',
    authority: await authorityId(payload, 'police-helsinki'),
  })
  environmentUser = await createUser(payload, {
    role: 'authority-user',
    authority: await authorityId(payload, 'environmental-protection-helsinki'),
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the one view of an application', () => {
  it('should show every case and follow the authorities without a reload, on a phone, in English', async () => {
    const submitted = await submitWorkedExampleAs(payload, {
      customer,
      bundleId,
      onBehalfOf: (customer.organisations as { id: Id }[])[0].id,
    })
    const policeCase = submitted.caseOf('police-public-event-notification')
    const noiseCase = submitted.caseOf('noise-notification')
    // Deliver the email notices of the simplified mode; the police's system is not reachable.
    await payload.jobs.run({ limit: 100 })

    const { context, page, problems, goto } = await openPage(browser, phone)
    await signInAs({ context, server, userId: customer.id })
    await goto(`${server.url}/applications/${submitted.applicationId}`)

    await expect.poll(() => page.locator('.case-card').count()).toBe(9)
    expect(await page.locator('.application-on-behalf-of').textContent()).toBe('Puistosoitto ry')
    expect(await caseCard(page, policeCase).locator('.case-authority-name').textContent()).toBe(
      'Helsinki Police Department',
    )
    expect(
      await caseCard(page, policeCase).locator('.case-authority a[href^="mailto:"]').getAttribute('href'),
    ).toBe('mailto:asiakaspalvelu.police-helsinki@lupa-demo.example.fi')
    // The bundle against the event: sent first, the event's start among the expected decisions.
    const timeline = page.getByTestId('timeline')
    expect(await timeline.locator('li').first().getAttribute('data-kind')).toBe('submitted')
    expect(await timeline.locator('li[data-kind="start"]').count()).toBe(1)
    expect(await timeline.locator('li[data-kind="expected-decision"]').count()).toBeGreaterThan(0)
    expect(await caseCard(page, policeCase).locator('.case-status').textContent()).toBe('Submitted')
    expect(await page.getByTestId('progress').textContent()).toBe('0 of 9 decided')
    // The delivery receipt is apart from the status: the noise notification reached its authority.
    expect(await caseCard(page, noiseCase).locator('.delivery-receipt').textContent()).toMatch(
      /Delivered to the authority .*The authority has not yet acknowledged receiving the case/,
    )
    expect(await hasNoHorizontalScroll(page)).toBe(true)
    await page.evaluate(() => Object.assign(window, { isSamePage: true }))

    // The police open the case: the page notices by itself on its next check.
    const police = authorityActs(payload, policeUser)
    await police.receive(policeCase)
    await page
      .locator('#live-updates')
      .getByText('Public event notification to the police: Received')
      .waitFor({ timeout: 20_000 })
    expect(await caseCard(page, policeCase).locator('.case-status').textContent()).toBe('Received')
    expect(await caseCard(page, policeCase).locator('.delivery-receipt').textContent()).toContain(
      'Received by the authority',
    )
    expect(await page.locator('#live-updates').getAttribute('aria-live')).toBe('polite')

    // A message and a supplement request from the environmental authority.
    const environment = authorityActs(payload, environmentUser)
    await environment.receive(noiseCase)
    await environment.message(noiseCase, 'Please tell us where the loudspeakers point.')
    await environment.requestSupplement(noiseCase, 'A loudspeaker plan is missing.')
    await returnToTab(page)
    await page
      .locator('#live-updates')
      .getByText('Notification of temporary noise: Supplement requested')
      .waitFor()
    expect(await page.locator('#live-updates').textContent()).toContain(
      'New message: City of Helsinki Environmental Protection (Notification of temporary noise)',
    )
    await page.locator('.supplement-request').getByText('A loudspeaker plan is missing.').waitFor()
    const messages = caseCard(page, noiseCase).locator('.case-messages')
    await messages.locator('summary').click()
    await messages.getByText('Please tell us where the loudspeakers point.').waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])

    // The decision, with its document.
    await police.decide(policeCase, {
      outcome: 'acknowledged-with-instructions',
      summary: 'Six more stewards.',
      conditions: ['Six more stewards.'],
      withDocument: true,
    })
    await returnToTab(page)
    await page
      .locator('#live-updates')
      .getByText('Public event notification to the police: Decided')
      .waitFor({ timeout: 10_000 })
    expect(await page.getByTestId('progress').textContent()).toBe('1 of 9 decided')
    const decision = caseCard(page, policeCase).locator('.case-decision')
    expect(await decision.textContent()).toContain('Decision: Notification acknowledged with instructions')
    const documentHref = await decision.locator('.case-decision-document').getAttribute('href')
    const download = await page.evaluate(async (href) => (await fetch(href!)).status, documentHref)
    expect(download).toBe(200)

    // All of it without leaving the page, and focus never taken away.
    expect(await page.evaluate(() => (window as unknown as { isSamePage?: boolean }).isSamePage)).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('MAIN')
    expect(await hasNoHorizontalScroll(page)).toBe(true)
    expect(problems).toEqual([])
    await context.close()
  })

  it('should answer the items of one request one by one', async () => {
    const submitted = await submitWorkedExampleAs(payload, { customer, bundleId })
    const noiseCase = submitted.caseOf('noise-notification')
    const environment = authorityActs(payload, environmentUser)
    await environment.receive(noiseCase)
    const map = await environment.requestSupplement(noiseCase, 'A noise map.', '2099-01-31', 'batch-a')
    const plan = await environment.requestSupplement(
      noiseCase,
      'A loudspeaker plan.',
      '2099-01-31',
      'batch-a',
    )

    const { context, page, problems, goto } = await openPage(browser, phone)
    await signInAs({ context, server, userId: customer.id })
    await goto(`${server.url}/applications/${submitted.applicationId}`)
    const request = page.locator('.supplement-request')
    expect(await request.count()).toBe(1)
    expect(await request.locator('h4').allTextContents()).toEqual(['Item 1 of 2', 'Item 2 of 2'])

    await page.locator(`#answer-${plan.id}`).fill('Loudspeakers point south, to the sea.')
    await page.getByRole('button', { name: 'Send the answer to item 2' }).click()
    await page.waitForURL(/done=answer/)
    await page.locator('#notice').waitFor()
    // The other item is still asked for, and the case waits for it.
    expect(await request.locator('h4').allTextContents()).toEqual(['Item 1 of 2'])
    expect(await caseCard(page, noiseCase).locator('.case-status').textContent()).toBe('Supplement requested')

    await page.locator(`#answer-${map.id}`).fill('The map is in the rescue plan, page 4.')
    await page.getByRole('button', { name: 'Send the answer to item 1' }).click()
    await page.locator('.supplement-request').waitFor({ state: 'detached' })
    expect(await caseCard(page, noiseCase).locator('.case-status').textContent()).toBe('Supplemented')
    expect(await caseCard(page, noiseCase).locator('.supplement-record strong').allTextContents()).toEqual([
      'Supplement request, item 1 of 2:',
      'Supplement request, item 2 of 2:',
    ])
    expect(problems).toEqual([])
    await context.close()
  })

  it('should take a supplement answer with a file with JavaScript disabled', async () => {
    const submitted = await submitWorkedExampleAs(payload, { customer, bundleId })
    const noiseCase = submitted.caseOf('noise-notification')
    const environment = authorityActs(payload, environmentUser)
    await environment.receive(noiseCase)
    const request = await environment.requestSupplement(noiseCase, 'A loudspeaker plan is missing.')

    const { context, page, problems, goto } = await openPage(browser, { ...phone, javaScriptEnabled: false })
    await signInAs({ context, server, userId: customer.id })
    await goto(`${server.url}/applications/${submitted.applicationId}`)

    // An empty answer comes back with the error next to the field.
    await page.getByRole('button', { name: 'Send the answer' }).click()
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary').textContent()).toContain(
      'Answer: Write an answer or attach at least one file.',
    )

    await page.getByLabel('Your answer').fill('The plan is attached: loudspeakers point south, to the sea.')
    await page.setInputFiles(`#answer-files-${request.id}`, {
      name: 'loudspeakers.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf(),
    })
    await page.getByRole('button', { name: 'Send the answer' }).click()
    await page.waitForURL(`${server.url}/applications/${submitted.applicationId}?done=answer`)
    expect(await page.locator('#notice').textContent()).toContain(
      'Your answer to the supplement request has been sent to the authority.',
    )
    expect(await page.locator('.supplement-request').count()).toBe(0)
    expect(await caseCard(page, noiseCase).locator('.case-status').textContent()).toBe('Supplemented')
    expect(await caseCard(page, noiseCase).locator('.supplement-record').textContent()).toContain(
      'loudspeakers.pdf',
    )

    const answered = await payload.findByID({
      collection: slugs.supplementRequests,
      id: request.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(answered).toMatchObject({
      status: 'answered',
      answer: 'The plan is attached: loudspeakers point south, to the sea.',
    })
    expect(answered.answerAttachments).toHaveLength(1)
    // The refused empty answer was a 400 page, which Chromium reports; nothing else went wrong.
    expect(problems).toEqual([
      'console.error: Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ])
    await context.close()
  })

  it('should list the decision on the decisions page and the application among mine', async () => {
    const submitted = await submitWorkedExampleAs(payload, { customer, bundleId })
    const rescueCase = submitted.caseOf('rescue-plan')
    const rescueUser = await createUser(payload, {
      role: 'authority-user',
      authority: await authorityId(payload, 'rescue-helsinki'),
    })
    const rescue = authorityActs(payload, rescueUser)
    await rescue.receive(rescueCase)
    await rescue.decide(rescueCase, {
      outcome: 'acknowledged',
      summary: 'Rescue plan acknowledged.',
      withDocument: true,
    })

    const { context, page, problems, goto } = await openPage(browser, phone)
    await signInAs({ context, server, userId: customer.id })
    await goto(`${server.url}/decisions`)
    const card = page.locator('.decision-card').filter({ hasText: 'Rescue plan acknowledged.' })
    expect(await card.locator('h2').textContent()).toBe('Rescue plan for a public event')
    expect(await card.locator('.decision-outcome').textContent()).toBe('Notification acknowledged')
    expect(await card.textContent()).toContain('City of Helsinki Rescue Department')
    expect(await card.getByRole('link', { name: 'Decision document: paatos.pdf' }).count()).toBe(1)
    expect(await hasNoHorizontalScroll(page)).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])

    await card.getByRole('link', { name: /^Application:/ }).click()
    await page.waitForURL(`${server.url}/applications/${submitted.applicationId}`)
    await page.getByTestId('progress').getByText('1 of 9 decided').waitFor()

    await goto(`${server.url}/applications`)
    const mine = page.getByTestId('submitted-applications').locator('.application-card')
    expect(await mine.count()).toBeGreaterThanOrEqual(1)
    expect(await mine.first().locator('.application-card-progress').textContent()).toContain('of 9 decided')
    expect(
      await mine
        .first()
        .getByRole('button', { name: /Copy into a new application/ })
        .count(),
    ).toBe(1)
    expect(await hasNoHorizontalScroll(page)).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })

  it('should change a shared datum after submission, review it and send it only to the open cases', async () => {
    const submitted = await submitWorkedExampleAs(payload, { customer, bundleId })
    const policeCase = submitted.caseOf('police-public-event-notification')
    const police = authorityActs(payload, policeUser)
    await police.receive(policeCase)
    await police.decide(policeCase)

    const { context, page, problems, goto } = await openPage(browser, phone)
    await signInAs({ context, server, userId: customer.id })
    await goto(`${server.url}/applications/${submitted.applicationId}/change`)
    expect(await page.locator('#reach-eventName').textContent()).toContain('Goes to all 8 open cases.')
    expect(await page.locator('#reach-eventName').textContent()).toContain('Helsinki Police Department')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByLabel('Name of the event').fill('Puistosoitto 2027 (moved indoors)')
    await page.getByRole('button', { name: 'Review the change' }).click()
    await page.locator('#confirm-heading').waitFor()
    await page.waitForFunction(() => document.activeElement?.id === 'confirm-heading')
    expect(await page.locator('.change-case').count()).toBe(8)
    expect(await hasNoHorizontalScroll(page)).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Confirm and send the change to 8 cases' }).click()
    await page.waitForURL(`${server.url}/applications/${submitted.applicationId}?done=change`)
    await page.getByText('The change has been saved and sent to the authorities it concerns.').waitFor()
    expect(await page.locator('h1').textContent()).toBe('Puistosoitto 2027 (moved indoors)')

    const changed = await payload.find({
      collection: slugs.caseEvents,
      where: { application: { equals: submitted.applicationId }, type: { equals: 'changed' } },
      overrideAccess: true,
      pagination: false,
    })
    expect(changed.docs).toHaveLength(8)
    expect(
      changed.docs.some(
        (event) => String((event.case as { id: Id }).id ?? event.case) === String(policeCase),
      ),
    ).toBe(false)
    expect(problems).toEqual([])
    await context.close()
  })
})

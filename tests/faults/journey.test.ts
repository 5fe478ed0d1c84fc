import { randomBytes, randomUUID } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Browser, Locator, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { workedExampleAnswers, workedExampleApplication } from '../../src/seed/public-event'
import { fillAnalysis } from '../e2e/support/analysisForm'
import { launchChromium, openPage } from '../e2e/support/portalTestServer'
import { continueFrom, fillStep } from '../e2e/support/wizardForm'
import type { TestUser } from '../support/factories'
import { authorityId, createUser, tokenOf } from '../support/factories'
import { requestTo } from '../support/integrationHelpers'
import { minimalPdf } from '../support/minimalPdf'
import type { TestS3Server } from '../support/s3Server'
import { startS3Server } from '../support/s3Server'
import type { Topology } from '../support/topology'
import { startTopology } from '../support/topology'

/*
 * Issue 12: Lupa as it runs in production (two web processes behind a round-robin load
 * balancer, two workers, PostgreSQL with `LUPA_TEST_DB=postgres`, attachments in an
 * S3-compatible bucket) serves the whole customer and authority journey. Every browser
 * request and every API call goes through the balancer, so consecutive requests land on
 * different processes: sessions, uploads and jobs have to work across them.
 */

type Id = number | string

const prefix = 'lupa/attachments'
const areaUseKey = 'city-area-use-helsinki'
const policeKey = 'police-helsinki'
const agencyKey = 'permit-agency'

let s3: TestS3Server
let topology: Topology
let browser: Browser
let payload: Payload
let customer: TestUser
let areaUseOfficer: TestUser

beforeAll(async () => {
  s3 = await startS3Server()
  ;[topology, browser] = await Promise.all([
    startTopology({ withPortal: true, env: s3.envFor(prefix) }),
    launchChromium(),
  ])
  payload = topology.payload
  customer = await createUser(payload, { role: 'customer', isDemo: true, name: 'Maria Virtanen' })
  areaUseOfficer = await createUser(payload, {
    role: 'authority-user',
    authority: await authorityId(payload, areaUseKey),
    isDemo: true,
    name: 'Aino Alueidenkäyttö',
  })
})

afterAll(async () => {
  await browser?.close()
  await topology?.close()
  await s3?.close()
})

/** What the deliveries, the jobs and the workers say: a failure's evidence. */
const stateOfDelivery = async () => {
  const system = { pagination: false, depth: 0, overrideAccess: true } as const
  const deliveries = (await payload.find({ collection: slugs.deliveries, ...system })).docs.map(
    (delivery) => ({
      case: delivery.case,
      eventType: delivery.eventType,
      status: delivery.status,
      mode: delivery.mode,
      attempts: delivery.attempts,
      lastError: delivery.lastError,
    }),
  )
  const jobs = (
    await payload.find({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, ...system })
  ).docs.map((job) => ({
    taskSlug: job.taskSlug,
    processing: job.processing,
    hasError: job.hasError,
    totalTried: job.totalTried,
    waitUntil: job.waitUntil,
  }))
  const notifications = (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { in: ['notifyCustomer', 'sendEmail'] } },
      ...system,
    })
  ).docs.map((job) => ({
    taskSlug: job.taskSlug,
    input: job.input,
    completedAt: job.completedAt,
    log: job.log,
  }))
  const emails = topology.smtp.received.map((email) => ({ to: email.to, subject: email.subject }))
  const workers = topology.workers.map((worker) => worker.output().slice(-3000))
  return JSON.stringify({ deliveries, jobs, notifications, emails, workers }, null, 1)
}

/** Waits until the check holds, polling; fails naming what never happened, with the evidence. */
const waitUntil = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs = 60_000) => {
  const until = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > until)
      throw new Error(`${what}: not within ${timeoutMs / 1000} s\n${await stateOfDelivery()}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** A distinct PDF each time, so that a file read back cannot be another one. */
const uniquePdf = () => Buffer.concat([minimalPdf(), Buffer.from(`% ${randomBytes(8).toString('hex')}\n`)])

/** Follows a download link as a person would; answers the file's bytes. */
const downloaded = async (page: Page, link: Locator) => {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  return readFile(await download.path())
}

/** Opens an action's disclosure on the authority's case page, unless it is open already. */
const openAction = async (page: Page, intent: string) => {
  const details = page.locator(`#action-${intent}`)
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open)))
    await page.locator(`#${intent}-toggle`).click()
}

const casesOf = async (applicationId: Id) =>
  (
    await payload.find({
      collection: slugs.cases,
      where: { application: { equals: applicationId } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs

const authorityOf = (id: Id) =>
  payload.findByID({ collection: slugs.authorities, id, overrideAccess: true, depth: 0 })

/** The stored file name of an attachment (the object's key is `<prefix>/<stored name>`). */
const storedNameOf = async (id: Id) =>
  String(
    (await payload.findByID({ collection: slugs.attachments, id, overrideAccess: true, depth: 0 })).filename,
  )

const idOf = (value: unknown): Id =>
  typeof value === 'object' && value !== null ? (value as { id: Id }).id : (value as Id)

/** The document of a case's decision (its attachment id). */
const decisionDocumentOf = async (caseId: Id) => {
  const { docs } = await payload.find({
    collection: slugs.decisions,
    where: { case: { equals: caseId } },
    overrideAccess: true,
    depth: 0,
  })
  expect(docs).toHaveLength(1)
  return idOf(docs[0].document)
}

/** Nothing was written to the shared data directory's upload folder: every file is in the bucket. */
const isUploadDirEmpty = () => {
  const dir = path.join(topology.test.dataDir, 'uploads')
  return !existsSync(dir) || readdirSync(dir).length === 0
}

type WebhookMessage = {
  type: string
  case: { id: string; caseNumber: string }
  attachments: { id: string; filename: string; url: string }[]
}

/** The verified `case.submitted` messages a receiver took for a case. */
const submittedMessagesFor = (receiver: Topology['receivers']['police'], caseId: Id) =>
  receiver.state.requests
    .filter((request) => request.verifiedWith.length > 0)
    .map((request) => JSON.parse(request.body) as WebhookMessage)
    .filter((message) => message.type === 'case.submitted' && message.case?.id === String(caseId))

describe('two web processes and two workers on PostgreSQL with object storage', () => {
  it('should serve the whole customer and authority journey', async () => {
    const startedAt = Date.now()
    const phase = (name: string) =>
      process.stdout.write(`journey: ${name} at ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n`)
    const { url } = topology
    const sitePlan = uniquePdf()

    // 1. The customer: the permit analysis, sign in, the wizard with an upload, submit.
    const customerView = await openPage(browser)
    const { page } = customerView
    await customerView.goto(`${url}/`)
    await page.locator('[data-bundle="public-event"] a[href="/analysis/public-event"]').click()
    await page.waitForURL(/\/analysis\/public-event/)
    await page.locator('input[type="radio"][name="municipality"]').first().waitFor()
    await fillAnalysis(page, workedExampleAnswers)
    await page.getByRole('button', { name: 'Näytä tarvittavat luvat' }).click()
    await page.locator('[data-testid="needed-permits"]').waitFor()
    expect(await page.locator('[data-testid="needed-permits"] [data-permit-type]').count()).toBe(9)

    await page.locator('.start-application-link').click()
    await page.waitForURL(/\/login\?returnTo=/)
    await page.locator(`label[for="login-user-${customer.id}"]`).click()
    await page.locator('#login-submit').click()
    await page.waitForURL(/\/applications\/new\?/)
    await page.getByText('Kirjautuneena:').waitFor()
    await page.locator('#start-application').click()
    await page.waitForURL(/\/applications\/[^/]+\/edit/)
    await page.locator('#step-heading').waitFor()

    const asked: string[] = []
    for (let guard = 0; guard < 20 && (await page.locator('.wizard-review').count()) === 0; guard += 1) {
      const names = await fillStep(page, workedExampleApplication)
      asked.push(...names)
      if (names.includes('file:siteMap')) {
        await page.locator('input[name="file:siteMap"]').setInputFiles({
          name: 'asemapiirros.pdf',
          mimeType: 'application/pdf',
          buffer: sitePlan,
        })
        await page.locator('#upload-siteMap').click()
        await page.locator('.wizard-file-name', { hasText: 'asemapiirros.pdf' }).waitFor()
      }
      await continueFrom(page)
      await page.waitForFunction(() => document.activeElement?.id === 'step-heading')
    }
    // Every datum asked once, the site plan among them.
    expect(new Set(asked).size).toBe(asked.length)
    expect(asked).toContain('file:siteMap')
    const applicationId = /\/applications\/([^/]+)\/edit/.exec(page.url())![1]

    // The upload went to the bucket, not to a disk of one process.
    const uploads = await payload.find({
      collection: slugs.attachments,
      where: { uploadedBy: { equals: customer.id } },
      overrideAccess: true,
      depth: 0,
    })
    expect(uploads.docs).toHaveLength(1)
    const sitePlanId = uploads.docs[0].id
    expect(await s3.objectBytes(`${prefix}/${String(uploads.docs[0].filename)}`)).toEqual(sitePlan)
    expect(isUploadDirEmpty()).toBe(true)

    const recipient = (permitType: string) =>
      page.locator(`.wizard-recipient[data-permit-type="${permitType}"]`)
    expect(await page.locator('.wizard-recipient').count()).toBe(9)
    expect(
      await recipient('police-public-event-notification').locator('.wizard-recipient-files').textContent(),
    ).toBe('asemapiirros.pdf')

    await page.locator('#submit-application').click()
    await page.waitForURL(/\/receipt$/)
    await page.locator('h1', { hasText: 'Hakemus on lähetetty' }).waitFor()
    expect(await page.locator('.receipt-case').count()).toBe(9)
    const receiptNumber = String(await page.locator('.receipt-number').textContent())
    expect(receiptNumber).toMatch(/^LUPA-\d{4}-\d{6}$/)

    await customerView.goto(`${url}/applications/${applicationId}`)
    await page.locator('.case-card').first().waitFor()
    expect(await page.locator('.case-card').count()).toBe(9)
    expect(await page.locator('body').textContent()).toContain('Helsingin poliisilaitos')
    // Besides the balancer's turns: each web process, addressed directly, knows the session
    // and serves the one view of what the other processes wrote.
    expect(topology.webs).toHaveLength(2)
    for (const web of topology.webs) {
      const answer = await customerView.context.request.get(`${web.url}/applications/${applicationId}`, {
        headers: { 'Sec-Fetch-Site': 'same-origin' },
        maxRedirects: 0,
      })
      expect(answer.status(), web.url).toBe(200)
      expect(await answer.text(), web.url).toContain(receiptNumber)
    }
    phase('submitted')

    // 2. The workers deliver every case: webhooks to the integrations, email notices to all.
    const cases = await casesOf(applicationId)
    expect(cases).toHaveLength(9)
    const authorities = new Map(
      await Promise.all(
        cases.map(async (item) => [item.id, await authorityOf(idOf(item.authority))] as const),
      ),
    )
    const caseOfAuthority = (key: string) => {
      const found = cases.find((item) => authorities.get(item.id)?.key === key)
      if (!found) throw new Error(`No case for ${key}`)
      return found
    }
    const policeCase = caseOfAuthority(policeKey)
    const agencyCase = caseOfAuthority(agencyKey)
    const areaUseCase = caseOfAuthority(areaUseKey)

    await waitUntil('every case delivered', async () =>
      (await casesOf(applicationId)).every((item) => item.deliveryState === 'delivered'),
    )
    phase('delivered')
    expect(
      (await casesOf(applicationId)).map((item) => [authorities.get(item.id)?.key, item.status]),
    ).toEqual(cases.map((item) => [authorities.get(item.id)?.key, 'delivered']))

    const [policeMessage, ...policeRepeats] = submittedMessagesFor(topology.receivers.police, policeCase.id)
    expect(policeRepeats).toEqual([])
    expect(policeMessage).toMatchObject({ case: { caseNumber: policeCase.caseNumber } })
    expect(submittedMessagesFor(topology.receivers.agency, agencyCase.id)).toHaveLength(1)
    // The receiver's reference became the case's authority reference.
    const policeReference = topology.receivers.police.state.processed.values().next().value?.reference
    expect(
      (await payload.findByID({ collection: slugs.cases, id: policeCase.id, overrideAccess: true }))
        .externalReference,
    ).toBe(policeReference)

    // Every authority gets a notice naming its case (the simplified ones only that way).
    const noticeTo = (item: (typeof cases)[number]) => {
      const authority = authorities.get(item.id)!
      return topology.smtp
        .to(String(authority.noticeEmail))
        .filter((email) => email.subject.includes(String(item.caseNumber)))
    }
    await waitUntil('a notice to every authority', () => cases.every((item) => noticeTo(item).length > 0))
    const simplified = cases.filter((item) => authorities.get(item.id)?.connectionMode === 'simplified')
    expect(simplified).toHaveLength(cases.length - 2)
    for (const item of cases) expect(noticeTo(item), String(authorities.get(item.id)?.key)).toHaveLength(1)
    phase('notices sent')

    // 3a. The police's case system, through the integration API via the balancer.
    const api = requestTo(url)
    const owner = await createUser(payload, { role: 'owner' })
    const policeId = await authorityId(payload, policeKey)
    const issued = await api(`/api/authorities/${policeId}/integration/credentials`, {
      method: 'POST',
      jwt: await tokenOf(payload, owner),
      body: { label: 'Poliisin asiankäsittely' },
    })
    expect(issued.status, await issued.clone().text()).toBe(201)
    const { key: apiKey } = (await issued.json()) as { key: string }

    // The file of the webhook's attachment link, through the API: via the balancer and from
    // each web process directly.
    expect(policeMessage.attachments).toHaveLength(1)
    const attachmentUrl = policeMessage.attachments[0].url
    expect(attachmentUrl).toBe(`${url}/api/integration/v1/cases/${policeCase.id}/attachments/${sitePlanId}`)
    const attachmentPath = new URL(attachmentUrl).pathname
    for (const base of [url, ...topology.webs.map((web) => web.url)]) {
      const file = await fetch(`${base}${attachmentPath}`, { headers: { Authorization: `Bearer ${apiKey}` } })
      expect(file.status, base).toBe(200)
      expect(file.headers.get('content-disposition')).toMatch(/^attachment/)
      expect(Buffer.from(await file.arrayBuffer())).toEqual(sitePlan)
    }
    const policeView = await api(`/api/integration/v1/cases/${policeCase.id}`, { apiKey })
    expect(policeView.status).toBe(200)
    expect(await policeView.json()).toMatchObject({
      caseNumber: policeCase.caseNumber,
      status: 'delivered',
      data: { eventName: workedExampleApplication.eventName },
      attachments: [{ id: String(sitePlanId) }],
    })

    const post = (route: string, body: unknown) =>
      api(`/api/integration/v1/cases/${policeCase.id}${route}`, {
        method: 'POST',
        apiKey,
        headers: { 'Idempotency-Key': randomUUID() },
        body,
      })
    for (const status of ['received', 'in-processing']) {
      const moved = await post('/status', { status })
      expect(moved.status, await moved.clone().text()).toBe(200)
      expect(await moved.json()).toMatchObject({ status })
    }
    const policeDecisionPdf = uniquePdf()
    const policeSummary = 'Ilmoitus käsitelty; järjestyksenvalvojia oltava vähintään 30.'
    const decided = await post('/decisions', {
      outcome: 'acknowledged-with-instructions',
      summary: policeSummary,
      conditions: ['Järjestyksenvalvojia oltava vähintään 30.'],
      document: {
        filename: 'poliisin-paatos.pdf',
        mimeType: 'application/pdf',
        contentBase64: policeDecisionPdf.toString('base64'),
      },
    })
    expect(decided.status, await decided.clone().text()).toBe(201)
    const policeDocument = await decisionDocumentOf(policeCase.id)
    expect(await s3.objectBytes(`${prefix}/${await storedNameOf(policeDocument)}`)).toEqual(policeDecisionPdf)
    phase('police decided')

    // 3b. The city's area-use officer in the browser, from the notice email's link.
    const [areaNotice] = noticeTo(areaUseCase)
    const link = /https?:\/\/\S+\/authority\/cases\/\S+/.exec(areaNotice.text)?.[0]
    expect(link).toBe(`${url}/authority/cases/${areaUseCase.id}`)
    const officerView = await openPage(browser)
    const officerPage = officerView.page
    await officerView.goto(link!)
    await officerPage.waitForURL(/\/login\?returnTo=%2Fauthority%2Fcases%2F/)
    await officerPage.locator(`label[for="login-user-${areaUseOfficer.id}"]`).click()
    await officerPage.locator('#login-submit').click()
    await officerPage.waitForURL(`${url}/authority/cases/${areaUseCase.id}`)
    await officerPage
      .getByRole('heading', { level: 1, name: `Asia ${String(areaUseCase.caseNumber)}` })
      .waitFor()

    await openAction(officerPage, 'acknowledge')
    await officerPage.locator('#acknowledge-reference').fill('ALU-2027-42')
    await officerPage.locator('#acknowledge-submit').click()
    await officerPage.waitForURL(/done=acknowledge/)
    await officerPage.getByTestId('notice').getByText('Asia on merkitty vastaanotetuksi.').waitFor()

    const areaDecisionPdf = uniquePdf()
    const areaSummary = 'Alueen käyttö sallittu 1.–3.6.; alue siivottava klo 10 mennessä.'
    await openAction(officerPage, 'decision')
    await officerPage.locator('#decision-outcome').selectOption('granted')
    await officerPage.locator('#decision-summary').fill(areaSummary)
    await officerPage
      .locator('#decision-document')
      .setInputFiles({ name: 'aluepaatos.pdf', mimeType: 'application/pdf', buffer: areaDecisionPdf })
    await officerPage.locator('#decision-submit').click()
    await officerPage.waitForURL(/done=decision/)
    await officerPage.getByTestId('notice').getByText('Päätös on tallennettu ja asia ratkaistu.').waitFor()
    const decisionSection = officerPage.getByTestId('decision')
    expect(await decisionSection.textContent()).toContain(areaSummary)
    expect(await downloaded(officerPage, decisionSection.getByRole('link'))).toEqual(areaDecisionPdf)
    expect(
      await payload.findByID({ collection: slugs.cases, id: areaUseCase.id, overrideAccess: true, depth: 0 }),
    ).toMatchObject({ status: 'decided', outcome: 'granted', externalReference: 'ALU-2027-42' })
    const areaDocument = await decisionDocumentOf(areaUseCase.id)
    expect(await s3.objectBytes(`${prefix}/${await storedNameOf(areaDocument)}`)).toEqual(areaDecisionPdf)
    expect(isUploadDirEmpty()).toBe(true)
    phase('area use decided')

    // 4. The customer again: both decisions in the one view and on the decisions page.
    await customerView.goto(`${url}/applications/${applicationId}`)
    for (const [caseId, summary, document] of [
      [policeCase.id, policeSummary, policeDecisionPdf],
      [areaUseCase.id, areaSummary, areaDecisionPdf],
    ] as const) {
      const card = page.locator(`#case-${caseId}`)
      expect(await card.getAttribute('data-status')).toBe('decided')
      expect(await card.locator('.case-decision-summary').textContent()).toBe(summary)
      expect(await downloaded(page, card.locator('.case-decision-document'))).toEqual(document)
    }
    expect(await page.locator('.case-decision').count()).toBe(2)

    await customerView.goto(`${url}/decisions`)
    for (const summary of [policeSummary, areaSummary])
      expect(await page.locator('.decision-card').filter({ hasText: summary }).count()).toBe(1)

    // The customer was told of each decision by email, once.
    const decisionEmails = () =>
      topology.smtp
        .to(customer.email)
        .filter((email) => email.subject === 'Lupa: Hakemukseesi on tehty päätös')
    await waitUntil('an email to the customer about each decision', () => decisionEmails().length >= 2)
    expect(decisionEmails()).toHaveLength(2)
    for (const email of decisionEmails()) expect(email.text).toContain(`${url}/applications/${applicationId}`)
    phase('customer told')

    expect(customerView.problems).toEqual([])
    expect(officerView.problems).toEqual([])
    await Promise.all([customerView.context.close(), officerView.context.close()])
  })
})

import { readFile } from 'node:fs/promises'

import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '../../src/collections/relations'
import { slugs } from '../../src/collections/slugs'
import { workedExampleApplication } from '../../src/seed/public-event'
import type { TestUser } from '../support/factories'
import { authorityId, createUser } from '../support/factories'
import { caseById, submitWorkedExample } from '../support/integrationHelpers'
import type { TestSmtpServer } from '../support/smtpServer'
import { startSmtpServer } from '../support/smtpServer'
import { focusedId, tabTo } from './support/analysisForm'
import type { PortalTestServer } from './support/portalTestServer'
import { launchChromium, openPage, signInAs, startPortalTestServer } from './support/portalTestServer'

type Id = number | string

const noticeEmail = 'ymparistonsuojelu-helsinki@lupa-demo.example.fi'
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\ntrailer<<>>\nstartxref\n9\n%%EOF\n')

let smtp: TestSmtpServer
let server: PortalTestServer
let browser: Browser
let bundleId: Id
let customer: TestUser
let officer: TestUser

const payload = () => server.test.payload

/** Submits the worked example and delivers it; answers the noise notification case. */
const submitNoiseCase = async () => {
  const submitted = await submitWorkedExample(payload(), {
    customer,
    bundleId,
    permitType: 'noise-notification',
  })
  await payload().jobs.run({ limit: 200 })
  return submitted
}

/** Opens an action's disclosure (a click on its summary), unless it is open already. */
const openAction = async (page: Page, intent: string) => {
  const details = page.locator(`#action-${intent}`)
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open)))
    await page.locator(`#${intent}-toggle`).click()
}

/** Waits for the confirmation of a done action, naming what was done. */
const confirmation = (page: Page, text: string) => page.getByTestId('notice').getByText(text).waitFor()

/**
 * The browser logs a refused form post (answered 400, as it should be) as a failed resource
 * load; anything else in the console is a problem.
 */
const unexpected = (problems: string[]) =>
  problems.filter((problem) => !problem.includes('the server responded with a status of 400'))

/** Waits until the element matching the selector has focus (moved there by the page's script). */
const focusMovesTo = (page: Page, selector: string) =>
  page.waitForFunction((wanted) => document.activeElement?.matches(wanted) === true, selector, {
    timeout: 5000,
  })

/** The value of one of the case page's facts, by its label. */
const factOf = (page: Page, label: string) =>
  page
    .getByTestId('case-facts')
    .locator('.authority-fact')
    .filter({ has: page.locator('dt', { hasText: label }) })
    .locator('dd')
    .textContent()

/** Follows a download link as a person would; answers the file's bytes. */
const downloaded = async (page: Page, link: Locator) => {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  return readFile(await download.path())
}

/** A request as the browser sends one to its own site (Payload's CSRF check reads the header). */
const sameSite = { headers: { 'Sec-Fetch-Site': 'same-origin' } }

beforeAll(async () => {
  smtp = await startSmtpServer()
  ;[server, browser] = await Promise.all([
    startPortalTestServer({ env: { SMTP_URL: smtp.url } }),
    launchChromium(),
  ])
  const { docs } = await payload().find({
    collection: slugs.permitBundles,
    where: { key: { equals: 'public-event' } },
    overrideAccess: true,
    limit: 1,
  })
  bundleId = docs[0].id
  const authority = await authorityId(payload(), 'environmental-protection-helsinki')
  await payload().update({
    collection: slugs.authorities,
    id: authority,
    overrideAccess: true,
    data: { noticeEmail, connectionMode: 'simplified' },
  })
  customer = await createUser(payload(), { role: 'customer' })
  officer = await createUser(payload(), {
    role: 'authority-user',
    authority,
    isDemo: true,
    name: 'Ilona Ympäristö',
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await smtp?.stop()
})

describe('the authority workspace', () => {
  it('should take a simplified-mode case from the notice email to a decision the customer can read', async () => {
    const { caseId, applicationId } = await submitNoiseCase()
    const caseNumber = String((await caseById(payload(), caseId)).caseNumber)
    const [notice] = smtp.to(noticeEmail).filter((email) => email.subject.includes(caseNumber))
    const link = /https?:\/\/\S+\/authority\/cases\/\S+/.exec(notice.text)?.[0]
    expect(link).toBe(`${server.url}/authority/cases/${caseId}`)

    const { context, page, problems, goto } = await openPage(browser)
    await goto(link!)
    await page.waitForURL(/\/login\?returnTo=%2Fauthority%2Fcases%2F/)
    await page.locator(`label[for="login-user-${officer.id}"]`).click()
    await page.locator('#login-submit').click()
    await page.waitForURL(`${server.url}/authority/cases/${caseId}`)
    await page.getByRole('heading', { level: 1, name: `Asia ${caseNumber}` }).waitFor()
    expect((await caseById(payload(), caseId)).openedAt).toEqual(expect.any(String))
    expect(await page.getByTestId('bundle').textContent()).toContain('Helsingin poliisilaitos')

    await openAction(page, 'acknowledge')
    await page.locator('#acknowledge-reference').fill('YMP-2027-17')
    await page.locator('#acknowledge-submit').click()
    await page.waitForURL(/done=acknowledge/)
    await confirmation(page, 'Asia on merkitty vastaanotetuksi.')
    await focusMovesTo(page, '[data-testid="notice"]')
    expect(await caseById(payload(), caseId)).toMatchObject({
      status: 'received',
      externalReference: 'YMP-2027-17',
    })

    // An itemised supplement request: the case waits, so its expected decision date moves.
    const expectedBefore = await factOf(page, 'Arvioitu päätöspäivä')
    expect(expectedBefore).toMatch(/\d{4}/)
    await openAction(page, 'supplement')
    await page.locator('#supplement-item-1').fill('Lisää melukartta.')
    await page.locator('#supplement-dueDate').fill('2000-01-01')
    await page.locator('#supplement-submit').click()
    await page
      .locator('#supplement-dueDate-statusText')
      .getByText('Päivämäärä ei voi olla menneisyydessä')
      .waitFor()
    await focusMovesTo(page, '#error-summary-heading')
    expect(await page.locator('#supplement-item-1').inputValue()).toBe('Lisää melukartta.')
    await page.locator('#supplement-item-2').fill('Kaiuttimien sijoitus kartalla.')
    await page.locator('#supplement-add-item').click()
    await focusMovesTo(page, '#supplement-item-4')
    await page.locator('#supplement-item-4').fill('Naapureille jaettu tiedote.')
    await page.locator('#supplement-dueDate').fill('2099-06-01')
    await page.locator('#supplement-submit').click()
    await page.waitForURL(/done=supplement/)
    await confirmation(page, 'Täydennyspyyntö on lähetetty asiakkaalle.')
    const request = page.getByTestId('supplement-request')
    expect(await request.count()).toBe(1)
    expect(await request.getByTestId('supplement-item').allTextContents()).toEqual([
      expect.stringContaining('Lisää melukartta.'),
      expect.stringContaining('Kaiuttimien sijoitus kartalla.'),
      expect.stringContaining('Naapureille jaettu tiedote.'),
    ])
    const expectedAfter = await factOf(page, 'Arvioitu päätöspäivä')
    expect(expectedAfter).not.toBe(expectedBefore)
    expect(expectedAfter).toContain('2099')

    await openAction(page, 'decision')
    await page.locator('#decision-outcome').selectOption('acknowledged-with-instructions')
    await page.locator('#decision-summary').fill('Myönnetty; musiikki päättyy klo 23.')
    await page.locator('#decision-conditions').fill('Musiikki päättyy klo 23.')
    await page
      .locator('#decision-document')
      .setInputFiles({ name: 'päätös.pdf', mimeType: 'application/pdf', buffer: pdf })
    await page.locator('#decision-submit').click()
    await page.waitForURL(/done=decision/)
    await confirmation(page, 'Päätös on tallennettu ja asia ratkaistu.')
    const decision = page.getByTestId('decision')
    expect(await decision.textContent()).toContain('Ilmoitus käsitelty, ohjeita annettu')
    expect(await downloaded(page, decision.getByRole('link'))).toEqual(pdf)

    const asCustomer = { user: customer, overrideAccess: false } as const
    expect(await payload().findByID({ collection: slugs.cases, id: caseId, ...asCustomer })).toMatchObject({
      status: 'decided',
      outcome: 'acknowledged-with-instructions',
    })
    const decisions = await payload().find({
      collection: slugs.decisions,
      where: { case: { equals: caseId } },
      ...asCustomer,
    })
    expect(decisions.docs).toEqual([
      expect.objectContaining({
        summary: 'Myönnetty; musiikki päättyy klo 23.',
        outcome: 'acknowledged-with-instructions',
      }),
    ])
    const decisionDocument = await payload().findByID({
      collection: slugs.attachments,
      id: (decisions.docs[0].document as { id: Id }).id,
      ...asCustomer,
    })
    expect(decisionDocument).toMatchObject({ mimeType: 'application/pdf', description: 'päätös.pdf' })

    // The customer sees it in the one view: the case decided, the decision and its document.
    const customerView = await openPage(browser)
    await signInAs({ context: customerView.context, server, userId: customer.id })
    await customerView.goto(`${server.url}/applications/${applicationId}`)
    const card = customerView.page.locator(`#case-${caseId}`)
    expect(await card.getAttribute('data-status')).toBe('decided')
    expect(await card.textContent()).toContain('Myönnetty; musiikki päättyy klo 23.')
    expect(await card.locator('.supplement-record').allTextContents()).toEqual([
      expect.stringContaining('kohta 1/3'),
      expect.stringContaining('kohta 2/3'),
      expect.stringContaining('kohta 3/3'),
    ])
    expect(
      await downloaded(customerView.page, card.locator('a[href*="/api/attachments/file/"]').first()),
    ).toEqual(pdf)
    expect(unexpected(problems)).toEqual([])
    expect(customerView.problems).toEqual([])
    await Promise.all([context.close(), customerView.context.close()])
  })

  it('should record a decision with conditions, validity and appeal instructions, correct it, and show the customer both versions', async () => {
    const { caseId, applicationId } = await submitNoiseCase()
    const { context, page, problems, goto } = await openPage(browser)
    await signInAs({ context, server, userId: officer.id })
    await goto(`${server.url}/authority/cases/${caseId}`)
    await openAction(page, 'acknowledge')
    await page.locator('#acknowledge-submit').click()
    await page.waitForURL(/done=acknowledge/)

    // A notification: no "granted" on offer; the permit type's appeal instructions are shown.
    await openAction(page, 'decision')
    const outcomes = await page
      .locator('#decision-outcome option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
    expect(outcomes).toEqual(['', 'acknowledged', 'acknowledged-with-instructions', 'prohibited'])
    const appeal = page.locator('section[aria-labelledby="decision-appeal-heading"]')
    expect(await appeal.textContent()).toContain('Valitusosoitus')
    expect(await appeal.textContent()).toContain('hallinto-oikeuteen')
    expect(await page.locator('#decision-decisionMaker').inputValue()).toBe('Ilona Ympäristö')
    await page.locator('#decision-outcome').selectOption('acknowledged-with-instructions')
    await page.locator('#decision-summary').fill('Ilmoitus käsitelty; noudata ehtoja.')
    await page
      .locator('#decision-conditions')
      .fill('Musiikki päättyy klo 22.\nKaiuttimet suunnataan merelle päin.')
    await page.locator('#decision-decisionMaker').fill('Ympäristötarkastaja Ilona Ympäristö')
    await page.locator('#decision-validFrom').fill('2099-06-01')
    await page.locator('#decision-validUntil').fill('2099-06-02')
    await page.locator('#decision-submit').click()
    await page.waitForURL(/done=decision/)
    await confirmation(page, 'Päätös on tallennettu ja asia ratkaistu.')
    const first = page.getByTestId('decision')
    expect(await first.getByTestId('decision-conditions').locator('li').allTextContents()).toEqual([
      'Musiikki päättyy klo 22.',
      'Kaiuttimet suunnataan merelle päin.',
    ])
    expect(await first.textContent()).toContain('Ympäristötarkastaja Ilona Ympäristö')

    // The correction starts from the current version and needs its reason.
    await openAction(page, 'correct-decision')
    expect(await page.locator('#correct-decision-conditions').inputValue()).toBe(
      'Musiikki päättyy klo 22.\nKaiuttimet suunnataan merelle päin.',
    )
    expect(await page.locator('#correct-decision-validUntil').inputValue()).toBe('2099-06-02')
    await page.locator('#correct-decision-submit').click()
    await page.locator('#correct-decision-correctionReason-statusText').getByText('Tieto puuttuu').waitFor()
    await page
      .locator('#correct-decision-correctionReason')
      .fill('Musiikin päättymisaika oli kirjattu väärin.')
    await page
      .locator('#correct-decision-conditions')
      .fill('Musiikki päättyy klo 23.\nKaiuttimet suunnataan merelle päin.')
    await page.locator('#correct-decision-submit').click()
    await page.waitForURL(/done=correct-decision/)
    await confirmation(page, 'Korjattu päätös on tallennettu uutena versiona')
    const versions = page.getByTestId('decision')
    expect(
      await versions.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-version'))),
    ).toEqual(['2', '1'])
    expect(await versions.first().textContent()).toContain('Musiikin päättymisaika oli kirjattu väärin.')
    expect(await versions.nth(1).textContent()).toContain('Korjattu myöhemmällä versiolla')
    expect(await caseById(payload(), caseId)).toMatchObject({ status: 'decided' })

    // The customer's one view: the corrected decision with its reason, and the earlier version marked corrected.
    const customerView = await openPage(browser)
    await signInAs({ context: customerView.context, server, userId: customer.id })
    await customerView.goto(`${server.url}/applications/${applicationId}`)
    const decisions = customerView.page.locator(`#case-${caseId} .case-decision`)
    expect(await decisions.count()).toBe(2)
    const current = decisions.first()
    expect(await current.getAttribute('data-version')).toBe('2')
    const currentText = await current.textContent()
    expect(currentText).toContain('Ilmoitus käsitelty, ohjeita annettu')
    expect(currentText).toContain('Korjauksen syy: Musiikin päättymisaika oli kirjattu väärin.')
    expect(currentText).toContain('Ympäristötarkastaja Ilona Ympäristö')
    expect(await current.locator('.case-decision-conditions li').allTextContents()).toEqual([
      'Musiikki päättyy klo 23.',
      'Kaiuttimet suunnataan merelle päin.',
    ])
    expect(await current.locator('.case-decision-validity').textContent()).toContain('2099')
    await current.locator('.case-decision-appeal summary').getByText('Valitusosoitus').click()
    await current
      .locator('.case-decision-appeal p')
      .getByText(/hallinto-oikeuteen/)
      .waitFor()
    const earlier = decisions.nth(1)
    expect(await earlier.getAttribute('data-corrected')).toBe('true')
    expect(await earlier.textContent()).toContain('Aiempi versio 1 (korjattu)')
    expect(await earlier.locator('.case-decision-conditions li').first().textContent()).toBe(
      'Musiikki päättyy klo 22.',
    )
    expect(unexpected(problems)).toEqual([])
    expect(customerView.problems).toEqual([])
    await Promise.all([context.close(), customerView.context.close()])
  })

  it('should download the case as PDF and JSON with the session, and hide it from other authorities', async () => {
    const { caseId } = await submitNoiseCase()
    const { context, page, problems, goto } = await openPage(browser)
    await signInAs({ context, server, userId: officer.id })
    await goto(`${server.url}/authority/cases/${caseId}`)
    const pdfFile = await downloaded(page, page.getByRole('link', { name: 'Lataa PDF-tiedostona' }))
    expect(pdfFile.subarray(0, 5).toString()).toBe('%PDF-')
    const jsonFile = await downloaded(page, page.getByRole('link', { name: 'Lataa JSON-tiedostona' }))
    expect(JSON.parse(jsonFile.toString('utf8'))).toMatchObject({
      id: String(caseId),
      permitType: { key: 'noise-notification' },
    })
    // Each read and export is in the audit log: who, what, when and from where.
    const { docs: audited } = await payload().find({
      collection: slugs.auditLog,
      where: {
        resource: { equals: slugs.cases },
        resourceId: { equals: String(caseId) },
        actor: { equals: officer.id },
      },
      overrideAccess: true,
      sort: 'createdAt',
      depth: 0,
    })
    expect(
      audited
        .filter((entry) => entry.action === 'read' || entry.action === 'export')
        .map((entry) => [
          entry.action,
          (entry.detail as { format?: string } | null)?.format ?? null,
          entry.ip,
        ]),
    ).toEqual([
      ['read', null, '127.0.0.1'],
      ['export', 'pdf', '127.0.0.1'],
      ['export', 'json', '127.0.0.1'],
    ])

    const police = await createUser(payload(), {
      role: 'authority-user',
      authority: await authorityId(payload(), 'police-helsinki'),
    })
    const { context: other } = await openPage(browser)
    await signInAs({ context: other, server, userId: police.id })
    for (const path of ['', '/export.pdf', '/export.json']) {
      const response = await other.request.get(`${server.url}/authority/cases/${caseId}${path}`, sameSite)
      expect(response.status(), path).toBe(404)
    }
    const inbox = await other.request.get(`${server.url}/authority?status=all`, sameSite)
    expect(await inbox.text()).not.toContain(`/authority/cases/${caseId}"`)
    const { context: customerContext } = await openPage(browser)
    await signInAs({ context: customerContext, server, userId: customer.id })
    expect((await customerContext.request.get(`${server.url}/authority`, sameSite)).status()).toBe(403)
    expect(problems).toEqual([])
    await Promise.all([context.close(), other.close(), customerContext.close()])
  })

  it('should work by keyboard alone: open an action, write, send, and reach the errors', async () => {
    const { caseId } = await submitNoiseCase()
    const { context, page, problems, goto } = await openPage(browser)
    await signInAs({ context, server, userId: officer.id })
    await goto(`${server.url}/authority/cases/${caseId}`)

    await tabTo(page, 'message-toggle', { maxPresses: 200 })
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    expect(await focusedId(page)).toBe('message-body')
    await page.keyboard.press('Tab')
    expect(await focusedId(page)).toBe('message-submit')
    await page.keyboard.press('Enter')
    await page.locator('#message-body-statusText').getByText('Tieto puuttuu').waitFor()
    await focusMovesTo(page, '#error-summary-heading')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    expect(await focusedId(page)).toBe('message-body')
    await page.keyboard.type('Voitteko tarkentaa äänentoiston suuntaa?')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.waitForURL(/done=message/)
    await confirmation(page, 'Viesti on lähetetty asiakkaalle.')
    await focusMovesTo(page, '[data-testid="notice"]')
    expect(await page.getByTestId('message').last().textContent()).toContain(
      'Voitteko tarkentaa äänentoiston suuntaa?',
    )
    expect(unexpected(problems)).toEqual([])
    await context.close()
  })

  it('should post an internal message and filter the inbox without JavaScript', async () => {
    const { caseId } = await submitNoiseCase()
    const { context, page } = await openPage(browser, { javaScriptEnabled: false })
    await signInAs({ context, server, userId: officer.id })
    await page.goto(`${server.url}/authority?unopened=1`)
    await page.locator(`a[href="/authority/cases/${caseId}"]`).waitFor()
    await page.locator('#filter-status').selectOption('decided')
    await page.locator('#filter-submit').click()
    await page.waitForURL(/status=decided/)
    expect(await page.locator(`a[href="/authority/cases/${caseId}"]`).count()).toBe(0)
    // The search finds the case by its applicant, typed in lower case; Enter sends the form.
    const { caseNumber } = await payload().findByID({
      collection: slugs.cases,
      id: caseId,
      overrideAccess: true,
    })
    await page.goto(`${server.url}/authority`)
    await page.locator('#filter-q').fill(caseNumber.toLowerCase())
    await page.locator('#filter-q').press('Enter')
    await page.waitForURL(/[?&]q=/)
    expect(await page.locator('[data-testid="inbox"] tbody th a').allTextContents()).toEqual([caseNumber])

    await page.goto(`${server.url}/authority/cases/${caseId}`)
    await page.locator('#internal-message-toggle').click()
    await page.locator('#internal-message-body').fill('Melurajaksi sovittu 85 dB klo 22 jälkeen.')
    await page.locator('#internal-message-submit').click()
    await page.waitForURL(/done=internal-message/)
    const message = page.getByTestId('message').last()
    expect(await message.textContent()).toContain('Viranomaisten välinen, ei näy asiakkaalle')
    const visibleToCustomer = await payload().find({
      collection: slugs.messages,
      where: { body: { equals: 'Melurajaksi sovittu 85 dB klo 22 jälkeen.' } },
      user: customer,
      overrideAccess: false,
    })
    expect(visibleToCustomer.docs).toEqual([])
    await context.close()
  })

  it("should find a case by the applicant's name, assign it to a colleague, and keep an internal note", async () => {
    const colleague = await createUser(payload(), {
      role: 'authority-user',
      authority: await authorityId(payload(), 'environmental-protection-helsinki'),
      name: 'Kaisa Käsittelijä',
    })
    const { caseId } = await submitWorkedExample(payload(), {
      customer,
      bundleId,
      permitType: 'noise-notification',
      values: { ...workedExampleApplication, organiserName: 'Lintulahden Soittajat ry' },
    })
    const { context, page, problems, goto } = await openPage(browser)
    await signInAs({ context, server, userId: officer.id })
    await goto(`${server.url}/authority`)
    await page.locator('#filter-q').fill('lintulahden soittajat')
    await page.locator('#filter-submit').click()
    await page.waitForURL(/[?&]q=/)
    await page.locator(`a[href="/authority/cases/${caseId}"]`).click()
    await page.waitForURL(`${server.url}/authority/cases/${caseId}`)

    await openAction(page, 'assign')
    await page.locator('#assign-handler').selectOption({ label: 'Kaisa Käsittelijä' })
    await page.locator('#assign-submit').click()
    await page.waitForURL(/done=assign/)
    await confirmation(page, 'Asian käsittelijä on vaihdettu.')
    expect(await page.getByTestId('case-facts').textContent()).toContain('Kaisa Käsittelijä')
    expect(idOf((await caseById(payload(), caseId)).handler)).toBe(colleague.id)

    await openAction(page, 'note')
    await page.locator('#note-body').fill('Järjestäjä soitti: lavan paikka vaihtuu.')
    await page.locator('#note-submit').click()
    await page.waitForURL(/done=note/)
    await confirmation(page, 'Muistiinpano on tallennettu.')
    expect(await page.getByTestId('note').textContent()).toContain('Järjestäjä soitti: lavan paikka vaihtuu.')
    expect(await page.locator('.authority-history').textContent()).toContain(
      'Käsittelijä vaihtui: Kaisa Käsittelijä',
    )

    // Taking the case back; then "My cases" lists it.
    await page.locator('#assign-me').click()
    await page.waitForURL(/done=assign/)
    await page.getByRole('link', { name: 'Takaisin saapuneisiin asioihin' }).click()
    await page
      .getByRole('navigation', { name: 'Pikasuodattimet' })
      .getByRole('link', { name: 'Omat asiat' })
      .click()
    await page.waitForURL(/handler=me/)
    await page.locator(`a[href="/authority/cases/${caseId}"]`).waitFor()
    expect(unexpected(problems)).toEqual([])
    await context.close()
  })

  it("should sort the table by a column's header and mark the chosen cases received at once", async () => {
    const first = await submitNoiseCase()
    const second = await submitNoiseCase()
    const { context, page, problems, goto } = await openPage(browser)
    await signInAs({ context, server, userId: officer.id })
    await goto(`${server.url}/authority`)
    const caseNumberHeader = page.locator('thead th', { hasText: 'Asianumero' })
    await caseNumberHeader.getByRole('link').click()
    await page.waitForURL(/sort=case-number/)
    await page.locator('thead th[aria-sort="ascending"]', { hasText: 'Asianumero' }).waitFor()
    const numbers = await page.locator('[data-testid="inbox"] tbody th a').allTextContents()
    expect(numbers).toEqual([...numbers].sort())
    await page.locator('thead th', { hasText: 'Asianumero' }).getByRole('link').click()
    await page.waitForURL(/sort=-case-number/)
    await page.locator('thead th[aria-sort="descending"]', { hasText: 'Asianumero' }).waitFor()
    expect(await page.locator('[data-testid="inbox"] tbody th a').allTextContents()).toEqual(
      [...numbers].sort().reverse(),
    )

    for (const { caseId } of [first, second]) await page.locator(`#select-${caseId}`).check()
    await page.locator('#bulk-acknowledge').click()
    await page.waitForURL(/done=bulk-acknowledge/)
    await page.getByTestId('bulk-notice').getByText('2 asiaa käsitelty.').waitFor()
    await focusMovesTo(page, '[data-testid="bulk-notice"]')
    for (const { caseId } of [first, second])
      expect((await caseById(payload(), caseId)).status).toBe('received')
    // Nothing chosen: said so, nothing done.
    await page.locator('#bulk-acknowledge').click()
    await page.getByTestId('bulk-notice').getByText('Valitse ensin vähintään yksi asia.').waitFor()
    expect(unexpected(problems)).toEqual([])
    await context.close()
  })

  it('should fit a 390 px wide screen', async () => {
    const { caseId } = await submitNoiseCase()
    const { context, page, problems, goto } = await openPage(browser, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    await signInAs({ context, server, userId: officer.id })
    for (const path of ['/authority', `/authority/cases/${caseId}`]) {
      await goto(`${server.url}${path}`)
      if (path !== '/authority')
        for (const intent of ['acknowledge', 'message', 'internal-message']) await openAction(page, intent)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
    expect(problems).toEqual([])
    await context.close()
  })
})

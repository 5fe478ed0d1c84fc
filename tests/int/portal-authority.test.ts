import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getFixedT } from '../../portal/app/i18n/i18next.server'
import type { AuthorityUser } from '../../portal/app/models/authority.server'
import { runCaseAction } from '../../portal/app/models/authorityActions.server'
import { runBulkAction } from '../../portal/app/models/authorityBulk.server'
import { loadApplicationView } from '../../portal/app/models/applications.server'
import { loadAuthorityCase } from '../../portal/app/models/authorityCase.server'
import { caseExportJsonOf, caseExportPdfOf } from '../../portal/app/models/authorityExport.server'
import { loadInbox } from '../../portal/app/models/authorityInbox.server'
import { listDecisions } from '../../portal/app/models/decisions.server'
import { todayInFinland } from '../../src/clock'
import { idOf, idsOf } from '../../src/collections/relations'
import { slugs } from '../../src/collections/slugs'
import { addCalendarDays } from '../../src/domain/calendar-date'
import { workedExampleApplication } from '../../src/seed/public-event'
import { seedCatalogue } from '../../src/seed/seed'
import type { TestUser } from '../support/factories'
import { authorityId, createUser } from '../support/factories'
import { caseById, submitWorkedExample } from '../support/integrationHelpers'
import type { TestSmtpServer } from '../support/smtpServer'
import { startSmtpServer } from '../support/smtpServer'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'

type Id = number | string

const noticeEmail = 'ymparistonsuojelu-helsinki@lupa-demo.example.fi'
const yesNo = { yes: 'Kyllä', no: 'Ei' }
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\ntrailer<<>>\nstartxref\n9\n%%EOF\n')

let test: TestPayload
let payload: Payload
let smtp: TestSmtpServer
let bundleId: Id
let customer: TestUser
/** Helsinki environmental protection (simplified mode): the noise notification's authority. */
let environment: AuthorityUser
/** Helsinki police: another authority of the same application. */
let police: AuthorityUser
/** Espoo environmental protection: no party to the Helsinki application. */
let outsider: AuthorityUser

const asAuthorityUser = (user: TestUser) => user as unknown as AuthorityUser
const runJobs = () => payload.jobs.run({ limit: 200 })
const tOf = (locale: 'fi' | 'sv' | 'en') => getFixedT(locale, 'authority')

/** A form post of the case page, as the browser sends it (multipart with a file). */
const post = async ({
  user,
  caseId,
  fields,
  file,
  locale = 'fi',
}: {
  user: AuthorityUser
  caseId: Id
  fields: Record<string, string>
  file?: { name: string; type: string; data: Buffer }
  locale?: 'fi' | 'sv' | 'en'
}) => {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  if (file) form.set('document', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  const request = new Request(`http://localhost/authority/cases/${caseId}`, { method: 'POST', body: form })
  return runCaseAction({
    payload,
    user,
    id: String(caseId),
    request,
    locale,
    t: await tOf(locale),
  })
}

/** What a refusal (a thrown 404 response) carries. */
const statusOfThrown = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    return (error as { init?: { status?: number } }).init?.status ?? null
  }
  return 'resolved'
}

/** Submits the worked example: the noise notification (ours) and the police case of the same application. */
const submitCase = async () => {
  const { caseId, applicationId } = await submitWorkedExample(payload, {
    customer,
    bundleId,
    permitType: 'noise-notification',
  })
  const { docs } = await payload.find({
    collection: slugs.cases,
    where: { application: { equals: applicationId } },
    overrideAccess: true,
    depth: 1,
    pagination: false,
  })
  const policeCase = docs.find(
    (doc) => (doc.permitType as { key?: string }).key === 'police-public-event-notification',
  )!
  return { caseId, applicationId, policeCaseId: policeCase.id, caseCount: docs.length }
}

const emailsTo = (address: string) => smtp.to(address)

beforeAll(async () => {
  smtp = await startSmtpServer()
  test = await startTestPayload({ env: { SMTP_URL: smtp.url } })
  payload = test.payload
  ;({ bundleId } = await seedCatalogue(payload))
  customer = await createUser(payload, { role: 'customer' })
  const environmentId = await authorityId(payload, 'environmental-protection-helsinki')
  await payload.update({
    collection: slugs.authorities,
    id: environmentId,
    overrideAccess: true,
    data: { noticeEmail, connectionMode: 'simplified' },
  })
  environment = asAuthorityUser(
    await createUser(payload, { role: 'authority-user', authority: environmentId }),
  )
  police = asAuthorityUser(
    await createUser(payload, {
      role: 'authority-user',
      authority: await authorityId(payload, 'police-helsinki'),
    }),
  )
  outsider = asAuthorityUser(
    await createUser(payload, {
      role: 'authority-user',
      authority: await authorityId(payload, 'environmental-protection-espoo'),
    }),
  )
})

afterAll(async () => {
  await test?.close()
  await smtp?.stop()
})

describe('the notice email', () => {
  it('should link a simplified-mode authority straight to the case in the workspace', async () => {
    const { caseId } = await submitCase()
    await runJobs()
    const caseNumber = String((await caseById(payload, caseId)).caseNumber)
    const [email] = emailsTo(noticeEmail).filter((item) => item.subject.includes(caseNumber))
    expect(email.text).toContain(`${payload.config.serverURL}/authority/cases/${caseId}\n`)
    expect(email.text).not.toContain(workedExampleApplication.organiserName as string)
  })
})

describe('the inbox', () => {
  it("should list only the authority's own cases, unopened ones marked", async () => {
    const { caseId, policeCaseId } = await submitCase()
    const inbox = await loadInbox({ payload, user: environment, locale: 'fi', params: new URLSearchParams() })
    const ids = inbox.rows.map((row) => row.id)
    expect(ids).toContain(String(caseId))
    expect(ids).not.toContain(String(policeCaseId))
    const row = inbox.rows.find((item) => item.id === String(caseId))!
    expect(row).toMatchObject({
      isUnopened: true,
      applicantName: workedExampleApplication.organiserName,
      permitType: expect.stringMatching(/melu/i),
    })
    const others = await loadInbox({ payload, user: outsider, locale: 'fi', params: new URLSearchParams() })
    expect(others.rows.map((item) => item.id)).not.toContain(String(caseId))
  })

  it('should filter by status, unopened and expected decision date, and refuse a malformed date', async () => {
    const { caseId } = await submitCase()
    const idsFor = async (query: string) =>
      (
        await loadInbox({ payload, user: environment, locale: 'fi', params: new URLSearchParams(query) })
      ).rows.map((row) => row.id)
    expect(await idsFor('unopened=1')).toContain(String(caseId))
    expect(await idsFor('status=decided')).not.toContain(String(caseId))
    expect(await idsFor('status=all')).toContain(String(caseId))
    expect(await idsFor('decisionBy=2000-01-01')).not.toContain(String(caseId))
    expect(await idsFor('decisionBy=2999-12-31')).toContain(String(caseId))

    await loadAuthorityCase({ payload, user: environment, id: String(caseId), locale: 'fi', yesNo })
    expect(await idsFor('unopened=1')).not.toContain(String(caseId))

    const refused = await loadInbox({
      payload,
      user: environment,
      locale: 'fi',
      params: new URLSearchParams('decisionBy=31.12.2099'),
    })
    expect(refused.errors).toEqual([{ field: 'decisionBy', code: 'invalid-date' }])
    expect(refused.filters.decisionBy).toBeNull()
  })

  it('should find a case by its number, applicant, name or address, and flag a late submission', async () => {
    const inFortnight = addCalendarDays({ date: todayInFinland(new Date()), days: 14 })
    const { caseId } = await submitWorkedExample(payload, {
      customer,
      bundleId,
      permitType: 'noise-notification',
      values: {
        ...workedExampleApplication,
        organiserName: 'Sävelpaja ry',
        eventName: 'Syysrokki',
        eventAddress: 'Kumpulan koulukasvitarha, Helsinki',
        eventStartDate: inFortnight,
        eventEndDate: inFortnight,
      },
    })
    const { caseNumber } = await payload.findByID({
      collection: slugs.cases,
      id: caseId,
      overrideAccess: true,
    })
    const search = async (q: string) =>
      (
        await loadInbox({
          payload,
          user: environment,
          locale: 'fi',
          params: new URLSearchParams({ status: 'all', q }),
        })
      ).rows
    for (const q of ['Sävelpaja', 'syysrokki', 'Kumpulan koulu', caseNumber.slice(-9)])
      expect(
        (await search(q)).map((row) => row.id),
        q,
      ).toEqual([String(caseId)])
    expect(await search('Puistosoitto ei ole tämä')).toEqual([])
    // Noise is notified 30 days ahead: two weeks before the event is late; the worked example is not.
    expect((await search('Syysrokki'))[0].isLate).toBe(true)
    const { rows } = await loadInbox({
      payload,
      user: environment,
      locale: 'fi',
      params: new URLSearchParams(),
    })
    expect(rows.filter((row) => row.id !== String(caseId)).every((row) => !row.isLate)).toBe(true)
  })

  it('should offer only the permit types the authority has joined', async () => {
    const inbox = await loadInbox({ payload, user: environment, locale: 'fi', params: new URLSearchParams() })
    const environmentDoc = await payload.findByID({
      collection: slugs.authorities,
      id: idOf(environment.authority)!,
      overrideAccess: true,
      depth: 0,
    })
    const joined = idsOf(environmentDoc.joinedPermitTypes).map(String)
    expect(joined.length).toBeGreaterThan(0)
    expect(inbox.permitTypeOptions.map((option) => option.value).sort()).toEqual([...joined].sort())
    expect(inbox.permitTypeOptions.map((option) => option.label).join()).not.toMatch(/alkoholi/i)
  })

  it('should page through the cases', async () => {
    await submitCase()
    const first = await loadInbox({
      payload,
      user: environment,
      locale: 'fi',
      params: new URLSearchParams('status=all'),
    })
    const second = await loadInbox({
      payload,
      user: environment,
      locale: 'fi',
      params: new URLSearchParams('status=all&page=2&sort=newest'),
    })
    expect(first.page).toBe(1)
    expect(second.page).toBe(2)
    expect(first.totalDocs).toBeGreaterThanOrEqual(3)
  })
})

describe('the case page', () => {
  it("should show this permit's data with labels, the bundle without others' data, and mark the case opened", async () => {
    const { caseId, caseCount } = await submitCase()
    expect((await caseById(payload, caseId)).openedAt ?? null).toBeNull()
    const page = await loadAuthorityCase({
      payload,
      user: environment,
      id: String(caseId),
      locale: 'en',
      yesNo,
    })
    expect((await caseById(payload, caseId)).openedAt).toEqual(expect.any(String))
    expect(page.case.openedAt).toEqual(expect.any(String))
    expect(page.case.caseNumber).toMatch(/^LUPA-/)

    const permitType = await payload.find({
      collection: slugs.permitTypes,
      where: { key: { equals: 'noise-notification' } },
      overrideAccess: true,
      depth: 1,
    })
    const keys = ((permitType.docs[0].elements as { element: { key: string } }[]) ?? []).map(
      (row) => row.element.key,
    )
    expect(page.data.map((row) => row.key)).toEqual(keys)
    expect(page.data.map((row) => row.key)).not.toContain('securityGuardCount')
    const organiser = page.data.find((row) => row.key === 'organiserName')!
    expect(organiser).toMatchObject({ value: workedExampleApplication.organiserName })
    expect(organiser.label).not.toBe('organiserName')

    expect(page.bundle).toHaveLength(caseCount)
    expect(page.bundle.filter((item) => item.isThisCase)).toHaveLength(1)
    expect(page.bundle.some((item) => /police/i.test(item.authority))).toBe(true)
    expect(JSON.stringify(page.bundle)).not.toContain(String(workedExampleApplication.securityPlanSummary))
    expect(page.history.length).toBeGreaterThan(0)
    expect(page.actions.canAcknowledge).toBe(true)
    expect(page.actions.canDecide).toBe(false)
  })

  it("should answer 404 for another authority's case and an unknown id alike, and not mark it opened", async () => {
    const { caseId } = await submitCase()
    for (const [user, id] of [
      [police, String(caseId)],
      [outsider, String(caseId)],
      [environment, '999999'],
      [environment, 'abc'],
    ] as const) {
      expect(await statusOfThrown(loadAuthorityCase({ payload, user, id, locale: 'fi', yesNo }))).toBe(404)
      expect(await statusOfThrown(caseExportJsonOf({ payload, user, id }))).toBe(404)
    }
    expect((await caseById(payload, caseId)).openedAt ?? null).toBeNull()
  })

  it('should export the case as JSON in the integration API shape and as a PDF', async () => {
    const { caseId } = await submitCase()
    const json = await caseExportJsonOf({ payload, user: environment, id: String(caseId) })
    expect(json).toMatchObject({
      id: String(caseId),
      permitType: { key: 'noise-notification' },
      data: { organiserName: workedExampleApplication.organiserName },
      supplementRequests: [],
      decisions: [],
    })
    expect(json.data).not.toHaveProperty('securityPlanSummary')
    const { bytes, filename } = await caseExportPdfOf({
      payload,
      user: environment,
      id: String(caseId),
      locale: 'fi',
      t: await tOf('fi'),
    })
    expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe('%PDF-')
    expect(filename).toMatch(/^LUPA-.*\.pdf$/)
  })
})

describe('actions', () => {
  it('should take a case from receipt to a decision with its document, the customer notified each time', async () => {
    const { caseId, applicationId } = await submitCase()
    await runJobs()
    smtp.clear()
    const customerEmails = () => emailsTo(customer.email).map((email) => email.subject)

    expect(
      await post({ user: environment, caseId, fields: { intent: 'acknowledge', reference: 'YMP-1/2027' } }),
    ).toEqual({
      isDone: true,
      intent: 'acknowledge',
    })
    expect(await caseById(payload, caseId)).toMatchObject({
      status: 'received',
      externalReference: 'YMP-1/2027',
    })
    expect(
      await post({ user: environment, caseId, fields: { intent: 'status', status: 'in-processing' } }),
    ).toMatchObject({ isDone: true })
    expect(
      await post({
        user: environment,
        caseId,
        fields: { intent: 'supplement', 'item-1': 'The noise map is missing.', dueDate: '2099-05-01' },
      }),
    ).toMatchObject({ isDone: true })
    expect(
      await post({
        user: environment,
        caseId,
        fields: { intent: 'message', body: 'Please see the request.' },
      }),
    ).toMatchObject({ isDone: true })
    expect(
      await post({
        user: environment,
        caseId,
        fields: { intent: 'decision', outcome: 'acknowledged', summary: 'Noted; music ends at 23.' },
        file: { name: 'päätös.pdf', type: 'application/pdf', data: pdf },
      }),
    ).toMatchObject({ isDone: true })
    expect(await caseById(payload, caseId)).toMatchObject({ status: 'decided', outcome: 'acknowledged' })

    const asCustomer = { user: customer, overrideAccess: false } as const
    const decisions = await payload.find({
      collection: slugs.decisions,
      where: { case: { equals: caseId } },
      ...asCustomer,
    })
    expect(decisions.docs).toHaveLength(1)
    const document = await payload.findByID({
      collection: slugs.attachments,
      id: (decisions.docs[0].document as { id: Id }).id,
      ...asCustomer,
    })
    expect(document).toMatchObject({ mimeType: 'application/pdf', description: 'päätös.pdf' })
    const events = await payload.find({
      collection: slugs.caseEvents,
      where: { case: { equals: caseId }, type: { equals: 'status-changed' } },
      overrideAccess: true,
      sort: 'createdAt',
      pagination: false,
    })
    expect(events.docs.map((event) => [event.toStatus, event.actorKind])).toEqual([
      ['delivered', 'system'],
      ['received', 'authority'],
      ['in-processing', 'authority'],
      ['supplement-requested', 'authority'],
      ['decided', 'authority'],
    ])

    await runJobs()
    const link = `${payload.config.serverURL}/applications/${applicationId}`
    expect(customerEmails().sort()).toEqual(
      [
        'Lupa: Hakemuksesi tila on muuttunut',
        'Lupa: Hakemuksesi tila on muuttunut',
        'Lupa: Viranomainen pyytää täydentämään hakemustasi',
        'Lupa: Sinulle on uusi viesti viranomaiselta',
        'Lupa: Hakemukseesi on tehty päätös',
      ].sort(),
    )
    for (const email of emailsTo(customer.email)) {
      expect(email.text).toContain(link)
      expect(email.text).not.toContain('noise map')
    }

    const page = await loadAuthorityCase({
      payload,
      user: environment,
      id: String(caseId),
      locale: 'fi',
      yesNo,
    })
    expect(page.decisions[0]).toMatchObject({ summary: 'Noted; music ends at 23.' })
    expect(page.decisions[0].document?.href).toMatch(/^\/api\/attachments\/file\/decision-/)
    // Deciding withdrew the request left open: nothing is waited for any more.
    expect(page.supplementRequests[0].items).toEqual([
      expect.objectContaining({ status: 'cancelled', whatIsMissing: 'The noise map is missing.' }),
    ])
    expect(page.actions).toMatchObject({ canDecide: false, canRequestSupplement: false, statusOptions: [] })
  })

  it('should refuse bad input with localised errors next to the fields, keeping what was written', async () => {
    const { caseId } = await submitCase()
    await post({ user: environment, caseId, fields: { intent: 'acknowledge' } })
    const refused = await post({
      user: environment,
      caseId,
      fields: { intent: 'supplement', 'item-1': '  ', 'item-2': '', dueDate: '2000-01-01' },
    })
    expect(refused).toMatchObject({
      isDone: false,
      intent: 'supplement',
      values: { 'item-1': '  ', dueDate: '2000-01-01' },
      errors: [
        {
          field: 'item-1',
          focusId: 'supplement-item-1',
          label: 'Pyydetty kohta 1',
          message: 'Tieto puuttuu',
        },
        {
          field: 'dueDate',
          focusId: 'supplement-dueDate',
          message: 'Päivämäärä ei voi olla menneisyydessä',
        },
      ],
    })
    const english = await post({
      user: environment,
      caseId,
      locale: 'en',
      fields: { intent: 'message', body: 'x'.repeat(10_001) },
    })
    expect(english).toMatchObject({
      errors: [{ field: 'body', message: 'The text is too long (at most 10000 characters)' }],
    })
    const swedish = await post({
      user: environment,
      caseId,
      locale: 'sv',
      fields: { intent: 'decision', outcome: 'maybe', summary: '' },
    })
    expect(swedish).toMatchObject({
      errors: [
        { field: 'outcome', message: 'Välj ett av alternativen' },
        { field: 'summary', message: 'Uppgiften saknas' },
      ],
    })
    const badFile = await post({
      user: environment,
      caseId,
      fields: { intent: 'decision', outcome: 'acknowledged', summary: 'Granted.' },
      file: {
        name: 'päätös.pdf',
        type: 'application/pdf',
        data: Buffer.from('<html><script>alert(1)</script>'),
      },
    })
    expect(badFile).toMatchObject({ errors: [{ field: 'document', focusId: 'decision-document' }] })
    const unknown = await post({ user: environment, caseId, fields: { intent: 'delete-everything' } })
    expect(unknown).toMatchObject({ isDone: false, intent: null, errors: [{ field: 'form' }] })
    expect(await caseById(payload, caseId)).toMatchObject({ status: 'received' })
    expect(
      (
        await payload.count({
          collection: slugs.supplementRequests,
          where: { case: { equals: caseId } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('should refuse a move the status machine does not allow, naming the allowed ones', async () => {
    const { caseId } = await submitCase()
    const attachments = async () =>
      (await payload.count({ collection: slugs.attachments, overrideAccess: true })).totalDocs
    const attachmentsBefore = await attachments()
    const refused = await post({
      user: environment,
      caseId,
      fields: { intent: 'decision', outcome: 'acknowledged', summary: 'Too early.' },
      file: { name: 'päätös.pdf', type: 'application/pdf', data: pdf },
    })
    expect(refused).toMatchObject({
      isDone: false,
      errors: [
        { field: 'form', focusId: 'decision-submit', message: expect.stringContaining('Vastaanotettu') },
      ],
    })
    expect(await attachments()).toBe(attachmentsBefore)
    expect((await caseById(payload, caseId)).status).not.toBe('decided')
    expect(
      (
        await payload.count({
          collection: slugs.decisions,
          where: { case: { equals: caseId } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })

  it("should not let an authority act on another authority's case", async () => {
    const { caseId } = await submitCase()
    for (const fields of [
      { intent: 'acknowledge', reference: 'X' },
      { intent: 'message', body: 'Hello' },
      { intent: 'internal-message', body: 'Hello' },
      { intent: 'supplement', 'item-1': 'More', dueDate: '2099-01-01' },
    ] as Record<string, string>[]) {
      expect(await statusOfThrown(post({ user: police, caseId, fields }))).toBe(404)
      expect(await statusOfThrown(post({ user: outsider, caseId, fields }))).toBe(404)
    }
    expect(await caseById(payload, caseId)).toMatchObject({
      status: expect.stringMatching(/submitted|delivered/),
    })
    expect(
      (
        await payload.count({
          collection: slugs.messages,
          where: { application: { equals: (await caseById(payload, caseId)).application } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('internal messages', () => {
  it("should reach the application's other authorities, never the customer or authorities outside it", async () => {
    const { caseId, policeCaseId, applicationId } = await submitCase()
    await runJobs()
    smtp.clear()
    expect(
      await post({
        user: environment,
        caseId,
        fields: { intent: 'internal-message', body: 'Noise limit 85 dB after 22.' },
      }),
    ).toMatchObject({ isDone: true })
    const where = { application: { equals: applicationId } }
    const readAs = async (user: TestUser | AuthorityUser) =>
      (await payload.find({ collection: slugs.messages, where, user, overrideAccess: false })).docs.map(
        (doc) => doc.body,
      )
    expect(await readAs(environment)).toEqual(['Noise limit 85 dB after 22.'])
    expect(await readAs(police)).toEqual(['Noise limit 85 dB after 22.'])
    expect(await readAs(outsider)).toEqual([])
    expect(await readAs(customer)).toEqual([])

    const policePage = await loadAuthorityCase({
      payload,
      user: police,
      id: String(policeCaseId),
      locale: 'fi',
      yesNo,
    })
    expect(policePage.messages).toEqual([
      expect.objectContaining({
        body: 'Noise limit 85 dB after 22.',
        isInternal: true,
        isApplicationLevel: true,
        senderAuthority: expect.stringMatching(/ympäristö/i),
      }),
    ])
    await runJobs()
    expect(emailsTo(customer.email)).toEqual([])
  })
})

describe('assignment and notes', () => {
  it('should assign a case to a colleague, keep the history, email the assignee, and refuse an outsider', async () => {
    const colleague = asAuthorityUser(
      await createUser(payload, {
        role: 'authority-user',
        authority: idOf(environment.authority)!,
        name: 'Kaisa Käsittelijä',
      }),
    )
    const { caseId } = await submitCase()
    await runJobs()
    smtp.clear()

    // Only the authority's own users may be chosen: not the police, who handle the same application.
    expect(
      await post({ user: environment, caseId, fields: { intent: 'assign', handler: String(police.id) } }),
    ).toMatchObject({
      isDone: false,
      errors: [
        expect.objectContaining({ field: 'handler', focusId: 'assign-handler', message: expect.any(String) }),
      ],
    })
    await expect(
      payload.update({
        collection: slugs.cases,
        id: caseId,
        user: environment,
        overrideAccess: false,
        data: { handler: police.id as number },
      }),
    ).rejects.toThrow(/authority/)
    expect(
      await statusOfThrown(
        post({ user: police, caseId, fields: { intent: 'assign', handler: String(police.id) } }),
      ),
    ).toBe(404)

    expect(
      await post({ user: environment, caseId, fields: { intent: 'assign', handler: String(colleague.id) } }),
    ).toEqual({
      isDone: true,
      intent: 'assign',
    })
    expect(idOf((await caseById(payload, caseId)).handler)).toBe(colleague.id)
    await runJobs()
    const [email] = emailsTo(colleague.email)
    const { caseNumber } = await caseById(payload, caseId)
    expect(email.subject).toContain(caseNumber)
    expect(email.text).toContain(`/authority/cases/${caseId}`)
    expect(email.text).not.toContain(workedExampleApplication.organiserName as string)

    // Taking the case oneself sends no email; the history names each handler in turn.
    smtp.clear()
    expect(
      await post({ user: colleague, caseId, fields: { intent: 'assign', handler: String(colleague.id) } }),
    ).toMatchObject({ isDone: true })
    expect(
      await post({
        user: environment,
        caseId,
        fields: { intent: 'assign', handler: String(environment.id) },
      }),
    ).toMatchObject({ isDone: true })
    expect(
      await post({ user: environment, caseId, fields: { intent: 'assign', handler: '' } }),
    ).toMatchObject({ isDone: true })
    await runJobs()
    expect(emailsTo(colleague.email)).toEqual([])
    expect(emailsTo(environment.email)).toEqual([])

    const page = await loadAuthorityCase({
      payload,
      user: colleague,
      id: String(caseId),
      locale: 'fi',
      yesNo,
    })
    expect(page.case.handlerName).toBeNull()
    expect(page.history.filter((event) => event.isAssignment).map((event) => event.handlerName)).toEqual([
      'Kaisa Käsittelijä',
      environment.name,
      null,
    ])
    expect(page.actions.handlerOptions.map((option) => option.label)).toEqual(
      expect.arrayContaining(['Kaisa Käsittelijä', environment.name]),
    )
    expect(page.actions.handlerOptions.map((option) => option.value)).not.toContain(String(police.id))

    // The customer's history never shows who handles the case.
    const { docs: customerEvents } = await payload.find({
      collection: slugs.caseEvents,
      where: { case: { equals: caseId } },
      user: customer,
      overrideAccess: false,
    })
    expect(customerEvents.length).toBeGreaterThan(0)
    expect(customerEvents.map((event) => event.type)).not.toContain('assigned')
  })

  it('should filter the inbox by handler and by late submission', async () => {
    const { caseId } = await submitCase()
    const { caseId: otherId } = await submitCase()
    await post({ user: environment, caseId, fields: { intent: 'assign', handler: String(environment.id) } })
    const idsFor = async (query: string) =>
      (
        await loadInbox({ payload, user: environment, locale: 'fi', params: new URLSearchParams(query) })
      ).rows.map((row) => row.id)
    const mine = await idsFor('status=all&handler=me')
    expect(mine).toContain(String(caseId))
    expect(mine).not.toContain(String(otherId))
    const unassigned = await idsFor('status=all&handler=none')
    expect(unassigned).toContain(String(otherId))
    expect(unassigned).not.toContain(String(caseId))
    expect(await idsFor(`status=all&handler=${environment.id}`)).toEqual(mine)
    const { rows } = await loadInbox({
      payload,
      user: environment,
      locale: 'fi',
      params: new URLSearchParams('status=all&handler=me'),
    })
    expect(rows.find((row) => row.id === String(caseId))?.handlerName).toBe(environment.name)
    // The worked example is in good time; the late filter lists only late cases.
    const late = await loadInbox({
      payload,
      user: environment,
      locale: 'fi',
      params: new URLSearchParams('status=all&late=1'),
    })
    expect(late.rows.map((row) => row.id)).not.toContain(String(caseId))
    expect(late.rows.every((row) => row.isLate)).toBe(true)
  })

  it("should keep internal notes to the case's own authority", async () => {
    const { caseId, applicationId } = await submitCase()
    expect(await post({ user: environment, caseId, fields: { intent: 'note', body: '   ' } })).toMatchObject({
      isDone: false,
      intent: 'note',
      errors: [expect.objectContaining({ field: 'body', focusId: 'note-body' })],
      values: { body: '   ' },
    })
    expect(
      await post({
        user: environment,
        caseId,
        fields: { intent: 'note', body: 'Soitettu järjestäjälle, lupa tulossa.' },
      }),
    ).toEqual({ isDone: true, intent: 'note' })
    expect(
      await statusOfThrown(post({ user: police, caseId, fields: { intent: 'note', body: 'Police note' } })),
    ).toBe(404)

    const page = await loadAuthorityCase({
      payload,
      user: environment,
      id: String(caseId),
      locale: 'fi',
      yesNo,
    })
    expect(page.notes).toEqual([
      expect.objectContaining({ author: environment.name, body: 'Soitettu järjestäjälle, lupa tulossa.' }),
    ])
    // Other authorities find none; anyone else is refused outright.
    const notesAs = (user: TestUser | AuthorityUser) =>
      payload
        .find({
          collection: slugs.caseNotes,
          where: { case: { equals: caseId } },
          user,
          overrideAccess: false,
        })
        .then(({ docs }) => docs.length)
        .catch((error: Error) => error.name)
    const owner = await createUser(payload, { role: 'owner' })
    expect(await notesAs(environment)).toBe(1)
    expect(await notesAs(police)).toBe(0)
    expect(await notesAs(outsider)).toBe(0)
    expect(await notesAs(customer)).toBe('Forbidden')
    expect(await notesAs(owner)).toBe('Forbidden')
    // Nobody writes a note on another authority's case, nor changes or removes one.
    await expect(
      payload.create({
        collection: slugs.caseNotes,
        user: police,
        overrideAccess: false,
        data: { case: caseId as number, body: 'Not ours' },
      }),
    ).rejects.toThrow()
    const [note] = (
      await payload.find({
        collection: slugs.caseNotes,
        where: { case: { equals: caseId } },
        overrideAccess: true,
      })
    ).docs
    expect(idOf(note.authority)).toBe(idOf(environment.authority))
    await expect(
      payload.update({
        collection: slugs.caseNotes,
        id: note.id,
        user: environment,
        overrideAccess: false,
        data: { body: 'Changed' },
      }),
    ).rejects.toThrow()
    // Notes are not messages: nothing reaches the customer.
    expect(
      (
        await payload.count({
          collection: slugs.messages,
          where: { application: { equals: applicationId } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('decision records', () => {
  const receive = async (caseId: Id) =>
    expect(
      await post({ user: environment, caseId, fields: { intent: 'acknowledge', reference: 'YMP-9/2027' } }),
    ).toMatchObject({ isDone: true })

  it("should offer only the outcomes of the permit type's kind and refuse the others with localised errors", async () => {
    const { caseId } = await submitCase()
    await receive(caseId)
    const page = await loadAuthorityCase({
      payload,
      user: environment,
      id: String(caseId),
      locale: 'en',
      yesNo,
    })
    // The noise notification is a notification: it is acknowledged, never granted.
    expect(page.actions.outcomeOptions.map((option) => option.value)).toEqual([
      'acknowledged',
      'acknowledged-with-instructions',
      'prohibited',
    ])
    expect(page.actions.appealInstructions).toMatchObject({
      kindLabel: 'Instructions for appeal',
      lang: 'en',
    })
    expect(page.actions.canCorrect).toBe(false)

    const granted = await post({
      user: environment,
      caseId,
      locale: 'en',
      fields: { intent: 'decision', outcome: 'granted', summary: 'Granted.' },
    })
    expect(granted).toMatchObject({
      isDone: false,
      intent: 'decision',
      errors: [
        {
          field: 'outcome',
          focusId: 'decision-outcome',
          message:
            'A notification is not granted or denied. Choose acknowledged, acknowledged with instructions or prohibited.',
        },
      ],
      values: { outcome: 'granted', summary: 'Granted.' },
    })
    const finnish = await post({
      user: environment,
      caseId,
      fields: {
        intent: 'decision',
        outcome: 'acknowledged-with-instructions',
        summary: 'Käsitelty.',
        conditions: ' \n ',
        validFrom: '2099-06-02',
        validUntil: '2099-06-01',
        decisionDate: '2099-01-01',
      },
    })
    expect(finnish).toMatchObject({
      errors: [
        { field: 'decisionDate', message: 'Päivämäärä ei voi olla tulevaisuudessa.' },
        { field: 'conditions', message: 'Kirjoita vähintään yksi ehto tai ohje, yksi riville.' },
        { field: 'validUntil', message: 'Voimassaolo ei voi päättyä ennen alkamistaan.' },
      ],
    })
    const withConditions = await post({
      user: environment,
      caseId,
      locale: 'sv',
      fields: {
        intent: 'decision',
        outcome: 'acknowledged',
        summary: 'Behandlad.',
        conditions: 'Tyst efter 22.',
      },
    })
    expect(withConditions).toMatchObject({
      errors: [{ field: 'conditions', label: 'Villkor eller anvisningar' }],
    })
    expect(await caseById(payload, caseId)).toMatchObject({ status: 'received' })
    expect(
      (
        await payload.count({
          collection: slugs.decisions,
          where: { case: { equals: caseId } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)

    // A direct write (REST, admin) is held to the same rule, in the writer's language.
    await expect(
      payload.create({
        collection: slugs.decisions,
        data: { case: caseId as number, outcome: 'granted', summary: 'Granted.' },
        user: environment,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'outcome' })] } })
  })

  it('should record, then correct a decision as a new version; the customer reads both and is told of each', async () => {
    const { caseId, applicationId } = await submitCase()
    await receive(caseId)
    const subjectsBefore = emailsTo(customer.email).length
    expect(
      await post({
        user: environment,
        caseId,
        fields: {
          intent: 'decision',
          outcome: 'acknowledged-with-instructions',
          summary: 'Ilmoitus käsitelty; noudata ehtoja.',
          conditions: 'Musiikki päättyy klo 22.\r\n\r\nKaiuttimet suunnataan merelle päin.\n',
          decisionMaker: 'Ympäristötarkastaja Ilona Ympäristö',
          decisionDate: '2020-05-04',
          validFrom: '2099-06-01',
          validUntil: '2099-06-02',
        },
        file: { name: 'päätös.pdf', type: 'application/pdf', data: pdf },
      }),
    ).toMatchObject({ isDone: true })
    // Only a decided case is corrected, and never without the reason.
    const unexplained = await post({
      user: environment,
      caseId,
      fields: {
        intent: 'correct-decision',
        outcome: 'acknowledged',
        summary: 'Käsitelty.',
        correctionReason: '',
      },
    })
    expect(unexplained).toMatchObject({
      intent: 'correct-decision',
      errors: [
        { field: 'correctionReason', focusId: 'correct-decision-correctionReason', message: 'Tieto puuttuu' },
      ],
    })
    expect(
      await post({
        user: environment,
        caseId,
        fields: {
          intent: 'correct-decision',
          outcome: 'acknowledged-with-instructions',
          summary: 'Ilmoitus käsitelty; noudata ehtoja.',
          conditions: 'Musiikki päättyy klo 23.\nKaiuttimet suunnataan merelle päin.',
          decisionMaker: 'Ympäristötarkastaja Ilona Ympäristö',
          decisionDate: '2020-05-05',
          validFrom: '2099-06-01',
          validUntil: '2099-06-02',
          correctionReason: 'Musiikin päättymisaika oli kirjattu väärin.',
        },
      }),
    ).toMatchObject({ isDone: true })
    expect(await caseById(payload, caseId)).toMatchObject({
      status: 'decided',
      outcome: 'acknowledged-with-instructions',
    })

    // The authority's record: the current version first, the corrected one kept.
    const page = await loadAuthorityCase({
      payload,
      user: environment,
      id: String(caseId),
      locale: 'fi',
      yesNo,
    })
    expect(page.decisions.map((decision) => [decision.version, decision.isCurrent])).toEqual([
      [2, true],
      [1, false],
    ])
    expect(page.decisions[0]).toMatchObject({
      conditions: ['Musiikki päättyy klo 23.', 'Kaiuttimet suunnataan merelle päin.'],
      correctionReason: 'Musiikin päättymisaika oli kirjattu väärin.',
      decisionMaker: 'Ympäristötarkastaja Ilona Ympäristö',
      document: null,
    })
    expect(page.decisions[1].conditions).toEqual([
      'Musiikki päättyy klo 22.',
      'Kaiuttimet suunnataan merelle päin.',
    ])
    expect(page.decisions[1].document?.href).toMatch(/^\/api\/attachments\/file\/decision-/)
    expect(page.actions).toMatchObject({
      canDecide: false,
      canCorrect: true,
      currentDecision: {
        outcome: 'acknowledged-with-instructions',
        conditions: 'Musiikki päättyy klo 23.\nKaiuttimet suunnataan merelle päin.',
        decisionDate: '2020-05-05',
      },
    })

    // The customer's one view, in English: both versions, instructions falling back to Finnish where untranslated.
    const view = await loadApplicationView({
      payload,
      user: customer,
      id: String(applicationId),
      locale: 'en',
    })
    if (view.isDraft) throw new Error('expected a submitted application')
    const decisions = view.cases.find((item) => item.id === String(caseId))!.decisions
    expect(decisions).toMatchObject([
      {
        version: 2,
        isCurrent: true,
        outcomeText: 'Notification acknowledged with instructions',
        decisionMaker: 'Ympäristötarkastaja Ilona Ympäristö',
        validFromText: expect.stringContaining('2099'),
        conditions: ['Musiikki päättyy klo 23.', 'Kaiuttimet suunnataan merelle päin.'],
        correctionReason: 'Musiikin päättymisaika oli kirjattu väärin.',
        appealInstructions: { heading: 'Instructions for appeal', lang: 'en' },
      },
      {
        version: 1,
        isCurrent: false,
        conditions: ['Musiikki päättyy klo 22.', 'Kaiuttimet suunnataan merelle päin.'],
      },
    ])
    // Nothing of the authority's own: the recording user is not named.
    for (const decision of decisions) expect(Object.keys(decision)).not.toContain('decidedBy')
    // The list of decisions holds the current version only.
    const { caseNumber } = await caseById(payload, caseId)
    const listed = (await listDecisions({ payload, user: customer, locale: 'en' })).filter(
      (item) => item.caseNumber === caseNumber,
    )
    expect(listed.map((item) => [item.isCorrection, item.summary])).toEqual([
      [true, 'Ilmoitus käsitelty; noudata ehtoja.'],
    ])

    await runJobs()
    expect(
      emailsTo(customer.email)
        .slice(subjectsBefore)
        .map((email) => email.subject),
    ).toEqual(
      expect.arrayContaining([
        'Lupa: Hakemukseesi on tehty päätös',
        'Lupa: Hakemuksesi päätöstä on korjattu',
      ]),
    )

    // The export carries both versions.
    const exported = await caseExportJsonOf({ payload, user: environment, id: String(caseId) })
    expect(exported.decisions.map((decision) => [decision.version, decision.correctionReason])).toEqual([
      [1, null],
      [2, 'Musiikin päättymisaika oli kirjattu väärin.'],
    ])
  })

  it('should refuse to correct a case that has no decision', async () => {
    const { caseId } = await submitCase()
    await receive(caseId)
    expect(
      await post({
        user: environment,
        caseId,
        fields: {
          intent: 'correct-decision',
          outcome: 'acknowledged',
          summary: 'Käsitelty.',
          correctionReason: 'Ei mitään korjattavaa.',
        },
      }),
    ).toMatchObject({ isDone: false, errors: [{ field: 'form' }] })
    expect(
      (
        await payload.count({
          collection: slugs.decisions,
          where: { case: { equals: caseId } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('the inbox table', () => {
  it('should show the name, place and start date, and sort by the start date', async () => {
    const soon = addCalendarDays({ date: todayInFinland(new Date()), days: 40 })
    await submitCase()
    const { caseId: soonerId } = await submitWorkedExample(payload, {
      customer,
      bundleId,
      permitType: 'noise-notification',
      values: {
        ...workedExampleApplication,
        eventName: 'Aikainen konsertti',
        eventStartDate: soon,
        eventEndDate: soon,
      },
    })
    const inbox = async (sort: string) =>
      (
        await loadInbox({
          payload,
          user: environment,
          locale: 'fi',
          params: new URLSearchParams({ status: 'all', sort }),
        })
      ).rows
    const rows = await inbox('event-date')
    const sooner = rows.find((row) => row.id === String(soonerId))!
    expect(sooner).toMatchObject({
      subjectName: 'Aikainen konsertti',
      place: workedExampleApplication.eventAddress,
      startsOn: expect.stringMatching(/\d{4}/),
    })
    // Each page in start-date order, either way (by the stored dates of its rows).
    const startDatesOf = async (ids: string[]) => {
      const { docs } = await payload.find({
        collection: slugs.cases,
        where: { id: { in: ids } },
        overrideAccess: true,
        pagination: false,
        select: { startDate: true },
      })
      const byId = new Map(docs.map((doc) => [String(doc.id), doc.startDate ?? null]))
      return ids.map((id) => byId.get(id)).filter((date): date is string => Boolean(date))
    }
    const ascending = await startDatesOf(rows.map((row) => row.id))
    expect(ascending).toEqual([...ascending].sort())
    expect(ascending).toContain(soon)
    const descending = await startDatesOf((await inbox('-event-date')).map((row) => row.id))
    expect(descending).toEqual([...descending].sort().reverse())
    expect(descending.length).toBeGreaterThan(0)
  })

  it('should mark several cases received and assign them at once, naming the ones it could not do', async () => {
    const first = await submitCase()
    const second = await submitCase()
    const decided = await submitCase()
    await runJobs()
    await post({ user: environment, caseId: decided.caseId, fields: { intent: 'acknowledge' } })
    await post({
      user: environment,
      caseId: decided.caseId,
      fields: { intent: 'status', status: 'in-processing' },
    })
    await post({
      user: environment,
      caseId: decided.caseId,
      fields: { intent: 'decision', outcome: 'acknowledged', summary: 'Kuitattu.' },
    })
    const bulk = (fields: [string, string][]) => {
      const form = new FormData()
      for (const [name, value] of fields) form.append(name, value)
      return runBulkAction({ payload, user: environment, form })
    }
    const { caseNumber: decidedNumber } = await caseById(payload, decided.caseId)
    const { caseNumber: policeNumber } = await caseById(payload, first.policeCaseId)
    expect(
      await bulk([
        ['intent', 'bulk-acknowledge'],
        ['caseId', String(first.caseId)],
        ['caseId', String(second.caseId)],
        ['caseId', String(decided.caseId)],
        ['caseId', String(first.policeCaseId)],
      ]),
    ).toEqual({
      kind: 'done',
      intent: 'bulk-acknowledge',
      done: 2,
      refused: [decidedNumber, String(first.policeCaseId)],
    })
    expect((await caseById(payload, first.caseId)).status).toBe('received')
    expect((await caseById(payload, second.caseId)).status).toBe('received')
    expect((await caseById(payload, first.policeCaseId)).status).not.toBe('received')
    expect(policeNumber).not.toBe(String(first.policeCaseId))

    expect(
      await bulk([
        ['intent', 'bulk-assign'],
        ['handler', String(environment.id)],
        ['caseId', String(first.caseId)],
        ['caseId', String(second.caseId)],
      ]),
    ).toMatchObject({ kind: 'done', done: 2, refused: [] })
    expect(idOf((await caseById(payload, second.caseId)).handler)).toBe(environment.id)
    expect(
      await bulk([
        ['intent', 'bulk-assign'],
        ['caseId', String(first.caseId)],
      ]),
    ).toEqual({
      kind: 'invalid',
      reason: 'no-handler',
    })
    expect(await bulk([['intent', 'bulk-acknowledge']])).toEqual({ kind: 'invalid', reason: 'no-cases' })
  })
})

describe('supplement requests', () => {
  it('should ask for several items by one due date, each answered on its own, the case waiting for the last', async () => {
    const { caseId, applicationId } = await submitCase()
    await runJobs()
    await post({ user: environment, caseId, fields: { intent: 'acknowledge' } })
    const due = addCalendarDays({ date: todayInFinland(new Date()), days: 14 })
    const before = await caseById(payload, caseId)

    // Too long an item is named by its number; nothing is asked.
    expect(
      await post({
        user: environment,
        caseId,
        fields: { intent: 'supplement', 'item-1': 'Melukartta.', 'item-3': 'x'.repeat(5001), dueDate: due },
      }),
    ).toMatchObject({
      isDone: false,
      errors: [{ field: 'item-3', focusId: 'supplement-item-3', label: 'Pyydetty kohta 3' }],
    })
    const eleven = Object.fromEntries(
      Array.from({ length: 11 }, (_, index) => [`item-${index + 1}`, `Kohta ${index + 1}`]),
    )
    expect(
      await post({ user: environment, caseId, fields: { intent: 'supplement', ...eleven, dueDate: due } }),
    ).toMatchObject({
      isDone: false,
      errors: [{ field: 'item-11', message: 'Liian monta kohtaa (enintään 10).' }],
    })
    const requestsOf = async () =>
      (
        await payload.find({
          collection: slugs.supplementRequests,
          where: { case: { equals: caseId } },
          overrideAccess: true,
          sort: ['createdAt', 'id'],
        })
      ).docs
    expect(await requestsOf()).toEqual([])
    await runJobs()
    smtp.clear()

    // An empty item in between is left out.
    expect(
      await post({
        user: environment,
        caseId,
        fields: {
          intent: 'supplement',
          'item-1': 'Melukartta.',
          'item-2': ' ',
          'item-3': 'Kaiutinten sijoitus.',
          dueDate: due,
        },
      }),
    ).toEqual({ isDone: true, intent: 'supplement' })
    const [first, second] = await requestsOf()
    expect([first.whatIsMissing, second.whatIsMissing]).toEqual(['Melukartta.', 'Kaiutinten sijoitus.'])
    expect(first.batch).toEqual(expect.any(String))
    expect(second.batch).toBe(first.batch)
    expect(second.dueDate.slice(0, 10)).toBe(due)
    const waiting = await caseById(payload, caseId)
    expect(waiting.status).toBe('supplement-requested')
    expect(waiting.expectedDecisionDate! > before.expectedDecisionDate!).toBe(true)
    await runJobs()
    expect(emailsTo(customer.email).map((email) => email.subject)).toEqual([
      'Lupa: Viranomainen pyytää täydentämään hakemustasi',
    ])

    // The authority sees one request of two items; the customer too, numbered.
    const page = await loadAuthorityCase({
      payload,
      user: environment,
      id: String(caseId),
      locale: 'fi',
      yesNo,
    })
    expect(page.supplementRequests.map(({ items }) => items.map((item) => item.whatIsMissing))).toEqual([
      ['Melukartta.', 'Kaiutinten sijoitus.'],
    ])
    const view = await loadApplicationView({
      payload,
      user: customer,
      id: String(applicationId),
      locale: 'fi',
    })
    if (view.isDraft) throw new Error('expected a submitted application')
    expect(
      view.cases
        .find((item) => item.id === String(caseId))!
        .supplementRequests.map(({ itemNumber, itemCount, batch }) => [itemNumber, itemCount, batch]),
    ).toEqual([
      [1, 2, first.batch],
      [2, 2, first.batch],
    ])

    // One item answered: the case still waits for the other.
    const answer = (id: Id, text: string) =>
      payload.update({
        collection: slugs.supplementRequests,
        id,
        user: customer,
        overrideAccess: false,
        data: { answer: text },
      })
    await answer(second.id, 'Kaiuttimet osoittavat merelle.')
    expect((await caseById(payload, caseId)).status).toBe('supplement-requested')
    await answer(first.id, 'Melukartta liitteenä.')
    expect((await caseById(payload, caseId)).status).toBe('supplemented')
    const deliveries = await payload.find({
      collection: slugs.deliveries,
      where: { case: { equals: caseId }, eventType: { equals: 'case.supplemented' } },
      overrideAccess: true,
      pagination: false,
    })
    expect(deliveries.docs).toHaveLength(2)
  })

  it('should remind the customer of an open request and cancel it, the case moving on', async () => {
    const { caseId } = await submitCase()
    await runJobs()
    await post({ user: environment, caseId, fields: { intent: 'acknowledge' } })
    const due = addCalendarDays({ date: todayInFinland(new Date()), days: 14 })
    await post({
      user: environment,
      caseId,
      fields: { intent: 'supplement', 'item-1': 'Melukartta.', dueDate: due },
    })
    const waiting = await caseById(payload, caseId)
    expect(waiting.status).toBe('supplement-requested')
    const [request] = (
      await payload.find({
        collection: slugs.supplementRequests,
        where: { case: { equals: caseId } },
        overrideAccess: true,
      })
    ).docs
    await runJobs()
    smtp.clear()

    expect(
      await post({
        user: environment,
        caseId,
        fields: { intent: 'supplement-remind', requestId: String(request.id) },
      }),
    ).toEqual({ isDone: true, intent: 'supplement-remind' })
    await runJobs()
    expect(emailsTo(customer.email).map((email) => email.subject)).toEqual([
      'Lupa: Muistutus: viranomainen odottaa täydennystäsi',
    ])
    const page = await loadAuthorityCase({
      payload,
      user: environment,
      id: String(caseId),
      locale: 'fi',
      yesNo,
    })
    expect(page.history.map((event) => event.type)).toContain('Muistutus lähetetty')

    // Another authority cannot touch it; a request id of another case is refused.
    expect(
      await statusOfThrown(
        post({
          user: police,
          caseId,
          fields: { intent: 'supplement-cancel', requestId: String(request.id) },
        }),
      ),
    ).toBe(404)
    expect(
      await post({ user: environment, caseId, fields: { intent: 'supplement-cancel', requestId: '999999' } }),
    ).toMatchObject({ isDone: false, errors: [expect.objectContaining({ field: 'request' })] })

    expect(
      await post({
        user: environment,
        caseId,
        fields: { intent: 'supplement-cancel', requestId: String(request.id) },
      }),
    ).toEqual({ isDone: true, intent: 'supplement-cancel' })
    const after = await caseById(payload, caseId)
    expect(after.status).toBe('in-processing')
    expect(
      (await payload.findByID({ collection: slugs.supplementRequests, id: request.id, overrideAccess: true }))
        .status,
    ).toBe('cancelled')
    // Waiting ended today: the expected decision date no longer counts up to the due date.
    expect(after.expectedDecisionDate! <= waiting.expectedDecisionDate!).toBe(true)
    // A cancelled request is neither reminded of nor cancelled again.
    expect(
      await post({
        user: environment,
        caseId,
        fields: { intent: 'supplement-remind', requestId: String(request.id) },
      }),
    ).toMatchObject({ isDone: false })
  })
})

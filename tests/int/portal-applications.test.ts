import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { seedCatalogue } from '../../src/seed/seed'
import { workedExampleApplication } from '../../src/seed/public-event'
import {
  listApplications,
  loadApplicationView,
  loadLiveVersion,
} from '../../portal/app/models/applications.server'
import { handleApplicationAction } from '../../portal/app/models/applicationsActions.server'
import type { ActionFailure } from '../../portal/app/models/applicationsActions.server'
import { handleChangeAction, loadChangePage } from '../../portal/app/models/change.server'
import type { ChangePage } from '../../portal/app/models/change.server'
import { listDecisions } from '../../portal/app/models/decisions.server'
import type { TestUser } from '../support/factories'
import { authorityId, createDraft, createUser } from '../support/factories'
import { authorityActs, minimalPdf, submitWorkedExampleAs } from '../support/oneViewHelpers'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'
import { docxOf } from '../support/zip'

type Id = number | string

let test: TestPayload
let payload: Payload
let bundleId: Id
let organisationId: Id
let customer: TestUser
let stranger: TestUser
let member: TestUser
let policeUser: TestUser
let environmentUser: TestUser

/** What a loader or action gave: a Response (redirect), a `data()` with its status, or plain data. */
const outcomeOf = (value: unknown): { status: number; location: string | null; body: unknown } => {
  if (value instanceof Response)
    return { status: value.status, location: value.headers.get('location'), body: null }
  const init = (value as { init?: ResponseInit | null; data?: unknown } | null)?.init
  if (value && typeof value === 'object' && 'init' in value && 'data' in value)
    return { status: init?.status ?? 200, location: null, body: (value as { data: unknown }).data }
  return { status: 200, location: null, body: value }
}

/** The status of what a loader threw (a 404 is thrown as `data(null, { status: 404 })`). */
const thrownStatus = async (run: () => Promise<unknown>) => {
  try {
    await run()
  } catch (error) {
    return outcomeOf(error).status
  }
  return 'did not throw'
}

const viewOf = async (user: TestUser, id: Id) => {
  const view = await loadApplicationView({ payload, user: user, id: String(id), locale: 'fi' })
  if (view.isDraft) throw new Error('expected a submitted application')
  return view
}

const post = (id: Id, body: FormData | URLSearchParams, path = '') =>
  new Request(`http://localhost/applications/${id}${path}`, { method: 'POST', body })

const act = (user: TestUser, id: Id, body: FormData | URLSearchParams) =>
  handleApplicationAction({
    request: post(id, body),
    payload,
    user: user,
    id: String(id),
    locale: 'en',
  })

const deliveriesOf = async (where: Where) =>
  (
    await payload.find({
      collection: slugs.deliveries,
      where,
      overrideAccess: true,
      depth: 0,
      pagination: false,
    })
  ).docs

const eventsOf = async (where: Where) =>
  (
    await payload.find({
      collection: slugs.caseEvents,
      where,
      overrideAccess: true,
      depth: 0,
      pagination: false,
    })
  ).docs

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  ;({ bundleId } = await seedCatalogue(payload))
  organisationId = (
    await payload.create({
      collection: slugs.organisations,
      overrideAccess: true,
      data: { name: 'Puistosoitto ry', businessId: '3012345-8', type: 'association' },
    })
  ).id
  customer = await createUser(payload, { role: 'customer', organisations: [organisationId] })
  member = await createUser(payload, { role: 'customer', organisations: [organisationId] })
  stranger = await createUser(payload, { role: 'customer' })
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
  await test?.close()
})

describe('my applications', () => {
  it("should list the user's drafts and submitted applications, and an organisation's to its members", async () => {
    const draft = await createDraft(payload, { customer, bundleId })
    const { applicationId } = await submitWorkedExampleAs(payload, {
      customer,
      bundleId,
      onBehalfOf: organisationId,
    })

    const own = await listApplications({ payload, user: customer, locale: 'fi' })
    expect(own.drafts.map((item) => item.id)).toContain(String(draft.id))
    const submitted = own.submitted.find((item) => item.id === String(applicationId))!
    expect(submitted).toMatchObject({
      title: 'Puistosoitto 2027',
      bundleName: 'Yleisötilaisuuden järjestäminen',
      onBehalfOf: 'Puistosoitto ry',
      cases: { total: 9, decided: 0, openSupplementRequests: 0 },
      // The event's first day, under the bundle's own name for it.
      startDate: { label: 'Alkamispäivä', text: 'la 12. kesäkuuta 2027' },
    })
    expect(submitted.receiptNumber).toMatch(/^LUPA-\d{4}-\d{6}$/)
    const inSwedish = await listApplications({ payload, user: customer, locale: 'sv' })
    expect(inSwedish.submitted.find((item) => item.id === String(applicationId))!.startDate).toEqual({
      label: 'Startdatum',
      text: 'lör 12 juni 2027',
    })

    const colleague = await listApplications({ payload, user: member, locale: 'fi' })
    expect(colleague.submitted.map((item) => item.id)).toContain(String(applicationId))
    expect(colleague.drafts.map((item) => item.id)).not.toContain(String(draft.id))

    const other = await listApplications({ payload, user: stranger, locale: 'fi' })
    expect([...other.drafts, ...other.submitted]).toEqual([])
  })
})

describe('the one view', () => {
  it('should show every case with its authority, status, delivery receipt and expected decision date', async () => {
    const { applicationId, caseOf } = await submitWorkedExampleAs(payload, { customer, bundleId })
    const view = await viewOf(customer, applicationId)
    expect(view.cases).toHaveLength(9)
    const police = view.cases.find((item) => item.id === String(caseOf('police-public-event-notification')))!
    expect(police).toMatchObject({
      authorityName: 'Helsingin poliisilaitos',
      status: 'submitted',
      statusText: 'Lähetetty',
      delivery: { state: 'pending', deliveredAtText: null, receivedAtText: null },
    })
    expect(police.expectedDecisionDateText).toMatch(/\d{4}/)
    expect(police.history.map((entry) => entry.type)).toEqual(['submitted'])
    // How to reach the authority, and the whole bundle against the event's start.
    expect(police.authorityContact).toMatchObject({
      name: 'Helsingin poliisilaitos',
      email: 'asiakaspalvelu.police-helsinki@lupa-demo.example.fi',
    })
    const kinds = view.timeline.map((entry) => entry.kind)
    expect(kinds[0]).toBe('submitted')
    expect(kinds.filter((kind) => kind === 'expected-decision')).toHaveLength(
      view.cases.filter((item) => item.expectedDecisionDateText !== null).length,
    )
    const start = view.timeline.find((entry) => entry.kind === 'start')!
    expect(start).toMatchObject({ date: workedExampleApplication.eventStartDate, label: expect.any(String) })
    expect(view.timeline.map((entry) => entry.date)).toEqual(view.timeline.map((entry) => entry.date).sort())

    await authorityActs(payload, policeUser).receive(police.id)
    const after = await viewOf(customer, applicationId)
    const received = after.cases.find((item) => item.id === police.id)!
    expect(received.status).toBe('received')
    expect(received.delivery.receivedAtText).not.toBeNull()
    expect(received.history.map((entry) => entry.statusText)).toContain('Vastaanotettu')
    expect(after.version).not.toBe(view.version)
  })

  it('should tell the customer of a delivery problem only once it has lasted half an hour', async () => {
    const { applicationId, caseOf } = await submitWorkedExampleAs(payload, { customer, bundleId })
    const caseId = caseOf('police-public-event-notification')
    const deliveryOf = async () =>
      (await viewOf(customer, applicationId)).cases.find((item) => item.id === String(caseId))!.delivery.state
    await payload.update({
      collection: slugs.cases,
      id: caseId,
      overrideAccess: true,
      data: { deliveryState: 'failed' },
    })
    expect(await deliveryOf()).toBe('pending')
    await payload.update({
      collection: slugs.cases,
      id: caseId,
      overrideAccess: true,
      data: { createdAt: new Date(Date.now() - 31 * 60 * 1000).toISOString() },
    })
    expect(await deliveryOf()).toBe('failed')
  })

  it('should answer 404 to another customer, for the page, its live version and its posts', async () => {
    const { applicationId, caseOf } = await submitWorkedExampleAs(payload, { customer, bundleId })
    expect(await thrownStatus(() => viewOf(stranger, applicationId))).toBe(404)
    expect(
      await thrownStatus(() => loadLiveVersion({ payload, user: stranger, id: String(applicationId) })),
    ).toBe(404)
    const message = new URLSearchParams({
      intent: 'message',
      case: String(caseOf('noise-notification')),
      body: 'Hei',
    })
    expect(await thrownStatus(() => act(stranger, applicationId, message))).toBe(404)
    expect(await thrownStatus(() => viewOf(customer, 'not-an-id'))).toBe(404)
  })

  it("should show an organisation's application to a member who did not make it", async () => {
    const { applicationId } = await submitWorkedExampleAs(payload, {
      customer,
      bundleId,
      onBehalfOf: organisationId,
    })
    const view = await viewOf(member, applicationId)
    expect(view.onBehalfOf).toBe('Puistosoitto ry')
    expect(view.cases).toHaveLength(9)
  })

  it('should hide the messages between authorities from the customer', async () => {
    const { applicationId, caseOf } = await submitWorkedExampleAs(payload, { customer, bundleId })
    const police = authorityActs(payload, policeUser)
    await police.internalMessage(applicationId, 'Sisäinen: sovitaan yhteinen tarkastus.')
    await police.message(
      caseOf('police-public-event-notification'),
      'Tarvitsemme järjestyksenvalvojien nimet.',
    )

    const view = await viewOf(customer, applicationId)
    const bodies = [...view.messages, ...view.cases.flatMap((item) => item.messages)].map((m) => m.body)
    expect(bodies).toEqual(['Tarvitsemme järjestyksenvalvojien nimet.'])
    // The collection's own rule, not just the page: the customer cannot read it at all.
    const { docs } = await payload.find({
      collection: slugs.messages,
      where: { application: { equals: applicationId } },
      user: customer,
      overrideAccess: false,
    })
    expect(docs.map((doc) => doc.isInternal)).toEqual([false])
    // Nor can a customer make their own message internal.
    const own = await payload.create({
      collection: slugs.messages,
      data: { case: caseOf('police-public-event-notification'), body: 'Kiitos', isInternal: true } as never,
      user: customer,
      overrideAccess: false,
    })
    expect(own.isInternal).toBe(false)
  })

  it("should send the customer's message to the case's authority through its connection mode", async () => {
    const { applicationId, caseOf } = await submitWorkedExampleAs(payload, { customer, bundleId })
    const caseId = caseOf('noise-notification')
    const result = outcomeOf(
      await act(
        customer,
        applicationId,
        new URLSearchParams({ intent: 'message', case: String(caseId), body: 'Voimmeko aloittaa klo 13?' }),
      ),
    )
    expect(result).toMatchObject({ status: 302, location: `/applications/${applicationId}?done=message` })

    const [message] = (
      await payload.find({
        collection: slugs.messages,
        where: { case: { equals: caseId } },
        overrideAccess: true,
      })
    ).docs
    expect(message).toMatchObject({
      senderKind: 'customer',
      isInternal: false,
      body: 'Voimmeko aloittaa klo 13?',
    })
    const deliveries = await deliveriesOf({
      case: { equals: caseId },
      eventType: { equals: 'message.created' },
    })
    expect(deliveries).toHaveLength(1)
    expect((deliveries[0].message as { detail: { body: string } }).detail.body).toBe(
      'Voimmeko aloittaa klo 13?',
    )
    expect(await eventsOf({ case: { equals: caseId }, type: { equals: 'message' } })).toHaveLength(1)
    const view = await viewOf(customer, applicationId)
    expect(view.cases.find((item) => item.id === String(caseId))!.messages[0].isFromCustomer).toBe(true)
  })

  it('should send a message about the whole application to each authority party to it once', async () => {
    const { applicationId, cases } = await submitWorkedExampleAs(payload, { customer, bundleId })
    await payload.create({
      collection: slugs.messages,
      data: { application: applicationId, body: 'Tapahtuma siirtyy tunnilla.' },
      user: customer,
      overrideAccess: false,
    })
    const deliveries = await deliveriesOf({
      case: { in: cases.map((item) => item.id) },
      eventType: { equals: 'message.created' },
    })
    const authorities = new Set(cases.map((item) => item.authority))
    expect(deliveries).toHaveLength(authorities.size)
    expect(new Set(deliveries.map((delivery) => String(delivery.authority))).size).toBe(authorities.size)
    const view = await viewOf(customer, applicationId)
    expect(view.messages.map((message) => message.body)).toEqual(['Tapahtuma siirtyy tunnilla.'])
  })

  it('should let the customer read the files an authority sends with a message', async () => {
    const { applicationId, caseOf } = await submitWorkedExampleAs(payload, { customer, bundleId })
    const data = minimalPdf()
    const file = await payload.create({
      collection: slugs.attachments,
      data: { description: 'ohje.pdf' },
      file: { data, mimetype: 'application/pdf', name: 'ohje.pdf', size: data.length },
      user: policeUser,
      overrideAccess: false,
    })
    await payload.create({
      collection: slugs.messages,
      data: {
        case: caseOf('police-public-event-notification'),
        body: 'Ohje liitteenä.',
        attachments: [file.id],
      } as never,
      user: policeUser,
      overrideAccess: false,
    })
    const view = await viewOf(customer, applicationId)
    const [message] = view.cases.flatMap((item) => item.messages)
    expect(message).toMatchObject({ authorityName: 'Helsingin poliisilaitos', isFromCustomer: false })
    expect(message.attachments.map((link) => link.name)).toEqual(['ohje.pdf'])
    expect(
      (
        await payload.find({
          collection: slugs.attachments,
          where: { id: { equals: file.id } },
          user: stranger,
          overrideAccess: false,
        })
      ).docs,
    ).toEqual([])
  })

  it('should refuse an empty message with the error next to the field', async () => {
    const { applicationId, caseOf } = await submitWorkedExampleAs(payload, { customer, bundleId })
    const caseId = String(caseOf('noise-notification'))
    const result = outcomeOf(
      await act(
        customer,
        applicationId,
        new URLSearchParams({ intent: 'message', case: caseId, body: '   ' }),
      ),
    )
    expect(result.status).toBe(400)
    expect((result.body as ActionFailure).errors).toEqual([
      { focusId: `message-body-${caseId}`, field: 'body', message: 'Write a message.' },
    ])
  })
})

describe('answering a supplement request', () => {
  const answerForm = (
    requestId: Id,
    answer: string,
    files: { name: string; type: string; data: Buffer }[] = [],
  ) => {
    const form = new FormData()
    form.set('intent', 'answer')
    form.set('supplementRequest', String(requestId))
    form.set('answer', answer)
    for (const file of files)
      form.append('files', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
    return form
  }

  const openRequest = async () => {
    const submitted = await submitWorkedExampleAs(payload, { customer, bundleId })
    const caseId = submitted.caseOf('noise-notification')
    const environment = authorityActs(payload, environmentUser)
    await environment.receive(caseId)
    const request = await environment.requestSupplement(caseId, 'Lisää kaiutinsuunnitelma.')
    return { ...submitted, caseId, requestId: request.id }
  }

  it('should take text and files, move the case on and send the answer to the authority', async () => {
    const { applicationId, caseId, requestId } = await openRequest()
    const before = await viewOf(customer, applicationId)
    expect(before.summary.openSupplementRequests).toBe(1)
    expect(before.cases.find((item) => item.id === String(caseId))!.status).toBe('supplement-requested')

    const result = outcomeOf(
      await act(
        customer,
        applicationId,
        answerForm(requestId, 'Kaiutinsuunnitelma liitteenä.', [
          { name: 'kaiuttimet.pdf', type: 'application/pdf', data: minimalPdf() },
        ]),
      ),
    )
    expect(result).toMatchObject({ status: 302, location: `/applications/${applicationId}?done=answer` })

    const request = await payload.findByID({
      collection: slugs.supplementRequests,
      id: requestId,
      overrideAccess: true,
      depth: 0,
    })
    expect(request).toMatchObject({ status: 'answered', answer: 'Kaiutinsuunnitelma liitteenä.' })
    expect(request.answeredAt).toBeTruthy()
    const caseDoc = await payload.findByID({ collection: slugs.cases, id: caseId, overrideAccess: true })
    expect(caseDoc.status).toBe('supplemented')

    const [delivery] = await deliveriesOf({
      case: { equals: caseId },
      eventType: { equals: 'case.supplemented' },
    })
    const detail = (delivery.message as { detail: { answer: string; attachments: { filename: string }[] } })
      .detail
    expect(detail.answer).toBe('Kaiutinsuunnitelma liitteenä.')
    expect(detail.attachments).toHaveLength(1)
    // The stored name is generated; the sender's name is only the description.
    expect(detail.attachments[0].filename).toMatch(/^supplement-[0-9a-f]{16}\.pdf$/)

    // The authority may read the file; the customer sees their answer with it.
    const fileId = (request.answerAttachments as Id[])[0]
    const asAuthority = await payload.findByID({
      collection: slugs.attachments,
      id: fileId,
      user: environmentUser,
      overrideAccess: false,
    })
    expect(asAuthority.isLocked).toBe(true)
    const after = await viewOf(customer, applicationId)
    const answered = after.cases.find((item) => item.id === String(caseId))!.supplementRequests[0]
    expect(answered).toMatchObject({ status: 'answered', answer: 'Kaiutinsuunnitelma liitteenä.' })
    expect(answered.attachments).toEqual([
      { name: 'kaiuttimet.pdf', href: expect.stringMatching(/^\/api\/attachments\/file\//) },
    ])
    expect(after.summary.openSupplementRequests).toBe(0)
  })

  it('should refuse a second answer to the same request', async () => {
    const { applicationId, requestId } = await openRequest()
    outcomeOf(await act(customer, applicationId, answerForm(requestId, 'Ensimmäinen vastaus.')))
    const again = outcomeOf(await act(customer, applicationId, answerForm(requestId, 'Toinen vastaus.')))
    expect(again.status).toBe(400)
    expect((again.body as ActionFailure).errors[0].message).toBe(
      'The supplement request has already been answered or was cancelled.',
    )
    const request = await payload.findByID({
      collection: slugs.supplementRequests,
      id: requestId,
      overrideAccess: true,
    })
    expect(request.answer).toBe('Ensimmäinen vastaus.')
  })

  it('should refuse a file by its content, keep the text and store nothing', async () => {
    const { applicationId, caseId, requestId } = await openRequest()
    const filesBefore = (await payload.count({ collection: slugs.attachments, overrideAccess: true }))
      .totalDocs
    const result = outcomeOf(
      await act(
        customer,
        applicationId,
        answerForm(requestId, 'Tässä suunnitelma.', [
          { name: 'ok.pdf', type: 'application/pdf', data: minimalPdf() },
          {
            name: 'plan.pdf',
            type: 'application/pdf',
            data: Buffer.from('<html><script>alert(1)</script></html>'),
          },
        ]),
      ),
    )
    expect(result.status).toBe(400)
    const failure = result.body as ActionFailure
    expect(failure.values.answer).toBe('Tässä suunnitelma.')
    expect(failure.errors).toEqual([
      {
        focusId: `answer-files-${requestId}`,
        field: 'files',
        message: expect.stringContaining('plan.pdf'),
      },
    ])
    expect((await payload.count({ collection: slugs.attachments, overrideAccess: true })).totalDocs).toBe(
      filesBefore,
    )
    const request = await payload.findByID({
      collection: slugs.supplementRequests,
      id: requestId,
      overrideAccess: true,
    })
    expect(request.status).toBe('open')
    expect(
      await deliveriesOf({ case: { equals: caseId }, eventType: { equals: 'case.supplemented' } }),
    ).toEqual([])
  })

  it('should refuse an office document that unpacks into too much, naming it', async () => {
    const { applicationId, requestId } = await openRequest()
    const result = outcomeOf(
      await act(
        customer,
        applicationId,
        answerForm(requestId, 'Suunnitelma liitteenä.', [
          {
            name: 'suunnitelma.docx',
            type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            data: docxOf(Buffer.alloc(60 * 1024 * 1024, 0x41)),
          },
        ]),
      ),
    )
    expect(result.status).toBe(400)
    expect((result.body as ActionFailure).errors).toEqual([
      expect.objectContaining({
        field: 'files',
        message: expect.stringMatching(/^The file suunnitelma\.docx unpacks into too much/),
      }),
    ])
  })

  it('should ask for an answer or a file', async () => {
    const { applicationId, requestId } = await openRequest()
    const result = outcomeOf(await act(customer, applicationId, answerForm(requestId, '')))
    expect(result.status).toBe(400)
    expect((result.body as ActionFailure).errors[0]).toMatchObject({
      field: 'answer',
      focusId: `answer-${requestId}`,
    })
  })
})

describe('decisions', () => {
  it("should list the decisions of the user's applications with their documents, and no one else's", async () => {
    const { applicationId, caseOf } = await submitWorkedExampleAs(payload, { customer, bundleId })
    const caseId = caseOf('police-public-event-notification')
    const police = authorityActs(payload, policeUser)
    await police.receive(caseId)
    await police.decide(caseId, {
      outcome: 'acknowledged-with-instructions',
      summary: 'Ehdot liitteessä.',
      conditions: ['Järjestyksenvalvojia vähintään kuusi.'],
      withDocument: true,
    })

    const decisions = await listDecisions({ payload, user: customer, locale: 'en' })
    const decision = decisions.find((item) => item.application.id === String(applicationId))!
    expect(decision).toMatchObject({
      permitTypeName: 'Public event notification to the police',
      authorityName: 'Helsinki Police Department',
      outcome: 'acknowledged-with-instructions',
      outcomeText: 'Notification acknowledged with instructions',
      summary: 'Ehdot liitteessä.',
      application: { title: 'Puistosoitto 2027' },
    })
    expect(decision.document?.name).toBe('paatos.pdf')
    expect(await listDecisions({ payload, user: stranger, locale: 'en' })).toEqual([])

    const view = await viewOf(customer, applicationId)
    expect(view.summary.decided).toBe(1)
    expect(view.cases.find((item) => item.id === String(caseId))!.decisions[0].document?.href).toBe(
      decision.document?.href,
    )
  })
})

describe('changing a submitted application', () => {
  /** The change form as a browser posts it: every field with its current value, some changed. */
  const changeForm = async (
    user: TestUser,
    applicationId: Id,
    changes: Record<string, string | string[]>,
  ) => {
    const page = await loadChangePage({
      payload,
      user: user,
      id: String(applicationId),
      locale: 'en',
      title: 'Puistosoitto 2027',
    })
    if (page.stage !== 'form') throw new Error(`expected the form, got ${page.stage}`)
    const form = new FormData()
    form.set('intent', 'review')
    form.set('version', page.version)
    for (const question of page.steps.flatMap((step) => step.questions)) {
      const value =
        changes[question.key] ?? (question.input === 'checkboxes' ? question.values : question.value)
      for (const item of Array.isArray(value) ? value : [value]) form.append(question.key, item)
    }
    return { page, form }
  }

  const change = (user: TestUser, applicationId: Id, form: FormData) =>
    handleChangeAction({
      request: post(applicationId, form, '/change'),
      payload,
      user: user,
      id: String(applicationId),
      locale: 'en',
      title: 'Puistosoitto 2027',
    })

  it('should show which cases and authorities each datum reaches, decided cases apart', async () => {
    const { applicationId, caseOf } = await submitWorkedExampleAs(payload, { customer, bundleId })
    const police = authorityActs(payload, policeUser)
    await police.receive(caseOf('police-public-event-notification'))
    await police.decide(caseOf('police-public-event-notification'))

    const { page } = await changeForm(customer, applicationId, {})
    const questions = new Map(page.steps.flatMap((step) => step.questions).map((q) => [q.key, q]))
    expect(questions.get('eventName')).toMatchObject({ reachesAll: true, value: 'Puistosoitto 2027' })
    expect(questions.get('eventName')!.reaches).toHaveLength(8)
    expect(questions.get('eventName')!.closedCases.map((item) => item.authorityName)).toEqual([
      'Helsinki Police Department',
    ])
    expect(questions.get('soundLevelDb')!.reaches.map((item) => item.permitTypeName)).toEqual([
      'Notification of temporary noise',
    ])
    // Only the police notification carried the security guards' data: no longer changeable.
    expect(questions.has('securityPlanSummary')).toBe(false)
  })

  it('should change only the cases that carry a changed datum and tell only their authorities', async () => {
    const { applicationId, caseOf, cases } = await submitWorkedExampleAs(payload, { customer, bundleId })
    const policeCase = caseOf('police-public-event-notification')
    const noiseCase = caseOf('noise-notification')
    const police = authorityActs(payload, policeUser)
    await police.receive(policeCase)
    await police.decide(policeCase)

    const { form } = await changeForm(customer, applicationId, {
      eventName: 'Puistosoitto 2027 – uusi',
      soundLevelDb: '95',
    })
    const review = outcomeOf(await change(customer, applicationId, form))
    expect(review.status).toBe(200)
    const confirm = review.body as Extract<ChangePage, { stage: 'confirm' }>
    expect(confirm.stage).toBe('confirm')
    expect(confirm.affected).toHaveLength(8)
    expect(confirm.closed.map((item) => item.id)).toEqual([String(policeCase)])
    const noise = confirm.affected.find((item) => item.id === String(noiseCase))!
    expect(noise.changes).toEqual([
      { label: 'Name of the event', before: 'Puistosoitto 2027', after: 'Puistosoitto 2027 – uusi' },
      { label: 'Estimated sound level at the mixing desk (dB LAeq)', before: '97', after: '95' },
    ])
    // Nothing is written before the confirmation.
    expect(await eventsOf({ application: { equals: applicationId }, type: { equals: 'changed' } })).toEqual(
      [],
    )

    const confirmForm = new FormData()
    confirmForm.set('intent', 'confirm')
    confirmForm.set('values', confirm.values)
    confirmForm.set('version', confirm.version)
    const done = outcomeOf(await change(customer, applicationId, confirmForm))
    expect(done).toMatchObject({ status: 302, location: `/applications/${applicationId}?done=change` })

    const changed = await eventsOf({ application: { equals: applicationId }, type: { equals: 'changed' } })
    const openCaseIds = cases.map((item) => String(item.id)).filter((id) => id !== String(policeCase))
    expect(changed.map((event) => String(event.case)).sort()).toEqual(openCaseIds.sort())
    const noiseEvent = changed.find((event) => String(event.case) === String(noiseCase))!
    expect((noiseEvent.detail as { changes: unknown[] }).changes).toEqual([
      { key: 'eventName', before: 'Puistosoitto 2027', after: 'Puistosoitto 2027 – uusi' },
      { key: 'soundLevelDb', before: 97, after: 95 },
    ])
    // Data minimisation: the rescue department hears of the name only.
    const rescueEvent = changed.find((event) => String(event.case) === String(caseOf('rescue-plan')))!
    expect((rescueEvent.detail as { changes: { key: string }[] }).changes.map((item) => item.key)).toEqual([
      'eventName',
    ])

    const deliveries = await deliveriesOf({
      case: { in: cases.map((item) => item.id) },
      eventType: { equals: 'case.changed' },
    })
    expect(deliveries.map((delivery) => String(delivery.case)).sort()).toEqual(openCaseIds.sort())
    const noiseCaseDoc = await payload.findByID({
      collection: slugs.cases,
      id: noiseCase,
      overrideAccess: true,
    })
    expect((noiseCaseDoc.data as Record<string, unknown>).soundLevelDb).toBe(95)
    const policeCaseDoc = await payload.findByID({
      collection: slugs.cases,
      id: policeCase,
      overrideAccess: true,
    })
    expect((policeCaseDoc.data as Record<string, unknown>).eventName).toBe('Puistosoitto 2027')
    const application = await payload.findByID({
      collection: slugs.applications,
      id: applicationId,
      overrideAccess: true,
    })
    expect(application.title).toBe('Puistosoitto 2027 – uusi')

    const view = await viewOf(customer, applicationId)
    const history = view.cases.find((item) => item.id === String(noiseCase))!.history
    expect(history.at(-1)).toMatchObject({
      type: 'changed',
      changed: ['Tilaisuuden nimi', 'Arvioitu äänitaso miksauspöydän kohdalla (dB, LAeq)'],
    })
  })

  it('should keep the input and show the errors next to the fields', async () => {
    const { applicationId } = await submitWorkedExampleAs(payload, { customer, bundleId })
    const { form } = await changeForm(customer, applicationId, {
      contactEmail: 'not-an-email',
      eventName: 'Uusi nimi',
    })
    const result = outcomeOf(await change(customer, applicationId, form))
    expect(result.status).toBe(400)
    const page = result.body as Extract<ChangePage, { stage: 'form' }>
    expect(page.errors.map((error) => error.key)).toEqual(['contactEmail'])
    const questions = new Map(page.steps.flatMap((step) => step.questions).map((q) => [q.key, q]))
    expect(questions.get('contactEmail')).toMatchObject({ value: 'not-an-email', error: expect.any(String) })
    expect(questions.get('eventName')!.value).toBe('Uusi nimi')
  })

  it('should refuse a change that would move a case to another authority', async () => {
    const { applicationId } = await submitWorkedExampleAs(payload, { customer, bundleId })
    const { form } = await changeForm(customer, applicationId, { municipality: '049' })
    const result = outcomeOf(await change(customer, applicationId, form))
    expect(result.status).toBe(400)
    const page = result.body as Extract<ChangePage, { stage: 'form' }>
    expect(page.errors.map((error) => error.key)).toEqual(['municipality'])
    expect(page.errors[0].message).toMatch(/another authority/)
  })

  it('should refuse a confirmation of a review the application has moved on from', async () => {
    const { applicationId } = await submitWorkedExampleAs(payload, { customer, bundleId })
    const { form } = await changeForm(customer, applicationId, { eventName: 'Ensimmäinen' })
    const first = outcomeOf(await change(customer, applicationId, form)).body as Extract<
      ChangePage,
      { stage: 'confirm' }
    >
    const { form: second } = await changeForm(customer, applicationId, { eventName: 'Toinen' })
    const secondReview = outcomeOf(await change(customer, applicationId, second)).body as Extract<
      ChangePage,
      { stage: 'confirm' }
    >
    const confirm = (page: Extract<ChangePage, { stage: 'confirm' }>) => {
      const body = new FormData()
      body.set('intent', 'confirm')
      body.set('values', page.values)
      body.set('version', page.version)
      return change(customer, applicationId, body)
    }
    expect(outcomeOf(await confirm(secondReview)).status).toBe(302)
    const stale = outcomeOf(await confirm(first))
    expect(stale.status).toBe(409)
    expect(stale.body).toMatchObject({ stage: 'form', notice: 'stale' })
    const application = await payload.findByID({
      collection: slugs.applications,
      id: applicationId,
      overrideAccess: true,
    })
    expect(application.title).toBe('Toinen')
  })

  it('should not let another customer see or change the application', async () => {
    const { applicationId } = await submitWorkedExampleAs(payload, { customer, bundleId })
    expect(
      await thrownStatus(() =>
        loadChangePage({
          payload,
          user: stranger,
          id: String(applicationId),
          locale: 'en',
          title: '',
        }),
      ),
    ).toBe(404)
    const { form } = await changeForm(customer, applicationId, { eventName: 'Kaapattu' })
    expect(await thrownStatus(() => change(stranger, applicationId, form))).toBe(404)
  })
})

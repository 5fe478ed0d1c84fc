import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import {
  activeMaintenance,
  serviceDeskPlugin,
  serviceDeskSlugs,
  serviceDeskTaskSlugs,
  upcomingNotices,
} from '../../plugins/service-desk'
import { idOf } from '../../src/collections/relations'
import { globalSlugs, slugs } from '../../src/collections/slugs'
import { seedCatalogue } from '../../src/seed/seed'
import type { TestUser } from '../support/factories'
import { authorityId, createUser, tokenOf } from '../support/factories'
import type { ReceivedEmail, TestSmtpServer } from '../support/smtpServer'
import { startSmtpServer } from '../support/smtpServer'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'
import { rest as restCall } from '../support/rest'

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }

const minute = 60_000
const day = 24 * 60 * minute
const at = (iso: string) => new Date(iso)

/** Thursday 18 June 2026 14:00 in Helsinki (EEST): Friday is Midsummer Eve, then a weekend. */
const beforeMidsummer = at('2026-06-18T11:00:00Z')
/** A critical incident reported then: 3 of 4 response hours used on Monday 22 June 09:00. */
const responseReminderAt = at('2026-06-22T06:00:00Z')
/** …and the response deadline on Monday 10:00 (Thu 14–16, Mon 08–10). */
const responseDueAt = at('2026-06-22T07:00:00Z')
/** Projected resolution deadline: 16 h from the response deadline (Mon 10–16, Tue 08–16, Wed 08–10). */
const projectedResolutionDueAt = at('2026-06-24T07:00:00Z')
/** Monday 2 November 2026 08:00 in Helsinki (EET). */
const mondayMorning = at('2026-11-02T06:00:00Z')

let test: TestPayload
let server: Awaited<ReturnType<typeof startTestServer>>
let payload: Payload
let smtp: TestSmtpServer
let now = beforeMidsummer

let owner: TestUser
let producer: TestUser
let policeUser: TestUser
let environmentUser: TestUser
let customer: TestUser
let police: Id
let environment: Id

const runJobs = () => payload.jobs.run({ limit: 500 })
const as = (user: TestUser) => ({ user, overrideAccess: false }) as const

type DeskCollection = (typeof serviceDeskSlugs)[keyof typeof serviceDeskSlugs]

const stored = (collection: DeskCollection, id: Id) =>
  payload.findByID({
    collection: collection,
    id,
    overrideAccess: true,
    depth: 0,
  }) as unknown as Promise<Doc>

const reportIncident = (user: TestUser, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: serviceDeskSlugs.incidents,
    data: { title: 'Portal does not load', description: 'The front page times out.', ...data } as never,
    ...as(user),
  }) as unknown as Promise<Doc>

const updateAs = (user: TestUser, collection: DeskCollection, id: Id, data: Record<string, unknown>) =>
  payload.update({
    collection: collection,
    id,
    data: data,
    ...as(user),
  }) as unknown as Promise<Doc>

const requestService = (user: TestUser, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: serviceDeskSlugs.serviceRequests,
    data: {
      title: 'Add a permit type',
      description: 'Please connect the noise notification.',
      kind: 'normal',
      ...data,
    } as never,
    ...as(user),
  }) as unknown as Promise<Doc>

/** The SLA emails about one record (its number and kind are in the subject). */
const slaEmails = (
  noun: string,
  id: Id,
  kind: 'Määräaika lähestyy' | 'Määräaika ylittynyt',
): ReceivedEmail[] =>
  smtp.received.filter(
    (email) => email.subject.includes(`${kind} /`) && email.subject.includes(`– ${noun} ${id} (`),
  )

/** The error a refused call throws: status and per-field messages. */
const refusal = async (call: Promise<unknown>) => {
  const error = (await call.then(
    () => null,
    (caught: unknown) => caught,
  )) as { status?: number; data?: { errors?: { path: string; message: string }[] } } | null
  expect(error, 'the call should have been refused').not.toBeNull()
  return { status: error!.status, errors: error!.data?.errors ?? [] }
}

const rest = async (
  path: string,
  {
    user,
    method = 'GET',
    body,
    language,
  }: { user?: TestUser; method?: string; body?: unknown; language?: string } = {},
) => {
  const answer = await restCall<Record<string, unknown>>(`${server.url}${path}`, {
    token: user && (await tokenOf(payload, user)),
    method,
    body,
    headers: language ? { 'Accept-Language': language } : {},
  })
  return { status: answer.status, json: answer.body }
}

beforeAll(async () => {
  smtp = await startSmtpServer()
  test = await startTestPayload({ env: { SMTP_URL: smtp.url }, clock: () => now })
  payload = test.payload
  server = await startTestServer(test)
  await seedCatalogue(payload)
  police = await authorityId(payload, 'police-helsinki')
  environment = await authorityId(payload, 'environmental-protection-helsinki')
  owner = await createUser(payload, { role: 'owner' })
  producer = await createUser(payload, { role: 'service-producer' })
  policeUser = await createUser(payload, { role: 'authority-user', authority: police })
  environmentUser = await createUser(payload, { role: 'authority-user', authority: environment })
  customer = await createUser(payload, { role: 'customer' })
})

afterAll(async () => {
  await server?.close()
  await test?.close()
  await smtp?.stop()
})

beforeEach(() => {
  now = beforeMidsummer
})

describe('service desk access', () => {
  it("should file an authority user's incident for their own authority, now, ignoring desk fields", async () => {
    const incident = await reportIncident(policeUser, {
      authority: environment,
      severity: 'minor',
      status: 'resolved',
      reportedAt: '2026-06-01T08:00:00.000Z',
      responseDueAt: '2030-01-01T00:00:00.000Z',
    })
    expect(String(idOf(incident.authority))).toBe(String(police))
    expect(String(idOf(incident.reportedBy))).toBe(String(policeUser.id))
    expect(incident).toMatchObject({
      severity: null,
      status: 'reported',
      channel: 'portal',
      reportedAt: beforeMidsummer.toISOString(),
      responseDueAt: responseDueAt.toISOString(),
    })
  })

  it("should show an authority user their own authority's incidents and requests only", async () => {
    const own = await reportIncident(policeUser)
    const other = await reportIncident(environmentUser)
    const ownRequest = await requestService(policeUser)
    const otherRequest = await requestService(environmentUser)
    const incidents = await payload.find({
      collection: serviceDeskSlugs.incidents,
      ...as(policeUser),
      pagination: false,
    })
    const ids = incidents.docs.map((doc) => String(doc.id))
    expect(ids).toContain(String(own.id))
    expect(ids).not.toContain(String(other.id))
    const requests = await payload.find({
      collection: serviceDeskSlugs.serviceRequests,
      ...as(policeUser),
      pagination: false,
    })
    expect(requests.docs.map((doc) => String(doc.id))).toContain(String(ownRequest.id))
    expect(requests.docs.map((doc) => String(doc.id))).not.toContain(String(otherRequest.id))
    expect(
      (
        await refusal(
          payload.findByID({
            collection: serviceDeskSlugs.incidents,
            id: other.id,
            ...as(policeUser),
          }),
        )
      ).status,
    ).toBe(404)
  })

  it('should let only the desk classify and update', async () => {
    const incident = await reportIncident(policeUser)
    expect(
      (await refusal(updateAs(policeUser, serviceDeskSlugs.incidents, incident.id, { severity: 'minor' })))
        .status,
    ).toBe(403)
    const classified = await updateAs(producer, serviceDeskSlugs.incidents, incident.id, {
      severity: 'minor',
    })
    expect(classified.severity).toBe('minor')
  })

  it('should give customers and visitors nothing', async () => {
    expect((await refusal(reportIncident(customer))).status).toBe(403)
    expect((await refusal(requestService(customer))).status).toBe(403)
    expect((await rest('/api/incidents', { user: customer })).status).toBe(403)
    expect((await rest('/api/service-requests', { user: customer })).status).toBe(403)
    expect((await rest('/api/incidents')).status).toBe(403)
  })

  it('should let staff see every incident, and let nobody delete one', async () => {
    const incident = await reportIncident(environmentUser)
    const seen = await payload.find({
      collection: serviceDeskSlugs.incidents,
      ...as(owner),
      pagination: false,
    })
    expect(seen.docs.map((doc) => String(doc.id))).toContain(String(incident.id))
    expect(
      (
        await refusal(
          payload.delete({ collection: serviceDeskSlugs.incidents, id: incident.id, ...as(owner) }),
        )
      ).status,
    ).toBe(403)
  })

  it('should audit every write by a user', async () => {
    const incident = await reportIncident(policeUser)
    const { docs } = await payload.find({
      collection: slugs.auditLog,
      where: {
        resource: { equals: serviceDeskSlugs.incidents },
        resourceId: { equals: String(incident.id) },
      },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ action: 'create', actorRole: 'authority-user' })
  })
})

describe('email intake', () => {
  it('should turn an email from an authority user into their incident', async () => {
    const response = await rest('/api/incidents/intake', {
      user: producer,
      method: 'POST',
      body: {
        from: policeUser.email.toUpperCase(),
        subject: 'Lupa is slow',
        body: 'Every page takes a minute.',
      },
    })
    expect(response.status).toBe(201)
    const incident = await stored(serviceDeskSlugs.incidents, (response.json!.doc as Doc).id)
    expect(incident).toMatchObject({ title: 'Lupa is slow', channel: 'email', status: 'reported' })
    expect(String(incident.reportedBy)).toBe(String(policeUser.id))
    expect(String(incident.authority)).toBe(String(police))
  })

  it('should keep an unknown sender as an address and file a service request', async () => {
    const response = await rest('/api/service-requests/intake', {
      user: owner,
      method: 'POST',
      body: { from: 'kirjaamo@kunta.example.fi', subject: 'Joining Lupa', body: 'We would like to join.' },
    })
    expect(response.status).toBe(201)
    const request = await stored(serviceDeskSlugs.serviceRequests, (response.json!.doc as Doc).id)
    expect(request).toMatchObject({
      requesterEmail: 'kirjaamo@kunta.example.fi',
      kind: 'normal',
      requestedBy: null,
    })
  })

  it('should take emails from the desk only', async () => {
    const email = { from: policeUser.email, subject: 'x', body: 'y' }
    expect((await rest('/api/incidents/intake', { method: 'POST', body: email })).status).toBe(401)
    expect(
      (await rest('/api/incidents/intake', { user: policeUser, method: 'POST', body: email })).status,
    ).toBe(403)
  })

  it('should name each bad field in the reader’s language', async () => {
    const response = await rest('/api/incidents/intake', {
      user: producer,
      method: 'POST',
      language: 'sv',
      body: { from: 'not an address', subject: '', body: 'x'.repeat(10_001) },
    })
    expect(response.status).toBe(400)
    expect(response.json!.errors).toEqual([
      { path: 'from', message: 'E-postadressen är inte giltig' },
      { path: 'subject', message: 'Obligatorisk uppgift saknas' },
      { path: 'body', message: 'Texten är för lång (högst 10000 tecken)' },
    ])
  })
})

describe('incident deadlines in service hours', () => {
  it('should count the response and the projected resolution across Midsummer and the weekend', async () => {
    const incident = await reportIncident(policeUser)
    expect(incident).toMatchObject({
      responseDueAt: responseDueAt.toISOString(),
      resolutionDueAt: projectedResolutionDueAt.toISOString(),
      responseLeftHours: 4,
      slaState: 'on-track',
    })
  })

  it('should show the time used and left as of the read', async () => {
    const incident = await reportIncident(policeUser)
    now = at('2026-06-22T05:30:00Z') // Monday 08:30
    const read = await stored(serviceDeskSlugs.incidents, incident.id)
    expect(read).toMatchObject({ responseUsedHours: 2.5, responseLeftHours: 1.5, slaState: 'on-track' })
    now = at('2026-06-22T07:30:00Z')
    expect(await stored(serviceDeskSlugs.incidents, incident.id)).toMatchObject({
      responseLeftHours: 0,
      isResponseBreached: true,
      slaState: 'breached',
    })
  })

  it('should start the resolution clock at an early response', async () => {
    const incident = await reportIncident(policeUser)
    now = at('2026-06-18T12:00:00Z') // Thursday 15:00
    const responded = await updateAs(producer, serviceDeskSlugs.incidents, incident.id, {
      severity: 'critical',
      status: 'responded',
      response: 'We are on it.',
    })
    // Thu 15–16, Mon 08–16, Tue 08–15.
    expect(responded).toMatchObject({
      respondedAt: now.toISOString(),
      resolutionDueAt: '2026-06-23T12:00:00.000Z',
      responseUsedHours: 1,
      isResponseBreached: false,
    })
  })

  it('should refuse a response before the incident is classified, with the message at the field', async () => {
    const incident = await reportIncident(policeUser)
    const { status, errors } = await refusal(
      updateAs(producer, serviceDeskSlugs.incidents, incident.id, { status: 'responded' }),
    )
    expect(status).toBe(400)
    expect(errors).toEqual([{ path: 'severity', message: 'Luokittele häiriö (vakavuus) ennen vastaamista' }])
  })

  it('should refuse a response time before the report, in English for an English reader', async () => {
    const incident = await reportIncident(policeUser)
    const token = await tokenOf(payload, producer)
    const response = await fetch(`${server.url}/api/incidents/${incident.id}`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json', 'Accept-Language': 'en' },
      body: JSON.stringify({ severity: 'major', respondedAt: '2026-06-17T08:00:00.000Z' }),
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as {
      errors: { data?: { errors: { path: string; message: string }[] } }[]
    }
    expect(body.errors[0].data?.errors).toEqual([
      { path: 'respondedAt', message: 'The response time cannot be before the report time' },
    ])
  })

  it('should refuse an unknown severity', async () => {
    const incident = await reportIncident(policeUser)
    const { status, errors } = await refusal(
      updateAs(producer, serviceDeskSlugs.incidents, incident.id, { severity: 'apocalyptic' }),
    )
    expect(status).toBe(400)
    expect(errors.map((error) => error.path)).toEqual(['severity'])
  })

  it('should recompute the deadlines when the severity changes, and audit it with both deadlines', async () => {
    const incident = await reportIncident(policeUser)
    const reclassified = await updateAs(producer, serviceDeskSlugs.incidents, incident.id, {
      severity: 'minor',
    })
    // Minor: 16 h to respond (Thu 14–16, Mon 08–16, Tue 08–14).
    expect(reclassified.responseDueAt).toBe('2026-06-23T11:00:00.000Z')
    const { docs } = await payload.find({
      collection: slugs.auditLog,
      where: {
        resource: { equals: serviceDeskSlugs.incidents },
        resourceId: { equals: String(incident.id) },
        action: { equals: 'update' },
      },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(String(idOf(docs[0].actor))).toBe(String(producer.id))
    expect(docs[0].detail).toEqual({
      severity: { from: null, to: 'minor' },
      deadlines: {
        responseDueAt: { from: responseDueAt.toISOString(), to: '2026-06-23T11:00:00.000Z' },
        resolutionDueAt: { from: projectedResolutionDueAt.toISOString(), to: reclassified.resolutionDueAt },
      },
    })
  })
})

describe('service request deadlines and pauses', () => {
  beforeEach(() => {
    now = mondayMorning
  })

  it('should give a normal request until Friday 16:00', async () => {
    const request = await requestService(environmentUser)
    expect(request).toMatchObject({ dueAt: '2026-11-06T14:00:00.000Z', leftHours: 40, slaState: 'on-track' })
  })

  it('should pause while waiting for the requester and move the deadline by the paused service time', async () => {
    const request = await requestService(environmentUser)
    now = at('2026-11-03T08:00:00Z') // Tuesday 10:00
    const waiting = await updateAs(producer, serviceDeskSlugs.serviceRequests, request.id, {
      status: 'waiting-for-requester',
      waitingFor: 'The permit types to connect',
    })
    expect(waiting.slaState).toBe('paused')
    now = at('2026-11-04T08:00:00Z') // Wednesday 10:00
    expect(await stored(serviceDeskSlugs.serviceRequests, request.id)).toMatchObject({
      leftHours: 30,
      slaState: 'paused',
    })
    const resumed = await updateAs(producer, serviceDeskSlugs.serviceRequests, request.id, {
      status: 'in-progress',
    })
    expect(resumed).toMatchObject({
      dueAt: '2026-11-09T14:00:00.000Z',
      pausedHours: 8,
      leftHours: 30,
      slaState: 'on-track',
    })
    expect(
      (resumed.pauses as Doc[]).map(({ pausedAt, resumedAt, reason }) => ({ pausedAt, resumedAt, reason })),
    ).toEqual([
      {
        pausedAt: '2026-11-03T08:00:00.000Z',
        resumedAt: '2026-11-04T08:00:00.000Z',
        reason: 'The permit types to connect',
      },
    ])
  })

  it('should give a joining request a 120 h target and a 240 h deadline', async () => {
    const request = await requestService(environmentUser, { kind: 'joining' })
    // 15 and 30 service days from Monday 2 November (Independence Day falls on a Sunday).
    expect(request.targetAt).toBe('2026-11-20T14:00:00.000Z')
    expect(request.dueAt).toBe('2026-12-11T14:00:00.000Z')
  })

  it('should refuse a corrected pause that ends before it starts, and one that never ends', async () => {
    const request = await requestService(environmentUser)
    now = at('2026-11-05T08:00:00Z')
    const { status, errors } = await refusal(
      updateAs(producer, serviceDeskSlugs.serviceRequests, request.id, {
        pauses: [
          { pausedAt: '2026-11-03T08:00:00.000Z', resumedAt: null },
          { pausedAt: '2026-11-04T10:00:00.000Z', resumedAt: '2026-11-04T09:00:00.000Z' },
        ],
      }),
    )
    expect(status).toBe(400)
    expect(errors).toEqual([
      {
        path: 'pauses.0.resumedAt',
        message: 'Tauolta puuttuu päättymisaika; vain viimeisin tauko voi olla käynnissä',
      },
      { path: 'pauses.1.resumedAt', message: 'Tauko ei voi päättyä ennen kuin se alkaa' },
      { path: 'pauses.1.pausedAt', message: 'Tauot menevät päällekkäin' },
    ])
  })

  it('should not reopen a closed request', async () => {
    const request = await requestService(environmentUser)
    await updateAs(producer, serviceDeskSlugs.serviceRequests, request.id, { status: 'done' })
    const { errors } = await refusal(
      updateAs(producer, serviceDeskSlugs.serviceRequests, request.id, { status: 'in-progress' }),
    )
    expect(errors.map((error) => error.path)).toEqual(['status'])
  })
})

describe('the service calendar', () => {
  const reset = () =>
    payload.updateGlobal({
      slug: globalSlugs.serviceCalendar as never,
      data: { closedDays: [], changedHours: [] } as never,
      overrideAccess: true,
    })

  it('should let the owner close an extra day, which every new deadline then skips', async () => {
    try {
      await payload.updateGlobal({
        slug: globalSlugs.serviceCalendar as never,
        data: { closedDays: [{ date: '2026-06-22T12:00:00.000Z', reason: 'Henkilöstöpäivä' }] } as never,
        ...as(owner),
      })
      const incident = await reportIncident(policeUser)
      // Monday 22 June closed too: Thu 14–16, Tue 23 June 08–10.
      expect(incident.responseDueAt).toBe('2026-06-23T07:00:00.000Z')
    } finally {
      await reset()
    }
  })

  it('should let service producers read the calendar but not change it, and authority users neither', async () => {
    await expect(
      payload.findGlobal({ slug: globalSlugs.serviceCalendar as never, ...as(producer) }),
    ).resolves.toBeTruthy()
    expect(
      (
        await refusal(
          payload.updateGlobal({
            slug: globalSlugs.serviceCalendar as never,
            data: {},
            ...as(producer),
          }),
        )
      ).status,
    ).toBe(403)
    expect(
      (await refusal(payload.findGlobal({ slug: globalSlugs.serviceCalendar as never, ...as(policeUser) })))
        .status,
    ).toBe(403)
  })

  it('should refuse overlapping changed hours with the message at the field', async () => {
    const range = {
      from: '2026-07-06T12:00:00.000Z',
      to: '2026-07-10T12:00:00.000Z',
      opensAt: '09:00',
      closesAt: '15:00',
    }
    const { errors } = await refusal(
      payload.updateGlobal({
        slug: globalSlugs.serviceCalendar as never,
        data: { changedHours: [range, { ...range, opensAt: '10:00' }] } as never,
        ...as(owner),
      }),
    )
    expect(errors).toEqual([
      {
        path: 'changedHours.1.from',
        message: 'Jaksot menevät päällekkäin; yhdelle päivälle voi olla vain yhdet poikkeavat aukioloajat',
      },
    ])
  })
})

describe('SLA reminders and breach alerts', () => {
  it('should send one reminder at three quarters and one alert at the deadline, however often the jobs run', async () => {
    const incident = await reportIncident(policeUser, {})
    await runJobs()
    expect(slaEmails('Häiriö', incident.id, 'Määräaika lähestyy')).toHaveLength(0)

    now = new Date(responseReminderAt.getTime() - minute)
    await runJobs()
    expect(slaEmails('Häiriö', incident.id, 'Määräaika lähestyy')).toHaveLength(0)

    now = new Date(responseReminderAt.getTime() + minute)
    await runJobs()
    await runJobs()
    const reminders = slaEmails('Häiriö', incident.id, 'Määräaika lähestyy')
    expect(reminders).toHaveLength(1)
    expect(reminders[0].to).toEqual([producer.email])
    expect(reminders[0].subject).toContain('(vasteaika)')
    expect(reminders[0].text).toContain(`/admin/collections/incidents/${incident.id}`)
    expect(reminders[0].text).not.toContain('Portal does not load')

    now = new Date(responseDueAt.getTime() + minute)
    await runJobs()
    await runJobs()
    expect(slaEmails('Häiriö', incident.id, 'Määräaika ylittynyt')).toHaveLength(1)
    expect(slaEmails('Häiriö', incident.id, 'Määräaika lähestyy')).toHaveLength(1)

    // A rerun of the check (a restart, a second worker) sends nothing again.
    await payload.jobs.queue({
      task: serviceDeskTaskSlugs.slaCheck as never,
      input: {
        collection: serviceDeskSlugs.incidents,
        id: String(incident.id),
        at: responseDueAt.toISOString(),
      } as never,
    })
    await runJobs()
    expect(slaEmails('Häiriö', incident.id, 'Määräaika ylittynyt')).toHaveLength(1)
    // The check stored the breach for lists and filters.
    const row = await payload.db.findOne({
      collection: serviceDeskSlugs.incidents,
      where: { id: { equals: incident.id } },
    })
    expect(row).toMatchObject({ isResponseBreached: true, slaState: 'breached' })
  })

  it('should send no reminder for a clock stopped in time', async () => {
    const incident = await reportIncident(policeUser)
    await updateAs(producer, serviceDeskSlugs.incidents, incident.id, {
      severity: 'major',
      status: 'resolved',
    })
    now = new Date(projectedResolutionDueAt.getTime() + 10 * day)
    await runJobs()
    await runJobs()
    expect(slaEmails('Häiriö', incident.id, 'Määräaika lähestyy')).toHaveLength(0)
    expect(slaEmails('Häiriö', incident.id, 'Määräaika ylittynyt')).toHaveLength(0)
  })

  it('should alert at the moved deadline of a paused request, not at the original one', async () => {
    now = mondayMorning
    const request = await requestService(environmentUser, { kind: 'critical' })
    await runJobs()
    now = at('2026-11-02T08:00:00Z') // Monday 10:00
    await updateAs(producer, serviceDeskSlugs.serviceRequests, request.id, {
      status: 'waiting-for-requester',
    })
    now = at('2026-11-03T08:00:00Z') // Tuesday 10:00: 8 service hours paused
    await updateAs(producer, serviceDeskSlugs.serviceRequests, request.id, { status: 'in-progress' })
    const originalDue = at('2026-11-03T14:00:00Z')
    const movedDue = at('2026-11-04T14:00:00Z')
    expect((await stored(serviceDeskSlugs.serviceRequests, request.id)).dueAt).toBe(movedDue.toISOString())

    now = new Date(originalDue.getTime() + minute)
    await runJobs()
    await runJobs()
    expect(slaEmails('Palvelupyyntö', request.id, 'Määräaika ylittynyt')).toHaveLength(0)

    now = new Date(movedDue.getTime() + minute)
    await runJobs()
    await runJobs()
    expect(slaEmails('Palvelupyyntö', request.id, 'Määräaika ylittynyt')).toHaveLength(1)
    // Nothing ran between its reminder time and its deadline: a reminder never follows the alert.
    expect(slaEmails('Palvelupyyntö', request.id, 'Määräaika lähestyy')).toHaveLength(0)
  })

  it('should send a breach alert the mail server refused once it is back, exactly once', async () => {
    const incident = await reportIncident(policeUser)
    await runJobs()
    await smtp.stop()
    now = new Date(responseDueAt.getTime() + minute)
    await runJobs()
    expect(slaEmails('Häiriö', incident.id, 'Määräaika ylittynyt')).toHaveLength(0)
    const claims = await payload.find({
      collection: serviceDeskSlugs.emails,
      where: { record: { equals: `incidents/${incident.id}` }, kind: { equals: 'sla-breach' } },
      overrideAccess: true,
    })
    expect(claims.docs.map((claim) => claim.status)).toEqual(['failed'])

    await smtp.start()
    // The job's own retry waits for its backoff; a rerun of the check does the same.
    await payload.jobs.queue({
      task: serviceDeskTaskSlugs.slaCheck as never,
      input: {
        collection: serviceDeskSlugs.incidents,
        id: String(incident.id),
        at: now.toISOString(),
      } as never,
    })
    await runJobs()
    await runJobs()
    expect(slaEmails('Häiriö', incident.id, 'Määräaika ylittynyt')).toHaveLength(1)
  })

  it('should take over a send left unfinished by a crashed worker, and one still in progress not', async () => {
    const incident = await reportIncident(policeUser)
    const key = `sla:incidents:${incident.id}:response:breach:${responseDueAt.toISOString()}`
    const claim = await payload.create({
      collection: serviceDeskSlugs.emails,
      data: {
        key,
        kind: 'sla-breach',
        record: `incidents/${incident.id}`,
        status: 'sending',
        claimedAt: responseDueAt.toISOString(),
      } as never,
      overrideAccess: true,
    })
    const check = () =>
      payload.jobs.queue({
        task: serviceDeskTaskSlugs.slaCheck as never,
        input: {
          collection: serviceDeskSlugs.incidents,
          id: String(incident.id),
          at: responseDueAt.toISOString(),
        } as never,
      })
    // Ten seconds after the claim: another worker may still be sending.
    now = new Date(responseDueAt.getTime() + 10_000)
    await check()
    await runJobs()
    expect(slaEmails('Häiriö', incident.id, 'Määräaika ylittynyt')).toHaveLength(0)
    // Long after: the worker died; the alert goes out once.
    now = new Date(responseDueAt.getTime() + 5 * minute)
    await check()
    await runJobs()
    await check()
    await runJobs()
    expect(slaEmails('Häiriö', incident.id, 'Määräaika ylittynyt')).toHaveLength(1)
    expect(await stored(serviceDeskSlugs.emails, claim.id)).toMatchObject({ status: 'sent' })
  })

  it('should send to the desk address when the plugin has one', async () => {
    const config = await serviceDeskPlugin({ deskEmail: 'palvelupiste@lupa.example.fi' })({
      collections: [],
    } as never)
    const task = config.jobs!.tasks!.find((candidate) => candidate.slug === serviceDeskTaskSlugs.slaCheck)!
    const incident = await reportIncident(policeUser)
    now = new Date(responseDueAt.getTime() + minute)
    const req = await createLocalReq({}, payload)
    await (task.handler as (args: unknown) => Promise<unknown>)({
      input: { collection: serviceDeskSlugs.incidents, id: String(incident.id), at: now.toISOString() },
      req,
    })
    expect(
      smtp
        .to('palvelupiste@lupa.example.fi')
        .filter((email) => email.subject.includes(`Häiriö ${incident.id} (`)),
    ).toHaveLength(1)
  })
})

describe('maintenance notices', () => {
  const notice = (data: Record<string, unknown>) =>
    payload.create({
      collection: serviceDeskSlugs.maintenanceNotices,
      locale: 'fi',
      data: {
        title: 'Versiopäivitys',
        description: 'Lupa päivitetään.',
        status: 'published',
        ...data,
      } as never,
      ...as(producer),
    }) as unknown as Promise<Doc>

  beforeEach(() => {
    now = mondayMorning
  })

  it('should email every user once, 14 days before the break, each in their language', async () => {
    await payload.update({
      collection: slugs.users,
      id: customer.id,
      data: { locale: 'sv' } as never,
      overrideAccess: true,
    })
    const systemAccount = await payload.create({
      collection: slugs.users,
      data: {
        email: 'system@lupa.localhost',
        password: 'x-long-password-1',
        name: 'System',
        role: 'authority-user',
        authority: police,
        isServiceAccount: true,
      } as never,
      overrideAccess: true,
    })
    const startsAt = new Date(mondayMorning.getTime() + 30 * day)
    const created = await notice({
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 60 * minute).toISOString(),
      description: 'Lupa päivitetään 30.',
    })
    await payload.update({
      collection: serviceDeskSlugs.maintenanceNotices,
      id: created.id,
      locale: 'sv',
      data: { title: 'Versionsuppdatering', description: 'Lupa uppdateras 30.' },
      overrideAccess: true,
    })
    await runJobs()
    const about = () => smtp.received.filter((email) => /Lupa (päivitetään|uppdateras) 30\./.test(email.text))
    expect(about()).toHaveLength(0)

    now = new Date(startsAt.getTime() - 14 * day + minute)
    await runJobs()
    await runJobs()
    const { totalDocs: users } = await payload.count({
      collection: slugs.users,
      where: { isServiceAccount: { not_equals: true } },
      overrideAccess: true,
    })
    expect(about()).toHaveLength(users)
    expect(new Set(about().flatMap((email) => email.to)).size).toBe(users)
    expect(about().some((email) => email.to.includes('system@lupa.localhost'))).toBe(false)
    const swedish = smtp.to(customer.email).find((email) => email.text.includes('uppdateras 30.'))!
    expect(swedish.subject).toContain('Underhållsavbrott i tjänsten Lupa')
    expect(
      smtp.to(producer.email).find((email) => email.text.includes('päivitetään 30.'))!.subject,
    ).toContain('Lupa-palvelun huoltokatko')
    expect(await stored(serviceDeskSlugs.maintenanceNotices, created.id)).toMatchObject({
      emailedCount: users,
    })

    // A rerun sends nobody a second notice.
    await payload.jobs.queue({
      task: serviceDeskTaskSlugs.maintenanceEmails as never,
      input: { noticeId: String(created.id), at: now.toISOString() } as never,
    })
    await runJobs()
    expect(about()).toHaveLength(users)
    await payload.delete({ collection: slugs.users, id: systemAccount.id, overrideAccess: true })
  })

  it('should refuse to publish a break less than 14 days away until the short notice is confirmed, then email at once', async () => {
    const startsAt = new Date(mondayMorning.getTime() + 3 * day)
    const times = {
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 60 * minute).toISOString(),
    }
    const { status, errors } = await refusal(notice({ ...times, description: 'Lupa päivitetään 3.' }))
    expect(status).toBe(400)
    expect(errors.map((error) => error.path)).toEqual(['startsAt'])
    expect(errors[0].message).toMatch(/alle 14 päivän/)

    await notice({ ...times, description: 'Lupa päivitetään 3.', isShortNoticeAccepted: true })
    await runJobs()
    expect(smtp.to(owner.email).filter((email) => email.text.includes('Lupa päivitetään 3.'))).toHaveLength(1)
  })

  it('should keep a draft to itself and refuse a break that ends before it starts', async () => {
    const startsAt = new Date(mondayMorning.getTime() + 20 * day)
    const { errors } = await refusal(
      notice({
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() - minute).toISOString(),
      }),
    )
    expect(errors.map((error) => error.path)).toEqual(['endsAt'])
    const draft = await notice({
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + minute).toISOString(),
      status: 'draft',
    })
    expect((await rest(`/api/maintenance-notices/${draft.id}`)).status).toBe(404)
    expect((await upcomingNotices(payload, now)).map((item) => item.id)).not.toContain(draft.id)
  })

  it('should announce published breaks to the portal and name the one going on, while /healthz stays up', async () => {
    const startsAt = new Date(mondayMorning.getTime() + 40 * day)
    const endsAt = new Date(startsAt.getTime() + 3 * 60 * minute)
    const published = await notice({
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      description: 'Lupa päivitetään 40.',
    })
    const upcoming = await upcomingNotices(payload, now)
    expect(upcoming.find((item) => item.id === published.id)).toMatchObject({
      title: { fi: 'Versiopäivitys' },
      description: { fi: 'Lupa päivitetään 40.' },
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
    })
    expect(await activeMaintenance(payload, now)).toBeNull()
    expect((await activeMaintenance(payload, new Date(startsAt.getTime() + minute)))?.id).toBe(published.id)
    expect(await activeMaintenance(payload, endsAt)).toBeNull()
    expect((await rest('/api/maintenance-notices')).status).toBe(200)

    now = new Date(startsAt.getTime() + minute)
    expect((await rest('/healthz')).status).toBe(200)
  })

  it('should let only the desk plan breaks', async () => {
    const startsAt = new Date(mondayMorning.getTime() + 20 * day)
    const data = {
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + minute).toISOString(),
    }
    for (const user of [policeUser, customer]) {
      const { status } = await refusal(
        payload.create({
          collection: serviceDeskSlugs.maintenanceNotices,
          data: { title: 'x', description: 'y', ...data } as never,
          ...as(user),
        }),
      )
      expect(status).toBe(403)
    }
  })
})

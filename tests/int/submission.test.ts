import type { CollectionSlug, Payload } from 'payload'
import { APIError, createLocalReq, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { changeCaseStatus } from '../../src/cases/changeCaseStatus'
import { slugs } from '../../src/collections/slugs'
import type { DeliveryMessage } from '../../src/connections/types'
import { seedCatalogue } from '../../src/seed/seed'
import { permitTypes, workedExampleApplication } from '../../src/seed/public-event'
import { addCalendarDays } from '../../src/domain/calendar-date'
import { expectedDecisionDate } from '../../src/domain/decision-date'
import { isServiceDay, serviceDateOf } from '../../src/domain/service-time'
import { serviceCalendarOf } from '../../src/globals/serviceCalendarOf'
import { recoverStaleJobs } from '../../src/server/worker'
import { submitApplication } from '../../src/submission/submitApplication'
import type { TestUser } from '../support/factories'
import { authorityId, createDraft, createUser } from '../support/factories'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'

let test: TestPayload
let payload: Payload
let bundleId: number | string
let catalogue: Awaited<ReturnType<typeof seedCatalogue>>
let customer: TestUser

const deliveryOf = async (caseId: number | string) =>
  (
    await payload.find({
      collection: slugs.deliveries,
      where: { case: { equals: caseId } },
      overrideAccess: true,
    })
  ).docs[0]
const reqAs = (user: TestUser) => createLocalReq({ user: user as never }, payload)
const count = async (collection: CollectionSlug, where = {}) =>
  (await payload.count({ collection: collection, where, overrideAccess: true })).totalDocs

const expectedPermits = [
  'police-public-event-notification',
  'rescue-plan',
  'noise-notification',
  'large-event-food-notification',
  'food-vendor-notice',
  'alcohol-serving-licence',
  'area-use-permit',
  'traffic-arrangement-plan',
  'temporary-structures-permit',
]

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  catalogue = await seedCatalogue(payload)
  ;({ bundleId } = catalogue)
  customer = await createUser(payload, { role: 'customer' })
})

afterAll(async () => {
  await test?.close()
})

describe('submitting an application', () => {
  it('should create one case per needed permit, routed to the competent authority, with events and queued jobs', async () => {
    const draft = await createDraft(payload, { customer, bundleId })
    const result = await submitApplication({
      req: await reqAs(customer),
      applicationId: draft.id,
      locale: 'fi',
    })

    expect(result.cases.map((item) => item.permitType).sort()).toEqual([...expectedPermits].sort())
    const routes = Object.fromEntries(result.cases.map((item) => [item.permitType, item.authority]))
    expect(routes['police-public-event-notification']).toBe('police-helsinki')
    expect(routes['alcohol-serving-licence']).toBe('permit-agency')
    expect(routes['noise-notification']).toBe('environmental-protection-helsinki')
    expect(new Set(Object.values(routes)).size).toBe(7)

    const caseIds = result.cases.map((item) => item.id)
    expect(await count(slugs.cases, { application: { equals: draft.id } })).toBe(expectedPermits.length)
    expect(await count(slugs.caseEvents, { case: { in: caseIds }, type: { equals: 'submitted' } })).toBe(
      expectedPermits.length,
    )
    const deliveries = await payload.find({
      collection: slugs.deliveries,
      overrideAccess: true,
      pagination: false,
      where: { case: { in: caseIds } },
    })
    expect(deliveries.docs.map((delivery) => delivery.eventType)).toEqual(caseIds.map(() => 'case.submitted'))
    const jobs = await payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      pagination: false,
      where: { taskSlug: { equals: 'deliverMessage' } },
    })
    const queued = jobs.docs.map((job) => String((job.input as { deliveryId: string }).deliveryId))
    expect(queued).toEqual(expect.arrayContaining(deliveries.docs.map((delivery) => String(delivery.id))))

    const application = await payload.findByID({
      collection: slugs.applications,
      id: draft.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(application.status).toBe('submitted')
    expect(application.receiptNumber).toBe(result.receiptNumber)
    expect((application.partyAuthorities as unknown[]).length).toBe(new Set(Object.values(routes)).size)
    // One audit entry names the submission and its cases, not one per written record.
    const { docs: audit } = await payload.find({
      collection: slugs.auditLog,
      where: { actor: { equals: customer.id } },
      overrideAccess: true,
      pagination: false,
    })
    // (Besides the draft's creation.)
    const submitted = audit.filter(
      (entry) => entry.resourceId === String(draft.id) && entry.action !== 'create',
    )
    expect(submitted.map((entry) => entry.action)).toEqual(['submit'])
    expect((submitted[0].detail as { caseIds: string[] }).caseIds).toEqual(caseIds.map(String))
    expect(audit.filter((entry) => entry.resource === slugs.cases)).toEqual([])
  })

  it('should send each authority only the data elements its permit type lists', async () => {
    const draft = await createDraft(payload, { customer, bundleId })
    const result = await submitApplication({
      req: await reqAs(customer),
      applicationId: draft.id,
      locale: 'fi',
    })
    for (const item of result.cases) {
      const caseDoc = await payload.findByID({
        collection: slugs.cases,
        id: item.id,
        overrideAccess: true,
        depth: 0,
      })
      const listed = permitTypes
        .find((permitType) => permitType.key === item.permitType)!
        .elements.map((element) => element.key)
      expect(Object.keys(caseDoc.data as object).every((key) => listed.includes(key))).toBe(true)
    }
    const police = result.cases.find((item) => item.permitType === 'police-public-event-notification')!
    const policeData = (
      await payload.findByID({ collection: slugs.cases, id: police.id, overrideAccess: true })
    ).data as Record<string, unknown>
    expect(policeData.eventName).toBe(workedExampleApplication.eventName)
    expect(policeData).not.toHaveProperty('servingAreaDescription')
  })

  it('should tell each authority the receipt number and list only the files it may read', async () => {
    const upload = (name: string) =>
      payload.create({
        collection: slugs.attachments,
        user: customer,
        overrideAccess: false,
        data: { description: name },
        file: { data: Buffer.from(name), mimetype: 'text/plain', name: `${name}.txt`, size: name.length },
      })
    // A drawing of the serving area goes only with the alcohol licence; a general file to all.
    const [drawing, general] = [await upload('serving-area'), await upload('general')]
    const values = { ...workedExampleApplication, servingAreaDrawing: [String(drawing.id)] }
    const draft = await createDraft(payload, { customer, bundleId, values })
    await payload.update({
      collection: slugs.applications,
      id: draft.id,
      user: customer,
      overrideAccess: false,
      data: { attachments: [drawing.id, general.id] },
    })
    const result = await submitApplication({
      req: await reqAs(customer),
      applicationId: draft.id,
      locale: 'fi',
    })

    for (const item of result.cases) {
      const message = (await deliveryOf(item.id)).message as DeliveryMessage
      expect(message.case.applicationReceiptNumber).toBe(result.receiptNumber)
      expect(message.case.caseNumber).toBe(item.caseNumber)
      const files = message.attachments.map((file) => file.id).sort()
      const expected = item.permitType === 'alcohol-serving-licence' ? [drawing.id, general.id] : [general.id]
      expect(files).toEqual(expected.map(String).sort())
    }
    const readers = async (id: number | string) =>
      (await payload.findByID({ collection: slugs.attachments, id, overrideAccess: true, depth: 0 }))
        .authorities
    expect(await readers(drawing.id)).toEqual([await authorityId(payload, 'permit-agency')])
    expect(await readers(general.id)).toHaveLength(7)
  })

  it('should count the expected decision date in working days and move it while a supplement is awaited', async () => {
    const draft = await createDraft(payload, { customer, bundleId })
    const result = await submitApplication({
      req: await reqAs(customer),
      applicationId: draft.id,
      locale: 'fi',
    })
    const police = result.cases.find((item) => item.permitType === 'police-public-event-notification')!
    const expectedOf = async () =>
      (await payload.findByID({ collection: slugs.cases, id: police.id, overrideAccess: true, depth: 0 }))
        .expectedDecisionDate
    const calendar = await serviceCalendarOf(await reqAs(customer))
    const today = serviceDateOf(new Date(), calendar)
    const processingDays = permitTypes.find((type) => type.key === police.permitType)!.processingDays
    const base = expectedDecisionDate({ receivedOn: today, serviceDays: processingDays, calendar })
    expect(await expectedOf()).toBe(base)
    expect(isServiceDay(base, calendar)).toBe(true)

    const officer = await createUser(payload, {
      role: 'authority-user',
      authority: await authorityId(payload, 'police-helsinki'),
    })
    await changeCaseStatus({ req: await reqAs(officer), caseId: police.id, status: 'received' })
    const dueDate = addCalendarDays({ date: today, days: 14 })
    const request = await payload.create({
      collection: slugs.supplementRequests,
      user: officer,
      overrideAccess: false,
      data: { case: police.id, whatIsMissing: 'Security plan', dueDate },
    })
    const paused = expectedDecisionDate({
      receivedOn: today,
      serviceDays: processingDays,
      pauses: [{ from: today, to: dueDate }],
      calendar,
    })
    expect(paused > base).toBe(true)
    expect(await expectedOf()).toBe(paused)

    // Cancelled the same day: the case waited for nothing.
    await payload.update({
      collection: slugs.supplementRequests,
      id: request.id,
      user: officer,
      overrideAccess: false,
      data: { status: 'cancelled' },
    })
    expect(await expectedOf()).toBe(base)
  })

  it('should route by the municipality of the event', async () => {
    const values = { ...workedExampleApplication, municipality: '049' }
    const draft = await createDraft(payload, { customer, bundleId, values, answers: { ...values } })
    const result = await submitApplication({
      req: await reqAs(customer),
      applicationId: draft.id,
      locale: 'fi',
    })
    const routes = Object.fromEntries(result.cases.map((item) => [item.permitType, item.authority]))
    expect(routes['police-public-event-notification']).toBe('police-lansi-uusimaa')
    expect(routes['rescue-plan']).not.toBe('rescue-helsinki')
  })

  it('should route a case only to an authority that has joined its permit type', async () => {
    const helsinki = catalogue.authorityIds.get('environmental-protection-helsinki')!
    const noise = catalogue.permitTypeIds.get('noise-notification')!
    const newcomer = await payload.create({
      collection: slugs.authorities,
      data: {
        key: 'environment-newcomer',
        name: 'Uusi ympäristöviranomainen',
        kind: catalogue.kindIds.get('environmental-protection')!,
        municipalities: ['091'],
      },
      overrideAccess: true,
    })
    const joinNoise = (isJoined: boolean) =>
      payload.update({
        collection: slugs.authorities,
        id: helsinki,
        data: { joinedPermitTypes: isJoined ? [noise] : [] },
        overrideAccess: true,
      })
    try {
      const draft = await createDraft(payload, { customer, bundleId })
      const result = await submitApplication({
        req: await reqAs(customer),
        applicationId: draft.id,
        locale: 'fi',
      })
      expect(result.cases.find((item) => item.permitType === 'noise-notification')?.authority).toBe(
        'environmental-protection-helsinki',
      )

      await joinNoise(false)
      const before = await count(slugs.cases)
      const other = await createDraft(payload, { customer, bundleId })
      const error = await submitApplication({
        req: await reqAs(customer),
        applicationId: other.id,
        locale: 'en',
      }).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).data.errors).toEqual([
        {
          path: 'values.municipality',
          message: 'No competent authority was found for the information given',
        },
      ])
      expect(await count(slugs.cases)).toBe(before)
    } finally {
      await joinNoise(true)
      await payload.delete({ collection: slugs.authorities, id: newcomer.id, overrideAccess: true })
    }
  })

  it('should leave nothing behind when a step fails in the middle', async () => {
    const draft = await createDraft(payload, { customer, bundleId })
    const before = {
      cases: await count(slugs.cases),
      events: await count(slugs.caseEvents),
      jobs: await count('payload-jobs'),
    }
    const queue = payload.jobs.queue.bind(payload.jobs)
    let calls = 0
    const spy = vi.spyOn(payload.jobs, 'queue').mockImplementation(async (args) => {
      calls += 1
      if (calls === 3) throw new Error('simulated crash while queueing')
      return queue(args as never)
    })
    try {
      await expect(
        submitApplication({ req: await reqAs(customer), applicationId: draft.id, locale: 'fi' }),
      ).rejects.toThrow('simulated crash')
    } finally {
      spy.mockRestore()
    }
    expect(await count(slugs.cases)).toBe(before.cases)
    expect(await count(slugs.caseEvents)).toBe(before.events)
    expect(await count('payload-jobs')).toBe(before.jobs)
    const application = await payload.findByID({
      collection: slugs.applications,
      id: draft.id,
      overrideAccess: true,
    })
    expect(application.status).toBe('draft')
  })

  it('should reject missing and malformed data with field-level messages in the chosen language', async () => {
    const values = {
      ...workedExampleApplication,
      organiserName: '',
      contactEmail: 'not-an-email',
      expectedAttendees: 'many',
    }
    const draft = await createDraft(payload, { customer, bundleId, values })
    const before = await count(slugs.cases)
    const error = await submitApplication({
      req: await reqAs(customer),
      applicationId: draft.id,
      locale: 'sv',
    }).catch((caught) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    const errors = (error as ValidationError).data.errors
    expect(errors.map((item) => item.path)).toEqual(
      expect.arrayContaining(['values.organiserName', 'values.contactEmail', 'values.expectedAttendees']),
    )
    expect(errors.find((item) => item.path === 'values.organiserName')?.message).toBe(
      'Obligatorisk uppgift saknas',
    )
    expect(await count(slugs.cases)).toBe(before)
  })

  it('should refuse to submit the same application twice', async () => {
    const draft = await createDraft(payload, { customer, bundleId })
    await submitApplication({ req: await reqAs(customer), applicationId: draft.id, locale: 'en' })
    const error = await submitApplication({
      req: await reqAs(customer),
      applicationId: draft.id,
      locale: 'en',
    }).catch((caught) => caught)
    expect(error).toBeInstanceOf(APIError)
    expect((error as APIError).status).toBe(409)
  })

  it("should not let a customer submit another customer's application", async () => {
    const draft = await createDraft(payload, { customer, bundleId })
    const other = await createUser(payload, { role: 'customer' })
    const error = await submitApplication({
      req: await reqAs(other),
      applicationId: draft.id,
      locale: 'fi',
    }).catch((caught) => caught)
    expect((error as APIError).status).toBe(404)
    const application = await payload.findByID({
      collection: slugs.applications,
      id: draft.id,
      overrideAccess: true,
    })
    expect(application.status).toBe('draft')
  })
})

describe('delivery jobs', () => {
  it('should record once that no connection mode is configured, however often the job runs', async () => {
    const draft = await createDraft(payload, { customer, bundleId })
    const result = await submitApplication({
      req: await reqAs(customer),
      applicationId: draft.id,
      locale: 'fi',
    })
    const caseId = result.cases[0].id
    const delivery = await deliveryOf(caseId)
    await payload.jobs.run({ limit: 100 })
    await payload.jobs.queue({ task: 'deliverMessage', input: { deliveryId: String(delivery.id) } })
    await payload.jobs.run({ limit: 100 })
    const caseDoc = await payload.findByID({ collection: slugs.cases, id: caseId, overrideAccess: true })
    expect(caseDoc.deliveryState).toBe('not-configured')
    expect(
      await count(slugs.caseEvents, {
        case: { equals: caseId },
        type: { equals: 'delivery-not-configured' },
      }),
    ).toBe(1)
    const job = await payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { 'input.deliveryId': { equals: String(delivery.id) } },
    })
    expect(job.docs.every((doc) => doc.completedAt)).toBe(true)
  })

  it('should release a job left processing by a crashed worker once its lease runs out, and then run it', async () => {
    const draft = await createDraft(payload, { customer, bundleId })
    const result = await submitApplication({
      req: await reqAs(customer),
      applicationId: draft.id,
      locale: 'fi',
    })
    const caseId = String(result.cases[0].id)
    const delivery = await deliveryOf(caseId)
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { 'input.deliveryId': { equals: String(delivery.id) } },
    })
    await payload.update({
      collection: 'payload-jobs',
      id: docs[0].id,
      data: { processing: true },
      overrideAccess: true,
    })
    await payload.jobs.run({ limit: 100 })
    expect(
      (await payload.findByID({ collection: slugs.cases, id: caseId, overrideAccess: true })).deliveryState,
    ).toBe('pending')

    // Its lease is fresh: a live worker may be running it.
    await recoverStaleJobs(payload)
    expect(
      (await payload.findByID({ collection: 'payload-jobs', id: docs[0].id, overrideAccess: true }))
        .processing,
    ).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await recoverStaleJobs(payload, 1)).toBeGreaterThanOrEqual(1)
    await payload.jobs.run({ limit: 100 })
    expect(
      (await payload.findByID({ collection: slugs.cases, id: caseId, overrideAccess: true })).deliveryState,
    ).toBe('not-configured')
  })
})

import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { CollectionConfig, Config } from 'payload'

import {
  simplifiedEscalationTaskSlug,
  simplifiedPlugin,
  simplifiedReminderTaskSlug,
} from '../../plugins/connection-simplified'
import { slugs } from '../../src/collections/slugs'
import { enqueueDelivery } from '../../src/connections/enqueueDelivery'
import { connectionModesOf, findConnectionMode } from '../../src/connections/registry'
import { InvalidConnectionConfigError } from '../../src/connections/types'
import { workedExampleApplication } from '../../src/seed/public-event'
import { seedCatalogue } from '../../src/seed/seed'
import { submitApplication } from '../../src/submission/submitApplication'
import type { TestUser } from '../support/factories'
import { authorityId, createDraft, createUser } from '../support/factories'
import type { ReceivedEmail, TestSmtpServer } from '../support/smtpServer'
import { startSmtpServer } from '../support/smtpServer'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'

type Id = number | string

/** Friday 13 November 2026, 15:00 in Helsinki (EET, UTC+2): one service hour left that day. */
const fridayAfternoon = new Date('2026-11-13T13:00:00Z')
/** 8 service hours later: Friday 15–16 and Monday 08–15. */
const reminderDue = new Date('2026-11-16T13:00:00Z')
/** 16 service hours later: Monday 08–16 and Tuesday 08–15 on top. */
const escalationDue = new Date('2026-11-17T13:00:00Z')
const minute = 60_000

const authorityKey = 'environmental-protection-helsinki'
const noticeEmail = 'ymparistonsuojelu-helsinki@lupa-demo.example.fi'
const backupEmail = 'kirjaamo@lupa-demo.example.fi'

let test: TestPayload
let payload: Payload
let smtp: TestSmtpServer
let now = fridayAfternoon
let bundleId: Id
let customer: TestUser
let authority: Id
let authorityUser: TestUser

const runJobs = () => payload.jobs.run({ limit: 200 })

const configureAuthority = (data: Record<string, unknown>) =>
  payload.update({
    collection: slugs.authorities,
    id: authority,
    overrideAccess: true,
    data: data,
  })

const defaultSettings = {
  noticeEmailOverride: null,
  reminderAfterServiceHours: 8,
  escalateAfterServiceHours: 16,
  backupEmail,
}

/** Submits the worked example; returns its noise notification, the case of our authority. */
const submitCase = async () => {
  const draft = await createDraft(payload, { customer, bundleId })
  const result = await submitApplication({
    req: await createLocalReq({ user: customer as never }, payload),
    applicationId: draft.id,
    locale: 'fi',
  })
  const noiseCase = result.cases.find((item) => item.permitType === 'noise-notification')!
  return { ...noiseCase, applicationId: draft.id }
}

const caseOf = (id: Id) => payload.findByID({ collection: slugs.cases, id, overrideAccess: true, depth: 0 })
const deliveryOf = async (caseId: Id) =>
  (
    await payload.find({
      collection: slugs.deliveries,
      where: { case: { equals: caseId }, eventType: { equals: 'case.submitted' } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]
const eventsOf = async (caseId: Id, type: string) =>
  (
    await payload.count({
      collection: slugs.caseEvents,
      where: { case: { equals: caseId }, type: { equals: type } },
      overrideAccess: true,
    })
  ).totalDocs
const emailsAbout = (caseNumber: string, address?: string): ReceivedEmail[] =>
  (address ? smtp.to(address) : smtp.received).filter((email) => email.subject.includes(caseNumber))

beforeAll(async () => {
  smtp = await startSmtpServer()
  test = await startTestPayload({
    env: { SMTP_URL: smtp.url },
    clock: () => now,
    deliveryPolicy: { baseDelayMs: 1000, maxDelayMs: 1000 },
  })
  payload = test.payload
  ;({ bundleId } = await seedCatalogue(payload))
  customer = await createUser(payload, { role: 'customer' })
  authority = await authorityId(payload, authorityKey)
  authorityUser = await createUser(payload, { role: 'authority-user', authority })
})

afterAll(async () => {
  await test?.close()
  await smtp?.stop()
})

beforeEach(async () => {
  now = fridayAfternoon
  smtp.refuseWith(null)
  await smtp.start()
  await configureAuthority({ noticeEmail, connectionMode: 'simplified', simplifiedSettings: defaultSettings })
})

describe('the simplified mode: delivery', () => {
  it("should email a notice with the case number and a link to the authority's notice address", async () => {
    const submitted = await submitCase()
    await runJobs()
    const emails = emailsAbout(submitted.caseNumber, noticeEmail)
    expect(emails).toHaveLength(1)
    expect(emails[0].text).toContain(submitted.caseNumber)
    expect(emails[0].text).toContain(`http://localhost:3999/authority/cases/${submitted.id}`)
    expect(emails[0].text).toContain('Meluilmoitus')
  })

  it('should leave every personal datum of the application out of the notice', async () => {
    const submitted = await submitCase()
    await runJobs()
    const [email] = emailsAbout(submitted.caseNumber, noticeEmail)
    for (const personal of [
      workedExampleApplication.organiserName,
      workedExampleApplication.contactName,
      workedExampleApplication.contactEmail,
      workedExampleApplication.contactPhone,
      workedExampleApplication.eventAddress,
      workedExampleApplication.organiserAddress,
      customer.email,
    ] as string[]) {
      expect(email.raw).not.toContain(personal)
      expect(email.text).not.toContain(personal)
      expect(email.subject).not.toContain(personal)
    }
  })

  it('should mark the case delivered', async () => {
    const submitted = await submitCase()
    await runJobs()
    const caseDoc = await caseOf(submitted.id)
    expect(caseDoc.status).toBe('delivered')
    expect(caseDoc.deliveryState).toBe('delivered')
    expect((await deliveryOf(submitted.id)).mode).toBe('simplified')
  })

  it('should send the notice to the override address of the settings instead', async () => {
    const override = 'ilmoitukset@lupa-demo.example.fi'
    await configureAuthority({ simplifiedSettings: { ...defaultSettings, noticeEmailOverride: override } })
    const submitted = await submitCase()
    await runJobs()
    expect(emailsAbout(submitted.caseNumber, override)).toHaveLength(1)
    expect(emailsAbout(submitted.caseNumber, noticeEmail)).toHaveLength(0)
  })

  it('should retry while the mail server is down and send one notice once it is back', async () => {
    await smtp.stop()
    const submitted = await submitCase()
    await runJobs()
    expect((await deliveryOf(submitted.id)).status).toBe('retrying')
    expect((await caseOf(submitted.id)).deliveryState).toBe('failed')

    await smtp.start()
    now = new Date(fridayAfternoon.getTime() + minute)
    await runJobs()
    await runJobs()
    expect((await caseOf(submitted.id)).status).toBe('delivered')
    expect(emailsAbout(submitted.caseNumber)).toHaveLength(1)
  })

  it('should retry when the mail server refuses the notice, keeping its reply', async () => {
    smtp.refuseWith(451)
    const submitted = await submitCase()
    await runJobs()
    const delivery = await deliveryOf(submitted.id)
    expect(delivery.status).toBe('retrying')
    expect(delivery.lastResponse).toMatchObject({ status: 451 })
    expect(emailsAbout(submitted.caseNumber)).toHaveLength(0)
  })

  it('should dead-letter the notice at once when the authority has no notice address', async () => {
    await configureAuthority({ noticeEmail: null })
    const submitted = await submitCase()
    await runJobs()
    const delivery = await deliveryOf(submitted.id)
    expect(delivery.status).toBe('dead-lettered')
    expect(delivery.attempts).toBe(1)
    expect(String(delivery.lastError)).toMatch(/notice address/)
  })

  it('should email a similar notice for a later event of the case', async () => {
    const submitted = await submitCase()
    await runJobs()
    await enqueueDelivery({
      req: await createLocalReq({}, payload),
      caseId: submitted.id,
      type: 'case.withdrawn',
    })
    await runJobs()
    const emails = emailsAbout(submitted.caseNumber, noticeEmail)
    expect(emails).toHaveLength(2)
    expect(emails[1].subject).toContain('Hakemus peruttu')
    expect(emails[1].text).toContain(`/authority/cases/${submitted.id}`)
  })
})

describe('the simplified mode: reminders and escalation', () => {
  it('should remind the notice address of an unopened case after 8 service hours, across the weekend', async () => {
    const submitted = await submitCase()
    await runJobs()
    now = new Date(reminderDue.getTime() - minute)
    await runJobs()
    expect(emailsAbout(submitted.caseNumber, noticeEmail)).toHaveLength(1)

    now = new Date(reminderDue.getTime() + minute)
    await runJobs()
    const emails = emailsAbout(submitted.caseNumber, noticeEmail)
    expect(emails).toHaveLength(2)
    expect(emails[1].subject).toContain('Muistutus')
    expect(emails[1].text).toContain(`/authority/cases/${submitted.id}`)
    expect(await eventsOf(submitted.id, 'reminder-sent')).toBe(1)
  })

  it('should remind only once however often the reminder job runs', async () => {
    const submitted = await submitCase()
    await runJobs()
    now = new Date(reminderDue.getTime() + minute)
    await runJobs()
    await payload.jobs.queue({
      task: simplifiedReminderTaskSlug as never,
      input: { caseId: String(submitted.id), dueAt: reminderDue.toISOString(), serviceHours: 8 } as never,
    })
    await runJobs()
    expect(emailsAbout(submitted.caseNumber, noticeEmail)).toHaveLength(2)
    expect(await eventsOf(submitted.id, 'reminder-sent')).toBe(1)
  })

  it('should escalate an unopened case to the backup address after 16 service hours', async () => {
    const submitted = await submitCase()
    await runJobs()
    now = new Date(reminderDue.getTime() + minute)
    await runJobs()
    now = new Date(escalationDue.getTime() - minute)
    await runJobs()
    expect(emailsAbout(submitted.caseNumber, backupEmail)).toHaveLength(0)

    now = new Date(escalationDue.getTime() + minute)
    await runJobs()
    const emails = emailsAbout(submitted.caseNumber, backupEmail)
    expect(emails).toHaveLength(1)
    expect(emails[0].text).toContain('Helsingin kaupungin ympäristönsuojelu')
    expect(await eventsOf(submitted.id, 'escalated')).toBe(1)
  })

  it('should count the service hours of the settings', async () => {
    await configureAuthority({
      simplifiedSettings: { ...defaultSettings, reminderAfterServiceHours: 1, escalateAfterServiceHours: 2 },
    })
    const submitted = await submitCase()
    await runJobs()
    // Friday 15:00 plus one service hour is Friday 16:00.
    now = new Date('2026-11-13T14:01:00Z')
    await runJobs()
    expect(emailsAbout(submitted.caseNumber, noticeEmail)).toHaveLength(2)
  })

  it('should neither remind nor escalate once an authority user has opened the case', async () => {
    const submitted = await submitCase()
    await runJobs()
    await payload.findByID({
      collection: slugs.cases,
      id: submitted.id,
      user: authorityUser,
      overrideAccess: false,
    })
    expect((await caseOf(submitted.id)).openedAt).toBe(fridayAfternoon.toISOString())

    now = new Date(escalationDue.getTime() + minute)
    await runJobs()
    await runJobs()
    expect(emailsAbout(submitted.caseNumber)).toHaveLength(1)
    expect(await eventsOf(submitted.id, 'reminder-sent')).toBe(0)
    expect(await eventsOf(submitted.id, 'escalated')).toBe(0)
  })

  it('should count a case the authority has moved to received as opened', async () => {
    const submitted = await submitCase()
    await runJobs()
    await payload.update({
      collection: slugs.cases,
      id: submitted.id,
      data: { status: 'received' },
      user: authorityUser,
      overrideAccess: false,
    })
    now = new Date(escalationDue.getTime() + minute)
    await runJobs()
    expect((await caseOf(submitted.id)).openedAt).toBeTruthy()
    expect(emailsAbout(submitted.caseNumber)).toHaveLength(1)
  })

  it("should not count a list of cases, or another authority's user, as opening the case", async () => {
    const submitted = await submitCase()
    await runJobs()
    const otherUser = await createUser(payload, {
      role: 'authority-user',
      authority: await authorityId(payload, 'rescue-helsinki'),
    })
    await payload.find({
      collection: slugs.cases,
      where: { id: { equals: submitted.id } },
      user: authorityUser,
      overrideAccess: false,
    })
    await payload
      .findByID({ collection: slugs.cases, id: submitted.id, user: otherUser, overrideAccess: false })
      .catch(() => null)
    expect((await caseOf(submitted.id)).openedAt ?? null).toBeNull()
  })

  it('should not escalate without a backup address', async () => {
    await configureAuthority({ simplifiedSettings: { ...defaultSettings, backupEmail: null } })
    const submitted = await submitCase()
    await runJobs()
    now = new Date(escalationDue.getTime() + minute)
    await runJobs()
    await runJobs()
    expect(await eventsOf(submitted.id, 'reminder-sent')).toBe(1)
    expect(await eventsOf(submitted.id, 'escalated')).toBe(0)
  })

  it('should queue the reminder and the escalation at delivery, due by service time', async () => {
    const submitted = await submitCase()
    await runJobs()
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: {
        taskSlug: { in: [simplifiedReminderTaskSlug, simplifiedEscalationTaskSlug] },
        'input.caseId': { equals: String(submitted.id) },
      },
      overrideAccess: true,
      sort: 'createdAt',
    })
    const dueAt = Object.fromEntries(
      jobs.docs.map((job) => [job.taskSlug, new Date(String(job.waitUntil)).toISOString()]),
    )
    expect(dueAt).toEqual({
      [simplifiedReminderTaskSlug]: reminderDue.toISOString(),
      [simplifiedEscalationTaskSlug]: escalationDue.toISOString(),
    })
  })
})

describe('the simplified mode: settings', () => {
  const modeOf = () => findConnectionMode(payload.config, 'simplified')!
  /** The stored authority with other settings and notice email, as the mode would read it (nothing is written). */
  const authorityWith = async (
    simplifiedSettings: Record<string, unknown>,
    { noticeEmail: email = noticeEmail }: { noticeEmail?: string | null } = {},
  ) => ({
    ...(await payload.findByID({
      collection: slugs.authorities,
      id: authority,
      overrideAccess: true,
      depth: 0,
      locale: 'fi',
    })),
    noticeEmail: email,
    simplifiedSettings,
  })

  it('should pass the connection check with valid settings and a reachable mail server', async () => {
    await expect(
      modeOf().checkConfig({ authority: await authorityWith(defaultSettings), payload }),
    ).resolves.toBeUndefined()
  })

  it('should name the problem when the escalation does not come after the reminder', async () => {
    const error = await modeOf()
      .checkConfig({
        authority: await authorityWith({ ...defaultSettings, escalateAfterServiceHours: 8 }),
        payload,
      })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(InvalidConnectionConfigError)
    expect((error as InvalidConnectionConfigError).problems.join()).toMatch(/escalateAfterServiceHours/)
  })

  it('should name the problem when there is no notice address', async () => {
    const error = await modeOf()
      .checkConfig({ authority: await authorityWith(defaultSettings, { noticeEmail: null }), payload })
      .catch((caught: unknown) => caught)
    expect((error as InvalidConnectionConfigError).problems.join()).toMatch(/notice address/)
  })

  it('should fail the connection check when the mail server is down', async () => {
    await smtp.stop()
    const error = await modeOf()
      .checkConfig({ authority: await authorityWith(defaultSettings), payload })
      .catch((caught: unknown) => caught)
    expect((error as InvalidConnectionConfigError).problems.join()).toMatch(/mail server/)
  })

  it('should refuse to store an escalation time that is not after the reminder time', async () => {
    await expect(
      configureAuthority({
        simplifiedSettings: {
          ...defaultSettings,
          reminderAfterServiceHours: 8,
          escalateAfterServiceHours: 4,
        },
      }),
    ).rejects.toThrow()
  })
})

describe('the simplified plugin', () => {
  it('should keep its fields, option and tasks but offer no delivery when disabled', async () => {
    const select = { name: 'connectionMode', type: 'select', options: [{ label: 'None', value: 'none' }] }
    const base = {
      collections: [
        { slug: slugs.authorities, fields: [select] },
        { slug: slugs.permitTypes, fields: [select] },
        { slug: slugs.deliveries, fields: [] },
      ] as CollectionConfig[],
    } as Config
    const config = await simplifiedPlugin({ isEnabled: false })(base)
    const fieldsOf = (slug: string) =>
      config
        .collections!.find((collection) => collection.slug === slug)!
        .fields.map((field) => ('name' in field ? field.name : field.type))
    expect(connectionModesOf(config)).toEqual([])
    expect(fieldsOf(slugs.authorities)).toContain('simplifiedSettings')
    expect(config.jobs?.tasks?.map((task) => task.slug)).toEqual([
      simplifiedReminderTaskSlug,
      simplifiedEscalationTaskSlug,
    ])
  })
})

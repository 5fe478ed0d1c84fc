import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'

import type { Payload, TaskType } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { integrationSlugs } from '../../plugins/connection-integration'
import { reportsSlugs } from '../../plugins/reports'
import {
  availabilityRollUpsSlug,
  rollUpAvailabilityTaskSlug,
} from '../../plugins/reports/availabilityRollUps'
import { loadMonthlyReport } from '../../plugins/reports/reportData'
import { todayInFinland } from '../../src/clock'
import { slugs } from '../../src/collections/slugs'
import { notifyCustomerTaskSlug } from '../../src/notifications/queueCustomerNotification'
import { sendEmailTaskSlug } from '../../src/notifications/sendEmailTask'
import { retentionTaskSlugs } from '../../src/retention/retentionPolicy'
import { workedExampleApplication } from '../../src/seed/public-event'
import { seedCatalogue } from '../../src/seed/seed'
import { submitApplication } from '../../src/submission/submitApplication'
import type { TestUser } from '../support/factories'
import { authorityId, createDraft, createUser, tokenOf } from '../support/factories'
import { requestTo } from '../support/integrationHelpers'
import type { TestSmtpServer } from '../support/smtpServer'
import { startSmtpServer } from '../support/smtpServer'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

type Id = number | string

const hour = 60 * 60 * 1000
const day = 24 * hour

let test: TestPayload
let payload: Payload
let smtp: TestSmtpServer
let server: Awaited<ReturnType<typeof startTestServer>>
let bundleId: Id
/** Lupa's clock: real time moved by `offsetMs`, so tests can jump ahead. */
let offsetMs = 0
const now = () => new Date(Date.now() + offsetMs)

/** Runs the task's waiting job (queueing one when none waits), whatever its wait; gives its output. */
const runTask = async (task: TaskType) => {
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: task }, completedAt: { exists: false }, hasError: { not_equals: true } },
    overrideAccess: true,
    pagination: false,
  })
  const id = waiting.docs.at(0)?.id ?? (await payload.jobs.queue({ task, input: {} })).id
  await payload.jobs.runByID({ id })
  const done = await payload.findByID({ collection: 'payload-jobs', id, overrideAccess: true })
  expect(done.hasError).not.toBe(true)
  return done.log?.at(-1)?.output as Record<string, number>
}

const exists = async (
  collection: 'payload-jobs' | typeof slugs.applications | typeof slugs.attachments,
  id: Id,
) =>
  (await payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1

beforeAll(async () => {
  smtp = await startSmtpServer()
  test = await startTestPayload({
    env: { SMTP_URL: smtp.url },
    clock: now,
    retention: { batchSize: 2, batchesPerRun: 1 },
  })
  payload = test.payload
  ;({ bundleId } = await seedCatalogue(payload))
  server = await startTestServer(test)
})

afterAll(async () => {
  await server?.close()
  await test?.close()
  await smtp?.stop()
})

beforeEach(() => {
  offsetMs = 0
})

describe('job records', () => {
  /** An email job in the given state; `completedDaysAgo` by Lupa's clock. */
  const jobThat = async ({
    completedDaysAgo,
    hasError = false,
    processing = false,
    output,
  }: {
    completedDaysAgo?: number
    hasError?: boolean
    processing?: boolean
    output?: { status: string }
  }) => {
    const job = await payload.jobs.queue({
      task: sendEmailTaskSlug,
      input: { to: 'nobody@test.localhost', subject: 'Old news', text: 'Kept?' },
    })
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: {
        processing,
        hasError,
        ...(completedDaysAgo === undefined
          ? {}
          : { completedAt: new Date(now().getTime() - completedDaysAgo * day).toISOString() }),
        ...(output
          ? {
              log: [
                {
                  taskSlug: sendEmailTaskSlug,
                  taskID: '1',
                  executedAt: now().toISOString(),
                  completedAt: now().toISOString(),
                  state: 'succeeded' as const,
                  output,
                },
              ],
            }
          : {}),
      },
      overrideAccess: true,
    })
    return job.id
  }

  it('should delete completed jobs after 30 days and failed ones after 180, in bounded batches, and nothing unfinished', async () => {
    const old = [await jobThat({ completedDaysAgo: 31 }), await jobThat({ completedDaysAgo: 40 })]
    const olderStill = await jobThat({ completedDaysAgo: 50 })
    const recent = await jobThat({ completedDaysAgo: 29 })
    const running = await jobThat({ completedDaysAgo: 60, processing: true })
    const waiting = await jobThat({})
    const failed = await jobThat({ hasError: true })
    const gaveUp = await jobThat({ completedDaysAgo: 40, output: { status: 'gave-up' } })

    // Two per run (batchSize 2, one batch): the oldest first, the rest at the next run.
    expect((await runTask(retentionTaskSlugs.pruneJobs)).completed).toBe(2)
    expect((await runTask(retentionTaskSlugs.pruneJobs)).completed).toBe(1)
    for (const id of [...old, olderStill]) expect(await exists('payload-jobs', id)).toBe(false)
    for (const id of [recent, running, waiting, failed, gaveUp])
      expect(await exists('payload-jobs', id)).toBe(true)

    offsetMs = 181 * day
    expect((await runTask(retentionTaskSlugs.pruneJobs)).failed).toBe(1)
    expect(await exists('payload-jobs', failed)).toBe(false)
    // Each run leaves a completed job of its own, so it is run until the email that gave up is gone.
    for (let run = 0; run < 10 && (await exists('payload-jobs', gaveUp)); run += 1)
      await runTask(retentionTaskSlugs.pruneJobs)
    expect(await exists('payload-jobs', gaveUp)).toBe(false)
    expect(await exists('payload-jobs', waiting)).toBe(true)
    expect(await exists('payload-jobs', running)).toBe(true)
  })

  it('should keep its own chain: one next run waits, an hour later', async () => {
    await runTask(retentionTaskSlugs.pruneJobs)
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: retentionTaskSlugs.pruneJobs }, completedAt: { exists: false } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(new Date(docs[0].waitUntil!).getTime()).toBeGreaterThan(now().getTime() + hour - 60_000)
  })
})

describe('Idempotency-Key records', () => {
  let request: ReturnType<typeof requestTo>
  let apiKey: string
  let caseId: string

  beforeAll(async () => {
    request = requestTo(server.url)
    const ownerToken = await tokenOf(payload, await createUser(payload, { role: 'owner' }))
    const police = await authorityId(payload, 'police-helsinki')
    const issued = await request(`/api/authorities/${police}/integration/credentials`, {
      method: 'POST',
      jwt: ownerToken,
      body: { label: 'Case system' },
    })
    apiKey = ((await issued.json()) as { key: string }).key
    const customer = await createUser(payload, { role: 'customer' })
    const values = { ...workedExampleApplication, municipality: '091' }
    const draft = await createDraft(payload, { customer, bundleId, values, answers: values })
    const result = await submitApplication({
      req: await createLocalReq({ user: customer as never }, payload),
      applicationId: draft.id,
      locale: 'fi',
    })
    caseId = String(result.cases.find((item) => item.permitType === 'police-public-event-notification')!.id)
  })

  const postMessage = (body: string, idempotencyKey: string) =>
    request(`/api/integration/v1/cases/${caseId}/messages`, {
      method: 'POST',
      apiKey,
      body: { body },
      headers: { 'Idempotency-Key': idempotencyKey },
    })
  const recordsOf = async (key: string) =>
    (
      await payload.count({
        collection: integrationSlugs.idempotencyRecords,
        where: { key: { equals: key } },
        overrideAccess: true,
      })
    ).totalDocs

  it('should honour a key for 24 hours, then take it as new even before its record is deleted', async () => {
    const key = randomUUID()
    expect((await postMessage('First', key)).status).toBe(201)
    offsetMs = 23 * hour
    expect((await postMessage('Other', key)).status).toBe(422)

    offsetMs = 25 * hour
    const again = await postMessage('Other', key)
    expect(again.status).toBe(201)
    expect(again.headers.get('idempotent-replayed')).toBeNull()
    expect(await recordsOf(key)).toBe(1)
  })

  it('should delete the records older than 24 hours', async () => {
    const [old, recent] = [randomUUID(), randomUUID()]
    expect((await postMessage('Old', old)).status).toBe(201)
    offsetMs = 2 * hour
    expect((await postMessage('Recent', recent)).status).toBe(201)
    // Payload stamps the real time: the record is dated by Lupa's clock, as in production.
    await payload.db.updateOne({
      collection: integrationSlugs.idempotencyRecords,
      where: { key: { equals: recent } },
      data: { createdAt: now().toISOString() },
    })

    offsetMs = 25 * hour
    await runTask(retentionTaskSlugs.expireIdempotencyRecords)
    expect(await recordsOf(old)).toBe(0)
    expect(await recordsOf(recent)).toBe(1)
  })
})

describe('the audit log', () => {
  it('should delete entries past their retention (5 years by default) and keep the rest', async () => {
    const entryAt = async (at: Date) => {
      const entry = await payload.create({
        collection: slugs.auditLog,
        overrideAccess: true,
        data: { action: 'read', resource: slugs.cases, resourceId: randomUUID() },
      })
      await payload.db.updateOne({
        collection: slugs.auditLog,
        id: entry.id,
        data: { createdAt: at.toISOString() },
      })
      return entry.id
    }
    const old = await entryAt(new Date(now().getTime() - (5 * 365 + 1) * day))
    const recent = await entryAt(new Date(now().getTime() - (5 * 365 - 1) * day))
    const left = async (id: Id) =>
      (
        await payload.count({
          collection: slugs.auditLog,
          where: { id: { equals: id } },
          overrideAccess: true,
        })
      ).totalDocs
    expect(await runTask(retentionTaskSlugs.pruneAuditLog)).toEqual({ deleted: 1 })
    expect([await left(old), await left(recent)]).toEqual([0, 1])
  })
})

describe('abandoned drafts', () => {
  let customer: TestUser

  const upload = (name: string) =>
    payload.create({
      collection: slugs.attachments,
      user: customer,
      overrideAccess: false,
      data: { description: name },
      file: { data: Buffer.from(`Contents of ${name}`), mimetype: 'text/plain', name, size: 20 },
    })
  const withFiles = async (files: Id[]) => {
    const draft = await createDraft(payload, { customer, bundleId })
    await payload.update({
      collection: slugs.applications,
      id: draft.id,
      data: { attachments: files as number[] },
      overrideAccess: true,
    })
    return draft.id
  }
  /** An edit at Lupa's clock time (Payload stamps the real time). */
  const editNow = async (id: Id) => {
    await payload.update({
      collection: slugs.applications,
      id,
      data: { title: 'Edited' },
      user: customer,
      overrideAccess: false,
    })
    await payload.db.updateOne({
      collection: slugs.applications,
      id,
      data: { updatedAt: now().toISOString() },
    })
  }
  const draftOf = (id: Id) => payload.findByID({ collection: slugs.applications, id, overrideAccess: true })
  const notificationsOf = async (id: Id) =>
    (
      await payload.count({
        collection: 'payload-jobs',
        where: {
          taskSlug: { equals: notifyCustomerTaskSlug },
          'input.applicationId': { equals: String(id) },
        },
        overrideAccess: true,
      })
    ).totalDocs

  beforeAll(async () => {
    customer = await createUser(payload, { role: 'customer' })
    await payload.update({
      collection: slugs.users,
      id: customer.id,
      data: { locale: 'sv' },
      overrideAccess: true,
    })
  })

  it('should remind once after 60 days, delete 14 days later with the files only the draft holds, and keep an edited draft', async () => {
    const [own, shared, locked] = [
      await upload('own.txt'),
      await upload('shared.txt'),
      await upload('locked.txt'),
    ]
    await payload.update({
      collection: slugs.attachments,
      id: locked.id,
      data: { isLocked: true },
      overrideAccess: true,
    })
    const abandoned = await withFiles([own.id, shared.id, locked.id])
    const edited = await withFiles([])
    const keeper = await withFiles([shared.id])

    offsetMs = 59 * day
    await editNow(keeper)
    await runTask(retentionTaskSlugs.removeAbandonedDrafts)
    expect(await notificationsOf(abandoned)).toBe(0)

    offsetMs = 61 * day
    await runTask(retentionTaskSlugs.removeAbandonedDrafts)
    await runTask(retentionTaskSlugs.removeAbandonedDrafts)
    expect(await notificationsOf(abandoned)).toBe(1)
    expect(await notificationsOf(edited)).toBe(1)
    expect(await notificationsOf(keeper)).toBe(0)
    expect((await draftOf(abandoned)).draftReminderSentAt).toBeTruthy()

    await payload.jobs.run({ limit: 50 })
    const emails = smtp.to(customer.email)
    expect(emails).toHaveLength(2)
    const email = emails.find((each) => each.text.includes(`/applications/${abandoned}\n`))!
    expect(email.subject).toBe('Lupa: Din ofärdiga ansökan tas snart bort')
    const deleteOn = new Intl.DateTimeFormat('sv-FI', {
      dateStyle: 'long',
      timeZone: 'Europe/Helsinki',
    }).format(new Date(`${todayInFinland(new Date(now().getTime() + 14 * day))}T12:00:00Z`))
    expect(email.text).toContain(deleteOn)
    expect(email.text).toContain(`http://localhost:3999/applications/${abandoned}`)

    await editNow(edited)
    expect((await draftOf(edited)).draftReminderSentAt).toBeNull()

    offsetMs = 76 * day
    expect(await runTask(retentionTaskSlugs.removeAbandonedDrafts)).toEqual({ reminded: 0, deleted: 1 })
    expect(await exists(slugs.applications, abandoned)).toBe(false)
    expect(await exists(slugs.applications, edited)).toBe(true)
    expect(await exists(slugs.applications, keeper)).toBe(true)
    expect(await exists(slugs.attachments, own.id)).toBe(false)
    expect(existsSync(path.join(test.dataDir, 'uploads', own.filename!))).toBe(false)
    expect(await exists(slugs.attachments, shared.id)).toBe(true)
    expect(existsSync(path.join(test.dataDir, 'uploads', shared.filename!))).toBe(true)
    expect(await exists(slugs.attachments, locked.id)).toBe(true)

    const { docs: audit } = await payload.find({
      collection: slugs.auditLog,
      where: {
        resource: { equals: slugs.applications },
        resourceId: { equals: String(abandoned) },
        action: { equals: 'delete' },
      },
      overrideAccess: true,
    })
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      action: 'delete',
      actorRole: 'system',
      detail: { reason: 'abandoned-draft', attachments: [own.id] },
    })
  })
})

describe('availability samples', () => {
  const minute = 60_000
  const sample = (at: number, status: 'up' | 'down', component: 'web' | 'worker' | 'database' = 'web') =>
    payload.create({
      collection: reportsSlugs.availabilitySamples,
      data: { at: new Date(at).toISOString(), status, component, source: 'self-probe' },
      overrideAccess: true,
    })
  const availabilityOf = async () =>
    (
      await loadMonthlyReport({ req: await createLocalReq({}, payload), from: '2027-03', to: '2027-03' })
    ).months.map((month) => month.availability)

  it('should roll samples older than 7 days up per day, with the same availability figures', async () => {
    offsetMs = Date.parse('2027-03-20T12:00:00Z') - Date.now()
    // Wednesday 10 March, 09:00–09:30 in Helsinki (service time): up, then down, then the worker down.
    const nine = Date.parse('2027-03-10T07:00:00Z')
    for (let m = 0; m < 30; m += 1) await sample(nine + m * minute + 5_000, m >= 10 && m < 14 ? 'down' : 'up')
    for (let m = 20; m < 23; m += 1) await sample(nine + m * minute + 30_000, 'down', 'worker')
    await sample(nine + 40 * minute, 'up', 'database')
    // Thursday 11 March and a recent Friday, which stays as it is.
    for (let m = 0; m < 5; m += 1) await sample(Date.parse('2027-03-11T07:00:00Z') + m * minute, 'up')
    const recent = await sample(Date.parse('2027-03-19T07:00:00Z'), 'down')

    const before = await availabilityOf()
    expect(before[0]).toMatchObject({ upMinutes: 28, downMinutes: 5, degradedMinutes: 3 })
    // Two samples a run here (batchSize 2): days are rolled up in parts and joined.
    for (let run = 0; run < 40; run += 1)
      if ((await runTask(rollUpAvailabilityTaskSlug)).rolledUp === 0) break

    const { docs: rollUps } = await payload.find({
      collection: availabilityRollUpsSlug,
      sort: 'day',
      overrideAccess: true,
      pagination: false,
    })
    expect(rollUps.map((doc) => [doc.day, doc.samples])).toEqual([
      ['2027-03-10', 34],
      ['2027-03-11', 5],
    ])
    const { docs: kept } = await payload.find({
      collection: reportsSlugs.availabilitySamples,
      overrideAccess: true,
      pagination: false,
    })
    expect(kept.map((doc) => doc.id)).toEqual([recent.id])
    expect(await availabilityOf()).toEqual(before)
  })
})

import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { withTransaction } from '../../src/db/withTransaction'
import type { ClaimedJob } from '../../src/jobs/jobLeases'
import { jobLeasesOf } from '../../src/jobs/jobLeases'
import { queueEmail, sendEmailTaskSlug } from '../../src/notifications/sendEmailTask'
import { seedCatalogue } from '../../src/seed/seed'
import { createWorker, recoverStaleJobs, startWorker } from '../../src/server/worker'
import { submitApplication } from '../../src/submission/submitApplication'
import { createDraft, createUser } from '../support/factories'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'

let test: TestPayload
let payload: Payload

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
})

afterAll(async () => {
  await test?.close()
})

afterEach(() => {
  vi.restoreAllMocks()
})

/** The subjects of the emails the mail adapter was given, in order. */
const subjectsSent = (sendEmail: { mock: { calls: unknown[][] } }) =>
  sendEmail.mock.calls.map(([email]) => (email as { subject: string }).subject)

const jobsOfSubjects = async (subjects: string[]) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: sendEmailTaskSlug }, 'input.subject': { in: subjects } },
      overrideAccess: true,
      pagination: false,
      depth: 0,
    })
  ).docs

const waitFor = async (check: () => Promise<boolean>, timeoutMs = 15_000) => {
  const until = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('the in-process worker', () => {
  it('should start only once per process and deliver what a submission queued', async () => {
    const [first, second] = await Promise.all([
      startWorker({ payload, intervalMs: 100 }),
      startWorker({ payload, intervalMs: 100 }),
    ])
    expect(second).toBe(first)
    try {
      const { bundleId } = await seedCatalogue(payload)
      const customer = await createUser(payload, { role: 'customer' })
      const draft = await createDraft(payload, { customer, bundleId })
      const result = await submitApplication({
        req: await createLocalReq({ user: customer as never }, payload),
        applicationId: draft.id,
        locale: 'fi',
      })
      const caseIds = result.cases.map((item) => item.id)
      await waitFor(async () => {
        const pending = await payload.count({
          collection: slugs.cases,
          where: { id: { in: caseIds }, deliveryState: { equals: 'pending' } },
          overrideAccess: true,
        })
        return pending.totalDocs === 0
      })
      const events = await payload.count({
        collection: slugs.caseEvents,
        where: { case: { in: caseIds }, type: { equals: 'delivery-not-configured' } },
        overrideAccess: true,
      })
      expect(events.totalDocs).toBe(caseIds.length)
    } finally {
      await first.stop()
    }
  })
})

describe('workers sharing a queue', () => {
  it('should run every job exactly once with two workers on one queue', async () => {
    const sendEmail = vi
      .spyOn(payload, 'sendEmail')
      .mockImplementation(() => new Promise((resolve) => setTimeout(() => resolve(undefined), 15)))
    const subjects = Array.from({ length: 30 }, (_, index) => `shared queue ${index}`)
    for (const subject of subjects)
      await queueEmail({ payload, email: { to: 'a@example.fi', subject, text: '.' } })
    const workers = await Promise.all([
      createWorker({ payload, intervalMs: 20, concurrency: 4 }),
      createWorker({ payload, intervalMs: 20, concurrency: 4 }),
    ])
    try {
      await waitFor(async () => (await jobsOfSubjects(subjects)).every((job) => job.completedAt))
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()))
    }
    expect(subjectsSent(sendEmail).toSorted()).toEqual(subjects.toSorted())
    for (const job of await jobsOfSubjects(subjects)) expect(job.totalTried).toBe(1)
  })

  it('should start a job as soon as it is committed, not at the next poll', async () => {
    const sendEmail = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const worker = await createWorker({ payload, intervalMs: 10 * 60_000 })
    try {
      // Let the worker's first look at the queue pass: from now on only a wake can start a job.
      await new Promise((resolve) => setTimeout(resolve, 300))
      const req = await createLocalReq({}, payload)
      await withTransaction(req, () =>
        queueEmail({ payload, req, email: { to: 'a@example.fi', subject: 'woken', text: '.' } }),
      )
      await waitFor(async () => subjectsSent(sendEmail).includes('woken'), 10_000)
    } finally {
      await worker.stop()
    }
  })

  it('should leave a job whose lease is fresh to its worker, and take it over once the lease runs out', async () => {
    const sendEmail = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    await queueEmail({ payload, email: { to: 'a@example.fi', subject: 'orphaned', text: '.' } })
    const leases = jobLeasesOf(payload)!
    // A worker claims the job and dies without running it.
    const claimed = await leases.claim({ queue: 'default', limit: 100, perDestination: 100 })
    expect(claimed.length).toBeGreaterThan(0)
    expect(await recoverStaleJobs(payload, 60_000)).toBe(0)

    const worker = await createWorker({ payload, intervalMs: 50, leaseMs: 400 })
    try {
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(subjectsSent(sendEmail)).not.toContain('orphaned')
      await waitFor(async () => subjectsSent(sendEmail).includes('orphaned'), 10_000)
    } finally {
      await worker.stop()
    }
    expect(subjectsSent(sendEmail).filter((subject) => subject === 'orphaned')).toHaveLength(1)
  })

  it('should run only a few jobs of one destination at once, so one that hangs holds up no other', async () => {
    const queue = 'destinations'
    const queueTo = (destination: string, subject: string) =>
      payload.jobs.queue({
        task: sendEmailTaskSlug,
        queue,
        input: { to: 'a@example.fi', subject, text: '.', destination },
      })
    for (let index = 0; index < 6; index += 1) await queueTo('authority:hanging', `hanging ${index}`)
    for (let index = 0; index < 3; index += 1) await queueTo('authority:other', `other ${index}`)
    const leases = jobLeasesOf(payload)!
    const first = await leases.claim({ queue, limit: 20, perDestination: 2 })
    const destinationsOf = async (jobs: ClaimedJob[]) =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: { id: { in: jobs.map((job) => job.id) } },
          overrideAccess: true,
          pagination: false,
          depth: 0,
        })
      ).docs.map((job) => (job.input as { destination: string }).destination)
    expect((await destinationsOf(first)).toSorted()).toEqual([
      'authority:hanging',
      'authority:hanging',
      'authority:other',
      'authority:other',
    ])
    // While those run, nothing more of either destination is claimed; once they end, the next.
    expect(await leases.claim({ queue, limit: 20, perDestination: 2 })).toEqual([])
    await payload.update({
      collection: 'payload-jobs',
      where: { id: { in: first.map((job) => job.id) } },
      data: { processing: false, completedAt: new Date().toISOString() },
      overrideAccess: true,
    })
    expect(
      (await destinationsOf(await leases.claim({ queue, limit: 20, perDestination: 2 }))).toSorted(),
    ).toEqual(['authority:hanging', 'authority:hanging', 'authority:other'])
  })

  it('should release the jobs still running when stopped, for another worker to take', async () => {
    let finish: () => void = () => undefined
    vi.spyOn(payload, 'sendEmail').mockImplementation(
      () => new Promise((resolve) => (finish = () => resolve(undefined))),
    )
    await queueEmail({ payload, email: { to: 'a@example.fi', subject: 'interrupted', text: '.' } })
    const worker = await createWorker({ payload, intervalMs: 20 })
    await waitFor(async () => (await jobsOfSubjects(['interrupted']))[0].processing === true)
    await worker.stop({ graceMs: 50 })
    const [job] = await jobsOfSubjects(['interrupted'])
    expect(job.processing).toBe(false)
    expect(job.completedAt).toBeFalsy()
    finish()
  })
})

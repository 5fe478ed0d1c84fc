import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import type { Submission } from './support/load'
import {
  casesFor,
  createDrafts,
  isSuccess,
  lostAndDuplicated,
  noticesPerMessage,
  sleep,
  smallEvent,
  submissionMessageIds,
  submitAll,
  submittedMessagesPerCase,
  dueJobs,
  waitFor,
} from './support/load'
import { useTopology } from './support/useTopology'

const setting = useTopology()

const readyz = (url: string) =>
  fetch(`${url}/readyz`)
    .then((response) => response.status)
    .catch(() => 0)

/** The 95th percentile of a list of durations. */
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]

/**
 * Every application is whole: submitted with both of its cases, their deliveries and
 * jobs, or still a draft with nothing of a submission written.
 */
const expectWhole = async (drafts: (number | string)[], submissions: Submission[]) => {
  const { payload } = setting.topology
  const { docs: applications } = await payload.find({
    collection: slugs.applications,
    where: { id: { in: drafts } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const cases = await payload.find({
    collection: slugs.cases,
    where: { application: { in: drafts } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const casesPerApplication = new Map<string, number>()
  for (const item of cases.docs) {
    const key = String(typeof item.application === 'object' ? item.application.id : item.application)
    casesPerApplication.set(key, (casesPerApplication.get(key) ?? 0) + 1)
  }
  const shapes = applications.map((application) => ({
    id: application.id,
    status: application.status,
    cases: casesPerApplication.get(String(application.id)) ?? 0,
  }))
  const succeeded = new Set(submissions.filter(isSuccess).map((submission) => String(submission.id)))
  const broken = shapes.filter(
    (shape) =>
      !(shape.status === 'submitted' && shape.cases === 2) &&
      !(shape.status === 'draft' && shape.cases === 0 && !succeeded.has(String(shape.id))),
  )
  expect(broken).toEqual([])
  const deliveries = await payload.count({
    collection: slugs.deliveries,
    where: { case: { in: cases.docs.map((item) => item.id) }, eventType: { equals: 'case.submitted' } },
    overrideAccess: true,
  })
  expect(deliveries.totalDocs).toBe(cases.docs.length)
  return shapes.filter((shape) => shape.status === 'submitted').map((shape) => shape.id)
}

describe('the database refusing connections for 30 s under load', () => {
  it('should tell the truth on /readyz, recover by itself and leave nothing stuck', async () => {
    const { topology, customer, token } = setting
    const url = new URL(topology.test.databaseUrl)
    const database = url.pathname.slice(1)
    url.pathname = '/postgres'
    const admin = new pg.Client({ connectionString: url.toString() })
    await admin.connect()
    const drafts = await createDrafts(topology, customer, 200)
    const submitting = submitAll(topology.url, token, drafts, { concurrency: 4 })
    await sleep(3_000)
    const webs = topology.webs.map((web) => web.url)
    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`)
    try {
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
        database,
      ])
      const cutAt = Date.now()
      await waitFor(
        async () => (await Promise.all(webs.map(readyz))).every((status) => status === 503),
        10_000,
        '/readyz saying 503 on every web process',
      )
      await sleep(Math.max(0, 30_000 - (Date.now() - cutAt)))
    } finally {
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`)
      await admin.end()
    }
    await waitFor(
      async () => (await Promise.all(webs.map(readyz))).every((status) => status === 200),
      30_000,
      '/readyz saying 200 again',
    )
    const submissions = await submitting
    // The ones answered during the outage may have failed; the rest succeeded.
    expect(submissions.filter(isSuccess).length).toBeGreaterThan(0)
    const submitted = await expectWhole(drafts, submissions)
    process.stdout.write(
      `database outage: ${submissions.filter(isSuccess).length} of 200 submissions answered 2xx, ` +
        `${submitted.length} submitted whole, the rest untouched drafts\n`,
    )
    const police = await casesFor(topology.payload, submitted, 'police-helsinki')
    // Claims lost with their connections are taken over when their leases (60 s) run out.
    await waitFor(
      async () => (await dueJobs(topology.payload)).length === 0,
      150_000,
      'every job done after the outage',
    )
    expect(
      lostAndDuplicated(
        police.map((item) => item.id),
        submittedMessagesPerCase(topology.receivers.police),
      ),
    ).toEqual({ lost: 0, duplicated: 0 })
    // Nothing crashed on the way: every web process and worker is still the one started.
    expect([...topology.webs, ...topology.workers].map((child) => child.isAlive())).toEqual([
      true,
      true,
      true,
      true,
    ])
  })
})

describe('one authority endpoint hanging', () => {
  it("should keep other authorities' deliveries and every email at their usual latency", async () => {
    const { topology, customer, token } = setting
    const alcohol = smallEvent(true)
    const measure = async (count: number) => {
      const drafts = await createDrafts(topology, customer, count, alcohol)
      const submissions = await submitAll(topology.url, token, drafts, { concurrency: 4 })
      expect(submissions.filter((submission) => !isSuccess(submission))).toEqual([])
      const startedAt = new Map(
        submissions.map((submission) => [String(submission.id), submission.startedAt]),
      )
      const police = await casesFor(topology.payload, drafts, 'police-helsinki')
      const city = await casesFor(topology.payload, drafts, 'city-area-use-helsinki')
      const noticeIds = await submissionMessageIds(
        topology.payload,
        city.map((item) => item.id),
      )
      await waitFor(
        () =>
          lostAndDuplicated(
            police.map((item) => item.id),
            submittedMessagesPerCase(topology.receivers.police),
          ).lost === 0 && noticeIds.every((id) => noticesPerMessage(topology.smtp).has(id)),
        60_000,
        'police deliveries and city notices',
      )
      const applicationOf = new Map(
        [...police, ...city].map((item) => [
          String(item.id),
          String(typeof item.application === 'object' ? item.application.id : item.application),
        ]),
      )
      const webhookLatencies = topology.receivers.police.state.requests
        .map((request) => ({ request, body: JSON.parse(request.body) as { case?: { id?: string } } }))
        .filter(({ body }) => applicationOf.has(String(body.case?.id)))
        .map(
          ({ request, body }) =>
            request.receivedAt - startedAt.get(applicationOf.get(String(body.case?.id))!)!,
        )
      const messageCase = new Map(
        (
          await topology.payload.find({
            collection: slugs.deliveries,
            where: { messageId: { in: noticeIds } },
            pagination: false,
            depth: 0,
            overrideAccess: true,
          })
        ).docs.map((delivery) => [delivery.messageId, String(delivery.case)]),
      )
      const emailLatencies = topology.smtp.received.flatMap((email) => {
        const id = /<([^@>]+)@/.exec(email.headers['message-id'] ?? '')?.[1]
        const caseId = id ? messageCase.get(id) : undefined
        return caseId ? [email.receivedAt - startedAt.get(applicationOf.get(caseId)!)!] : []
      })
      return { webhook: p95(webhookLatencies), email: p95(emailLatencies) }
    }
    const usual = await measure(20)
    topology.receivers.agency.state.delayMs = 10 * 60_000
    const hanging = await measure(40)
    topology.receivers.agency.state.delayMs = 0
    process.stdout.write(
      `p95 submit → police webhook: ${usual.webhook} ms usually, ${hanging.webhook} ms with the agency hanging; ` +
        `→ city notice: ${usual.email} ms, ${hanging.email} ms\n`,
    )
    expect(hanging.webhook).toBeLessThan(Math.max(2 * usual.webhook, usual.webhook + 1000))
    expect(hanging.email).toBeLessThan(Math.max(2 * usual.email, usual.email + 1000))
  })
})

describe('a web process killed mid-submission', () => {
  it('should leave every submission complete or untouched, nothing half-written', async () => {
    const { topology, customer, token } = setting
    const drafts = await createDrafts(topology, customer, 150)
    const submitting = submitAll(topology.url, token, drafts, { concurrency: 8 })
    await sleep(2_000)
    await topology.kill(topology.webs[0])
    const replacement = topology.startWeb()
    const submissions = await submitting
    await replacement
    expect(submissions.filter(isSuccess).length).toBeGreaterThan(0)
    const submitted = await expectWhole(drafts, submissions)
    process.stdout.write(
      `web process killed: ${submissions.filter(isSuccess).length} of 150 submissions answered 2xx, ` +
        `${submitted.length} submitted whole, the rest untouched drafts\n`,
    )
    const police = await casesFor(topology.payload, submitted, 'police-helsinki')
    // The agency's deliveries from the hanging endpoint's test go out too by now.
    await waitFor(async () => (await dueJobs(topology.payload)).length === 0, 120_000, 'every job done')
    expect(
      lostAndDuplicated(
        police.map((item) => item.id),
        submittedMessagesPerCase(topology.receivers.police),
      ),
    ).toEqual({ lost: 0, duplicated: 0 })
  })
})

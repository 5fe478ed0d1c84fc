import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { deliverMessageTaskSlug } from '../../src/connections/enqueueDelivery'
import { sendEmailTaskSlug } from '../../src/notifications/sendEmailTask'
import { seedCatalogue } from '../../src/seed/seed'
import { createWorker } from '../../src/server/worker'
import type { TestUser } from '../support/factories'
import { createDraft, createUser, tokenOf } from '../support/factories'
import { requestTo, useIntegrationMode } from '../support/integrationHelpers'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

type Id = number | string
/** One line of Payload's logger, as pino writes it. */
type LogLine = { level: number; msg?: string; requestId?: string; jobId?: Id; task?: string }

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const lines: LogLine[] = []
let test: TestPayload
let payload: Payload
let server: Awaited<ReturnType<typeof startTestServer>>
let request: ReturnType<typeof requestTo>
let bundleId: Id
let customer: TestUser

const waitFor = async (check: () => Promise<boolean> | boolean, timeoutMs = 20_000) => {
  const until = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

beforeAll(async () => {
  test = await startTestPayload({
    env: { LOG_LEVEL: 'info' },
    // Payload's pino logger writes its JSON lines here instead of to standard output.
    logDestination: { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
  })
  payload = test.payload
  ;({ bundleId } = await seedCatalogue(payload))
  server = await startTestServer(test)
  request = requestTo(server.url)
  customer = await createUser(payload, { role: 'customer' })
})

afterEach(() => {
  vi.restoreAllMocks()
})

afterAll(async () => {
  await server?.close()
  await test?.close()
})

describe('request ids', () => {
  it('should answer every request its own id and name it in the lines written while handling it', async () => {
    const jwt = await tokenOf(payload, customer)
    const refused = await request('/api/deliveries/1/replay', { method: 'POST', jwt })
    expect(refused.status).toBe(403)
    const requestId = refused.headers.get('x-request-id')
    expect(requestId).toMatch(uuid)
    // Payload logs a refused request as a warning, while handling it.
    const warning = lines.find((line) => line.msg === 'Only the service staff can replay deliveries.')
    expect(warning).toMatchObject({ requestId })

    const next = await request('/healthz')
    expect(next.headers.get('x-request-id')).toMatch(uuid)
    expect(next.headers.get('x-request-id')).not.toBe(requestId)
  })

  it("should keep a trusted proxy's well-formed X-Request-Id, and no one else's", async () => {
    const idOf = async (url: string, id: string) =>
      (await fetch(`${url}/healthz`, { headers: { 'X-Request-Id': id } })).headers.get('x-request-id')
    // The test server trusts loopback, where this request comes from.
    expect(await idOf(server.url, 'lb-7f3a9c01:edge')).toBe('lb-7f3a9c01:edge')
    expect(await idOf(server.url, '{"requestId":"forged"}')).toMatch(uuid)
    expect(await idOf(server.url, 'x'.repeat(129))).toMatch(uuid)

    const untrusting = await startTestServer({ ...test, trustedProxies: '192.0.2.1' })
    try {
      expect(await idOf(untrusting.url, 'lb-7f3a9c01:edge')).toMatch(uuid)
    } finally {
      await untrusting.close()
    }
  })

  it('should carry the id of the request that queued a job into every line the job writes, failures too', async () => {
    // The police's system is not set up (no signing secret): its delivery is dead-lettered,
    // which the job logs as an error and reports to the service producers by email.
    await useIntegrationMode(payload, { key: 'police-helsinki', endpointUrl: 'http://127.0.0.1:9/hooks' })
    await createUser(payload, { role: 'service-producer' })
    const draft = await createDraft(payload, { customer, bundleId })
    const submitted = await request(`/api/applications/${draft.id}/submit`, {
      method: 'POST',
      jwt: await tokenOf(payload, customer),
    })
    expect(submitted.status).toBe(201)
    const requestId = submitted.headers.get('x-request-id')!
    expect(requestId).toMatch(uuid)
    const { cases } = (await submitted.json()) as { cases: { id: Id }[] }

    const deliveryJobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: deliverMessageTaskSlug } },
      overrideAccess: true,
      pagination: false,
      depth: 0,
    })
    expect(deliveryJobs.docs).toHaveLength(cases.length)
    for (const job of deliveryJobs.docs) expect(job.input).toMatchObject({ requestId })

    // The first delivery job fails outright once, so Payload's runner logs the failure.
    vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const findByID = payload.findByID.bind(payload)
    let hasFailed = false
    vi.spyOn(payload, 'findByID').mockImplementation((args) => {
      if (!hasFailed && args.collection === slugs.deliveries) {
        hasFailed = true
        throw new Error('simulated database hiccup')
      }
      return findByID(args)
    })

    const worker = await createWorker({ payload, intervalMs: 50 })
    const deadLettered = () => lines.find((line) => line.msg?.startsWith('Delivery dead-lettered'))
    const failed = () => lines.find((line) => line.msg?.startsWith('Error running task'))
    try {
      await waitFor(() => Boolean(deadLettered() && failed()))
      await waitFor(async () => {
        const emails = await payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: sendEmailTaskSlug }, completedAt: { exists: true } },
          overrideAccess: true,
          depth: 0,
        })
        return emails.docs.length > 0
      })
    } finally {
      await worker.stop()
    }

    const jobIds = deliveryJobs.docs.map((job) => job.id)
    for (const line of [deadLettered()!, failed()!]) {
      expect(line).toMatchObject({ requestId, task: deliverMessageTaskSlug })
      expect(jobIds).toContain(line.jobId)
    }
    // The alert email's job was queued by the delivery job: it keeps the request's id.
    const [alert] = (
      await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: sendEmailTaskSlug } },
        overrideAccess: true,
        depth: 0,
      })
    ).docs
    expect(alert.input).toMatchObject({ requestId })
    // Nothing else ran: every line a job wrote names this request.
    const jobLines = lines.filter((line) => line.jobId !== undefined)
    expect(jobLines.length).toBeGreaterThanOrEqual(2)
    for (const line of jobLines) expect(line.requestId).toBe(requestId)
  })
})

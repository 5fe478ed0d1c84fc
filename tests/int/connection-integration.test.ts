import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { endpointUrlProblem } from '../../plugins/connection-integration/endpointUrlProblem'
import { postSignedMessage } from '../../plugins/connection-integration/postSignedMessage'
import { retryAfterMs } from '../../plugins/connection-integration/retryAfterMs'
import { slugs } from '../../src/collections/slugs'
import { DeliveryFailedError } from '../../src/connections/types'
import { seedCatalogue } from '../../src/seed/seed'
import { workedExampleApplication } from '../../src/seed/public-event'
import type { TestUser } from '../support/factories'
import { createUser, tokenOf } from '../support/factories'
import {
  caseById,
  deliveryById,
  deliveryStatusIs,
  requestTo,
  runJobsUntil,
  submitWorkedExample,
  useIntegrationMode,
} from '../support/integrationHelpers'
import { startSilentServer, startUnacceptingServer } from '../support/silentEndpoints'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'
import type { WebhookReceiver } from '../support/webhookReceiver'
import { startWebhookReceiver } from '../support/webhookReceiver'

type Id = number | string

const hour = 60 * 60 * 1000
let clockOffsetMs = 0
let test: TestPayload
let payload: Payload
let server: Awaited<ReturnType<typeof startTestServer>>
let receiver: WebhookReceiver
let request: ReturnType<typeof requestTo>
let bundleId: Id
let customer: TestUser
let ownerToken: string
let policeId: Id
let signingSecret: string

const submit = () => submitWorkedExample(payload, { customer, bundleId })
const rotateSecret = async (body?: unknown) => {
  const response = await request(`/api/authorities/${policeId}/integration/rotate-secret`, {
    method: 'POST',
    jwt: ownerToken,
    body,
  })
  expect(response.status).toBe(200)
  return (await response.json()) as { secret: string; previousSecretExpiresAt: string | null }
}
const eventsOf = async (caseId: Id, type: string) =>
  (
    await payload.count({
      collection: slugs.caseEvents,
      where: { case: { equals: caseId }, type: { equals: type } },
      overrideAccess: true,
    })
  ).totalDocs

beforeAll(async () => {
  test = await startTestPayload({
    deliveryPolicy: { baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 2000, connectTimeoutMs: 1000 },
    clock: () => new Date(Date.now() + clockOffsetMs),
  })
  payload = test.payload
  ;({ bundleId } = await seedCatalogue(payload))
  server = await startTestServer(test)
  request = requestTo(server.url)
  receiver = await startWebhookReceiver()
  customer = await createUser(payload, { role: 'customer' })
  ownerToken = await tokenOf(payload, await createUser(payload, { role: 'owner' }))
  policeId = await useIntegrationMode(payload, { key: 'police-helsinki', endpointUrl: receiver.url() })
  signingSecret = (await rotateSecret()).secret
  receiver.state.secrets = [signingSecret]
})

afterEach(() => {
  clockOffsetMs = 0
  vi.restoreAllMocks()
})

afterAll(async () => {
  await receiver?.stop()
  await server?.close()
  await test?.close()
})

describe('delivering to an authority system', () => {
  it('should post a signed message that verifies, mark the case delivered and keep the receipt reference', async () => {
    const { caseId, delivery } = await submit()
    expect(await runJobsUntil(payload, deliveryStatusIs(payload, delivery.id, 'delivered'))).toBe(true)

    const [received] = receiver.requestsFor(String(delivery.messageId))
    expect(received.verifiedWith).toEqual([0])
    expect(received.headers['content-type']).toBe('application/json')
    expect(JSON.parse(received.body)).toMatchObject({
      id: delivery.messageId,
      type: 'case.submitted',
      case: { id: String(caseId) },
    })
    const { reference } = receiver.state.processed.get(String(delivery.messageId))!
    const caseDoc = await caseById(payload, caseId)
    expect(caseDoc).toMatchObject({
      status: 'delivered',
      deliveryState: 'delivered',
      externalReference: reference,
    })
    expect((await deliveryById(payload, delivery.id)).receipt).toMatchObject({ reference })
    expect(await eventsOf(caseId, 'delivered')).toBe(1)
  })

  /** The notices sent to the police about the case, as the mail adapter got them. */
  const noticesOf = async (sendEmail: { mock: { calls: unknown[][] } }, caseId: Id) => {
    const police = await payload.findByID({
      collection: slugs.authorities,
      id: policeId,
      overrideAccess: true,
    })
    return sendEmail.mock.calls
      .map(([email]) => email as { to: string; text: string })
      .filter(
        (email) => email.to === police.noticeEmail && email.text.includes(`/authority/cases/${caseId}\n`),
      )
  }

  it('should email the notice address a link and the case number but no personal data', async () => {
    const sendEmail = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const { caseId, delivery } = await submit()
    await runJobsUntil(payload, deliveryStatusIs(payload, delivery.id, 'delivered'))
    expect(await runJobsUntil(payload, async () => (await noticesOf(sendEmail, caseId)).length > 0)).toBe(
      true,
    )

    const [notice] = await noticesOf(sendEmail, caseId)
    const caseDoc = await caseById(payload, caseId)
    expect(notice.text).toContain(String(caseDoc.caseNumber))
    expect(notice.text).toContain(`http://localhost:3999/authority/cases/${caseId}`)
    for (const value of [
      workedExampleApplication.organiserName,
      workedExampleApplication.contactName,
      workedExampleApplication.contactEmail,
      workedExampleApplication.contactPhone,
    ]) {
      expect(notice.text).not.toContain(String(value))
    }
  })

  it('should send the notice once, after the mail server comes back, while the delivery itself goes on', async () => {
    const sendEmail = vi.spyOn(payload, 'sendEmail').mockRejectedValue(new Error('connect ECONNREFUSED'))
    const { caseId, delivery } = await submit()
    expect(await runJobsUntil(payload, deliveryStatusIs(payload, delivery.id, 'delivered'))).toBe(true)
    await runJobsUntil(payload, async () => false, 5)
    expect(sendEmail).toHaveBeenCalled()
    expect(await noticesOf(sendEmail, caseId)).not.toHaveLength(0)

    sendEmail.mockClear().mockResolvedValue(undefined)
    expect(await runJobsUntil(payload, async () => (await noticesOf(sendEmail, caseId)).length > 0)).toBe(
      true,
    )
    await runJobsUntil(payload, async () => false, 5)
    expect(await noticesOf(sendEmail, caseId)).toHaveLength(1)
  })

  it('should deliver once even when the notice email fails', async () => {
    vi.spyOn(payload, 'sendEmail').mockRejectedValue(new Error('mail server down'))
    const { caseId, delivery } = await submit()
    expect(await runJobsUntil(payload, deliveryStatusIs(payload, delivery.id, 'delivered'))).toBe(true)
    expect(receiver.requestsFor(String(delivery.messageId))).toHaveLength(1)
    expect(await eventsOf(caseId, 'delivered')).toBe(1)
  })

  it('should retry while the receiver is down and deliver once it is up, each webhook-id processed once', async () => {
    await receiver.stop()
    const { caseId, delivery } = await submit()
    try {
      await payload.jobs.run({ limit: 100 })
    } finally {
      await receiver.start()
    }
    const failed = await deliveryById(payload, delivery.id)
    expect(failed.status).toBe('retrying')
    // A refused connection, or a kept-alive one the receiver closed as it went down.
    expect(String(failed.lastError)).toMatch(/Connection refused|closed without an answer/)
    expect((await caseById(payload, caseId)).deliveryState).toBe('failed')

    expect(await runJobsUntil(payload, deliveryStatusIs(payload, delivery.id, 'delivered'))).toBe(true)
    const seen = receiver.requestsFor(String(delivery.messageId))
    expect(seen.filter((item) => !item.isDuplicate)).toHaveLength(1)
    expect((await caseById(payload, caseId)).status).toBe('delivered')
  })

  it('should retry after a 500 and deliver on the next 200', async () => {
    const { delivery } = await submit()
    receiver.replyTo(String(delivery.messageId), { status: 500, body: 'upstream broke' })
    expect(await runJobsUntil(payload, deliveryStatusIs(payload, delivery.id, 'delivered'))).toBe(true)
    const done = await deliveryById(payload, delivery.id)
    expect(done.attempts).toBe(2)
    expect(receiver.requestsFor(String(delivery.messageId))).toHaveLength(2)
  })

  it('should retry a timeout', async () => {
    const { delivery } = await submit()
    receiver.replyTo(String(delivery.messageId), { status: 200, delayMs: 2500 })
    await payload.jobs.run({ limit: 100 })
    const failed = await deliveryById(payload, delivery.id)
    expect(failed.status).toBe('retrying')
    expect(String(failed.lastError)).toContain('No answer')
    expect(await runJobsUntil(payload, deliveryStatusIs(payload, delivery.id, 'delivered'))).toBe(true)
  })

  it("should give up connecting within the connect timeout, not the whole attempt's", async () => {
    const unaccepting = await startUnacceptingServer()
    const silent = await startSilentServer()
    const failureOf = async (url: string, timeouts: { timeoutMs: number; connectTimeoutMs: number }) => {
      const started = Date.now()
      const error = await postSignedMessage({
        url,
        id: 'msg_connect_timeout',
        body: '{}',
        secrets: [signingSecret],
        now: new Date(),
        ...timeouts,
      }).catch((failure: unknown) => failure)
      expect(error).toBeInstanceOf(DeliveryFailedError)
      return { error: error as DeliveryFailedError, elapsedMs: Date.now() - started }
    }
    try {
      // No TCP connection at all, and one whose TLS handshake never ends: both still connecting.
      for (const url of [unaccepting.url, `https://127.0.0.1:${silent.port}/webhooks`]) {
        const { error, elapsedMs } = await failureOf(url, { timeoutMs: 15_000, connectTimeoutMs: 300 })
        expect(error.message).toMatch(/^Connection to https?:\/\/127\.0\.0\.1:\d+ timed out after 300 ms$/)
        expect(error.isRetryable).toBe(true)
        expect(elapsedMs).toBeLessThan(5000)
      }
      // Connected but never answered: the whole attempt's timeout applies, not the connect timeout.
      const { error, elapsedMs } = await failureOf(`http://127.0.0.1:${silent.port}/webhooks`, {
        timeoutMs: 800,
        connectTimeoutMs: 300,
      })
      expect(error.message).toBe(`No answer from http://127.0.0.1:${silent.port} within 800 ms`)
      expect(elapsedMs).toBeGreaterThanOrEqual(750)
    } finally {
      await unaccepting.stop()
      await silent.stop()
    }
  })

  it('should not retry a 429 before its Retry-After', async () => {
    const { delivery } = await submit()
    receiver.replyTo(String(delivery.messageId), { status: 429, headers: { 'Retry-After': '120' } })
    const before = Date.now()
    await payload.jobs.run({ limit: 100 })
    const failed = await deliveryById(payload, delivery.id)
    expect(failed.status).toBe('retrying')
    expect(new Date(String(failed.nextAttemptAt)).getTime()).toBeGreaterThanOrEqual(before + 120_000)
    await payload.jobs.run({ limit: 100 })
    expect(receiver.requestsFor(String(delivery.messageId))).toHaveLength(1)
  })

  it('should read Retry-After as seconds or as an HTTP date', () => {
    const now = new Date('2027-05-01T10:00:00Z')
    expect(retryAfterMs('120', now)).toBe(120_000)
    expect(retryAfterMs('Sat, 01 May 2027 10:05:00 GMT', now)).toBe(300_000)
    expect(retryAfterMs('soon', now)).toBeNull()
  })

  it('should dead-letter a 400 with the response kept, and deliver it when replayed', async () => {
    const { caseId, delivery } = await submit()
    receiver.replyTo(String(delivery.messageId), {
      status: 400,
      body: JSON.stringify({ error: 'x'.repeat(5000) }),
    })
    await runJobsUntil(payload, deliveryStatusIs(payload, delivery.id, 'dead-lettered'))
    const dead = await deliveryById(payload, delivery.id)
    expect(dead.status).toBe('dead-lettered')
    expect(dead.attempts).toBe(1)
    const response = dead.lastResponse as { status: number; body: string }
    expect(response.status).toBe(400)
    expect(response.body.length).toBeLessThanOrEqual(1000)
    expect(response.body).toContain('"error"')
    expect((await caseById(payload, caseId)).deliveryState).toBe('dead-lettered')

    const replay = await request(`/api/deliveries/${delivery.id}/replay`, { method: 'POST', jwt: ownerToken })
    expect(replay.status).toBe(202)
    expect(await runJobsUntil(payload, deliveryStatusIs(payload, delivery.id, 'delivered'))).toBe(true)
    expect((await caseById(payload, caseId)).status).toBe('delivered')
  })

  it('should send the same webhook-id again after a crash before recording, and record one receipt', async () => {
    const { caseId, delivery } = await submit()
    const update = payload.update.bind(payload)
    let hasCrashed = false
    // The orchestrator records the receipt with payload.update: fail that write once.
    // Only this delivery's: earlier tests' retries may be due too (see destinationIsBack).
    const crashingUpdate = async (args: {
      collection: string
      id?: number | string
      data?: { status?: string }
    }) => {
      const isThisDelivery = args.collection === slugs.deliveries && String(args.id) === String(delivery.id)
      if (!hasCrashed && isThisDelivery && args.data?.status === 'delivered') {
        hasCrashed = true
        throw new Error('simulated crash after the HTTP call')
      }
      return update(args as never)
    }
    vi.spyOn(payload, 'update').mockImplementation(crashingUpdate as never)
    expect(await runJobsUntil(payload, deliveryStatusIs(payload, delivery.id, 'delivered'))).toBe(true)
    expect(hasCrashed).toBe(true)

    const seen = receiver.requestsFor(String(delivery.messageId))
    expect(seen.map((item) => item.isDuplicate)).toEqual([false, true])
    expect(receiver.state.processed.has(String(delivery.messageId))).toBe(true)
    expect(await eventsOf(caseId, 'delivered')).toBe(1)
    expect((await deliveryById(payload, delivery.id)).receipt).toMatchObject({
      reference: receiver.state.processed.get(String(delivery.messageId))!.reference,
    })
  })

  it('should dead-letter a message still undelivered when the policy window ends', async () => {
    const { delivery } = await submit()
    receiver.replyTo(String(delivery.messageId), ...Array.from({ length: 5 }, () => ({ status: 503 })))
    await payload.jobs.run({ limit: 100 })
    expect((await deliveryById(payload, delivery.id)).status).toBe('retrying')

    clockOffsetMs = 73 * hour
    expect(await runJobsUntil(payload, deliveryStatusIs(payload, delivery.id, 'dead-lettered'))).toBe(true)
    expect((await deliveryById(payload, delivery.id)).attempts).toBe(2)
  })
})

describe('signing secrets', () => {
  it('should sign with the old and the new secret during the overlap, and with the new one only after it', async () => {
    const old = signingSecret
    const rotated = await rotateSecret()
    expect(rotated.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/)
    expect(new Date(String(rotated.previousSecretExpiresAt)).getTime()).toBeGreaterThan(
      Date.now() + 23 * hour,
    )
    receiver.state.secrets = [old, rotated.secret]

    const during = await submit()
    await runJobsUntil(payload, deliveryStatusIs(payload, during.delivery.id, 'delivered'))
    expect(receiver.requestsFor(String(during.delivery.messageId))[0].verifiedWith).toEqual([0, 1])

    clockOffsetMs = 25 * hour
    const after = await submit()
    await runJobsUntil(payload, deliveryStatusIs(payload, after.delivery.id, 'delivered'))
    expect(receiver.requestsFor(String(after.delivery.messageId))[0].verifiedWith).toEqual([1])
    signingSecret = rotated.secret
    receiver.state.secrets = [signingSecret]
  })

  it('should drop the old secret at once when rotated without overlap', async () => {
    const rotated = await rotateSecret({ overlapHours: 0 })
    expect(rotated.previousSecretExpiresAt).toBeNull()
    receiver.state.secrets = [signingSecret, rotated.secret]
    const { delivery } = await submit()
    await runJobsUntil(payload, deliveryStatusIs(payload, delivery.id, 'delivered'))
    expect(receiver.requestsFor(String(delivery.messageId))[0].verifiedWith).toEqual([1])
    signingSecret = rotated.secret
    receiver.state.secrets = [signingSecret]
  })

  it('should never show a stored secret through the API, nor let one be written', async () => {
    const read = await request(`/api/authorities/${policeId}`, { jwt: ownerToken })
    const settings = ((await read.json()) as { integrationSettings: Record<string, unknown> })
      .integrationSettings
    expect(settings.endpointUrl).toBe(receiver.url())
    expect(settings.secretRotatedAt).toBeTruthy()
    expect(settings).not.toHaveProperty('signingSecret')
    expect(settings).not.toHaveProperty('previousSigningSecret')

    const write = await request(`/api/authorities/${policeId}`, {
      method: 'PATCH',
      jwt: ownerToken,
      body: { integrationSettings: { endpointUrl: receiver.url(), signingSecret: 'whsec_chosen' } },
    })
    expect(write.status).toBe(200)
    const stored = await payload.findByID({
      collection: slugs.authorities,
      id: policeId,
      overrideAccess: true,
    })
    const storedSecret = (stored.integrationSettings as { signingSecret: string }).signingSecret
    expect(storedSecret).toMatch(/^v1\./)
    expect(storedSecret).not.toContain(signingSecret.slice(6))

    const { delivery } = await submit()
    await runJobsUntil(payload, deliveryStatusIs(payload, delivery.id, 'delivered'))
    expect(receiver.requestsFor(String(delivery.messageId))[0].verifiedWith).toEqual([0])
  })

  it('should let only staff rotate a secret', async () => {
    const authorityUser = await createUser(payload, { role: 'authority-user', authority: policeId })
    const response = await request(`/api/authorities/${policeId}/integration/rotate-secret`, {
      method: 'POST',
      jwt: await tokenOf(payload, authorityUser),
    })
    expect(response.status).toBe(403)
    const anonymous = await request(`/api/authorities/${policeId}/integration/rotate-secret`, {
      method: 'POST',
    })
    expect(anonymous.status).toBe(401)
  })
})

describe('settings and "Test connection"', () => {
  const check = async (id: Id, jwt = ownerToken) => {
    const response = await request(`/api/authorities/${id}/check-connection`, { method: 'POST', jwt })
    return { status: response.status, body: (await response.json()) as { ok: boolean; problems: string[] } }
  }

  it('should answer ok after a signed ping that the receiver verifies, without delivering a case', async () => {
    const before = receiver.state.requests.length
    const { status, body } = await check(policeId)
    expect(status).toBe(200)
    expect(body).toEqual({ ok: true, mode: 'integration', problems: [] })
    const pings = receiver.state.requests.slice(before)
    expect(pings).toHaveLength(1)
    expect(JSON.parse(pings[0].body)).toMatchObject({ type: 'ping' })
    expect(pings[0].verifiedWith).toEqual([0])
  })

  it('should list the problems when the endpoint is down', async () => {
    await receiver.stop()
    try {
      const { body } = await check(policeId)
      expect(body.ok).toBe(false)
      expect(body.problems.join(' ')).toContain('Connection refused')
    } finally {
      await receiver.start()
    }
  })

  it("should say when the endpoint did not take the connection within the policy's connect timeout", async () => {
    const unaccepting = await startUnacceptingServer()
    const pointTo = (endpointUrl: string) =>
      payload.update({
        collection: slugs.authorities,
        id: policeId,
        overrideAccess: true,
        data: { integrationSettings: { endpointUrl } },
      })
    try {
      await pointTo(unaccepting.url)
      const { body } = await check(policeId)
      expect(body.ok).toBe(false)
      expect(body.problems.join(' ')).toMatch(
        /Connection to http:\/\/127\.0\.0\.1:\d+ timed out after 1000 ms/,
      )
    } finally {
      await pointTo(receiver.url())
      await unaccepting.stop()
    }
    expect((await check(policeId)).body.ok).toBe(true)
  })

  it('should list a missing endpoint and a missing secret for an authority not set up yet', async () => {
    const id = await useIntegrationMode(payload, { key: 'police-ita-uusimaa', endpointUrl: '' })
    const { body } = await check(id)
    expect(body.ok).toBe(false)
    expect(body.problems).toEqual([
      expect.stringContaining('endpointUrl'),
      expect.stringContaining('signingSecret'),
    ])
  })

  it('should require https in production, even to this machine', () => {
    const production = { allowLoopbackHttp: false }
    expect(endpointUrlProblem('https://authority.example.fi/hooks', production)).toBeNull()
    expect(endpointUrlProblem('http://localhost:4100/', production)).toContain('https:')
    expect(endpointUrlProblem('http://127.0.0.1:4100/', { allowLoopbackHttp: true })).toBeNull()
    expect(endpointUrlProblem('https://user:pw@authority.example.fi/', production)).toContain('password')
  })

  it('should refuse a plain-http endpoint that is not on this machine', async () => {
    const response = await request(`/api/authorities/${policeId}`, {
      method: 'PATCH',
      jwt: ownerToken,
      body: { integrationSettings: { endpointUrl: 'http://authority.example.fi/webhooks' } },
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('https:')
  })

  it('should dead-letter a delivery whose settings no longer hold, naming the problem', async () => {
    const id = await useIntegrationMode(payload, { key: 'police-lansi-uusimaa', endpointUrl: receiver.url() })
    const { delivery } = await submitWorkedExample(payload, {
      customer,
      bundleId,
      values: { ...workedExampleApplication, municipality: '049' },
    })
    expect(String((await deliveryById(payload, delivery.id)).authority)).toBe(String(id))
    await runJobsUntil(payload, deliveryStatusIs(payload, delivery.id, 'dead-lettered'))
    expect(String((await deliveryById(payload, delivery.id)).lastError)).toContain('signingSecret')
  })

  it('should let only staff test a connection', async () => {
    const authorityUser = await createUser(payload, { role: 'authority-user', authority: policeId })
    expect((await check(policeId, await tokenOf(payload, authorityUser))).status).toBe(403)
  })
})

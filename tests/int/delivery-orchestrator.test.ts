import type { CollectionSlug, Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'

import { onboardingOptions } from '../../portal/app/models/onboarding.server'
import { slugs } from '../../src/collections/slugs'
import { connectionModePlugin } from '../../src/connections/connectionModePlugin'
import { defineConnectionMode } from '../../src/connections/defineConnectionMode'
import { retryDelayMs, defaultDeliveryPolicy } from '../../src/connections/deliveryPolicy'
import type { DeliveryMessage } from '../../src/connections/types'
import { DeliveryFailedError } from '../../src/connections/types'
import { seedCatalogue } from '../../src/seed/seed'
import { submitApplication } from '../../src/submission/submitApplication'
import type { TestUser } from '../support/factories'
import { authorityId, createDraft, createUser, tokenOf } from '../support/factories'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

type Outcome = 'ok' | 'retry' | 'retry-after' | 'fail'

/**
 * A scripted mode: each delivery of the test's own case takes the next outcome (others, left
 * by earlier tests and due again, succeed); it records what it was given.
 */
const script: Outcome[] = []
let scriptedCaseId: string | null = null
const delivered: DeliveryMessage[] = []
const scriptedMode = defineConnectionMode({
  slug: 'scripted',
  label: { fi: 'Testi', sv: 'Test', en: 'Test' },
  optionsSchema: z.object({ target: z.string().min(1) }),
  fields: [{ name: 'target', type: 'text' }],
  deliver: async ({ message }) => {
    const outcome = String(message.case.id) === scriptedCaseId ? (script.shift() ?? 'ok') : 'ok'
    if (outcome === 'retry')
      throw new DeliveryFailedError({ message: 'receiver answered 503', response: { status: 503 } })
    if (outcome === 'retry-after') {
      throw new DeliveryFailedError({
        message: 'receiver answered 429',
        retryAfterMs: 3_600_000,
        response: { status: 429 },
      })
    }
    if (outcome === 'fail') {
      throw new DeliveryFailedError({
        message: 'receiver answered 400',
        isRetryable: false,
        response: { status: 400, body: 'bad' },
      })
    }
    delivered.push(message)
    return { reference: `REF-${delivered.length}` }
  },
})

/** Lupa's clock: real time moved by `offsetMs`, so tests can jump ahead. */
let offsetMs = 0
let test: TestPayload
let payload: Payload
let bundleId: number | string
let customer: TestUser

const count = async (collection: CollectionSlug, where = {}) =>
  (await payload.count({ collection: collection, where, overrideAccess: true })).totalDocs

const useMode = async (key: string, mode: string, settings: Record<string, unknown> = { target: 'x' }) => {
  // The scripted mode's settings group is this test's own: the generated types do not know it.
  const data = { connectionMode: mode, scriptedSettings: settings }
  return payload.update({
    collection: slugs.authorities,
    id: await authorityId(payload, key),
    data,
    overrideAccess: true,
  })
}

/** Submits the worked example and returns the police case and its delivery. */
const submitPoliceCase = async () => {
  const draft = await createDraft(payload, { customer, bundleId })
  const result = await submitApplication({
    req: await createLocalReq({ user: customer as never }, payload),
    applicationId: draft.id,
    locale: 'fi',
  })
  const caseId = result.cases.find((item) => item.authority === 'police-helsinki')!.id
  scriptedCaseId = String(caseId)
  const delivery = (
    await payload.find({
      collection: slugs.deliveries,
      where: { case: { equals: caseId } },
      overrideAccess: true,
    })
  ).docs[0]
  return { caseId, deliveryId: delivery.id }
}

const deliveryById = (id: number | string) =>
  payload.findByID({ collection: slugs.deliveries, id, overrideAccess: true })
const caseById = (id: number | string) =>
  payload.findByID({ collection: slugs.cases, id, overrideAccess: true, depth: 0 })
/** Runs due jobs; retries are queued with a waitUntil in real time, so the policy keeps them short. */
const runJobs = async () => {
  await new Promise((resolve) => setTimeout(resolve, 30))
  await payload.jobs.run({ limit: 200 })
}

beforeAll(async () => {
  test = await startTestPayload({
    plugins: [connectionModePlugin(scriptedMode)],
    deliveryPolicy: { baseDelayMs: 5, maxDelayMs: 10, giveUpAfterMs: 60 * 60 * 1000 },
    clock: () => new Date(Date.now() + offsetMs),
  })
  payload = test.payload
  ;({ bundleId } = await seedCatalogue(payload))
  customer = await createUser(payload, { role: 'customer' })
  await useMode('police-helsinki', 'scripted')
})

beforeEach(() => {
  script.length = 0
  offsetMs = 0
})

afterAll(async () => {
  await test?.close()
})

describe('the delivery orchestrator', () => {
  it('should record a receipt, mark the case delivered and append one event', async () => {
    const { caseId, deliveryId } = await submitPoliceCase()
    await runJobs()
    const delivery = await deliveryById(deliveryId)
    expect(delivery.status).toBe('delivered')
    expect(delivery.attempts).toBe(1)
    expect((delivery.receipt as { reference: string }).reference).toMatch(/^REF-/)
    const caseDoc = await caseById(caseId)
    expect(caseDoc.status).toBe('delivered')
    expect(caseDoc.deliveryState).toBe('delivered')
    expect(caseDoc.externalReference).toBe((delivery.receipt as { reference: string }).reference)
    expect(await count(slugs.caseEvents, { case: { equals: caseId }, type: { equals: 'delivered' } })).toBe(1)
    expect(
      await count(slugs.caseEvents, { case: { equals: caseId }, type: { equals: 'status-changed' } }),
    ).toBe(1)
  })

  it('should retry a retryable failure and deliver the same message id', async () => {
    script.push('retry', 'retry')
    const { deliveryId } = await submitPoliceCase()
    await runJobs()
    expect((await deliveryById(deliveryId)).status).toBe('retrying')
    await runJobs()
    await runJobs()
    const delivery = await deliveryById(deliveryId)
    expect(delivery.status).toBe('delivered')
    expect(delivery.attempts).toBe(3)
    expect(delivered.at(-1)?.id).toBe(delivery.messageId)
  })

  it("should wait at least the receiver's Retry-After", async () => {
    script.push('retry-after')
    const { deliveryId } = await submitPoliceCase()
    await runJobs()
    const delivery = await deliveryById(deliveryId)
    expect(delivery.status).toBe('retrying')
    expect(new Date(String(delivery.nextAttemptAt)).getTime()).toBeGreaterThanOrEqual(Date.now() + 3_590_000)
    await runJobs()
    expect((await deliveryById(deliveryId)).attempts).toBe(1)
  })

  it("should send an authority's waiting messages at once when its system answers again", async () => {
    script.push('retry-after')
    const waiting = await submitPoliceCase()
    await runJobs()
    expect((await deliveryById(waiting.deliveryId)).status).toBe('retrying')
    // Another message fails once and then gets through: the system is back.
    script.push('retry')
    const other = await submitPoliceCase()
    await runJobs()
    await runJobs()
    expect((await deliveryById(other.deliveryId)).attempts).toBe(2)
    await runJobs()
    const delivery = await deliveryById(waiting.deliveryId)
    expect(delivery.status).toBe('delivered')
    expect(delivery.attempts).toBe(2)
  })

  it('should dead-letter a failure that retrying cannot fix, and deliver it on replay', async () => {
    script.push('fail')
    const { caseId, deliveryId } = await submitPoliceCase()
    await runJobs()
    const delivery = await deliveryById(deliveryId)
    expect(delivery.status).toBe('dead-lettered')
    expect((delivery.lastResponse as { status: number }).status).toBe(400)
    expect((await caseById(caseId)).deliveryState).toBe('dead-lettered')

    const server = await startTestServer(test)
    try {
      const owner = await createUser(payload, { role: 'owner' })
      const producer = await createUser(payload, { role: 'service-producer' })
      const replay = (token?: string) =>
        fetch(`${server.url}/api/deliveries/${deliveryId}/replay`, {
          method: 'POST',
          headers: token ? { Authorization: `JWT ${token}` } : {},
        })
      expect((await replay(await tokenOf(payload, customer))).status).toBe(403)
      expect((await replay()).status).toBe(403)
      expect((await replay(await tokenOf(payload, producer))).status).toBe(202)
      expect((await replay(await tokenOf(payload, owner))).status).toBe(409)
    } finally {
      await server.close()
    }
    await runJobs()
    expect((await deliveryById(deliveryId)).status).toBe('delivered')
    expect((await caseById(caseId)).status).toBe('delivered')
  })

  it('should dead-letter a message still undelivered when the policy window has passed', async () => {
    script.push('retry', 'retry')
    const { deliveryId } = await submitPoliceCase()
    await runJobs()
    expect((await deliveryById(deliveryId)).status).toBe('retrying')
    offsetMs = 2 * 60 * 60 * 1000
    await runJobs()
    expect((await deliveryById(deliveryId)).status).toBe('dead-lettered')
  })

  it('should dead-letter at once when the stored settings no longer hold', async () => {
    await useMode('police-helsinki', 'scripted', { target: '' })
    try {
      const { deliveryId } = await submitPoliceCase()
      await runJobs()
      const delivery = await deliveryById(deliveryId)
      expect(delivery.status).toBe('dead-lettered')
      expect(String(delivery.lastError)).toContain('Invalid scripted settings')
    } finally {
      await useMode('police-helsinki', 'scripted')
    }
  })

  it("should use a permit type's own connection mode over the authority's", async () => {
    const { docs } = await payload.find({
      collection: slugs.permitTypes,
      where: { key: { equals: 'rescue-plan' } },
      overrideAccess: true,
    })
    await payload.update({
      collection: slugs.permitTypes,
      id: docs[0].id,
      data: { connectionMode: 'scripted' } as never,
      overrideAccess: true,
    })
    await payload.update({
      collection: slugs.authorities,
      id: await authorityId(payload, 'rescue-helsinki'),
      data: { scriptedSettings: { target: 'rescue' } } as never,
      overrideAccess: true,
    })
    const before = delivered.length
    const { caseId } = await submitPoliceCase()
    await runJobs()
    const rescueCase = (
      await payload.find({
        collection: slugs.cases,
        where: {
          application: { equals: (await caseById(caseId)).application },
          permitType: { equals: docs[0].id },
        },
        overrideAccess: true,
      })
    ).docs[0]
    expect(rescueCase.deliveryState).toBe('delivered')
    expect(delivered.slice(before).map((message) => message.case.permitType.key)).toContain('rescue-plan')
  })
})

describe('a mode of its own', () => {
  it('should be offered, with its label, to an authority joining the service', async () => {
    const { modes } = await onboardingOptions({ payload, locale: 'en' })
    expect(modes).toContainEqual({ value: 'scripted', label: 'Test' })
  })
})

describe('retry delays', () => {
  it('should double with each attempt, stay within the cap and never undercut Retry-After', () => {
    const policy = { ...defaultDeliveryPolicy, baseDelayMs: 1000, maxDelayMs: 8000 }
    const highest = (attempts: number) => retryDelayMs({ attempts, policy, random: () => 1 })
    const lowest = (attempts: number) => retryDelayMs({ attempts, policy, random: () => 0 })
    expect([1, 2, 3, 4, 5].map(highest)).toEqual([1000, 2000, 4000, 8000, 8000])
    expect(lowest(3)).toBe(2000)
    expect(retryDelayMs({ attempts: 1, policy, retryAfterMs: 60_000, random: () => 0.5 })).toBe(60_000)
  })
})

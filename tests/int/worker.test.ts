import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { seedCatalogue } from '../../src/seed/seed'
import { startWorker } from '../../src/server/worker'
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

import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { approveServiceRequest } from '../../plugins/onboarding'
import { serviceDeskSlugs } from '../../plugins/service-desk'
import { slugs } from '../../src/collections/slugs'
import { demoUsers, seedDemo } from '../../src/seed/seed'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'
import { createLocalReq } from 'payload'

let test: TestPayload
let payload: Payload

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  await seedDemo(payload, { isProduction: false, dataDir: test.dataDir })
})

afterAll(async () => {
  await test?.close()
})

describe('the demo data', () => {
  it('should create a user of every role and a submitted demo application with its cases', async () => {
    const users = await payload.find({ collection: slugs.users, overrideAccess: true, pagination: false })
    expect(demoUsers.every((demo) => users.docs.some((user) => user.email === demo.email))).toBe(true)
    const applications = await payload.find({ collection: slugs.applications, overrideAccess: true })
    expect(applications.docs[0].status).toBe('submitted')
    expect((await payload.count({ collection: slugs.cases, overrideAccess: true })).totalDocs).toBe(9)
  })

  it('should connect the police by integration and the municipal authorities in simplified mode', async () => {
    const { docs } = await payload.find({
      collection: slugs.authorities,
      overrideAccess: true,
      pagination: false,
    })
    const modeOf = (key: string) => docs.find((doc) => doc.key === key)?.connectionMode
    expect(modeOf('police-helsinki')).toBe('integration')
    expect(modeOf('permit-agency')).toBe('integration')
    expect(modeOf('environmental-protection-helsinki')).toBe('simplified')
    const secret = readFileSync(path.join(test.dataDir, 'demo-receiver-secret'), 'utf8')
    expect(secret).toMatch(/^whsec_/)
    const police = docs.find((doc) => doc.key === 'police-helsinki')!
    expect(JSON.stringify(police)).not.toContain(secret)
  })

  it('should be safe to run again', async () => {
    await seedDemo(payload, { isProduction: false, dataDir: test.dataDir })
    expect((await payload.count({ collection: slugs.applications, overrideAccess: true })).totalDocs).toBe(1)
    expect((await payload.count({ collection: slugs.permitBundles, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('should refuse to create demo users in production', async () => {
    await expect(seedDemo(payload, { isProduction: true, dataDir: test.dataDir })).rejects.toThrow(
      'production',
    )
  })

  it('should give the service desk an incident on the clock and a joining request that sets an authority up', async () => {
    const { docs: incidents } = await payload.find({
      collection: serviceDeskSlugs.incidents,
      overrideAccess: true,
    })
    expect(incidents).toHaveLength(1)
    expect(incidents[0]).toMatchObject({
      responseDueAt: expect.any(String),
      resolutionDueAt: expect.any(String),
    })
    const { docs: requests } = await payload.find({
      collection: serviceDeskSlugs.serviceRequests,
      where: { kind: { equals: 'joining' } },
      overrideAccess: true,
    })
    expect(requests).toHaveLength(1)
    const { setup } = await approveServiceRequest({
      req: await createLocalReq({}, payload),
      id: requests[0].id,
    })
    const authority = await payload.findByID({
      collection: slugs.authorities,
      id: (setup as { authority: number | string }).authority,
      overrideAccess: true,
    })
    expect(authority).toMatchObject({
      businessId: '0124610-9',
      connectionMode: 'simplified',
      municipalities: ['092'],
    })
  })
})

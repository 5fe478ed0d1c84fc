import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { approveServiceRequest } from '../../plugins/onboarding'
import { serviceDeskSlugs } from '../../plugins/service-desk'
import { slugs } from '../../src/collections/slugs'
import { demoCatalogueAuthorities as demoAuthorities } from '../../src/seed/restaurant'
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
    const { docs: cases } = await payload.find({ collection: slugs.cases, overrideAccess: true, depth: 0 })
    expect(cases).toHaveLength(9)
    expect(new Set(cases.map((item) => String(item.authority))).size).toBe(7)
  })

  it('should have every authority join the permit types of its kind, named in every language', async () => {
    const { docs } = await payload.find({
      collection: slugs.authorities,
      where: { key: { in: demoAuthorities.map((authority) => authority.key) } },
      overrideAccess: true,
      pagination: false,
      depth: 1,
      locale: 'sv',
    })
    expect(docs).toHaveLength(demoAuthorities.length)
    for (const doc of docs) {
      const demo = demoAuthorities.find((authority) => authority.key === doc.key)!
      const joined = (doc.joinedPermitTypes ?? []).map(
        (permitType) => typeof permitType === 'object' && permitType.key,
      )
      expect(joined.sort(), doc.key).toEqual([...demo.permitTypes].sort())
      expect(doc.kind).toMatchObject({ key: demo.kind, name: expect.any(String) })
    }
    const police = docs.find((doc) => doc.key === 'police-helsinki')!
    expect(police.kind).toMatchObject({ name: 'Polisen' })
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
    // The public event and the restaurant, each once.
    expect((await payload.count({ collection: slugs.permitBundles, overrideAccess: true })).totalDocs).toBe(2)
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

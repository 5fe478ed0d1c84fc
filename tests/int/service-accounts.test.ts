import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serviceUserOf } from '../../plugins/connection-integration/serviceUserOf'
import { slugs } from '../../src/collections/slugs'
import { seedCatalogue } from '../../src/seed/seed'
import { authorityId, testPassword } from '../support/factories'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

let test: TestPayload
let payload: Payload
let server: Awaited<ReturnType<typeof startTestServer>>

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  server = await startTestServer(test)
  await seedCatalogue(payload)
})

afterAll(async () => {
  await server?.close()
  await test?.close()
})

const login = (email: string, password: string) =>
  fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })

describe('service accounts', () => {
  it("should mark an authority's integration account as a service account", async () => {
    const { docs } = await payload.find({
      collection: slugs.authorities,
      where: { key: { equals: 'police-helsinki' } },
      overrideAccess: true,
      limit: 1,
    })
    const id = await serviceUserOf({ req: await createLocalReq({}, payload), authority: docs[0] })
    const user = await payload.findByID({ collection: slugs.users, id, overrideAccess: true })
    expect(user.isServiceAccount).toBe(true)
  })

  it('should refuse a password login to a service account even with the right password', async () => {
    const user = await payload.create({
      collection: slugs.users,
      overrideAccess: true,
      data: {
        email: 'system@lupa.invalid',
        password: testPassword,
        name: 'System',
        role: 'authority-user',
        authority: await authorityId(payload, 'police-helsinki'),
        isServiceAccount: true,
      } as never,
    })
    const refused = await login(String(user.email), testPassword)
    expect(refused.status).toBe(403)
    expect(await refused.text()).not.toContain('token')
  })

  it('should not let anyone make themselves a service account through the API', async () => {
    const user = await payload.create({
      collection: slugs.users,
      overrideAccess: true,
      data: {
        email: 'person@lupa.localhost',
        password: testPassword,
        name: 'Person',
        role: 'customer',
      } as never,
    })
    const updated = await payload.update({
      collection: slugs.users,
      id: user.id,
      data: { isServiceAccount: true },
      overrideAccess: false,
      user: { ...user, collection: 'users' },
    })
    expect(updated.isServiceAccount).toBe(false)
  })
})

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { createUser, testPassword, tokenOf } from '../support/factories'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

let test: TestPayload
let payload: Payload
let server: Awaited<ReturnType<typeof startTestServer>>

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  server = await startTestServer({
    ...test,
    limits: { login: 3, submit: 2, integration: 2, windowMs: 60_000 },
  })
})

afterAll(async () => {
  await server?.close()
  await test?.close()
})

const post = (path: string, body?: unknown) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  })

describe('rate limits', () => {
  it('should answer 429 with a JSON error once an address has failed to log in too often', async () => {
    const user = await createUser(payload, { role: 'customer' })
    for (let login = 0; login < 4; login += 1) {
      expect((await post('/api/users/login', { email: user.email, password: testPassword })).status).toBe(200)
    }
    const statuses: number[] = []
    for (let attempt = 0; attempt < 3; attempt += 1) {
      statuses.push(
        (await post('/api/users/login', { email: user.email, password: 'wrong-password' })).status,
      )
    }
    expect(statuses.every((status) => status !== 429)).toBe(true)
    const limited = await post('/api/users/login', { email: user.email, password: testPassword })
    expect(limited.status).toBe(429)
    expect(((await limited.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /Too many/,
    )
    expect(limited.headers.get('ratelimit-policy')).toBeTruthy()
  })

  it('should limit submissions and integration API calls separately from logins', async () => {
    const submits = [await post('/api/applications/1/submit'), await post('/api/applications/1/submit')]
    expect(submits.map((response) => response.status)).not.toContain(429)
    expect((await post('/api/applications/1/submit')).status).toBe(429)
    const openApi = () => fetch(`${server.url}/api/integration/v1/openapi.json`)
    expect([(await openApi()).status, (await openApi()).status]).toEqual([200, 200])
    expect((await openApi()).status).toBe(429)
  })

  it('should leave the rest of the API alone', async () => {
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => fetch(`${server.url}/api/permit-bundles?limit=1`)),
    )
    expect(responses.map((response) => response.status)).not.toContain(429)
  })
})

describe('rate limits shared by web processes', () => {
  it('should count the hits of one client at every web process sharing the database', async () => {
    const limits = { login: 3, submit: 2, integration: 2, windowMs: 60_000 }
    const [first, second] = await Promise.all([
      startTestServer({ ...test, limits }),
      startTestServer({ ...test, limits }),
    ])
    try {
      const submit = (url: string, client: string) =>
        fetch(`${url}/api/applications/1/submit`, { method: 'POST', headers: { 'x-forwarded-for': client } })
      expect((await submit(first.url, '198.51.100.1')).status).not.toBe(429)
      expect((await submit(second.url, '198.51.100.1')).status).not.toBe(429)
      expect((await submit(first.url, '198.51.100.1')).status).toBe(429)
      expect((await submit(second.url, '198.51.100.1')).status).toBe(429)
      // Another client behind the same proxy has its own count.
      expect((await submit(second.url, '198.51.100.2')).status).not.toBe(429)
    } finally {
      await Promise.all([first.close(), second.close()])
    }
  })
})

describe('client addresses', () => {
  it('should believe X-Forwarded-For only from a trusted proxy, and only its nearest untrusted address', async () => {
    const user = await createUser(payload, { role: 'customer' })
    const token = await tokenOf(payload, user)
    const changeLocale = (url: string, forwardedFor: string) =>
      fetch(`${url}/api/users/${user.id}`, {
        method: 'PATCH',
        headers: {
          authorization: `JWT ${token}`,
          'content-type': 'application/json',
          'x-forwarded-for': forwardedFor,
          // Whatever a client sends under Lupa's own header is overwritten.
          'x-lupa-client-address': '192.0.2.66',
        },
        body: JSON.stringify({ locale: 'sv' }),
      })
    const lastAddress = async () =>
      (
        await payload.find({
          collection: slugs.auditLog,
          where: { resource: { equals: slugs.users }, resourceId: { equals: String(user.id) } },
          sort: '-id',
          limit: 1,
          overrideAccess: true,
          depth: 0,
        })
      ).docs[0]?.ip

    // Loopback is trusted by default: the address the proxy saw, not what the client claimed before it.
    expect((await changeLocale(server.url, '192.0.2.99, 203.0.113.7')).status).toBe(200)
    expect(await lastAddress()).toBe('203.0.113.7')

    const untrusting = await startTestServer({ ...test, trustedProxies: '10.0.0.0/8' })
    try {
      expect((await changeLocale(untrusting.url, '203.0.113.7')).status).toBe(200)
      expect(await lastAddress()).toBe('127.0.0.1')
    } finally {
      await untrusting.close()
    }
  })
})

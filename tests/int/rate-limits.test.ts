import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, testPassword } from '../support/factories'
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

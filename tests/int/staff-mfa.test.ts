import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hotp, totpStepAt, base32Decode } from '../../src/auth/mfa/totp'
import { slugs } from '../../src/collections/slugs'
import { defaultRateLimits } from '../../src/server/rateLimits'
import { testPassword } from '../support/factories'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

let test: TestPayload
let payload: Payload
let server: Awaited<ReturnType<typeof startTestServer>>
let now = new Date('2026-12-07T12:00:00Z')

// The public URL the test server answers for: Payload trusts cookies only from its origins.
const origin = 'http://localhost:3999'

beforeAll(async () => {
  test = await startTestPayload({ clock: () => now, staffMfa: { isRequired: true } })
  payload = test.payload
  // Many failed logins on purpose: the per-address limit is tested on its own server below.
  server = await startTestServer({ ...test, limits: { ...defaultRateLimits, login: 1000 } })
})

afterAll(async () => {
  await server?.close()
  await test?.close()
})

/** Moves the clock to a fresh TOTP step: a code of an earlier step is never accepted twice. */
const nextStep = () => {
  now = new Date(now.getTime() + 60_000)
}

const codeAt = (secret: string, at = now) => hotp({ secret: base32Decode(secret), counter: totpStepAt(at) })

const cookieOf = (response: Response) => response.headers.get('set-cookie')?.split(';')[0] ?? ''

const login = (body: Record<string, string>, url = server.url, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, ...headers },
    body: JSON.stringify({ password: testPassword, ...body }),
  })

const call = (path: string, cookie: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(`${server.url}/api${path}`, {
    method: init.method ?? 'GET',
    headers: { cookie, origin, 'content-type': 'application/json' },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  })

let users = 0
const createStaff = async (role: 'owner' | 'service-producer' = 'owner') => {
  users += 1
  const email = `staff-${users}@lupa.localhost`
  const user = await payload.create({
    collection: slugs.users,
    overrideAccess: true,
    data: { email, password: testPassword, name: `Staff ${users}`, role } as never,
  })
  return { id: user.id, email }
}

/** A staff user who has enrolled through the API: their secret, recovery codes and session. */
const enrolledStaff = async (role: 'owner' | 'service-producer' = 'owner') => {
  const { id, email } = await createStaff(role)
  const cookie = cookieOf(await login({ email }))
  const setup = await call('/users/mfa/setup', cookie, { method: 'POST' })
  expect(setup.status).toBe(200)
  const { secret } = (await setup.json()) as { secret: string }
  const confirmed = await call('/users/mfa/confirm', cookie, {
    method: 'POST',
    body: { code: codeAt(secret) },
  })
  expect(confirmed.status).toBe(200)
  const { recoveryCodes } = (await confirmed.json()) as { recoveryCodes: string[] }
  nextStep()
  return { id, email, secret, recoveryCodes, cookie }
}

describe('staff MFA enrolment', () => {
  it('should hold a staff user without MFA at enrolment when MFA is required', async () => {
    const { email } = await createStaff()
    const response = await login({ email })
    expect(response.status).toBe(200)
    const cookie = cookieOf(response)
    const refused = await call('/cases', cookie)
    expect(refused.status).toBe(403)
    expect(JSON.stringify(await refused.json())).toContain('two-step verification')
    const status = await call('/users/mfa', cookie)
    expect(await status.json()).toMatchObject({ isEnabled: false, isRequired: true, canEnrol: true })
  })

  it('should refuse a confirmation with a wrong code and turn MFA on with a right one', async () => {
    const { email } = await createStaff('service-producer')
    const cookie = cookieOf(await login({ email }))
    const setup = await call('/users/mfa/setup', cookie, { method: 'POST' })
    const { secret, uri } = (await setup.json()) as { secret: string; uri: string }
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(uri).toContain(`secret=${secret}`)
    expect(setup.headers.get('cache-control')).toBe('no-store')
    const wrong = String((Number(codeAt(secret)) + 1) % 1_000_000).padStart(6, '0')
    expect((await call('/users/mfa/confirm', cookie, { method: 'POST', body: { code: wrong } })).status).toBe(
      400,
    )
    const confirmed = await call('/users/mfa/confirm', cookie, {
      method: 'POST',
      body: { code: codeAt(secret) },
    })
    const { recoveryCodes } = (await confirmed.json()) as { recoveryCodes: string[] }
    expect(recoveryCodes).toHaveLength(10)
    // The session that enrolled goes on, now with the staff's rights.
    expect((await call('/audit-log', cookie)).status).toBe(200)
  })

  it('should never show the secret or the recovery hashes through the API, nor store them in clear', async () => {
    const { id, secret, recoveryCodes, cookie } = await enrolledStaff()
    const body = await (await call(`/users/${id}`, cookie)).text()
    expect(body).toContain('mfaEnabledAt')
    for (const field of ['mfaSecret', 'mfaPendingSecret', 'mfaRecoveryCodes', 'mfaLastStep'])
      expect(body).not.toContain(field)
    const graphql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { cookie, origin, 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ User(id: ${id}) { mfaSecret } }` }),
    })
    const answer = await graphql.text()
    expect(answer).toContain('"mfaSecret":null')
    expect(answer).not.toContain(secret)
    const raw = await test.rawDatabaseText()
    expect(raw).not.toContain(secret)
    expect(raw).not.toContain(recoveryCodes[0])
  })
})

describe('staff MFA sign-in', () => {
  it('should refuse a password alone and give no session', async () => {
    const { email } = await enrolledStaff()
    const response = await login({ email })
    expect(response.status).toBe(401)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(await response.text()).not.toContain('token')
  })

  it('should sign in with a code and refuse the same code a second time', async () => {
    const { email, secret } = await enrolledStaff()
    const code = codeAt(secret)
    const response = await login({ email, totp: code })
    expect(response.status).toBe(200)
    expect((await call('/audit-log', cookieOf(response))).status).toBe(200)
    expect((await login({ email, totp: code })).status).toBe(401)
  })

  it('should refuse a wrong code and a code two steps old', async () => {
    const { email, secret } = await enrolledStaff()
    const old = codeAt(secret, new Date(now.getTime() - 61_000))
    expect((await login({ email, totp: old })).status).toBe(401)
    const wrong = String((Number(codeAt(secret)) + 1) % 1_000_000).padStart(6, '0')
    expect((await login({ email, totp: wrong })).status).toBe(401)
  })

  it('should accept a recovery code once', async () => {
    const { email, recoveryCodes } = await enrolledStaff()
    expect((await login({ email, totp: recoveryCodes[0] })).status).toBe(200)
    expect((await login({ email, totp: recoveryCodes[0] })).status).toBe(401)
    expect((await login({ email, recoveryCode: recoveryCodes[1] })).status).toBe(200)
  })

  it('should not let the GraphQL login or the Local API skip the second factor', async () => {
    const { email, secret } = await enrolledStaff()
    const graphql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { loginUser(email: "${email}", password: "${testPassword}") { token } }`,
      }),
    })
    const body = (await graphql.json()) as { data?: { loginUser?: { token?: string } | null } }
    expect(body.data?.loginUser?.token).toBeUndefined()
    await expect(
      payload.login({ collection: slugs.users, data: { email, password: testPassword } }),
    ).rejects.toThrow()
    const signedIn = await payload.login({
      collection: slugs.users,
      data: { email, password: testPassword, totp: codeAt(secret) } as never,
    })
    expect(signedIn.token).toBeTruthy()
  })

  it('should lock the account after five wrong codes and audit each', async () => {
    const { id, email, secret } = await enrolledStaff()
    const wrong = String((Number(codeAt(secret)) + 7) % 1_000_000).padStart(6, '0')
    for (let attempt = 0; attempt < 5; attempt += 1) await login({ email, totp: wrong })
    expect((await login({ email, totp: codeAt(secret) })).status).toBe(401)
    const { docs } = await payload.find({
      collection: slugs.auditLog,
      overrideAccess: true,
      where: { resourceId: { equals: String(id) }, action: { equals: 'denied' } },
    })
    expect(docs).toHaveLength(5)
    expect(docs[0].detail).toMatchObject({ reason: 'mfa-code-rejected' })
  })

  it('should count wrong codes in the per-address login limit', async () => {
    const limited = await startTestServer({ ...test, limits: { ...defaultRateLimits, login: 2 } })
    try {
      const { email } = await enrolledStaff()
      // A client address of its own (the counts are shared by every server on this database).
      const client = { 'x-forwarded-for': '203.0.113.16' }
      for (let attempt = 0; attempt < 2; attempt += 1)
        expect((await login({ email, totp: '000000' }, limited.url, client)).status).toBe(401)
      expect((await login({ email, totp: '000000' }, limited.url, client)).status).toBe(429)
    } finally {
      await limited.close()
    }
  })
})

describe('staff MFA reset', () => {
  it("should let an owner reset another staff user's MFA and end their sessions", async () => {
    const owner = await enrolledStaff('owner')
    const producer = await enrolledStaff('service-producer')
    const reset = await call(`/users/${producer.id}/mfa/reset`, owner.cookie, { method: 'POST' })
    expect(reset.status).toBe(200)
    // The producer's session ended; their password alone signs in, held at enrolment again.
    expect((await call('/audit-log', producer.cookie)).status).not.toBe(200)
    const again = await login({ email: producer.email })
    expect(again.status).toBe(200)
    expect((await call('/audit-log', cookieOf(again))).status).toBe(403)
    const { docs } = await payload.find({
      collection: slugs.auditLog,
      overrideAccess: true,
      where: { resourceId: { equals: String(producer.id) }, action: { equals: 'update' } },
    })
    expect(docs.map((doc) => doc.detail)).toContainEqual({ mfa: 'reset' })
  })

  it('should not let a service producer reset anyone', async () => {
    const owner = await enrolledStaff('owner')
    const producer = await enrolledStaff('service-producer')
    const reset = await call(`/users/${owner.id}/mfa/reset`, producer.cookie, { method: 'POST' })
    expect(reset.status).toBe(403)
  })
})

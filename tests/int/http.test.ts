import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sessionCookieName } from '../../src/auth/sessions'
import { slugs } from '../../src/collections/slugs'
import { message, messages } from '../../src/domain/messages'
import { seedCatalogue } from '../../src/seed/seed'
import { workedExampleApplication } from '../../src/seed/public-event'
import { submitApplication } from '../../src/submission/submitApplication'
import type { TestUser } from '../support/factories'
import { authorityId, createDraft, createUser, tokenOf } from '../support/factories'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

type Id = number | string
type FieldError = { path: string; message: string }
type ErrorBody = { errors?: { name?: string; message?: string; data?: { errors?: FieldError[] } }[] }

let test: TestPayload
let payload: Payload
let server: Awaited<ReturnType<typeof startTestServer>>
let bundleId: Id
let customer: TestUser
let customerToken: string

/** The number of permits the worked example needs (see tests/int/submission.test.ts). */
const workedExampleCaseCount = 9

const request = (
  path: string,
  {
    method = 'GET',
    token,
    headers = {},
    body,
  }: { method?: string; token?: string; headers?: Record<string, string>; body?: unknown } = {},
) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })

const submit = (
  id: Id,
  { token, headers, query = '' }: { token?: string; headers?: Record<string, string>; query?: string } = {},
) =>
  request(`/api/applications/${encodeURIComponent(String(id))}/submit${query}`, {
    method: 'POST',
    token,
    headers,
  })

/** Reads a response that must be JSON and must not reveal a stack trace. */
const readJson = async <T = ErrorBody>(response: Response) => {
  const text = await response.text()
  expect(response.headers.get('content-type') ?? '').toContain('application/json')
  expect(text).not.toMatch(/"stack"\s*:/)
  expect(text).not.toMatch(/\bat\s+\S*\s*\(?(?:file:\/\/)?\/[^\s"]+\.[cm]?[jt]sx?:\d+/)
  expect(text).not.toMatch(/node_modules/)
  return JSON.parse(text) as T
}

const fieldErrorsOf = (body: ErrorBody): FieldError[] =>
  body.errors?.flatMap((error) => error.data?.errors ?? []) ?? []

const draftOf = async (values: Record<string, unknown> = workedExampleApplication, owner = customer) =>
  (await createDraft(payload, { customer: owner, bundleId, values })).id

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  ;({ bundleId } = await seedCatalogue(payload))
  server = await startTestServer(test)
  customer = await createUser(payload, { role: 'customer' })
  customerToken = await tokenOf(payload, customer)
})

afterAll(async () => {
  await server?.close()
  await test?.close()
})

describe('health checks and headers', () => {
  it('should answer /healthz with status ok', async () => {
    const response = await request('/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('should answer /readyz with 200 when the database answers', async () => {
    const response = await request('/readyz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ready' })
  })

  it('should send the security headers and no X-Powered-By', async () => {
    for (const path of ['/healthz', '/api/permit-bundles']) {
      const response = await request(path)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("object-src 'none'")
      expect(csp).toContain("base-uri 'none'")
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBeTruthy()
      expect(response.headers.get('x-powered-by')).toBeNull()
    }
  })

  it('should keep responses to a signed-in request out of every cache, by token or by session cookie', async () => {
    const cookie = `${sessionCookieName(payload)}=${customerToken}`
    const signedIn: Record<string, string>[] = [{ Authorization: `JWT ${customerToken}` }, { Cookie: cookie }]
    for (const path of [
      '/api/users/me',
      '/api/applications',
      '/api/permit-bundles',
      '/api/graphql?query={__typename}',
    ]) {
      for (const headers of signedIn) {
        const response = await request(path, { headers })
        expect(response.status, path).toBeLessThan(500)
        expect(response.headers.get('cache-control'), path).toContain('no-store')
        expect(response.headers.get('x-powered-by'), path).toBeNull()
      }
    }
    // A route that chose its own caching keeps it.
    const health = await request('/healthz', { headers: { Cookie: cookie } })
    expect(health.headers.get('cache-control')).toBe('no-store')
  })

  it('should leave an anonymous request of public data cacheable', async () => {
    const response = await request('/api/permit-bundles')
    expect(response.headers.get('cache-control') ?? '').not.toContain('no-store')
  })
})

describe("Payload's own messages", () => {
  it('should be Finnish for a Finnish browser that also accepts English, and Swedish or English when asked', async () => {
    const messageFor = async (languages: string) =>
      (await readJson(await request('/api/users', { headers: { 'Accept-Language': languages } }))).errors?.[0]
        ?.message
    expect(await messageFor('fi-FI,fi;q=0.9,en-US;q=0.8,en;q=0.7')).toBe(
      'Sinulla ei ole oikeutta tähän toimintoon.',
    )
    expect(await messageFor('sv-FI,sv;q=0.9,en;q=0.8')).toBe('Du får inte utföra denna åtgärd.')
    expect(await messageFor('en-GB,en;q=0.9')).toBe('You are not allowed to perform this action.')
  })
})

describe('preferences', () => {
  it("should delete a user's preference by key, and answer 404, not 500, for one that does not exist", async () => {
    const key = 'lupa-test-columns'
    const saved = await request(`/api/payload-preferences/${key}`, {
      method: 'POST',
      token: customerToken,
      body: { value: { columns: ['status'] } },
    })
    expect(saved.status).toBe(200)
    const removed = await request(`/api/payload-preferences/${key}`, {
      method: 'DELETE',
      token: customerToken,
    })
    expect(removed.status).toBe(200)
    const missing = await request(`/api/payload-preferences/${key}`, {
      method: 'DELETE',
      token: customerToken,
      headers: { 'Accept-Language': 'en' },
    })
    expect(missing.status).toBe(404)
    expect((await readJson(missing)).errors?.[0]?.message).toMatch(/not found/i)
  })
})

describe('the public catalogue', () => {
  it('should list the published public-event bundle to anonymous visitors', async () => {
    const response = await request('/api/permit-bundles')
    expect(response.status).toBe(200)
    const body = (await response.json()) as { docs: { key: string; name: string }[] }
    const bundle = body.docs.find((doc) => doc.key === 'public-event')
    expect(bundle?.name).toBe('Yleisötilaisuuden järjestäminen')
  })

  it('should give the Swedish name with ?locale=sv', async () => {
    const response = await request('/api/permit-bundles?locale=sv')
    expect(response.status).toBe(200)
    const body = (await response.json()) as { docs: { key: string; name: string }[] }
    expect(body.docs.find((doc) => doc.key === 'public-event')?.name).toBe('Ordna ett offentligt evenemang')
  })

  it('should answer an anonymous GraphQL query for the bundles', async () => {
    const response = await request('/api/graphql', {
      method: 'POST',
      body: { query: '{ PermitBundles { docs { key } } }' },
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { data: { PermitBundles: { docs: { key: string }[] } } }
    expect(body.data.PermitBundles.docs).toContainEqual({ key: 'public-event' })
  })

  it('should answer a malformed GraphQL query with a JSON error and no stack', async () => {
    const response = await request('/api/graphql', {
      method: 'POST',
      body: { query: '{ PermitBundles { docs { key }' },
    })
    // GraphQL over HTTP: a plain application/json client gets 200 or 400, never a server error.
    expect([200, 400]).toContain(response.status)
    const body = await readJson<{ data?: unknown; errors: { message: string }[] }>(response)
    expect(body.data).toBeUndefined()
    expect(body.errors[0]?.message).toMatch(/syntax error/i)
  })

  it('should answer a malformed GraphQL query with 400 to a client that accepts application/graphql-response+json', async () => {
    const response = await request('/api/graphql', {
      method: 'POST',
      headers: { Accept: 'application/graphql-response+json' },
      body: { query: '{ PermitBundles { docs { key }' },
    })
    expect(response.status).toBe(400)
    const text = await response.text()
    expect(text).not.toMatch(/"stack"\s*:/)
    expect((JSON.parse(text) as { errors: unknown[] }).errors).toHaveLength(1)
  })

  it("should not suggest the schema's names in GraphQL errors", async () => {
    const response = await request('/api/graphql', {
      method: 'POST',
      body: { query: '{ PermitBundlez { docs { key } } }' },
    })
    expect([200, 400]).toContain(response.status)
    const body = await readJson<{ errors: { message: string }[] }>(response)
    expect(body.errors[0]?.message).toBe('Cannot query field "PermitBundlez" on type "Query".')
    expect(JSON.stringify(body)).not.toMatch(/did you mean|PermitBundles/i)
  })

  it('should answer a GraphQL request whose body is not JSON with a 400, not a 500', async () => {
    const response = await request('/api/graphql', { method: 'POST', body: '{"query": ' })
    expect(response.status).toBe(400)
    await readJson(response)
  })
})

describe('maintaining the catalogue over REST', () => {
  it('should refuse with a 4xx, not a 500, to delete a bundle that an application refers to', async () => {
    const owner = await createUser(payload, { role: 'owner' })
    // A published copy of the demo bundle (a published bundle must pass the publishing checks).
    const {
      id: _id,
      createdAt: _createdAt,
      updatedAt: _updatedAt,
      ...demo
    } = await payload.findByID({
      collection: slugs.permitBundles,
      id: bundleId,
      depth: 0,
      locale: 'fi',
      overrideAccess: true,
    })
    const referenced = await payload.create({
      collection: slugs.permitBundles,
      // Without the ids of the array rows, which belong to the original.
      data: JSON.parse(
        JSON.stringify(
          { ...demo, name: 'Viitattu', key: `referenced-${Date.now()}` },
          (key, value: unknown) => (key === 'id' ? undefined : value),
        ),
      ) as typeof demo,
      locale: 'fi',
      overrideAccess: true,
    })
    await createDraft(payload, { customer, bundleId: referenced.id })
    const response = await request(`/api/permit-bundles/${referenced.id}`, {
      method: 'DELETE',
      token: await tokenOf(payload, owner),
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    await readJson(response)
    const still = await payload.find({
      collection: slugs.permitBundles,
      where: { id: { equals: referenced.id } },
      overrideAccess: true,
    })
    expect(still.totalDocs).toBe(1)
  })
})

describe('submitting over REST', () => {
  it('should submit the worked example for its owner and answer 201 with a receipt number and 9 cases', async () => {
    const id = await draftOf()
    const response = await submit(id, { token: customerToken })
    expect(response.status).toBe(201)
    const body = (await response.json()) as {
      applicationId: Id
      receiptNumber: string
      cases: { caseNumber: string }[]
    }
    expect(String(body.applicationId)).toBe(String(id))
    expect(body.receiptNumber).toMatch(/^LUPA-\d{4}-\d{6}$/)
    expect(body.cases).toHaveLength(workedExampleCaseCount)
    expect(body.cases.every((item) => item.caseNumber.startsWith(`${body.receiptNumber}-`))).toBe(true)
  })

  it('should answer 401 with a localised message when there is no token', async () => {
    const id = await draftOf()
    const response = await submit(id, { headers: { 'Accept-Language': 'sv' } })
    expect(response.status).toBe(401)
    const body = await readJson(response)
    expect(body.errors?.[0]?.message).toBe(messages['login-required'].sv)
  })

  it('should answer 401 when the token is not a valid one', async () => {
    const id = await draftOf()
    const response = await submit(id, { token: 'not.a.token' })
    expect(response.status).toBe(401)
    await readJson(response)
  })

  it('should answer 404 for an unknown numeric id', async () => {
    const response = await submit(999999, { token: customerToken })
    expect(response.status).toBe(404)
    await readJson(response)
  })

  it('should answer 404 for an id that is not an id at all', async () => {
    const response = await submit('abc', { token: customerToken })
    expect(response.status).toBe(404)
    await readJson(response)
  })

  it("should answer 404 for another customer's application and leave it a draft", async () => {
    const other = await createUser(payload, { role: 'customer' })
    const id = await draftOf(workedExampleApplication, other)
    const response = await submit(id, { token: customerToken })
    expect(response.status).toBe(404)
    await readJson(response)
    expect(
      (await payload.findByID({ collection: slugs.applications, id, overrideAccess: true })).status,
    ).toBe('draft')
  })

  it('should answer 409 with a localised message when the application has already been submitted', async () => {
    const id = await draftOf()
    await submitApplication({
      req: await createLocalReq({ user: customer as never }, payload),
      applicationId: id,
      locale: 'fi',
    })
    const response = await submit(id, { token: customerToken, query: '?locale=en' })
    expect(response.status).toBe(409)
    const body = await readJson(response)
    expect(body.errors?.[0]?.message).toBe(messages['already-submitted'].en)
  })

  it('should answer 400 with field errors under values. in the Accept-Language language when data is missing', async () => {
    const id = await draftOf({ ...workedExampleApplication, organiserName: '', contactPhone: undefined })
    const response = await submit(id, {
      token: customerToken,
      headers: { 'Accept-Language': 'sv-FI,sv;q=0.9,en;q=0.5' },
    })
    expect(response.status).toBe(400)
    const errors = fieldErrorsOf(await readJson(response))
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.every((error) => error.path.startsWith('values.'))).toBe(true)
    expect(errors.find((error) => error.path === 'values.organiserName')?.message).toBe(messages.required.sv)
    expect(errors.find((error) => error.path === 'values.contactPhone')?.message).toBe(messages.required.sv)
  })

  it('should prefer ?locale=en over Accept-Language for the field errors', async () => {
    const id = await draftOf({ ...workedExampleApplication, organiserName: '' })
    const response = await submit(id, {
      token: customerToken,
      query: '?locale=en',
      headers: { 'Accept-Language': 'sv' },
    })
    expect(response.status).toBe(400)
    const errors = fieldErrorsOf(await readJson(response))
    expect(errors.find((error) => error.path === 'values.organiserName')?.message).toBe(messages.required.en)
  })

  it('should word the summary message of a validation error in the Accept-Language language too', async () => {
    const id = await draftOf({ ...workedExampleApplication, organiserName: '' })
    const response = await submit(id, { token: customerToken, headers: { 'Accept-Language': 'sv' } })
    expect(response.status).toBe(400)
    const body = await readJson(response)
    expect(body.errors?.[0]?.message).toBe(message('invalid-fields', 'sv', { count: 1 }))
  })

  it('should answer 400 for values of the wrong type and an impossible date', async () => {
    const id = await draftOf({
      ...workedExampleApplication,
      expectedAttendees: 'many',
      eventStartDate: '2027-02-30',
    })
    const response = await submit(id, { token: customerToken, query: '?locale=en' })
    expect(response.status).toBe(400)
    const errors = fieldErrorsOf(await readJson(response))
    const paths = errors.map((error) => error.path)
    expect(paths).toEqual(expect.arrayContaining(['values.expectedAttendees', 'values.eventStartDate']))
    expect(errors.find((error) => error.path === 'values.eventStartDate')?.message).toBe(
      messages['invalid-date'].en,
    )
    const cases = await payload.count({
      collection: slugs.cases,
      where: { application: { equals: id } },
      overrideAccess: true,
    })
    expect(cases.totalDocs).toBe(0)
  })

  it('should answer 4xx, not 500, when the bundle of the application has been unpublished', async () => {
    const id = await draftOf()
    await payload.update({
      collection: slugs.permitBundles,
      id: bundleId,
      data: { isPublished: false },
      overrideAccess: true,
    })
    try {
      const response = await submit(id, { token: customerToken })
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
      await readJson(response)
    } finally {
      await payload.update({
        collection: slugs.permitBundles,
        id: bundleId,
        data: { isPublished: true },
        overrideAccess: true,
      })
    }
    expect(
      (await payload.findByID({ collection: slugs.applications, id, overrideAccess: true })).status,
    ).toBe('draft')
  })

  it('should answer 403 when an authority user submits', async () => {
    const officer = await createUser(payload, {
      role: 'authority-user',
      authority: await authorityId(payload, 'police-helsinki'),
    })
    const id = await draftOf()
    const response = await submit(id, { token: await tokenOf(payload, officer) })
    expect(response.status).toBe(403)
    await readJson(response)
    expect(
      (await payload.findByID({ collection: slugs.applications, id, overrideAccess: true })).status,
    ).toBe('draft')
  })
})

describe('creating applications over REST', () => {
  it('should create a draft for a customer with a valid bundle', async () => {
    const response = await request('/api/applications', {
      method: 'POST',
      token: customerToken,
      body: { bundle: bundleId, values: { eventName: 'Kesäjuhla' } },
    })
    expect(response.status).toBe(201)
    const body = (await response.json()) as { doc: { status: string; title: string } }
    expect(body.doc).toMatchObject({ status: 'draft', title: 'Kesäjuhla' })
  })

  it('should answer 400, not 500, to a malformed JSON body', async () => {
    const response = await request('/api/applications', {
      method: 'POST',
      token: customerToken,
      body: '{"bundle": ',
    })
    expect(response.status).toBe(400)
    await readJson(response)
  })

  it('should answer 400 with a field error on bundle for an unknown bundle id', async () => {
    const response = await request('/api/applications', {
      method: 'POST',
      token: customerToken,
      body: { bundle: 999999 },
    })
    expect(response.status).toBe(400)
    const errors = fieldErrorsOf(await readJson(response))
    expect(errors.map((error) => error.path)).toContain('bundle')
  })
})

describe('password reset', () => {
  const createDraftOverRest = () =>
    request('/api/applications', {
      method: 'POST',
      token: customerToken,
      body: { bundle: bundleId, values: { eventName: 'Syysjuhla' } },
    })

  it('should answer a reset request for a known and an unknown email at once and keep writes working', async () => {
    for (const email of [customer.email, 'nobody@test.localhost']) {
      const startedAt = Date.now()
      const response = await request('/api/users/forgot-password', { method: 'POST', body: { email } })
      expect(response.status).toBe(200)
      expect(Date.now() - startedAt).toBeLessThan(5000)
    }
    expect((await createDraftOverRest()).status).toBe(201)
    expect((await request('/readyz')).status).toBe(200)
    const stored = await payload.findByID({
      collection: slugs.users,
      id: customer.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect(stored.resetPasswordToken).toBeTruthy()
  })

  it('should answer the GraphQL reset mutation and keep writes working', async () => {
    const response = await request('/api/graphql', {
      method: 'POST',
      body: { query: `mutation { forgotPasswordUser(email: "${customer.email}") }` },
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: { forgotPasswordUser: true } })
    expect((await createDraftOverRest()).status).toBe(201)
  })
})

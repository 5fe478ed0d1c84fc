import type { CollectionSlug, Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import type { Application } from '../../src/payload-types'
import { seedCatalogue } from '../../src/seed/seed'
import { workedExampleApplication } from '../../src/seed/public-event'
import { submitApplication } from '../../src/submission/submitApplication'
import type { TestUser } from '../support/factories'
import { authorityId, createDraft, createUser, testPassword, tokenOf } from '../support/factories'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'
import { rest as restCall } from '../support/rest'
import type { RestAnswer } from '../support/rest'

/**
 * Object-, field- and tenant-level access (ASVS 8.2–8.4, 15.3.3), proved three ways: the
 * Local API with `overrideAccess: false`, REST and GraphQL, each as the user in question.
 */

type Id = number | string
type Doc = Record<string, unknown>
type RestBody = Doc & { docs?: Doc[]; doc?: Doc; errors?: { message: string; data?: unknown }[] }
type Rest = RestAnswer<RestBody>
type GraphQLResult = {
  data?: Record<string, { docs?: Doc[] } | Doc | null> | null
  errors?: { message: string }[]
}

let test: TestPayload
let server: Awaited<ReturnType<typeof startTestServer>>
let payload: Payload
let bundleId: Id

const authorities = {} as Record<'policeHelsinki' | 'environmentHelsinki' | 'policeLansiUusimaa', Id>
let organisationId: Id

let owner: TestUser
let producer: TestUser
let customerA: TestUser
let customerB: TestUser
let member1: TestUser
let member2: TestUser
let policeUser: TestUser
let environmentUser: TestUser
let westPoliceUser: TestUser
const tokens = new Map<TestUser, string>()

/** A's draft, A's submitted Helsinki application, B's submitted Espoo application, member 1's draft for the organisation. */
let draftA: Application
let submittedA: Awaited<ReturnType<typeof submitApplication>>
let workflowA: Awaited<ReturnType<typeof submitApplication>>
let espooB: Awaited<ReturnType<typeof submitApplication>>
let organisationDraft: Application

const idOf = (value: unknown): Id | null =>
  value && typeof value === 'object'
    ? ((value as { id: Id }).id ?? null)
    : ((value as Id | null | undefined) ?? null)
const same = (left: unknown, right: unknown) => String(idOf(left)) === String(idOf(right))
const reqAs = (user: TestUser) => createLocalReq({ user: user as never }, payload)
const tokenFor = (user: TestUser) => tokens.get(user)!

const caseOf = (result: Awaited<ReturnType<typeof submitApplication>>, authority: string) => {
  const found = result.cases.find((item) => item.authority === authority)
  if (!found) throw new Error(`No case for ${authority} in ${result.receiptNumber}`)
  return found.id
}

const rest = (
  path: string,
  { user, method = 'GET', body }: { user?: TestUser; method?: string; body?: unknown } = {},
): Promise<Rest> =>
  restCall<RestBody>(`${server.url}/api${path}`, { token: user && tokenFor(user), method, body })

const graphql = async (query: string, user?: TestUser): Promise<GraphQLResult> => {
  const response = await rest('/graphql', { user, method: 'POST', body: { query } })
  return response.body as GraphQLResult
}

const graphqlDocs = async (query: string, list: string, user?: TestUser) => {
  const result = await graphql(query, user)
  return ((result.data?.[list] as { docs?: Doc[] } | null)?.docs ?? []).map((doc) => String(doc.id))
}

const stored = async (collection: CollectionSlug, id: Id): Promise<Doc> => ({
  ...(await payload.findByID({ collection, id, overrideAccess: true, depth: 0 })),
})

const count = async (collection: CollectionSlug, where = {}) =>
  (await payload.count({ collection: collection, where, overrideAccess: true })).totalDocs

/** Expects a Local API call to be refused with 401, 403 or 404, not to fail for another reason. */
const expectRefused = async (call: Promise<unknown>) => {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error, 'the call should have been refused').not.toBeNull()
  expect([401, 403, 404]).toContain((error as { status?: number }).status)
}

/**
 * Expects a list that is not empty and whose every item passes: `[].every` is true, so an
 * empty list would pass any such check without proving anything.
 */
const expectEvery = <T>(docs: T[] | null | undefined, check: (doc: T) => boolean) => {
  expect(docs?.length ?? 0, 'the list is empty').toBeGreaterThan(0)
  expect(docs?.filter((doc) => !check(doc))).toEqual([])
}

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  server = await startTestServer(test)
  ;({ bundleId } = await seedCatalogue(payload))

  authorities.policeHelsinki = await authorityId(payload, 'police-helsinki')
  authorities.environmentHelsinki = await authorityId(payload, 'environmental-protection-helsinki')
  authorities.policeLansiUusimaa = await authorityId(payload, 'police-lansi-uusimaa')
  organisationId = (
    await payload.create({
      collection: slugs.organisations,
      overrideAccess: true,
      data: { name: 'Puistosoitto ry', businessId: '3012345-8', type: 'association' },
    })
  ).id
  await payload.create({
    collection: slugs.permitBundles,
    overrideAccess: true,
    locale: 'fi',
    data: { name: 'Julkaisematon kokonaisuus', key: 'unpublished-bundle', isPublished: false },
  })

  owner = await createUser(payload, { role: 'owner' })
  producer = await createUser(payload, { role: 'service-producer' })
  customerA = await createUser(payload, { role: 'customer' })
  customerB = await createUser(payload, { role: 'customer' })
  member1 = await createUser(payload, { role: 'customer', organisations: [organisationId] })
  member2 = await createUser(payload, { role: 'customer', organisations: [organisationId] })
  policeUser = await createUser(payload, { role: 'authority-user', authority: authorities.policeHelsinki })
  environmentUser = await createUser(payload, {
    role: 'authority-user',
    authority: authorities.environmentHelsinki,
  })
  westPoliceUser = await createUser(payload, {
    role: 'authority-user',
    authority: authorities.policeLansiUusimaa,
  })
  for (const user of [
    owner,
    producer,
    customerA,
    customerB,
    member1,
    member2,
    policeUser,
    environmentUser,
    westPoliceUser,
  ]) {
    tokens.set(user, await tokenOf(payload, user))
  }

  draftA = await createDraft(payload, { customer: customerA, bundleId })
  const submit = async (customer: TestUser, values?: Record<string, unknown>) => {
    const draft = await createDraft(payload, {
      customer,
      bundleId,
      ...(values ? { values, answers: values } : {}),
    })
    return submitApplication({ req: await reqAs(customer), applicationId: draft.id, locale: 'fi' })
  }
  submittedA = await submit(customerA)
  workflowA = await submit(customerA)
  espooB = await submit(customerB, { ...workedExampleApplication, municipality: '049' })
  organisationDraft = await createDraft(payload, { customer: member1, bundleId, onBehalfOf: organisationId })
})

afterAll(async () => {
  await server?.close()
  await test?.close()
})

describe("customers and other customers' applications", () => {
  it('should let a customer read their own application through the Local API, REST and GraphQL', async () => {
    const local = await payload.findByID({
      collection: slugs.applications,
      id: draftA.id,
      user: customerA,
      overrideAccess: false,
    })
    expect(local.id).toBe(draftA.id)
    const response = await rest(`/applications/${draftA.id}`, { user: customerA })
    expect(response.status).toBe(200)
    expect(response.body?.id).toBe(draftA.id)
    expect(
      await graphqlDocs('{ Applications(limit: 1000) { docs { id } } }', 'Applications', customerA),
    ).toContain(String(draftA.id))
  })

  it("should not let a customer read another customer's application through the Local API", async () => {
    await expect(
      payload.findByID({
        collection: slugs.applications,
        id: draftA.id,
        user: customerB,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 404 })
    const found = await payload.find({
      collection: slugs.applications,
      where: { id: { equals: draftA.id } },
      user: customerB,
      overrideAccess: false,
    })
    expect(found.docs).toHaveLength(0)
  })

  it("should not let a customer read another customer's application through REST", async () => {
    const response = await rest(`/applications/${draftA.id}`, { user: customerB })
    expect([403, 404]).toContain(response.status)
    expect(response.text).not.toContain(String(workedExampleApplication.eventName))
    const list = await rest('/applications?limit=1000&depth=0', { user: customerB })
    expect(list.status).toBe(200)
    const ids = list.body?.docs?.map((doc) => String(doc.id))
    expect(ids).not.toContain(String(draftA.id))
    expect(ids).toContain(String(espooB.applicationId))
    expectEvery(list.body?.docs, (doc) => same(doc.applicant, customerB.id))
  })

  it("should not list another customer's application through GraphQL", async () => {
    const ids = await graphqlDocs('{ Applications(limit: 1000) { docs { id } } }', 'Applications', customerB)
    expect(ids).not.toContain(String(draftA.id))
    expect(ids).not.toContain(String(submittedA.applicationId))
  })

  it("should not let a customer update another customer's application through any API", async () => {
    await expectRefused(
      payload.update({
        collection: slugs.applications,
        id: draftA.id,
        data: { title: 'Hijacked' },
        user: customerB,
        overrideAccess: false,
      }),
    )
    const patched = await rest(`/applications/${draftA.id}`, {
      user: customerB,
      method: 'PATCH',
      body: { title: 'Hijacked' },
    })
    expect([403, 404]).toContain(patched.status)
    const bulk = await rest(`/applications?where[id][equals]=${draftA.id}`, {
      user: customerB,
      method: 'PATCH',
      body: { title: 'Hijacked' },
    })
    expect(bulk.body?.docs ?? []).toHaveLength(0)
    const mutation = await graphql(
      `mutation { updateApplication(id: ${draftA.id}, data: { title: "Hijacked" }) { id } }`,
      customerB,
    )
    expect(mutation.errors?.length).toBeGreaterThan(0)
    expect((await stored(slugs.applications, draftA.id as Id)).title).toBe(workedExampleApplication.eventName)
  })

  it("should not let a customer delete another customer's application through any API", async () => {
    await expectRefused(
      payload.delete({
        collection: slugs.applications,
        id: draftA.id,
        user: customerB,
        overrideAccess: false,
      }),
    )
    const deleted = await rest(`/applications/${draftA.id}`, { user: customerB, method: 'DELETE' })
    expect([403, 404]).toContain(deleted.status)
    const bulk = await rest(`/applications?where[id][equals]=${draftA.id}`, {
      user: customerB,
      method: 'DELETE',
    })
    expect(bulk.body?.docs ?? []).toHaveLength(0)
    expect(await count(slugs.applications, { id: { equals: draftA.id } })).toBe(1)
  })

  it("should not let a customer submit or duplicate another customer's application", async () => {
    const before = await count(slugs.applications)
    const submitted = await rest(`/applications/${draftA.id}/submit`, { user: customerB, method: 'POST' })
    expect([403, 404]).toContain(submitted.status)
    const duplicated = await rest(`/applications/${draftA.id}/duplicate`, { user: customerB, method: 'POST' })
    expect([403, 404]).toContain(duplicated.status)
    expect(await count(slugs.applications)).toBe(before)
    expect((await stored(slugs.applications, draftA.id as Id)).status).toBe('draft')
  })
})

describe('customers acting for an organisation', () => {
  it("should let a member read the organisation's application created by another member", async () => {
    const local = await payload.findByID({
      collection: slugs.applications,
      id: organisationDraft.id,
      user: member2,
      overrideAccess: false,
    })
    expect(local.id).toBe(organisationDraft.id)
    const response = await rest(`/applications/${organisationDraft.id}?depth=0`, { user: member2 })
    expect(response.status).toBe(200)
    expect(same(response.body?.onBehalfOf, organisationId)).toBe(true)
    expect(
      await graphqlDocs('{ Applications(limit: 1000) { docs { id } } }', 'Applications', member2),
    ).toContain(String(organisationDraft.id))
  })

  it("should not let a customer outside the organisation read the organisation's application", async () => {
    await expect(
      payload.findByID({
        collection: slugs.applications,
        id: organisationDraft.id,
        user: customerA,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 404 })
    const response = await rest(`/applications/${organisationDraft.id}`, { user: customerA })
    expect([403, 404]).toContain(response.status)
    expect(
      await graphqlDocs('{ Applications(limit: 1000) { docs { id } } }', 'Applications', customerA),
    ).not.toContain(String(organisationDraft.id))
  })

  it('should not let a customer file an application on behalf of an organisation they do not belong to', async () => {
    const created = await rest('/applications?depth=0', {
      user: customerA,
      method: 'POST',
      body: { bundle: bundleId, values: { eventName: 'Not mine' }, onBehalfOf: organisationId },
    })
    expect(created.status).toBe(201)
    const id = created.body?.doc?.id as Id
    expect(idOf((await stored(slugs.applications, id)).onBehalfOf)).toBeNull()
    await expect(
      payload.findByID({ collection: slugs.applications, id, user: member2, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 404 })
  })
})

describe('authority tenants and cases', () => {
  it("should find only the cases routed to the user's own authority through the Local API", async () => {
    const found = await payload.find({
      collection: slugs.cases,
      user: policeUser,
      overrideAccess: false,
      limit: 1000,
      depth: 0,
    })
    expect(found.docs.length).toBeGreaterThanOrEqual(2)
    expectEvery(found.docs, (doc) => same(doc.authority, authorities.policeHelsinki))
    const ids = found.docs.map((doc) => String(doc.id))
    expect(ids).toContain(String(caseOf(submittedA, 'police-helsinki')))
    expect(ids).not.toContain(String(caseOf(submittedA, 'environmental-protection-helsinki')))
    expect(ids).not.toContain(String(caseOf(espooB, 'police-lansi-uusimaa')))
  })

  it('should not let an authority user read a case of another authority through the Local API', async () => {
    await expect(
      payload.findByID({
        collection: slugs.cases,
        id: caseOf(submittedA, 'environmental-protection-helsinki'),
        user: policeUser,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 404 })
  })

  it("should answer 403 or 404 without data to REST reads of another authority's case", async () => {
    for (const id of [
      caseOf(submittedA, 'environmental-protection-helsinki'),
      caseOf(espooB, 'police-lansi-uusimaa'),
    ]) {
      const response = await rest(`/cases/${id}`, { user: policeUser })
      expect([403, 404]).toContain(response.status)
      expect(response.body?.caseNumber).toBeUndefined()
      expect(response.body?.data).toBeUndefined()
    }
    const list = await rest('/cases?limit=1000&depth=0', { user: policeUser })
    expect(list.status).toBe(200)
    expect(list.body?.docs?.map((doc) => String(doc.id))).toContain(
      String(caseOf(submittedA, 'police-helsinki')),
    )
    expectEvery(list.body?.docs, (doc) => same(doc.authority, authorities.policeHelsinki))
  })

  it("should list only the user's own authority's cases through GraphQL", async () => {
    const result = await graphql(
      '{ Cases(limit: 1000) { docs { id caseNumber authority { id } } } }',
      policeUser,
    )
    expect(result.errors).toBeUndefined()
    const docs = (result.data?.Cases as { docs: Doc[] }).docs
    expect(docs.map((doc) => String(doc.id))).toContain(String(caseOf(submittedA, 'police-helsinki')))
    expectEvery(docs, (doc) => same(doc.authority, authorities.policeHelsinki))
  })

  it("should show an authority user only the case events of their own authority's cases", async () => {
    const events = await rest('/case-events?limit=1000&depth=0', { user: policeUser })
    expect(events.status).toBe(200)
    expectEvery(events.body?.docs, (doc) => same(doc.authority, authorities.policeHelsinki))
  })

  it("should not let an authority user change another authority's case", async () => {
    const id = caseOf(espooB, 'police-lansi-uusimaa')
    const response = await rest(`/cases/${id}`, {
      user: policeUser,
      method: 'PATCH',
      body: { status: 'received', externalReference: 'X-1' },
    })
    expect([403, 404]).toContain(response.status)
    const caseDoc = await stored(slugs.cases, id)
    expect(caseDoc.status).toBe('submitted')
    expect(caseDoc.externalReference ?? null).toBeNull()
  })

  it('should not let an authority user reassign their own case to another authority or rewrite its data', async () => {
    const id = caseOf(submittedA, 'police-helsinki')
    const before = await stored(slugs.cases, id)
    await rest(`/cases/${id}`, {
      user: policeUser,
      method: 'PATCH',
      body: {
        authority: authorities.policeLansiUusimaa,
        applicant: customerB.id,
        caseNumber: 'FORGED',
        data: { forged: true },
      },
    })
    const after = await stored(slugs.cases, id)
    expect(same(after.authority, authorities.policeHelsinki)).toBe(true)
    expect(same(after.applicant, customerA.id)).toBe(true)
    expect(after.caseNumber).toBe(before.caseNumber)
    expect(after.data).toEqual(before.data)
  })
})

describe("authorities and the application's data", () => {
  it('should let an authority party to an application read its overview but not its values, answers or attachments', async () => {
    const local = await payload.findByID({
      collection: slugs.applications,
      id: submittedA.applicationId,
      user: policeUser,
      overrideAccess: false,
      depth: 0,
    })
    expect(local.receiptNumber).toBe(submittedA.receiptNumber)
    expect(local.status).toBe('submitted')
    expect(local.values).toBeUndefined()
    expect(local.answers).toBeUndefined()
    expect(local.attachments).toBeUndefined()

    const response = await rest(`/applications/${submittedA.applicationId}`, { user: policeUser })
    expect(response.status).toBe(200)
    expect(response.body?.receiptNumber).toBe(submittedA.receiptNumber)
    expect(response.body).not.toHaveProperty('values')
    expect(response.body).not.toHaveProperty('answers')
    expect(response.text).not.toContain(String(workedExampleApplication.contactPhone))
  })

  it("should not reveal an application's values to an authority through GraphQL", async () => {
    const result = await graphql(
      '{ Applications(limit: 1000) { docs { id receiptNumber values answers } } }',
      policeUser,
    )
    const docs = (result.data?.Applications as { docs: Doc[] } | null)?.docs ?? []
    const doc = docs.find((item) => String(item.id) === String(submittedA.applicationId))
    expect(doc?.receiptNumber).toBe(submittedA.receiptNumber)
    expect(doc?.values ?? null).toBeNull()
    expect(doc?.answers ?? null).toBeNull()
    expect(JSON.stringify(result)).not.toContain(String(workedExampleApplication.contactPhone))
  })

  it("should not reveal an application's values to an authority through a populated case", async () => {
    const response = await rest(`/cases/${caseOf(submittedA, 'police-helsinki')}?depth=1`, {
      user: policeUser,
    })
    expect(response.status).toBe(200)
    const application = response.body?.application as Doc
    expect(same(application, submittedA.applicationId)).toBe(true)
    expect(application).not.toHaveProperty('values')
    expect(application).not.toHaveProperty('answers')
  })

  it('should not let an authority filter applications by their hidden values', async () => {
    const hit = await rest(
      `/applications?where[values.contactPhone][equals]=${encodeURIComponent(String(workedExampleApplication.contactPhone))}`,
      {
        user: policeUser,
      },
    )
    const miss = await rest('/applications?where[values.contactPhone][equals]=nobody', { user: policeUser })
    expect(hit.status).toBeGreaterThanOrEqual(400)
    expect(hit.body?.totalDocs).toBe(miss.body?.totalDocs)
  })

  it('should not let an authority user read an application they are not party to', async () => {
    await expect(
      payload.findByID({
        collection: slugs.applications,
        id: submittedA.applicationId,
        user: westPoliceUser,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 404 })
    const response = await rest(`/applications/${submittedA.applicationId}`, { user: westPoliceUser })
    expect([403, 404]).toContain(response.status)
    const draft = await rest(`/applications/${draftA.id}`, { user: policeUser })
    expect([403, 404]).toContain(draft.status)
  })
})

describe('anonymous requests', () => {
  it.each([
    slugs.applications,
    slugs.cases,
    slugs.caseEvents,
    slugs.messages,
    slugs.users,
    slugs.auditLog,
    slugs.organisations,
  ])('should not let an anonymous request read %s', async (collection) => {
    const response = await rest(`/${collection}?limit=1000`)
    expect(response.status === 403 || (response.status === 200 && response.body?.totalDocs === 0)).toBe(true)
    expect(response.body?.docs ?? []).toHaveLength(0)
  })

  it('should not let an anonymous request read a single application or case by id', async () => {
    expect([401, 403, 404]).toContain((await rest(`/applications/${submittedA.applicationId}`)).status)
    expect([401, 403, 404]).toContain((await rest(`/cases/${caseOf(submittedA, 'police-helsinki')}`)).status)
  })

  it('should give anonymous GraphQL queries no applications, cases or users', async () => {
    expect(await graphqlDocs('{ Applications { docs { id } } }', 'Applications')).toHaveLength(0)
    expect(await graphqlDocs('{ Cases { docs { id caseNumber } } }', 'Cases')).toHaveLength(0)
    expect(await graphqlDocs('{ Users { docs { id email } } }', 'Users')).toHaveLength(0)
    expect(await graphqlDocs('{ AuditLogs { docs { id } } }', 'AuditLogs')).toHaveLength(0)
  })

  it('should let an anonymous request read only published permit bundles', async () => {
    const response = await rest('/permit-bundles?limit=1000&depth=0')
    expect(response.status).toBe(200)
    const keys = response.body?.docs?.map((doc) => doc.key)
    expect(keys).toContain('public-event')
    expect(keys).not.toContain('unpublished-bundle')
    expectEvery(response.body?.docs, (doc) => doc.isPublished === true)
  })

  it.each([slugs.permitTypes, slugs.dataElements, slugs.authorities])(
    'should let an anonymous request read %s',
    async (collection) => {
      const response = await rest(`/${collection}?limit=5&depth=0`)
      expect(response.status).toBe(200)
      expect(response.body?.docs?.length).toBeGreaterThan(0)
    },
  )

  it("should never show an authority's notice email or connection mode to an anonymous request", async () => {
    const list = await rest('/authorities?limit=1000&depth=0')
    expectEvery(list.body?.docs, (doc) => !('noticeEmail' in doc) && !('connectionMode' in doc))
    // The public contact address is the customers'; the notice addresses never show.
    expect(list.text).not.toMatch(/"(?!asiakaspalvelu\.)[\w.-]+@lupa-demo\.example\.fi"/)
    const single = await rest(`/authorities/${authorities.policeHelsinki}?depth=0`)
    expect(single.body?.key).toBe('police-helsinki')
    expect(single.body).not.toHaveProperty('noticeEmail')
    const result = await graphql('{ Authorities(limit: 1000) { docs { key noticeEmail } } }')
    const docs = (result.data?.Authorities as { docs: Doc[] } | null)?.docs ?? []
    expectEvery(docs, (doc) => doc.noticeEmail === null || doc.noticeEmail === undefined)
  })

  it('should not let an anonymous request find authorities by their notice email', async () => {
    const hit = await rest('/authorities?where[noticeEmail][equals]=poliisi-helsinki%40lupa-demo.example.fi')
    const miss = await rest('/authorities?where[noticeEmail][equals]=nobody%40example.fi')
    expect(hit.status).toBeGreaterThanOrEqual(400)
    expect(hit.body?.totalDocs).toBe(miss.body?.totalDocs)
  })
})

describe('mass assignment', () => {
  const forged = () => ({
    bundle: bundleId,
    values: { eventName: 'Forged' },
    status: 'submitted',
    applicant: customerB.id,
    partyAuthorities: [authorities.policeHelsinki],
    receiptNumber: `LUPA-FORGED-${Math.random().toString(36).slice(2, 8)}`,
    submittedAt: '2026-01-01T00:00:00.000Z',
  })

  const expectIgnored = (doc: Doc) => {
    expect(doc.status).toBe('draft')
    expect(same(doc.applicant, customerA.id)).toBe(true)
    expect((doc.partyAuthorities as unknown[] | null | undefined) ?? []).toHaveLength(0)
    expect(doc.receiptNumber ?? null).toBeNull()
    expect(doc.submittedAt ?? null).toBeNull()
  }

  it('should ignore status, applicant, party authorities and receipt number when a customer creates an application through REST', async () => {
    const response = await rest('/applications?depth=0', { user: customerA, method: 'POST', body: forged() })
    expect(response.status).toBe(201)
    expectIgnored(await stored(slugs.applications, response.body?.doc?.id as Id))
  })

  it('should ignore status, applicant, party authorities and receipt number when a customer creates an application through the Local API', async () => {
    const created = await payload.create({
      collection: slugs.applications,
      data: forged() as never,
      user: customerA,
      overrideAccess: false,
    })
    expectIgnored(await stored(slugs.applications, created.id))
  })

  it('should ignore status, applicant and party authorities when a customer updates their draft', async () => {
    const draft = await createDraft(payload, { customer: customerA, bundleId })
    const { bundle: _bundle, ...changes } = forged()
    await rest(`/applications/${draft.id}`, { user: customerA, method: 'PATCH', body: changes })
    expectIgnored(await stored(slugs.applications, draft.id))
  })

  it('should not let a customer change the status of their own case', async () => {
    const id = caseOf(submittedA, 'police-helsinki')
    const response = await rest(`/cases/${id}`, {
      user: customerA,
      method: 'PATCH',
      body: { status: 'decided', outcome: 'granted' },
    })
    expect([403, 404]).toContain(response.status)
    await expectRefused(
      payload.update({
        collection: slugs.cases,
        id,
        data: { status: 'withdrawn' } as never,
        user: customerA,
        overrideAccess: false,
      }),
    )
    expect((await stored(slugs.cases, id)).status).toBe('submitted')
  })

  it('should not let a customer make themselves an owner, an authority user or an organisation member through REST', async () => {
    await rest(`/users/${customerB.id}`, {
      user: customerB,
      method: 'PATCH',
      body: { role: 'owner', authority: authorities.policeHelsinki, organisations: [organisationId] },
    })
    const after = await stored(slugs.users, customerB.id)
    expect(after.role).toBe('customer')
    expect(idOf(after.authority)).toBeNull()
    expect((after.organisations as unknown[] | null) ?? []).toHaveLength(0)
  })

  it('should not let a customer make themselves an owner through the Local API', async () => {
    await payload
      .update({
        collection: slugs.users,
        id: customerB.id,
        data: { role: 'owner' } as never,
        user: customerB,
        overrideAccess: false,
      })
      .catch(() => null)
    expect((await stored(slugs.users, customerB.id)).role).toBe('customer')
  })

  it('should not let a customer create users', async () => {
    const response = await rest('/users', {
      user: customerA,
      method: 'POST',
      body: { email: 'intruder@test.localhost', password: testPassword, name: 'Intruder', role: 'owner' },
    })
    expect([401, 403]).toContain(response.status)
    expect(await count(slugs.users, { email: { equals: 'intruder@test.localhost' } })).toBe(0)
  })

  it('should not let a customer duplicate their submitted application into a submitted copy', async () => {
    const response = await rest(`/applications/${submittedA.applicationId}/duplicate?depth=0`, {
      user: customerA,
      method: 'POST',
    })
    if (response.status < 300) {
      const copy = await stored(slugs.applications, (response.body?.doc?.id ?? response.body?.id) as Id)
      expect(copy.status).toBe('draft')
      expect((copy.partyAuthorities as unknown[] | null | undefined) ?? []).toHaveLength(0)
      expect(copy.receiptNumber ?? null).toBeNull()
    }
    expect(await count(slugs.applications, { receiptNumber: { equals: submittedA.receiptNumber } })).toBe(1)
  })

  it("should not let a service producer take over an owner's account by setting its password", async () => {
    const target = await createUser(payload, { role: 'owner' })
    await rest(`/users/${target.id}`, {
      user: producer,
      method: 'PATCH',
      body: { password: 'taken-over-password-1' },
    })
    const withNew = await payload
      .login({ collection: slugs.users, data: { email: target.email, password: 'taken-over-password-1' } })
      .catch(() => null)
    expect(withNew, 'the service producer could log in as the owner').toBeNull()
  })
})

describe('case events and the audit log', () => {
  const someEvent = async () =>
    (await payload.find({ collection: slugs.caseEvents, overrideAccess: true, limit: 1, depth: 0 })).docs[0]
  const someAudit = async () =>
    (await payload.find({ collection: slugs.auditLog, overrideAccess: true, limit: 1, depth: 0 })).docs[0]

  it.each(['owner', 'authority user', 'customer'] as const)(
    'should not let the %s create, update or delete case events',
    async (who) => {
      const user = { owner: () => owner, 'authority user': () => policeUser, customer: () => customerA }[
        who
      ]()
      const event = await someEvent()
      const before = await count(slugs.caseEvents)
      const body = {
        case: caseOf(submittedA, 'police-helsinki'),
        type: 'status-changed',
        actorKind: 'system',
        summary: 'Forged',
      }
      expect((await rest('/case-events', { user, method: 'POST', body })).status).toBe(403)
      expect(
        (await rest(`/case-events/${event.id}`, { user, method: 'PATCH', body: { summary: 'Forged' } }))
          .status,
      ).toBeGreaterThanOrEqual(403)
      expect(
        (await rest(`/case-events/${event.id}`, { user, method: 'DELETE' })).status,
      ).toBeGreaterThanOrEqual(403)
      expect(await count(slugs.caseEvents)).toBe(before)
      expect((await stored(slugs.caseEvents, event.id as Id)).summary ?? null).toBe(event.summary ?? null)
    },
  )

  it.each(['owner', 'customer'] as const)(
    'should not let the %s create, update or delete audit entries',
    async (who) => {
      const user = who === 'owner' ? owner : customerA
      const entry = await someAudit()
      const before = await count(slugs.auditLog)
      expect(
        (await rest('/audit-log', { user, method: 'POST', body: { action: 'login', resource: 'users' } }))
          .status,
      ).toBe(403)
      expect(
        (await rest(`/audit-log/${entry.id}`, { user, method: 'PATCH', body: { resource: 'forged' } }))
          .status,
      ).toBeGreaterThanOrEqual(403)
      expect(
        (await rest(`/audit-log/${entry.id}`, { user, method: 'DELETE' })).status,
      ).toBeGreaterThanOrEqual(403)
      expect(await count(slugs.auditLog)).toBe(before)
      expect((await stored(slugs.auditLog, entry.id as Id)).resource).toBe(entry.resource)
    },
  )

  it('should let the owner read the audit log', async () => {
    const response = await rest('/audit-log?limit=1000&depth=0', { user: owner })
    expect(response.status).toBe(200)
    expect(
      response.body?.docs?.some(
        (doc) => doc.action === 'submit' && doc.resourceId === String(submittedA.applicationId),
      ),
    ).toBe(true)
  })

  it('should not let a customer or an authority user read the audit log', async () => {
    for (const user of [customerA, policeUser]) {
      const response = await rest('/audit-log?limit=1000', { user })
      expect(response.status).toBe(403)
      expect(response.body?.docs).toBeUndefined()
    }
    expect(
      await graphqlDocs('{ AuditLogs(limit: 1000) { docs { id } } }', 'AuditLogs', customerA),
    ).toHaveLength(0)
    await expectRefused(payload.find({ collection: slugs.auditLog, user: customerA, overrideAccess: false }))
  })
})

describe('case status transitions by the authority', () => {
  it('should refuse to move a submitted case to supplemented with a 409 and a clear message', async () => {
    const id = caseOf(submittedA, 'police-helsinki')
    const response = await rest(`/cases/${id}`, {
      user: policeUser,
      method: 'PATCH',
      body: { status: 'supplemented' },
    })
    expect(response.status).toBe(409)
    expect(response.body?.errors?.[0]?.message).toContain(
      'Cannot move a case from "submitted" to "supplemented"',
    )
    expect((await stored(slugs.cases, id)).status).toBe('submitted')
  })

  it('should refuse to decide a submitted case with a 409', async () => {
    const id = caseOf(submittedA, 'police-helsinki')
    const response = await rest(`/cases/${id}`, {
      user: policeUser,
      method: 'PATCH',
      body: { status: 'decided' },
    })
    expect(response.status).toBe(409)
    expect(response.body?.errors?.[0]?.message).toContain('"submitted" to "decided"')
    expect((await stored(slugs.cases, id)).status).toBe('submitted')
  })

  it('should refuse to decide a received case without an outcome with a 409', async () => {
    const id = caseOf(workflowA, 'environmental-protection-helsinki')
    await payload.update({
      collection: slugs.cases,
      id,
      data: { status: 'received' } as never,
      user: environmentUser,
      overrideAccess: false,
    })
    const response = await rest(`/cases/${id}`, {
      user: environmentUser,
      method: 'PATCH',
      body: { status: 'decided' },
    })
    expect(response.status).toBe(409)
    expect(response.body?.errors?.[0]?.message).toContain('without an outcome')
    const caseDoc = await stored(slugs.cases, id)
    expect(caseDoc.status).toBe('received')
    expect(caseDoc.outcome ?? null).toBeNull()
  })

  it('should move a submitted case to received and append a status-changed event', async () => {
    const id = caseOf(workflowA, 'police-helsinki')
    const response = await rest(`/cases/${id}?depth=0`, {
      user: policeUser,
      method: 'PATCH',
      body: { status: 'received' },
    })
    expect(response.status).toBe(200)
    const caseDoc = await stored(slugs.cases, id)
    expect(caseDoc.status).toBe('received')
    expect(caseDoc.receivedAt).toBeTruthy()
    const events = await payload.find({
      collection: slugs.caseEvents,
      where: { case: { equals: id }, type: { equals: 'status-changed' } },
      overrideAccess: true,
      depth: 0,
    })
    expect(events.docs).toHaveLength(1)
    expect(events.docs[0]).toMatchObject({
      fromStatus: 'submitted',
      toStatus: 'received',
      actorKind: 'authority',
    })
    expect(same(events.docs[0].actor, policeUser.id)).toBe(true)
  })

  it('should not let an authority user set an outcome on a case that is not being decided', async () => {
    const id = caseOf(submittedA, 'environmental-protection-helsinki')
    const response = await rest(`/cases/${id}`, {
      user: environmentUser,
      method: 'PATCH',
      body: { outcome: 'granted' },
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    const caseDoc = await stored(slugs.cases, id)
    expect(caseDoc.status).toBe('submitted')
    expect(caseDoc.outcome ?? null).toBeNull()
  })
})

describe('jobs', () => {
  it('should not let a customer run jobs through REST', async () => {
    const before = await count('payload-jobs', { completedAt: { exists: true } })
    const response = await rest('/payload-jobs/run', { user: customerA })
    expect([401, 403]).toContain(response.status)
    expect([401, 403]).toContain((await rest('/payload-jobs/run')).status)
    expect(await count('payload-jobs', { completedAt: { exists: true } })).toBe(before)
  })

  it('should not let a customer queue or run jobs through the Local API', async () => {
    const req = await reqAs(customerA)
    const before = await count('payload-jobs')
    await expectRefused(
      payload.jobs.queue({
        task: 'deliverMessage',
        input: { deliveryId: '1' },
        req,
        overrideAccess: false,
      }),
    )
    await expectRefused(payload.jobs.run({ req, overrideAccess: false }))
    expect(await count('payload-jobs')).toBe(before)
  })

  it('should not let a customer read or create jobs through REST', async () => {
    const list = await rest('/payload-jobs?limit=1000', { user: customerA })
    expect(list.status).toBe(403)
    expect(list.body?.docs).toBeUndefined()
    expect(
      await graphqlDocs('{ PayloadJobs(limit: 1000) { docs { id } } }', 'PayloadJobs', customerA),
    ).toHaveLength(0)
    const before = await count('payload-jobs')
    const created = await rest('/payload-jobs', {
      user: customerA,
      method: 'POST',
      body: { taskSlug: 'deliverMessage', input: { deliveryId: '1' } },
    })
    expect(created.status).toBe(403)
    expect(await count('payload-jobs')).toBe(before)
  })

  it('should let the owner read the jobs', async () => {
    const response = await rest('/payload-jobs?limit=1&depth=0', { user: owner })
    expect(response.status).toBe(200)
    expect(response.body?.totalDocs).toBeGreaterThan(0)
  })
})

describe("Payload's internal collections", () => {
  const lockOf = (id: Id, user: TestUser) => ({
    document: { relationTo: slugs.cases, value: id },
    user: { relationTo: slugs.users, value: user.id },
  })

  it('should not let a customer read document locks', async () => {
    const list = await rest('/payload-locked-documents?limit=1000&depth=0', { user: customerB })
    expect([403, 404]).toContain(list.status)
    expect(list.body?.docs).toBeUndefined()
    expect(
      await graphqlDocs('{ PayloadLockedDocuments { docs { id } } }', 'PayloadLockedDocuments', customerB),
    ).toHaveLength(0)
  })

  it('should not let a customer lock a case so that its authority cannot work on it', async () => {
    const id = caseOf(workflowA, 'police-helsinki')
    const lock = await rest('/payload-locked-documents', {
      user: customerA,
      method: 'POST',
      body: lockOf(id, customerA),
    })
    const patched = await rest(`/cases/${id}`, {
      user: policeUser,
      method: 'PATCH',
      body: { externalReference: 'POL-1' },
    })
    expect(patched.status, patched.text).toBe(200)
    expect([403, 404]).toContain(lock.status)
  })

  it("should not let a customer read Payload's key-value store", async () => {
    const response = await rest('/payload-kv?limit=1000', { user: customerA })
    expect([403, 404]).toContain(response.status)
    expect(response.body?.docs).toBeUndefined()
  })
})

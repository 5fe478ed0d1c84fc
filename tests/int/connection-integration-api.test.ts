import { randomUUID } from 'node:crypto'

import { Validator } from '@seriousme/openapi-schema-validator'
import type { CollectionSlug, Payload, Where } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { integrationSlugs } from '../../plugins/connection-integration'
import type { AuthorityUser } from '../../portal/app/models/authority.server'
import { caseExportJsonOf } from '../../portal/app/models/authorityExport.server'
import { slugs } from '../../src/collections/slugs'
import { seedCatalogue } from '../../src/seed/seed'
import { workedExampleApplication } from '../../src/seed/public-event'
import { submitApplication } from '../../src/submission/submitApplication'
import type { TestUser } from '../support/factories'
import { authorityId, createDraft, createUser, tokenOf } from '../support/factories'
import { caseById, requestTo } from '../support/integrationHelpers'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

type Id = number | string
type Problem = { title: string; status: number; issues?: { path: string }[]; allowed?: string[] }

let test: TestPayload
let payload: Payload
let server: Awaited<ReturnType<typeof startTestServer>>
let request: ReturnType<typeof requestTo>
let bundleId: Id
let customer: TestUser
let ownerToken: string
let policeX: Id
let policeY: Id
let keyX: string
let keyY: string

const api = (path: string) => `/api/integration/v1${path}`
const issueKey = async (authority: Id, label = 'Case system') => {
  const response = await request(`/api/authorities/${authority}/integration/credentials`, {
    method: 'POST',
    jwt: ownerToken,
    body: { label },
  })
  expect(response.status).toBe(201)
  return (await response.json()) as { id: Id; key: string; keyPrefix: string }
}
/** A POST of the integration API, with a fresh Idempotency-Key unless one is given. */
const post = (path: string, body: unknown, { key = keyX, idempotencyKey = randomUUID() } = {}) =>
  request(api(path), { method: 'POST', apiKey: key, body, headers: { 'Idempotency-Key': idempotencyKey } })
const get = (path: string, key = keyX) => request(api(path), { apiKey: key })
const problemOf = async (response: Response) => {
  expect(response.headers.get('content-type')).toContain('application/problem+json')
  const text = await response.text()
  expect(text).not.toMatch(/node_modules|"stack"/)
  return JSON.parse(text) as Problem
}
const count = async (collection: CollectionSlug, where: Where) =>
  (await payload.count({ collection, where, overrideAccess: true })).totalDocs

/** Submits the worked example with an uploaded attachment; answers the police case. */
const submitCase = async ({
  municipality = '091',
  owner = customer,
}: { municipality?: string; owner?: TestUser } = {}) => {
  const values = { ...workedExampleApplication, municipality }
  const attachment = await payload.create({
    collection: slugs.attachments,
    user: owner,
    overrideAccess: false,
    data: { description: 'Site map' },
    // Stored as `site-map-<random>.txt`, the way storeAttachment labels uploads.
    context: { fileLabel: 'site-map' },
    file: {
      data: Buffer.from('Site map of the park'),
      mimetype: 'text/plain',
      name: 'site-map.txt',
      size: 20,
    },
  })
  const draft = await createDraft(payload, { customer: owner, bundleId, values, answers: values })
  await payload.update({
    collection: slugs.applications,
    id: draft.id,
    user: owner,
    overrideAccess: false,
    data: { attachments: [attachment.id] },
  })
  const result = await submitApplication({
    req: await createLocalReq({ user: owner as never }, payload),
    applicationId: draft.id,
    locale: 'fi',
  })
  const police = result.cases.find((item) => item.permitType === 'police-public-event-notification')!
  return { caseId: String(police.id), attachmentId: String(attachment.id) }
}

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  ;({ bundleId } = await seedCatalogue(payload))
  server = await startTestServer(test)
  request = requestTo(server.url)
  customer = await createUser(payload, { role: 'customer' })
  ownerToken = await tokenOf(payload, await createUser(payload, { role: 'owner' }))
  policeX = await authorityId(payload, 'police-helsinki')
  policeY = await authorityId(payload, 'police-lansi-uusimaa')
  keyX = (await issueKey(policeX)).key
  keyY = (await issueKey(policeY)).key
})

afterAll(async () => {
  await server?.close()
  await test?.close()
})

describe('API keys', () => {
  it('should refuse a missing, malformed, unknown or revoked key, and a login token, with 401', async () => {
    const issued = await issueKey(policeX, 'To be revoked')
    const revoke = await request(`/api/integration-credentials/${issued.id}/revoke`, {
      method: 'POST',
      jwt: ownerToken,
    })
    expect(revoke.status).toBe(200)
    const unknown = `lupak_${'0'.repeat(12)}_${'A'.repeat(43)}`
    for (const key of [undefined, 'not-a-key', unknown, issued.key, ownerToken]) {
      const response = await request(api('/cases'), { apiKey: key })
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toContain('Bearer')
      await problemOf(response)
    }
  })

  it('should store only a keyed hash of a key, unreadable through the API', async () => {
    const issued = await issueKey(policeX, 'Hash check')
    const stored = await payload.findByID({
      collection: integrationSlugs.credentials,
      id: issued.id,
      overrideAccess: true,
    })
    expect(JSON.stringify(stored)).not.toContain(issued.key.slice(19))
    expect(stored).toMatchObject({
      keyPrefix: issued.keyPrefix,
      keyHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
    const read = await request(`/api/${integrationSlugs.credentials}/${issued.id}`, { jwt: ownerToken })
    expect(read.status).toBe(200)
    expect(await read.json()).not.toHaveProperty('keyHash')
  })

  it('should let only staff issue keys', async () => {
    const authorityUser = await createUser(payload, { role: 'authority-user', authority: policeX })
    const response = await request(`/api/authorities/${policeX}/integration/credentials`, {
      method: 'POST',
      jwt: await tokenOf(payload, authorityUser),
      body: { label: 'Mine' },
    })
    expect(response.status).toBe(403)
  })
})

describe('reading cases', () => {
  let own: Awaited<ReturnType<typeof submitCase>>
  let others: Awaited<ReturnType<typeof submitCase>>

  beforeAll(async () => {
    own = await submitCase()
    others = await submitCase({ municipality: '049' })
  })

  it("should list the authority's own cases only, by status and page by page", async () => {
    const response = await get('/cases?status=submitted&limit=1')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const page = (await response.json()) as { docs: { id: string; status: string }[]; hasNextPage: boolean }
    expect(page.docs).toHaveLength(1)
    expect(page.docs[0].status).toBe('submitted')
    const all = (await (await get('/cases?limit=100')).json()) as { docs: { id: string }[] }
    expect(all.docs.map((doc) => doc.id)).toContain(own.caseId)
    expect(all.docs.map((doc) => doc.id)).not.toContain(others.caseId)
  })

  it('should give a case with its data and attachment links', async () => {
    const response = await get(`/cases/${own.caseId}`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      data: Record<string, unknown>
      attachments: { id: string; url: string }[]
    }
    expect(body.data.eventName).toBe(workedExampleApplication.eventName)
    expect(body.attachments.map((item) => item.id)).toEqual([own.attachmentId])
    expect(body.attachments[0].url).toBe(
      `http://localhost:3999/api/integration/v1/cases/${own.caseId}/attachments/${own.attachmentId}`,
    )
  })

  it('should stream an attachment as a download', async () => {
    const response = await get(`/cases/${own.caseId}/attachments/${own.attachmentId}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="site-map.*\.txt"/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toBe('Site map of the park')
  })

  it("should answer 404 for another authority's case, its files and unknown ids alike", async () => {
    for (const path of [
      `/cases/${others.caseId}`,
      `/cases/${others.caseId}/attachments/${others.attachmentId}`,
      `/cases/${own.caseId}/attachments/${others.attachmentId}999`,
      '/cases/999999',
      '/cases/not-an-id',
    ]) {
      const response = await get(path)
      expect(response.status, path).toBe(404)
      expect((await problemOf(response)).title).toBe('Not found')
    }
  })

  it('should refuse an unknown status filter with 400', async () => {
    const response = await get('/cases?status=bogus')
    expect(response.status).toBe(400)
    expect((await problemOf(response)).issues?.[0].path).toBe('status')
  })
})

describe('working on a case', () => {
  it('should take a case from receipt through a supplement request to a decision the customer can read', async () => {
    const { caseId } = await submitCase()
    const receipt = await post(`/cases/${caseId}/receipt`, { reference: 'POL-2027-123' })
    expect(receipt.status).toBe(200)
    expect(await receipt.json()).toMatchObject({ status: 'received', externalReference: 'POL-2027-123' })

    const status = await post(`/cases/${caseId}/status`, { status: 'in-processing' })
    expect(status.status).toBe(200)
    expect(await status.json()).toMatchObject({ status: 'in-processing' })

    const supplement = await post(`/cases/${caseId}/supplement-requests`, {
      whatIsMissing: 'The security plan is missing the night-time staffing.',
      dueDate: '2099-06-01',
    })
    expect(supplement.status).toBe(201)
    expect(await supplement.json()).toMatchObject({ status: 'open', dueDate: '2099-06-01' })
    expect((await caseById(payload, caseId)).status).toBe('supplement-requested')

    const message = await post(`/cases/${caseId}/messages`, { body: 'Please see the supplement request.' })
    expect(message.status).toBe(201)

    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\ntrailer<<>>\nstartxref\n9\n%%EOF\n')
    // The police case is a notification: it is never granted.
    const granted = await post(`/cases/${caseId}/decisions`, { outcome: 'granted', summary: 'Granted.' })
    expect(granted.status).toBe(400)
    expect((await problemOf(granted)).issues).toEqual([
      { path: 'outcome', message: expect.stringContaining('not an outcome of a notification') },
    ])
    const decision = await post(`/cases/${caseId}/decisions`, {
      outcome: 'acknowledged-with-instructions',
      summary: 'Granted; music ends at 23:00.',
      decisionMaker: 'Komisario Kaija Koski',
      decisionDate: '2020-01-15',
      validFrom: '2099-06-01',
      validUntil: '2099-06-02',
      conditions: ['Music ends at 23:00.', 'Four security stewards.'],
      document: {
        filename: 'päätös.pdf',
        mimeType: 'application/pdf',
        contentBase64: pdf.toString('base64'),
      },
    })
    expect(decision.status).toBe(201)
    const decided = (await decision.json()) as {
      id: string
      document: { id: string; url: string }
      appealInstructions: { kind: string; fi: string | null }
    }
    expect(decided.document.url).toContain(`/cases/${caseId}/attachments/${decided.document.id}`)
    expect(decided).toMatchObject({
      version: 1,
      supersedes: null,
      decisionMaker: 'Komisario Kaija Koski',
      decisionDate: '2020-01-15',
      validFrom: '2099-06-01',
      validUntil: '2099-06-02',
      conditions: ['Music ends at 23:00.', 'Four security stewards.'],
    })
    // The permit type's appeal instructions, as they stood when the decision was recorded.
    expect(decided.appealInstructions.kind).toBe('appeal')
    expect(decided.appealInstructions.fi).toContain('hallinto-oikeuteen')
    expect(await caseById(payload, caseId)).toMatchObject({
      status: 'decided',
      outcome: 'acknowledged-with-instructions',
    })

    // A correction needs its reason, and is a new version; the case stays decided with its outcome.
    const unexplained = await post(`/cases/${caseId}/decision-corrections`, {
      outcome: 'acknowledged',
      summary: 'Acknowledged.',
    })
    expect(unexplained.status).toBe(400)
    const correction = await post(`/cases/${caseId}/decision-corrections`, {
      outcome: 'acknowledged',
      summary: 'Acknowledged; no conditions after all.',
      correctionReason: 'The conditions were entered on the wrong case.',
    })
    expect(correction.status).toBe(201)
    expect(await correction.json()).toMatchObject({
      version: 2,
      supersedes: decided.id,
      correctionReason: 'The conditions were entered on the wrong case.',
      conditions: [],
    })
    expect(await caseById(payload, caseId)).toMatchObject({ status: 'decided', outcome: 'acknowledged' })

    const asCustomer = { user: customer, overrideAccess: false } as const
    const visible = await payload.find({
      collection: slugs.decisions,
      where: { case: { equals: caseId } },
      ...asCustomer,
    })
    expect(visible.docs.map((doc) => [doc.version, doc.summary]).sort()).toEqual([
      [1, 'Granted; music ends at 23:00.'],
      [2, 'Acknowledged; no conditions after all.'],
    ])
    const document = await payload.findByID({
      collection: slugs.attachments,
      id: decided.document.id,
      ...asCustomer,
    })
    expect(document).toMatchObject({ mimeType: 'application/pdf', description: 'päätös.pdf' })
    const messages = await payload.find({
      collection: slugs.messages,
      where: { case: { equals: caseId } },
      ...asCustomer,
    })
    expect(messages.docs.map((doc) => doc.senderKind)).toEqual(['authority'])
    const supplements = await payload.find({
      collection: slugs.supplementRequests,
      where: { case: { equals: caseId } },
      ...asCustomer,
    })
    expect(supplements.docs).toHaveLength(1)

    const events = await payload.find({
      collection: slugs.caseEvents,
      where: { case: { equals: caseId }, type: { equals: 'status-changed' } },
      overrideAccess: true,
      sort: 'createdAt',
      pagination: false,
    })
    expect(events.docs.map((event) => [event.toStatus, event.actorKind])).toEqual([
      ['received', 'authority'],
      ['in-processing', 'authority'],
      ['supplement-requested', 'authority'],
      ['decided', 'authority'],
    ])
    const download = await get(`/cases/${caseId}/attachments/${decided.document.id}`)
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf)
  })

  it('should refuse a move the status machine does not allow with 409 and the allowed moves', async () => {
    const { caseId } = await submitCase()
    const response = await post(`/cases/${caseId}/status`, { status: 'supplemented' })
    expect(response.status).toBe(409)
    expect((await problemOf(response)).allowed).toEqual(['received'])
    const decision = await post(`/cases/${caseId}/decisions`, {
      outcome: 'acknowledged',
      summary: 'Too early.',
    })
    expect(decision.status).toBe(409)
    const correction = await post(`/cases/${caseId}/decision-corrections`, {
      outcome: 'acknowledged',
      summary: 'Too early.',
      correctionReason: 'Nothing to correct.',
    })
    expect(correction.status).toBe(409)
    expect(await count(slugs.decisions, { case: { equals: caseId } })).toBe(0)
    expect((await caseById(payload, caseId)).status).toBe('submitted')
  })

  it('should refuse malformed JSON, schema violations and a missing Idempotency-Key with 400', async () => {
    const { caseId } = await submitCase()
    const cases: [string, unknown, string | undefined][] = [
      ['/receipt', '{"reference": ', undefined],
      ['/receipt', '', undefined],
      ['/receipt', [], undefined],
      ['/receipt', null, undefined],
      ['/receipt', { reference: '' }, 'reference'],
      ['/receipt', { reference: 'A-1', status: 'decided' }, ''],
      ['/status', { status: 'bogus' }, 'status'],
      ['/status', { status: 42 }, 'status'],
      ['/messages', { body: 'x'.repeat(10001) }, 'body'],
      ['/supplement-requests', { whatIsMissing: 'More', dueDate: '2099-02-30' }, 'dueDate'],
      ['/supplement-requests', { whatIsMissing: 'More', dueDate: '2000-01-01' }, 'dueDate'],
      ['/decisions', { outcome: 'maybe', summary: 'x' }, 'outcome'],
      [
        '/decisions',
        {
          outcome: 'granted',
          summary: 'x',
          document: { filename: 'a.exe', mimeType: 'application/x-msdownload', contentBase64: 'TVo=' },
        },
        'document.mimeType',
      ],
      [
        '/decisions',
        {
          outcome: 'granted',
          summary: 'x',
          document: { filename: 'a.pdf', mimeType: 'application/pdf', contentBase64: '%%%' },
        },
        'document.contentBase64',
      ],
    ]
    for (const [path, body, issuePath] of cases) {
      const response = await post(`/cases/${caseId}${path}`, body)
      expect(response.status, `${path} ${JSON.stringify(body)}`).toBe(400)
      const problem = await problemOf(response)
      if (issuePath !== undefined) expect(problem.issues?.map((issue) => issue.path)).toContain(issuePath)
    }
    const withoutKey = await request(api(`/cases/${caseId}/receipt`), {
      method: 'POST',
      apiKey: keyX,
      body: { reference: 'A-1' },
    })
    expect(withoutKey.status).toBe(400)
    expect((await problemOf(withoutKey)).title).toContain('Idempotency-Key')
    expect((await caseById(payload, caseId)).status).toBe('submitted')
  })

  it("should not let one authority's key touch another authority's case", async () => {
    const { caseId } = await submitCase({ municipality: '049' })
    for (const [path, body] of [
      ['/receipt', { reference: 'X-1' }],
      ['/status', { status: 'received' }],
      ['/messages', { body: 'Hello' }],
      ['/supplement-requests', { whatIsMissing: 'More', dueDate: '2099-01-01' }],
      ['/decisions', { outcome: 'granted', summary: 'Granted' }],
    ] as const) {
      const response = await post(`/cases/${caseId}${path}`, body)
      expect(response.status, path).toBe(404)
    }
    expect(await caseById(payload, caseId)).toMatchObject({ status: 'submitted', externalReference: null })
    expect(await count(slugs.messages, { case: { equals: caseId } })).toBe(0)
    const own = await post(`/cases/${caseId}/receipt`, { reference: 'Y-1' }, { key: keyY })
    expect(own.status).toBe(200)
  })

  it('should answer a replay with the original response and create nothing twice', async () => {
    const { caseId } = await submitCase()
    const idempotencyKey = randomUUID()
    const first = await post(`/cases/${caseId}/messages`, { body: 'Once only' }, { idempotencyKey })
    const replay = await post(`/cases/${caseId}/messages`, { body: 'Once only' }, { idempotencyKey })
    expect(first.status).toBe(201)
    expect(replay.status).toBe(201)
    expect(replay.headers.get('idempotent-replayed')).toBe('true')
    expect(await replay.json()).toEqual(await first.json())
    expect(await count(slugs.messages, { case: { equals: caseId } })).toBe(1)

    const reused = await post(`/cases/${caseId}/messages`, { body: 'Something else' }, { idempotencyKey })
    expect(reused.status).toBe(422)
    expect(await count(slugs.messages, { case: { equals: caseId } })).toBe(1)
  })

  it('should let the same Idempotency-Key be used by another authority', async () => {
    const idempotencyKey = randomUUID()
    const own = await submitCase()
    const others = await submitCase({ municipality: '049' })
    expect((await post(`/cases/${own.caseId}/receipt`, { reference: 'A' }, { idempotencyKey })).status).toBe(
      200,
    )
    expect(
      (await post(`/cases/${others.caseId}/receipt`, { reference: 'A' }, { key: keyY, idempotencyKey }))
        .status,
    ).toBe(200)
  })
})

describe("another customer's files", () => {
  let own: Awaited<ReturnType<typeof submitCase>>
  let privateFile: Id
  let sentFile: Id
  let policeToken: string
  let policeUser: TestUser

  beforeAll(async () => {
    const victim = await createUser(payload, { role: 'customer' })
    own = await submitCase()
    // One file the victim keeps to themselves, one the victim sent to the same police.
    privateFile = (
      await payload.create({
        collection: slugs.attachments,
        user: victim,
        overrideAccess: false,
        data: {},
        file: { data: Buffer.from('Private'), mimetype: 'text/plain', name: 'private.txt', size: 7 },
      })
    ).id
    sentFile = (await submitCase({ owner: victim })).attachmentId
    policeUser = await createUser(payload, { role: 'authority-user', authority: policeX })
    policeToken = await tokenOf(payload, policeUser)
    expect((await post(`/cases/${own.caseId}/status`, { status: 'received' })).status).toBe(200)
  })

  const fieldErrorPaths = async (response: Response) =>
    ((await response.json()) as { errors?: { data?: { errors?: { path: string }[] } }[] }).errors?.flatMap(
      (error) => error.data?.errors?.map((item) => item.path) ?? [],
    )

  it('should refuse a decision or a message that links them, whether the writer may read them or not', async () => {
    for (const file of [privateFile, sentFile]) {
      const decision = await request('/api/decisions', {
        method: 'POST',
        jwt: policeToken,
        body: { case: own.caseId, outcome: 'acknowledged', summary: 'Noted.', document: file },
      })
      expect(decision.status, String(file)).toBe(400)
      expect(await fieldErrorPaths(decision)).toEqual(['document'])
      const message = await request('/api/messages', {
        method: 'POST',
        jwt: policeToken,
        body: { case: own.caseId, application: own.caseId, body: 'See this.', attachments: [file] },
      })
      expect(message.status, String(file)).toBe(400)
    }
    expect(await count(slugs.decisions, { case: { equals: own.caseId } })).toBe(0)
    expect((await caseById(payload, own.caseId)).status).toBe('received')
  })

  it('should neither list nor serve a file of another matter that a record of the case points to', async () => {
    const decision = await request('/api/decisions', {
      method: 'POST',
      jwt: policeToken,
      body: { case: own.caseId, outcome: 'acknowledged', summary: 'Noted.' },
    })
    expect(decision.status).toBe(201)
    const { doc } = (await decision.json()) as { doc: { id: Id } }
    // As if written before the check existed.
    await payload.update({
      collection: slugs.decisions,
      id: doc.id,
      overrideAccess: true,
      data: { document: sentFile } as never,
    })
    const detail = (await (await get(`/cases/${own.caseId}`)).json()) as { attachments: { id: string }[] }
    expect(detail.attachments.map((item) => item.id)).toEqual([own.attachmentId])
    for (const file of [sentFile, privateFile]) {
      expect((await get(`/cases/${own.caseId}/attachments/${file}`)).status).toBe(404)
    }
    const exported = await caseExportJsonOf({
      payload,
      user: policeUser as unknown as AuthorityUser,
      id: own.caseId,
    })
    expect(exported.attachments.map((item) => item.id)).toEqual([own.attachmentId])
    expect(exported.decisions.map((item) => item.document)).toEqual([null])
  })
})

describe('the OpenAPI document', () => {
  it('should be a valid OpenAPI 3.1 document describing every route, the key and the webhooks', async () => {
    const response = await request(api('/openapi.json'))
    expect(response.status).toBe(200)
    const document = (await response.json()) as {
      openapi: string
      paths: Record<string, unknown>
      webhooks: Record<string, { post: { parameters: { $ref: string }[] } }>
      components: { securitySchemes: Record<string, { scheme: string }> }
    }
    const result = await new Validator().validate(document)
    expect(result.errors).toBeUndefined()
    expect(result.valid).toBe(true)
    expect(document.openapi).toBe('3.1.0')
    expect(Object.keys(document.paths).sort()).toEqual(
      [
        '/cases',
        '/cases/{id}',
        '/cases/{id}/attachments/{attachmentId}',
        '/cases/{id}/receipt',
        '/cases/{id}/status',
        '/cases/{id}/messages',
        '/cases/{id}/supplement-requests',
        '/cases/{id}/decisions',
        '/cases/{id}/decision-corrections',
        '/openapi.json',
      ].sort(),
    )
    expect(Object.keys(document.webhooks)).toEqual(expect.arrayContaining(['case.submitted', 'ping']))
    expect(document.webhooks['case.submitted'].post.parameters.map((parameter) => parameter.$ref)).toEqual([
      '#/components/parameters/WebhookId',
      '#/components/parameters/WebhookTimestamp',
      '#/components/parameters/WebhookSignature',
    ])
    expect(document.components.securitySchemes.apiKey.scheme).toBe('bearer')
  })
})

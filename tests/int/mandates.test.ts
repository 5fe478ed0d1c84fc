import { Writable } from 'node:stream'

import type { CollectionSlug, Payload } from 'payload'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { plugins } from '../../payload.config'
import {
  currentPrincipal,
  isMandatesPlugin,
  mandatesPlugin,
  mandatesSlugs,
  mandatesTaskSlugs,
  verifyCivilServantMandate,
} from '../../plugins/mandates'
import { personKeyOf } from '../../plugins/mandates/personKey'
import type { MandatesSettings } from '../../plugins/mandates/mandatesSettings'
import { issueSession } from '../../src/auth/sessions'
import { idOf } from '../../src/collections/relations'
import { slugs } from '../../src/collections/slugs'
import { seedCatalogue } from '../../src/seed/seed'
import { workedExampleAnswers, workedExampleApplication } from '../../src/seed/public-event'
import type { TestUser } from '../support/factories'
import { authorityId, createUser, testPassword } from '../support/factories'
import type { FakeMandatesService } from '../support/fakeMandatesService'
import { startFakeMandatesService } from '../support/fakeMandatesService'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'
import { rest as restCall } from '../support/rest'

type Id = number | string

/** The test server's public URL: browsers' form posts come from it (CSRF checks). */
const publicOrigin = 'http://localhost:3999'
const hour = 60 * 60 * 1000

const organisation = { name: 'Puistosoitto ry', businessId: '1234567-1' }
const auditedCompany = { name: 'Tilintarkastus Oy', businessId: '7654321-2' }
const staffListed = { name: 'Tapahtumapalvelu Oy', businessId: '2345678-0' }

/** Personal identity codes of the test people (and one principal); none may leak anywhere. */
const codes = {
  signatory: '010180-9026',
  auditor: '020280-902A',
  delegate: '030380-9038',
  refusedDelegate: '040480-904B',
  staffListed: '050580-905C',
  official: '060680-906D',
  principal: '150505A912K',
  otherPrincipal: '160606A913L',
}

let test: TestPayload
let payload: Payload
let server: Awaited<ReturnType<typeof startTestServer>>
let fake: FakeMandatesService
let settings: MandatesSettings
let bundleId: Id
let clockOffsetMs = 0
const identityCodes = new Map<string, string>()
const logLines: string[] = []

type Browser = { user: TestUser; token: string; cookie: string }

const signIn = async (user: TestUser): Promise<Browser> => {
  const { token, cookie } = await issueSession({ payload, userId: user.id })
  return { user, token, cookie: cookie.split(';')[0] }
}

const customerWithCode = async (code: string | null, options: { organisations?: Id[] } = {}) => {
  const user = await createUser(payload, { role: 'customer', ...options })
  if (code) identityCodes.set(String(user.id), code)
  return signIn(user)
}

const post = (browser: Browser, pathname: string, form: Record<string, string>) =>
  fetch(`${server.url}${pathname}`, {
    method: 'POST',
    headers: {
      cookie: browser.cookie,
      origin: publicOrigin,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(form),
    redirect: 'manual',
  })

/** Follows the browser back from the authorisation page (a cross-site redirect) to Lupa's callback. */
const returnTo = (browser: Browser, callback: string) => {
  const url = new URL(callback)
  expect(url.origin).toBe(publicOrigin)
  return fetch(`${server.url}${url.pathname}${url.search}`, {
    headers: { cookie: browser.cookie, 'sec-fetch-site': 'cross-site' },
    redirect: 'manual',
  })
}

/** Where one of Lupa's hand-over pages (200, a refresh instead of a redirect) moves the browser on to. */
const movesOnTo = async (response: Response) => {
  expect(response.status).toBe(200)
  return (await response.text())
    .match(/content="0;url=([^"]+)"/)![1]
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCharCode(Number(code)))
}

/** Starts a flow and goes through the authorisation page; answers the callback URL the service sent the browser to. */
const authorise = async (browser: Browser, kind: 'ypa' | 'hpa', returnToPath = '/applications') => {
  const start = await post(browser, `/mandates/${kind}/start`, { returnTo: returnToPath })
  // A page that moves on to the authorisation page, not a redirect (CSP form-action, see mandatesRouter).
  expect(start.status).toBe(200)
  const location = await movesOnTo(start)
  expect(location.startsWith(`${fake.url}/oauth/authorize?`)).toBe(true)
  const authorize = await fetch(location, { redirect: 'manual' })
  expect(authorize.status).toBe(302)
  return authorize.headers.get('location')!
}

/** The whole flow: where Lupa sends the browser in the end. */
const runFlow = async (browser: Browser, kind: 'ypa' | 'hpa') => {
  // Back from the service is a cross-site arrival: a hand-over page, so the next page is same-site.
  return movesOnTo(await returnTo(browser, await authorise(browser, kind)))
}

const authed = async (browser: Browser) =>
  (await payload.auth({ headers: new Headers({ Authorization: `JWT ${browser.token}` }) })).user

const principalOf = async (browser: Browser) => currentPrincipal(payload, await authed(browser))

const userDoc = async (id: Id) =>
  (await payload.findByID({ collection: slugs.users, id, overrideAccess: true, depth: 0 })) as unknown as {
    organisations?: Id[]
    civilServantMandate?: { status?: string | null } | null
  }

const organisationByBusinessId = async (businessId: string) =>
  (
    await payload.find({
      collection: slugs.organisations,
      where: { businessId: { equals: businessId } },
      overrideAccess: true,
      limit: 1,
    })
  ).docs[0]

type MandateRow = {
  id: Id
  kind: string
  organisation?: Id | null
  roles?: string[]
  personName?: string | null
  personKey?: string | null
  hasAddedOrganisation?: boolean | null
  endedAt?: string | null
}

const mandatesOf = async (userId: Id) =>
  (
    await payload.find({
      collection: mandatesSlugs.mandates,
      where: { user: { equals: userId } },
      overrideAccess: true,
      depth: 0,
      pagination: false,
      sort: 'createdAt',
    })
  ).docs as unknown as MandateRow[]

const auditOf = async (where: Record<string, unknown>) =>
  (
    await payload.find({
      collection: slugs.auditLog,
      where: where as never,
      overrideAccess: true,
      depth: 0,
      pagination: false,
      sort: 'createdAt',
    })
  ).docs as unknown as {
    actor?: Id | null
    action: string
    resource: string
    resourceId?: string | null
    onBehalfOf?: Id | null
    mandate?: Id | null
    detail?: Record<string, unknown> | null
  }[]

const rest = (browser: Browser | null, pathname: string, init: { method?: string; body?: unknown } = {}) =>
  restCall(`${server.url}/api${pathname}`, { token: browser?.token, ...init })

const runJob = async (task: string) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: task } }, { completedAt: { exists: false } }] },
    overrideAccess: true,
    limit: 1,
  })
  expect(docs).toHaveLength(1)
  await payload.jobs.runByID({ id: docs[0].id })
  return payload.findByID({ collection: 'payload-jobs', id: docs[0].id, overrideAccess: true })
}

beforeAll(async () => {
  fake = await startFakeMandatesService()
  settings = {
    url: fake.url,
    clientId: fake.clientId,
    apiKey: fake.apiKey,
    oauthSecret: fake.oauthSecret,
    issue: 'lupa-test-issue',
    civilServantIssue: 'lupa-test-civil-servant-issue',
  }
  test = await startTestPayload({
    plugins: [
      ...plugins.filter((plugin) => !isMandatesPlugin(plugin)),
      mandatesPlugin({
        settings,
        personalIdentityCodeOf: async (_payload, userId) => identityCodes.get(String(userId)) ?? null,
      }),
    ],
    clock: () => new Date(Date.now() + clockOffsetMs),
  })
  payload = test.payload
  // Every log line from here on, at every level, as the logger writes it.
  payload.logger = pino(
    { level: 'trace' },
    new Writable({
      write: (chunk, _encoding, done) => {
        logLines.push(String(chunk))
        done()
      },
    }),
  )
  ;({ bundleId } = await seedCatalogue(payload))
  server = await startTestServer(test)
  fake.persons.set(codes.signatory, {
    organisations: [
      { ...organisation, identifier: organisation.businessId, roles: ['NIMKO', 'J'], complete: true },
      { name: auditedCompany.name, identifier: auditedCompany.businessId, roles: ['TIL'], complete: true },
    ],
  })
  fake.persons.set(codes.auditor, {
    organisations: [
      { name: auditedCompany.name, identifier: auditedCompany.businessId, roles: ['TIL'], complete: true },
    ],
  })
  fake.persons.set(codes.delegate, {
    principals: [{ personId: codes.principal, name: 'Maija Meikäläinen', issues: [settings.issue] }],
  })
  fake.persons.set(codes.refusedDelegate, {
    principals: [{ personId: codes.otherPrincipal, name: 'Matti Meikäläinen', issues: ['another-issue'] }],
  })
  fake.persons.set(codes.staffListed, {
    organisations: [{ name: staffListed.name, identifier: staffListed.businessId, roles: ['TJ'] }],
  })
})

afterAll(async () => {
  await server?.close()
  await test?.close()
  await fake?.close()
})

describe('acting for an organisation (YPA)', () => {
  let signatory: Browser

  beforeAll(async () => {
    signatory = await customerWithCode(codes.signatory)
    fake.choices.set(codes.signatory, { organisations: [organisation.businessId] })
  })

  it('should go through the service and come back with the organisation granted and chosen', async () => {
    expect(await principalOf(signatory)).toEqual({ kind: 'self' })
    expect(await runFlow(signatory, 'ypa')).toBe('/applications?mandates=granted')

    const created = await organisationByBusinessId(organisation.businessId)
    expect(created).toMatchObject({ name: organisation.name, businessId: organisation.businessId })
    expect((await userDoc(signatory.user.id)).organisations).toEqual([created.id])
    const [mandate] = await mandatesOf(signatory.user.id)
    expect(mandate).toMatchObject({
      kind: 'ypa',
      organisation: created.id,
      roles: ['NIMKO'],
      hasAddedOrganisation: true,
    })
    expect(await principalOf(signatory)).toEqual({
      kind: 'organisation',
      id: created.id,
      name: organisation.name,
      businessId: organisation.businessId,
    })
  })

  it('should sign every API call with a checksum the service accepts', () => {
    const apiCalls = fake.requests.filter((request) => request.path.startsWith('/service/'))
    expect(apiCalls.length).toBeGreaterThanOrEqual(2)
    expect(apiCalls.every((request) => request.status === 200)).toBe(true)
  })

  it('should make a new application on behalf of the chosen organisation, and audit who acted for whom', async () => {
    const created = await organisationByBusinessId(organisation.businessId)
    const response = await rest(signatory, '/applications', {
      method: 'POST',
      body: { bundle: bundleId, answers: workedExampleAnswers, values: workedExampleApplication },
    })
    expect(response.status).toBe(201)
    const { doc } = response.body as { doc: { id: Id; onBehalfOf: Id | { id: Id } } }
    expect(idOf(doc.onBehalfOf)).toBe(created.id)

    const update = await rest(signatory, `/applications/${doc.id}`, {
      method: 'PATCH',
      body: { title: 'Kesäkonsertti' },
    })
    expect(update.status).toBe(200)
    const [mandate] = await mandatesOf(signatory.user.id)
    const entries = await auditOf({
      resource: { equals: slugs.applications },
      resourceId: { equals: String(doc.id) },
    })
    expect(entries.map((entry) => entry.action)).toEqual(['create', 'update'])
    for (const entry of entries)
      expect(entry).toMatchObject({ actor: signatory.user.id, onBehalfOf: created.id, mandate: mandate.id })
  })

  it('should refuse an organisation whose only role does not entitle acting (an auditor)', async () => {
    const auditor = await customerWithCode(codes.auditor)
    expect(await runFlow(auditor, 'ypa')).toBe('/applications?mandates=refused')
    expect((await userDoc(auditor.user.id)).organisations ?? []).toEqual([])
    expect(await mandatesOf(auditor.user.id)).toEqual([])
    expect(await organisationByBusinessId(auditedCompany.businessId)).toBeUndefined()
    expect(await principalOf(auditor)).toEqual({ kind: 'self' })
  })

  it('should not show the organisation’s applications to a person without a mandate', async () => {
    const created = await organisationByBusinessId(organisation.businessId)
    const auditor = await customerWithCode(codes.auditor)
    const response = await rest(auditor, `/applications?where[onBehalfOf][equals]=${created.id}&depth=0`)
    expect(response.status).toBe(200)
    expect((response.body as { totalDocs: number }).totalDocs).toBe(0)
    const own = await rest(signatory, `/applications?where[onBehalfOf][equals]=${created.id}&depth=0`)
    expect((own.body as { totalDocs: number }).totalDocs).toBe(1)
  })

  it('should grant only the entitled organisation when one with and one without signing rights are chosen', async () => {
    const browser = await customerWithCode(codes.signatory)
    fake.choices.set(codes.signatory, { organisations: [organisation.businessId, auditedCompany.businessId] })
    try {
      expect(await runFlow(browser, 'ypa')).toBe('/applications?mandates=granted')
    } finally {
      fake.choices.set(codes.signatory, { organisations: [organisation.businessId] })
    }
    const created = await organisationByBusinessId(organisation.businessId)
    expect((await userDoc(browser.user.id)).organisations).toEqual([created.id])
    expect(await organisationByBusinessId(auditedCompany.businessId)).toBeUndefined()
  })

  it('should not take off an organisation staff gave the user when the mandate for it ends', async () => {
    const company = await payload.create({
      collection: slugs.organisations,
      data: { name: staffListed.name, businessId: staffListed.businessId, type: 'company' } as never,
      overrideAccess: true,
    })
    const browser = await customerWithCode(codes.staffListed, { organisations: [company.id] })
    expect(await runFlow(browser, 'ypa')).toBe('/applications?mandates=granted')
    const [mandate] = await mandatesOf(browser.user.id)
    expect(mandate).toMatchObject({ organisation: company.id, roles: ['TJ'], hasAddedOrganisation: false })

    clockOffsetMs = 9 * hour
    try {
      await runJob(mandatesTaskSlugs.expireMandates)
    } finally {
      clockOffsetMs = 0
    }
    expect((await mandatesOf(browser.user.id))[0].endedAt).toBeTruthy()
    expect((await userDoc(browser.user.id)).organisations).toEqual([company.id])
  })
})

describe('acting for a person (HPA)', () => {
  it('should record an ALLOWED principal by name and keyed hash, and act for them', async () => {
    const delegate = await customerWithCode(codes.delegate)
    expect(await runFlow(delegate, 'hpa')).toBe('/applications?mandates=granted')
    const [mandate] = await mandatesOf(delegate.user.id)
    expect(mandate).toMatchObject({
      kind: 'hpa',
      personName: 'Maija Meikäläinen',
      personKey: personKeyOf({ personalIdentityCode: codes.principal, secret: payload.secret }),
    })
    expect(await principalOf(delegate)).toEqual({ kind: 'person', name: 'Maija Meikäläinen' })
    expect(fake.requests.some((request) => request.path.includes('issues=lupa-test-issue'))).toBe(true)

    const update = await rest(delegate, `/users/${delegate.user.id}`, {
      method: 'PATCH',
      body: { locale: 'sv' },
    })
    expect(update.status).toBe(200)
    const [entry] = await auditOf({
      resource: { equals: slugs.users },
      resourceId: { equals: String(delegate.user.id) },
      actor: { equals: delegate.user.id },
      action: { equals: 'update' },
    })
    expect(entry).toMatchObject({ mandate: mandate.id, onBehalfOf: null })
  })

  it('should refuse a DISALLOWED principal', async () => {
    const delegate = await customerWithCode(codes.refusedDelegate)
    expect(await runFlow(delegate, 'hpa')).toBe('/applications?mandates=refused')
    expect(await mandatesOf(delegate.user.id)).toEqual([])
    expect(await principalOf(delegate)).toEqual({ kind: 'self' })
  })
})

describe('access to the records', () => {
  let delegate: Browser
  let other: Browser

  beforeAll(async () => {
    delegate = await customerWithCode(codes.delegate)
    expect(await runFlow(delegate, 'hpa')).toBe('/applications?mandates=granted')
    other = await customerWithCode(null)
  })

  it('should let a customer read their own mandates only, without the principal key', async () => {
    const own = (await rest(delegate, '/mandates?depth=0')).body as {
      docs: Record<string, unknown>[]
    }
    expect(own.docs).toHaveLength(1)
    expect(own.docs[0]).toMatchObject({ user: delegate.user.id, personName: 'Maija Meikäläinen' })
    expect(own.docs[0].personKey).toBeUndefined()
    const theirs = (await rest(other, '/mandates?depth=0')).body as { totalDocs: number }
    expect(theirs.totalDocs).toBe(0)
  })

  it('should let nobody write mandates or read flows and session choices through the API', async () => {
    const [mandate] = await mandatesOf(delegate.user.id)
    const created = await rest(delegate, '/mandates', {
      method: 'POST',
      body: {
        user: delegate.user.id,
        kind: 'ypa',
        verifiedAt: new Date().toISOString(),
        expiresAt: '2099-01-01',
      },
    })
    expect(created.status).toBe(403)
    const extended = await rest(delegate, `/mandates/${mandate.id}`, {
      method: 'PATCH',
      body: { expiresAt: '2099-01-01' },
    })
    expect(extended.status).toBe(403)
    for (const collection of [mandatesSlugs.mandateFlows, mandatesSlugs.principalChoices])
      expect((await rest(delegate, `/${collection}`)).status).toBe(403)
  })

  it('should ignore a customer writing their own civil-servant mandate status', async () => {
    const response = await rest(delegate, `/users/${delegate.user.id}`, {
      method: 'PATCH',
      body: { civilServantMandate: { status: 'valid' } },
    })
    expect(response.status).toBe(200)
    expect((await userDoc(delegate.user.id)).civilServantMandate?.status ?? null).toBeNull()
  })
})

describe('callbacks that do not belong to the session', () => {
  let signatory: Browser

  beforeAll(async () => {
    signatory = await customerWithCode(codes.signatory)
  })

  it('should refuse an unknown state with 400, log it and write an audit entry', async () => {
    const response = await returnTo(signatory, `${publicOrigin}/mandates/ypa/callback?code=abc&state=forged`)
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('could not be processed')
    const entries = await auditOf({ actor: { equals: signatory.user.id }, action: { equals: 'denied' } })
    expect(entries.at(-1)).toMatchObject({
      resource: mandatesSlugs.mandates,
      detail: { reason: 'unknown-state' },
    })
    expect(logLines.some((line) => line.includes('Mandates request refused: unknown-state'))).toBe(true)
  })

  it('should refuse a callback without a state', async () => {
    const response = await returnTo(signatory, `${publicOrigin}/mandates/ypa/callback?code=abc`)
    expect(response.status).toBe(400)
  })

  it('should refuse another user’s callback with 403, and the state is then spent', async () => {
    const callback = await authorise(signatory, 'ypa')
    const other = await customerWithCode(null)
    const stolen = await returnTo(other, callback)
    expect(stolen.status).toBe(403)
    expect(await mandatesOf(other.user.id)).toEqual([])
    expect((await userDoc(other.user.id)).organisations ?? []).toEqual([])
    expect((await returnTo(signatory, callback)).status).toBe(400)
  })

  it('should refuse the callback in another session of the same user', async () => {
    const callback = await authorise(signatory, 'ypa')
    const secondSession = await signIn(signatory.user)
    expect((await returnTo(secondSession, callback)).status).toBe(403)
  })

  it('should refuse the callback of a flow for the other kind', async () => {
    const callback = await authorise(signatory, 'ypa')
    expect((await returnTo(signatory, callback.replace('/mandates/ypa/', '/mandates/hpa/'))).status).toBe(403)
  })

  it('should send a signed-out browser to sign in', async () => {
    const response = await fetch(`${server.url}/mandates/ypa/callback?code=a&state=b`, { redirect: 'manual' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/login?returnTo=%2F')
  })

  it('should refuse a cross-site post to start a flow', async () => {
    const response = await fetch(`${server.url}/mandates/ypa/start`, {
      method: 'POST',
      headers: {
        cookie: signatory.cookie,
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'returnTo=%2F',
      redirect: 'manual',
    })
    expect(response.status).toBe(403)
  })

  it('should refuse users who are not customers', async () => {
    const owner = await signIn(await createUser(payload, { role: 'owner' }))
    expect((await post(owner, '/mandates/ypa/start', { returnTo: '/' })).status).toBe(403)
  })
})

describe('a flow that cannot complete', () => {
  let signatory: Browser

  beforeAll(async () => {
    signatory = await customerWithCode(codes.signatory)
  })

  it('should come back with "expired" when the Web API session has expired', async () => {
    const callback = await authorise(signatory, 'ypa')
    fake.expireSessions()
    expect(await movesOnTo(await returnTo(signatory, callback))).toBe('/applications?mandates=expired')
    expect(await mandatesOf(signatory.user.id)).toEqual([])
  })

  it('should come back with "expired" when the browser took longer than the flow may wait', async () => {
    const callback = await authorise(signatory, 'ypa')
    clockOffsetMs = 11 * 60 * 1000
    try {
      expect(await movesOnTo(await returnTo(signatory, callback))).toBe('/applications?mandates=expired')
    } finally {
      clockOffsetMs = 0
    }
  })

  it('should come back with "cancelled" when the user cancels on the authorisation page', async () => {
    fake.choices.set(codes.signatory, { isCancelled: true })
    try {
      expect(await runFlow(signatory, 'ypa')).toBe('/applications?mandates=cancelled')
    } finally {
      fake.choices.set(codes.signatory, { organisations: [organisation.businessId] })
    }
  })

  it('should come back with "unavailable" when the service is down, and log it', async () => {
    fake.setDown(true)
    try {
      const start = await post(signatory, '/mandates/ypa/start', { returnTo: '/applications' })
      expect(start.headers.get('location')).toBe('/applications?mandates=unavailable')
    } finally {
      fake.setDown(false)
    }
    expect(
      logLines.some((line) => line.includes('registering the session failed') && line.includes('503')),
    ).toBe(true)
  })

  it('should not start for a user identified without a personal identity code', async () => {
    const demo = await customerWithCode(null)
    const registrations = fake.requests.filter((request) => request.path.includes('/user/register/')).length
    const start = await post(demo, '/mandates/ypa/start', { returnTo: '/applications' })
    expect(start.status).toBe(303)
    expect(start.headers.get('location')).toBe('/applications?mandates=not-identified')
    expect(fake.requests.filter((request) => request.path.includes('/user/register/'))).toHaveLength(
      registrations,
    )
  })

  it('should keep the user on this site whatever return address the form carries', async () => {
    const demo = await customerWithCode(null)
    const start = await post(demo, '/mandates/hpa/start', { returnTo: 'https://evil.example/' })
    expect(start.headers.get('location')).toBe('/?mandates=not-identified')
  })
})

describe('switching principal', () => {
  let signatory: Browser
  let mandateId: Id

  beforeAll(async () => {
    signatory = await customerWithCode(codes.signatory)
    expect(await runFlow(signatory, 'ypa')).toBe('/applications?mandates=granted')
    mandateId = (await mandatesOf(signatory.user.id)).at(-1)!.id
  })

  it('should switch back to acting for oneself and again for the organisation, and audit both', async () => {
    const toSelf = await post(signatory, '/mandates/principal', {
      principal: 'self',
      returnTo: '/applications',
    })
    expect(toSelf.status).toBe(303)
    expect(toSelf.headers.get('location')).toBe('/applications')
    expect(await principalOf(signatory)).toEqual({ kind: 'self' })

    await post(signatory, '/mandates/principal', { principal: String(mandateId), returnTo: '/' })
    expect(await principalOf(signatory)).toMatchObject({ kind: 'organisation', name: organisation.name })

    const entries = await auditOf({
      actor: { equals: signatory.user.id },
      resource: { equals: mandatesSlugs.principalChoices },
    })
    expect(entries.map((entry) => entry.action)).toEqual(['create', 'delete', 'create'])
    expect(entries.at(-1)).toMatchObject({ mandate: mandateId })
  })

  it('should start every new session acting for oneself', async () => {
    const nextSession = await signIn(signatory.user)
    expect(await principalOf(nextSession)).toEqual({ kind: 'self' })
  })

  it('should refuse another user’s mandate with 403', async () => {
    const other = await customerWithCode(null)
    const response = await post(other, '/mandates/principal', { principal: String(mandateId), returnTo: '/' })
    expect(response.status).toBe(403)
    expect(await principalOf(other)).toEqual({ kind: 'self' })
    const [entry] = await auditOf({ actor: { equals: other.user.id }, action: { equals: 'denied' } })
    expect(entry).toMatchObject({ detail: { reason: 'not-own-mandate' } })
  })

  it('should refuse a malformed choice with 400', async () => {
    expect((await post(signatory, '/mandates/principal', { principal: '1 OR 1=1' })).status).toBe(400)
    expect((await post(signatory, '/mandates/principal', {})).status).toBe(400)
  })

  it('should end the mandate when it expires: the organisation comes off and the user acts for themselves', async () => {
    clockOffsetMs = 9 * hour
    try {
      expect(await principalOf(signatory)).toEqual({ kind: 'self' })
      const expired = await post(signatory, '/mandates/principal', {
        principal: String(mandateId),
        returnTo: '/',
      })
      expect(expired.headers.get('location')).toBe('/?mandates=expired')
      await runJob(mandatesTaskSlugs.expireMandates)
    } finally {
      clockOffsetMs = 0
    }
    expect((await userDoc(signatory.user.id)).organisations).toEqual([])
    const entries = await auditOf({
      resource: { equals: mandatesSlugs.mandates },
      resourceId: { equals: String(mandateId) },
    })
    expect(entries.at(-1)).toMatchObject({ actor: null, action: 'update', detail: { ended: 'expired' } })
    const next = await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [{ taskSlug: { equals: mandatesTaskSlugs.expireMandates } }, { completedAt: { exists: false } }],
      },
      overrideAccess: true,
    })
    expect(next.totalDocs).toBe(1)
  })
})

describe('civil-servant mandates', () => {
  let official: Browser
  let police: Id

  beforeAll(async () => {
    police = await authorityId(payload, 'police-helsinki')
    const authority = await payload.findByID({
      collection: slugs.authorities,
      id: police,
      overrideAccess: true,
    })
    fake.persons.set(codes.official, {
      civilServantMandates: [
        { businessId: String(authority.businessId), issues: [settings.civilServantIssue] },
      ],
    })
    const user = await createUser(payload, { role: 'authority-user', authority: police })
    identityCodes.set(String(user.id), codes.official)
    official = await signIn(user)
  })

  it('should accept an official with a mandate of their authority', async () => {
    expect(await verifyCivilServantMandate(payload, official.user)).toEqual({
      isValid: true,
      status: 'valid',
    })
    expect((await rest(official, '/cases?depth=0')).status).toBe(200)
  })

  it('should not require a mandate of officials identified without a personal identity code (Virtu)', async () => {
    const virtu = await createUser(payload, { role: 'authority-user', authority: police })
    expect(await verifyCivilServantMandate(payload, virtu)).toEqual({ isValid: true, status: 'not-required' })
  })

  it('should deactivate, in the daily job, an official whose mandate is gone', async () => {
    const virtu = await signIn(await createUser(payload, { role: 'authority-user', authority: police }))
    fake.persons.set(codes.official, { civilServantMandates: [] })
    const job = await runJob(mandatesTaskSlugs.checkCivilServantMandates)
    expect((job.log as { output?: unknown }[] | undefined)?.at(-1)?.output).toEqual({
      checked: 1,
      missing: 1,
      unavailable: 0,
    })

    expect((await userDoc(official.user.id)).civilServantMandate?.status).toBe('missing')
    expect(await authed(official)).toBeNull()
    expect((await rest(official, '/cases?depth=0')).status).toBe(403)
    await expect(
      payload.login({
        collection: slugs.users,
        data: { email: official.user.email, password: testPassword },
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await rest(virtu, '/cases?depth=0')).status).toBe(200)
    const [entry] = await auditOf({
      resource: { equals: slugs.users },
      resourceId: { equals: String(official.user.id) },
      action: { equals: 'denied' },
    })
    expect(entry).toMatchObject({ detail: { civilServantMandate: 'missing' } })

    const next = await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: mandatesTaskSlugs.checkCivilServantMandates } },
          { completedAt: { exists: false } },
        ],
      },
      overrideAccess: true,
    })
    expect(next.docs).toHaveLength(1)
    expect(new Date(String(next.docs[0].waitUntil)).getTime()).toBeGreaterThan(Date.now() + 23 * hour)
  })

  it('should refuse the login while the service cannot answer, without ending sessions', async () => {
    const user = await createUser(payload, { role: 'authority-user', authority: police })
    identityCodes.set(String(user.id), codes.official)
    const browser = await signIn(user)
    fake.setDown(true)
    try {
      expect(await verifyCivilServantMandate(payload, user)).toEqual({
        isValid: false,
        status: 'unavailable',
      })
    } finally {
      fake.setDown(false)
    }
    expect((await userDoc(user.id)).civilServantMandate?.status).toBe('unavailable')
    expect(await authed(browser)).not.toBeNull()
  })
})

describe('personal identity codes', () => {
  const everyCode = Object.values(codes)

  it('should never appear in the log', () => {
    // The capture works: the flows above logged their refusals and failures.
    expect(logLines.some((line) => line.includes('Suomi.fi Mandates'))).toBe(true)
    for (const code of everyCode) expect(logLines.filter((line) => line.includes(code))).toEqual([])
  })

  it('should never be stored in plain text', async () => {
    const records: unknown[] = []
    for (const collection of Object.keys(payload.collections) as CollectionSlug[])
      records.push(
        ...(
          await payload.find({
            collection: collection,
            overrideAccess: true,
            pagination: false,
            depth: 0,
          })
        ).docs,
      )
    const dump = JSON.stringify(records)
    expect(dump).toContain(organisation.businessId)
    for (const code of everyCode) expect(dump).not.toContain(code)
    const raw = await test.rawDatabaseText()
    expect(raw).toContain(organisation.businessId)
    for (const code of everyCode) expect(raw).not.toContain(code)
  })
})

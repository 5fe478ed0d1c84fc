import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { issueSession, sessionCookieName } from '../../src/auth/sessions'
import { slugs } from '../../src/collections/slugs'
import { sqliteClientOf } from '../../src/db/databaseAdapter'
import { withWriteOwner } from '../../src/db/serialiseSqliteWrites'
import { withTransaction } from '../../src/db/withTransaction'
import { seedDemo } from '../../src/seed/seed'
import { workedExampleAnswers } from '../../src/seed/public-event'
import type { QueryCount, QueryCounter } from '../support/countQueries'
import { countQueries, shapeOf } from '../support/countQueries'
import type { TestUser } from '../support/factories'
import { authorityId, createDraft } from '../support/factories'
import { submitWorkedExample } from '../support/integrationHelpers'
import type { PortalServer } from '../support/portalServer'
import { startPortalServer } from '../support/portalServer'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'

/**
 * Query budgets: the most SQL statements one warmed-up request of each page and API route
 * may send to the database driver, BEGIN and COMMIT included (see
 * tests/support/countQueries.ts). Each is the count measured when it was set (the same on
 * SQLite and PostgreSQL), plus 10 % and at least 2; a change that needs more raises its
 * budget here, on purpose. CMS content comes from each process's copy (see
 * src/catalogue/contentCache.ts), so pages count only what is the user's own.
 */
const budgets = {
  /** An anonymous page the page cache has: the content version, once a second at most. */
  cachedPage: 1,
  /** `/`, anonymous: 0. */
  home: 2,
  /** `/analysis/public-event`, anonymous: 2. */
  analysis: 4,
  /** The same with the worked example's answers in the query string: 4. */
  analysisWithAnswers: 6,
  /** `/applications/:id/edit?step=organiser`, a draft's first step, as the customer: 6. */
  wizardStep: 8,
  /** `/applications`, as the customer: 10. */
  applications: 12,
  /** `/applications/:id`, a submitted application, as the customer: 13. */
  application: 15,
  /** `/decisions`, as the customer: 5. */
  decisions: 7,
  /** `/authority`, the inbox, as a police user: 9 (with the handlers). */
  inbox: 10,
  /**
   * `/authority/cases/:id`, a case already opened, as a police user: 19 (notes, handlers,
   * appeal instructions), and 23 with the audit entry of the read (written in its own transaction).
   */
  authorityCase: 25,
  /** `GET /api/permit-bundles?depth=0`, anonymous: 2. */
  permitBundles: 4,
  /** `GET /api/integration/v1/cases/:id` with an API key: 8. */
  integrationCase: 10,
  /**
   * `POST /api/integration/v1/cases/:id/status` (submitted to received) with an API key: 19,
   * and 20 when the permit types' names are read again into the content cache (PostgreSQL, CI).
   */
  integrationStatus: 21,
  /** `POST /api/applications/:id/submit`, the worked example (9 cases): 86. */
  submit: 95,
}

type Route = keyof typeof budgets
type Id = number | string

let test: TestPayload
let payload: Payload
let counter: QueryCounter
let server: PortalServer
let bundleId: Id
let customer: TestUser
let customerToken: string
let policeToken: string
let apiKey: string
/** The customer's submitted worked example and its police case (Helsinki police). */
let applicationId: Id
let policeCaseId: Id

const demoUser = async (email: string): Promise<TestUser> => {
  const { docs } = await payload.find({
    collection: slugs.users,
    where: { email: { equals: email } },
    overrideAccess: true,
    depth: 0,
  })
  return { ...docs[0], collection: 'users' }
}

const sessionOf = async (user: TestUser) => (await issueSession({ payload, userId: user.id })).token

type Call = {
  method?: string
  /** A session token, sent as the browser sends it: Payload's cookie. */
  session?: string
  /** A login token, sent as an API client sends it. */
  jwt?: string
  apiKey?: string
  body?: unknown
  headers?: Record<string, string>
}

/** One request, its answer read to the end; anything but a success fails the test. */
const call = async (
  url: string,
  { method = 'GET', session, jwt, apiKey: key, body, headers = {} }: Call = {},
) => {
  const response = await fetch(`${server.baseUrl}${url}`, {
    method,
    redirect: 'manual',
    headers: {
      'Accept-Language': 'fi',
      // A same-origin navigation: Payload reads the session cookie only from such requests.
      ...(session
        ? { Cookie: `${sessionCookieName(payload)}=${session}`, 'Sec-Fetch-Site': 'same-origin' }
        : {}),
      ...(jwt ? { Authorization: `JWT ${jwt}` } : {}),
      ...(key ? { Authorization: `Bearer ${key}` } : {}),
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 500)}`)
  return text
}

/**
 * The statements of one warm request: the fewest of three, after the same request once to
 * warm up. A single measurement may include a content-cache refresh (the version check once
 * a second, and a reload when another test's write changed the version), which a slow
 * machine hits often; a statement every request sends is in all three.
 */
const measureWarm = async (url: string, options: Call = {}) => {
  await call(url, options)
  let fewest: QueryCount | undefined
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const measured = await counter.measure(() => call(url, options))
    if (!fewest || measured.count < fewest.count) fewest = measured
  }
  return fewest as QueryCount
}

const expectWithinBudget = (route: Route, { count, statements }: QueryCount) => {
  expect(count, `${route}: ${count} statements\n${statements.join('\n')}`).toBeLessThanOrEqual(budgets[route])
}

const submitOneMore = () => submitWorkedExample(payload, { customer, bundleId })

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  ;({ bundleId } = await seedDemo(payload, { isProduction: false, dataDir: test.dataDir }))
  customer = await demoUser('customer@lupa.localhost')
  ;({ applicationId, caseId: policeCaseId } = await submitOneMore())
  customerToken = await sessionOf(customer)
  policeToken = await sessionOf(await demoUser('police@lupa.localhost'))
  server = await startPortalServer({ payload, config: test.config, name: 'query-budgets' })
  const issued = await call(
    `/api/authorities/${await authorityId(payload, 'police-helsinki')}/integration/credentials`,
    {
      method: 'POST',
      jwt: await sessionOf(await demoUser('owner@lupa.localhost')),
      body: { label: 'Budgets' },
    },
  )
  apiKey = (JSON.parse(issued) as { key: string }).key
  counter = countQueries(payload)
})

afterAll(async () => {
  counter?.stop()
  await server?.close()
  await test?.close()
})

/** The analysis query string a browser sends for the worked example's answers. */
const analysisQuery = () => {
  const params = new URLSearchParams({ analyse: '1' })
  for (const [key, value] of Object.entries(workedExampleAnswers)) params.set(key, String(value))
  return params.toString()
}

describe('the counter', () => {
  it('should count every statement once, in a transaction too', async () => {
    const findBundles = (req?: PayloadRequest) =>
      payload.find({
        collection: slugs.permitBundles,
        overrideAccess: true,
        depth: 0,
        pagination: false,
        req,
      })
    expect((await counter.measure(() => findBundles())).count).toBe(1)
    const req = await createLocalReq({}, payload)
    const { statements } = await counter.measure(() =>
      withWriteOwner(() =>
        withTransaction(req, async () => {
          await findBundles(req)
          // On SQLite a write outside the transaction joins the one its request holds.
          await sqliteClientOf(payload)?.execute('UPDATE permit_bundles SET key = key WHERE id = -1')
        }),
      ),
    )
    const kinds = statements.map((statement) => statement.split(' ')[0].toUpperCase())
    expect(kinds).toEqual(
      payload.db.name === 'sqlite' ? ['BEGIN', 'SELECT', 'UPDATE', 'COMMIT'] : ['BEGIN', 'SELECT', 'COMMIT'],
    )
  })
})

describe('the pages of the portal', () => {
  it('should keep the front page and the analysis within their budgets', async () => {
    // Another query string each time: rendered afresh, not served by the page cache.
    let visit = 0
    const rendered = async (url: string) => {
      await call(`${url}${url.includes('?') ? '&' : '?'}visit=${(visit += 1)}`)
      return counter.measure(() => call(`${url}${url.includes('?') ? '&' : '?'}visit=${(visit += 1)}`))
    }
    expectWithinBudget('home', await rendered('/'))
    expectWithinBudget('analysis', await rendered('/analysis/public-event'))
    expectWithinBudget('analysisWithAnswers', await rendered(`/analysis/public-event?${analysisQuery()}`))
  })

  it('should answer an anonymous page it has rendered from the page cache, asking the database at most its content version', async () => {
    for (const url of ['/', '/analysis/public-event', `/analysis/public-event?${analysisQuery()}`])
      expect((await measureWarm(url)).count, url).toBeLessThanOrEqual(budgets.cachedPage)
  })

  it("should keep a draft's wizard step within its budget", async () => {
    const draft = await createDraft(payload, { customer, bundleId })
    expectWithinBudget(
      'wizardStep',
      await measureWarm(`/applications/${draft.id}/edit?step=organiser`, { session: customerToken }),
    )
  })

  it("should keep the customer's applications, an application and the decisions within their budgets", async () => {
    const session = customerToken
    expectWithinBudget('applications', await measureWarm('/applications', { session }))
    expectWithinBudget('application', await measureWarm(`/applications/${applicationId}`, { session }))
    expectWithinBudget('decisions', await measureWarm('/decisions', { session }))
  })

  it("should keep an authority's inbox and case within their budgets", async () => {
    expectWithinBudget('inbox', await measureWarm('/authority', { session: policeToken }))
    expectWithinBudget(
      'authorityCase',
      await measureWarm(`/authority/cases/${policeCaseId}`, { session: policeToken }),
    )
  })
})

describe('the API', () => {
  it('should keep the permit bundles within their budget', async () => {
    expectWithinBudget('permitBundles', await measureWarm('/api/permit-bundles?depth=0'))
  })

  it("should keep the integration API's case and status change within their budgets", async () => {
    expectWithinBudget(
      'integrationCase',
      await measureWarm(`/api/integration/v1/cases/${policeCaseId}`, { apiKey }),
    )
    // A case is received once: warm up on one case, measure on another.
    const receive = (caseId: Id) =>
      call(`/api/integration/v1/cases/${caseId}/status`, {
        method: 'POST',
        apiKey,
        headers: { 'Idempotency-Key': randomUUID() },
        body: { status: 'received' },
      })
    const [warm, measured] = [await submitOneMore(), await submitOneMore()]
    await receive(warm.caseId)
    expectWithinBudget('integrationStatus', await counter.measure(() => receive(measured.caseId)))
  })

  it('should keep a submission within its budget', async () => {
    // An application is submitted once: warm up on one draft, measure on another.
    const submit = (id: Id) => call(`/api/applications/${id}/submit`, { method: 'POST', jwt: customerToken })
    const [warm, measured] = [
      await createDraft(payload, { customer, bundleId }),
      await createDraft(payload, { customer, bundleId }),
    ]
    await submit(warm.id)
    expectWithinBudget('submit', await counter.measure(() => submit(measured.id)))
  })
})

describe('the lists', () => {
  it('should send the same statements for more applications and cases, not one more per row', async () => {
    const measureLists = async () => ({
      applications: await measureWarm('/applications', { session: customerToken }),
      inbox: await measureWarm('/authority', { session: policeToken }),
    })
    const before = await measureLists()
    for (let round = 0; round < 5; round += 1) await submitOneMore()
    const after = await measureLists()
    // The same statements in any order (loaders run side by side), only their lists of ids
    // longer. The content version and the database ping go by the clock, not per row.
    const shapes = ({ statements }: QueryCount) =>
      statements
        .filter((statement) => !/from "payload_kv"|^SELECT 1$/.test(statement))
        .map(shapeOf)
        .sort()
    expect(shapes(after.applications)).toEqual(shapes(before.applications))
    expect(shapes(after.inbox)).toEqual(shapes(before.inbox))
  })
})

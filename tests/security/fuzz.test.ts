import { readFileSync } from 'node:fs'
import path from 'node:path'

import { configToSchema } from '@payloadcms/graphql'
import fc from 'fast-check'
import { GraphQLObjectType } from 'graphql'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import portalRoutes from '../../portal/app/routes'
import { issueSession, sessionCookieName } from '../../src/auth/sessions'
import { seedCatalogue } from '../../src/seed/seed'
import { workedExampleApplication } from '../../src/seed/public-event'
import type { TestUser } from '../support/factories'
import { authorityId, createDraft, createUser, testPassword, tokenOf } from '../support/factories'
import { requestTo, submitWorkedExample } from '../support/integrationHelpers'
import { buildTestPortal } from '../support/portalServer'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'
import { createFuzzClient, describeExchange, problemOf } from './support/fuzzClient'
import type { FuzzRequest, FuzzWorld, Role } from './support/fuzzInputs'
import { graphqlRequest, integrationRequest, portalRequest, restRequest } from './support/fuzzInputs'

/**
 * Property-based fuzzing of every HTTP surface (ASVS 2.2: fuzzing never yields a 5xx): REST
 * over every collection, GraphQL, the portal's form actions and the integration API, as
 * anonymous, a customer, an authority user, the owner and an authority system's API key.
 * Any 5xx, a request left unanswered, or a body with a stack trace or `node_modules` fails
 * with the request. `FUZZ_SEED=<n>` replays a run.
 */

const seed = Number(process.env.FUZZ_SEED ?? 20261207)
/** Requests in flight at once: the machine has two cores, the server shares them with the test. */
const concurrency = 8
/** Batches of `concurrency` requests per surface: 10,400 requests in all. */
const batches = { rest: 600, graphql: 250, portal: 250, integration: 200 }

let test: TestPayload
let payload: Payload
let server: Awaited<ReturnType<typeof startTestServer>>
let closePortal = async () => {}
let client: ReturnType<typeof createFuzzClient>
let world: FuzzWorld
const users = {} as Record<'customer' | 'authority' | 'owner', TestUser>
const tokens = {} as Record<'customer' | 'authority' | 'owner', string>
let apiKey: string
const startedAt = Date.now()

/** The portal's routes that export an action, with the form fields their module reads. */
const portalActionsOf = (): FuzzWorld['portalActions'] =>
  portalRoutes.flatMap((route) => {
    const source = readFileSync(path.resolve('portal/app', route.file), 'utf8')
    if (!/export\s+(?:async\s+)?(?:function|const)\s+action\b/.test(source)) return []
    const formFields = new Set(
      [...source.matchAll(/\.get(?:All)?\(\s*'([^']+)'\s*\)|name="([^"]+)"|value="([^"]+)"/g)].map(
        (match) => match[1] ?? match[2] ?? match[3],
      ),
    )
    return [{ path: route.index ? '/' : `/${route.path ?? ''}`, formFields: [...formFields] }]
  })

/** Query and mutation fields with their arguments, and object types, of Lupa's GraphQL schema. */
const graphqlOf = (): FuzzWorld['graphql'] => {
  const { schema } = configToSchema(payload.config)
  const fieldsOf = (type: GraphQLObjectType | null | undefined) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({
      name: field.name,
      args: field.args.map((arg) => arg.name),
    }))
  return {
    queries: fieldsOf(schema.getQueryType()),
    mutations: fieldsOf(schema.getMutationType()),
    types: Object.values(schema.getTypeMap())
      .filter((type) => type instanceof GraphQLObjectType && !type.name.startsWith('__'))
      .map((type) => type.name)
      .slice(0, 40),
  }
}

/** Every property name in the integration API's OpenAPI document: the request bodies' keys among them. */
const propertyNamesOf = (value: unknown): string[] => {
  if (typeof value !== 'object' || value === null) return []
  const own = 'properties' in value && value.properties ? Object.keys(value.properties) : []
  return [...own, ...Object.values(value).flatMap(propertyNamesOf)]
}

const signedIn = (role: Role, surface: FuzzRequest['surface']): Record<string, string> => {
  if (role === 'anonymous') return {}
  if (role === 'service') return { authorization: `Bearer ${apiKey}` }
  return surface === 'portal'
    ? { cookie: `${sessionCookieName(payload)}=${tokens[role]}` }
    : { authorization: `JWT ${tokens[role]}` }
}

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  const { bundleId } = await seedCatalogue(payload)
  const policeHelsinki = await authorityId(payload, 'police-helsinki')
  users.customer = await createUser(payload, { role: 'customer' })
  users.authority = await createUser(payload, { role: 'authority-user', authority: policeHelsinki })
  users.owner = await createUser(payload, { role: 'owner' })
  for (const role of ['customer', 'authority', 'owner'] as const)
    tokens[role] = await tokenOf(payload, users[role])
  // Records in the collections: a draft, submitted applications with their cases, events and deliveries.
  await createDraft(payload, { customer: users.customer, bundleId })
  await submitWorkedExample(payload, { customer: users.customer, bundleId })
  await submitWorkedExample(payload, {
    customer: users.customer,
    bundleId,
    values: { ...workedExampleApplication, municipality: '049' },
  })

  const portal = await buildTestPortal({ payload, name: 'fuzz' })
  closePortal = portal.close
  server = await startTestServer({
    ...test,
    portal: portal.handlers,
    // Far above what the fuzz sends: rate limiting (429) would hide what lies behind it.
    limits: { login: 1e6, submit: 1e6, integration: 1e6, windowMs: 60_000 },
  })
  const request = requestTo(server.url)
  const issued = await request(`/api/authorities/${policeHelsinki}/integration/credentials`, {
    method: 'POST',
    jwt: tokens.owner,
    body: { label: 'Fuzz' },
  })
  expect(issued.status).toBe(201)
  apiKey = ((await issued.json()) as { key: string }).key
  const openApi: unknown = await (await request('/api/integration/v1/openapi.json')).json()

  const collections = payload.config.collections
  const ids = new Set<string>()
  for (const { slug } of collections) {
    const { docs } = await payload.find({ collection: slug, overrideAccess: true, depth: 0, limit: 2 })
    for (const doc of docs) ids.add(String(doc.id))
  }
  world = {
    collections: collections.map((collection) => ({
      slug: collection.slug,
      fields: collection.flattenedFields.map(({ name, type }) => ({ name, type })),
      endpoints: (collection.endpoints || []).map((endpoint) => endpoint.path),
    })),
    globals: payload.config.globals.map((global) => global.slug),
    ids: [...ids],
    graphql: graphqlOf(),
    portalActions: portalActionsOf(),
    integrationRoutes: (payload.config.endpoints || [])
      .filter((endpoint) => endpoint.path.startsWith('/integration/'))
      .map((endpoint) => ({ method: endpoint.method.toUpperCase(), path: `/api${endpoint.path}` })),
    integrationFields: [...new Set(propertyNamesOf(openApi))],
    origin: new URL(server.url).origin,
  }
  client = createFuzzClient({ baseUrl: server.url, credentials: signedIn })
  process.stdout.write(
    `fuzz: seed ${seed} (FUZZ_SEED), ${world.collections.length} collections, ` +
      `${world.portalActions.length} portal actions, ${world.integrationRoutes.length} integration routes\n`,
  )
})

afterAll(async () => {
  if (client) {
    process.stdout.write(
      `fuzz: seed ${seed}, ${client.total()} requests, ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n` +
        `${client.report()}\n`,
    )
    client.close()
  }
  await server?.close()
  await closePortal()
  await test?.close()
})

/**
 * Sends `runs` batches of concurrent requests, failing on the first problem with the request.
 * No shrinking: the failing request is named in the error, and shrinking a batch would
 * resend it hundreds of times.
 */
const fuzz = async (arbitrary: fc.Arbitrary<FuzzRequest>, runs: number) => {
  const began = Date.now()
  await fc.assert(
    fc.asyncProperty(
      fc.array(arbitrary, { minLength: concurrency, maxLength: concurrency }),
      async (batch) => {
        const answers = await Promise.all(batch.map((request) => client.send(request)))
        // A fuzzed logout ends that role's session; the rest of the run needs it signed in.
        for (const role of new Set(
          batch.filter((request) => request.path.includes('logout')).map((r) => r.role),
        ))
          if (role === 'customer' || role === 'authority' || role === 'owner')
            tokens[role] = (await issueSession({ payload, userId: users[role].id })).token
        const failures = batch.flatMap((request, index) => {
          const problem = problemOf(answers[index])
          return problem ? [`${problem}\n${describeExchange(request, answers[index])}`] : []
        })
        if (failures.length > 0) throw new Error(`seed ${seed}: ${failures.join('\n\n')}`)
      },
    ),
    { numRuns: runs, seed, endOnFailure: true },
  )
  process.stdout.write(
    `fuzz: ${runs * concurrency} requests in ${((Date.now() - began) / 1000).toFixed(1)} s\n`,
  )
}

describe('fuzzed requests', () => {
  it('should answer every REST collection without a 5xx or a stack trace', async () => {
    await fuzz(restRequest(world), batches.rest)
  })

  it('should answer GraphQL without a 5xx or a stack trace', async () => {
    await fuzz(graphqlRequest(world), batches.graphql)
  })

  it("should answer the portal's form actions without a 5xx or a stack trace", async () => {
    await fuzz(portalRequest(world), batches.portal)
  })

  it('should answer the integration API without a 5xx or a stack trace', async () => {
    await fuzz(integrationRequest(world), batches.integration)
  })

  it('should have sent at least 10,000 requests', () => {
    expect(client.total()).toBeGreaterThanOrEqual(10_000)
  })

  it('should still be ready and let a person sign in with a password afterwards', async () => {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
    // A user made now: the fuzz may have changed the others' passwords, as the owner may.
    const user = await createUser(payload, { role: 'customer' })
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: testPassword }),
    })
    expect(login.status).toBe(200)
    expect(((await login.json()) as { user?: { id: unknown } }).user?.id).toBe(user.id)
  })
})

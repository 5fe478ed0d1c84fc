import type { CollectionSlug } from 'payload'
import { formatNames } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import type { RestAnswer } from '../support/rest'
import { rest } from '../support/rest'
import type { PortalServer } from '../support/portalServer'
import { startPortalServer } from '../support/portalServer'
import { startTestPayload } from '../support/testPayload'
import { fixturesOf } from './support/accessMatrixFixtures'
import type { Actor, Fixture, Id, Scope, World } from './support/accessMatrixWorld'
import { actors, seedWorld } from './support/accessMatrixWorld'

/**
 * The access matrix (ASVS 8.2.2, 8.4.1): every collection and global of the running config ×
 * every role and anonymous × read / list / create / update / delete × the actor's own record
 * and another's, tried over REST and GraphQL, the portal's pages and the file downloads, each
 * against the policy declared below. A collection the policy does not name fails the matrix.
 */

type Operation = 'read' | 'list' | 'create' | 'update' | 'delete'
/**
 * yes: on any record. own: on the actor's own (their organisation's or authority's; for public
 * content the published one), not on another's. own-draft: on their own while it is still open
 * (a draft, an unlocked file, a manual outage), not once it is locked. no: never.
 */
type Rule = 'yes' | 'own' | 'own-draft' | 'no'
/** An operation left out is `no`: access is denied by default. */
type Cells = Partial<Record<Operation, Rule>>
type Policy = Record<Actor, Cells>

const none: Cells = {}
const reads: Cells = { read: 'yes', list: 'yes' }
const ownReads: Cells = { read: 'own', list: 'own' }
const everything: Cells = { read: 'yes', list: 'yes', create: 'yes', update: 'yes', delete: 'yes' }
const nobody: Policy = {
  anonymous: none,
  customer: none,
  'authority-user': none,
  'service-producer': none,
  owner: none,
}
const staffReads: Policy = { ...nobody, 'service-producer': reads, owner: reads }
/** Public content: anyone reads (`published` limits it to what is published), staff write. */
const content = (visible: Cells, staff: Cells): Policy => ({
  anonymous: visible,
  customer: visible,
  'authority-user': visible,
  'service-producer': staff,
  owner: staff,
})

const policy: Record<string, Policy> = {
  users: {
    anonymous: none,
    customer: { read: 'own', list: 'own', update: 'own' },
    'authority-user': { read: 'own', list: 'own', update: 'own' },
    // Only owners manage other accounts: a producer who set an owner's password would be one.
    'service-producer': { read: 'yes', list: 'yes', create: 'yes', update: 'own' },
    owner: everything,
  },
  organisations: { ...nobody, customer: ownReads, 'service-producer': everything, owner: everything },
  'authority-kinds': content(reads, everything),
  authorities: content(reads, everything),
  'data-elements': content(reads, everything),
  'permit-types': content(reads, everything),
  'service-descriptions': content(reads, everything),
  'permit-bundles': content(ownReads, everything),
  'public-documents': content(ownReads, { read: 'yes', list: 'yes', create: 'yes', update: 'yes' }),
  applications: {
    anonymous: none,
    customer: { read: 'own', list: 'own', create: 'yes', update: 'own-draft', delete: 'own-draft' },
    // The overview of applications their authority is party to (field access hides the data).
    'authority-user': ownReads,
    'service-producer': { read: 'yes', list: 'yes', update: 'yes', delete: 'yes' },
    owner: { read: 'yes', list: 'yes', update: 'yes', delete: 'yes' },
  },
  cases: {
    anonymous: none,
    customer: ownReads,
    'authority-user': { read: 'own', list: 'own', update: 'own' },
    'service-producer': { read: 'yes', list: 'yes', update: 'yes' },
    owner: { read: 'yes', list: 'yes', update: 'yes' },
  },
  'case-events': { ...staffReads, customer: ownReads, 'authority-user': ownReads },
  // An authority's working paper: not even staff read it.
  'case-notes': { ...nobody, 'authority-user': { read: 'own', list: 'own', create: 'own' } },
  // Supervision: the supervising authority writes, the customer reads (and answers what
  // waits for their answer), staff read and correct.
  'supervised-objects': {
    anonymous: none,
    customer: ownReads,
    'authority-user': { read: 'own', list: 'own', create: 'own', update: 'own' },
    'service-producer': { read: 'yes', list: 'yes', create: 'yes', update: 'yes' },
    owner: { read: 'yes', list: 'yes', create: 'yes', update: 'yes' },
  },
  'supervision-cases': {
    anonymous: none,
    customer: { read: 'own', list: 'own', update: 'own' },
    'authority-user': { read: 'own', list: 'own', create: 'own', update: 'own' },
    'service-producer': { read: 'yes', list: 'yes', update: 'yes' },
    owner: { read: 'yes', list: 'yes', update: 'yes' },
  },
  messages: {
    ...staffReads,
    customer: { read: 'own', list: 'own', create: 'own' },
    'authority-user': { read: 'own', list: 'own', create: 'own' },
  },
  'supplement-requests': {
    anonymous: none,
    customer: { read: 'own', list: 'own', update: 'own' },
    'authority-user': { read: 'own', list: 'own', create: 'own', update: 'own' },
    'service-producer': { read: 'yes', list: 'yes', update: 'yes' },
    owner: { read: 'yes', list: 'yes', update: 'yes' },
  },
  decisions: {
    anonymous: none,
    customer: ownReads,
    'authority-user': { read: 'own', list: 'own', create: 'own' },
    'service-producer': { read: 'yes', list: 'yes', update: 'yes', delete: 'yes' },
    owner: { read: 'yes', list: 'yes', update: 'yes', delete: 'yes' },
  },
  attachments: {
    anonymous: none,
    customer: { read: 'own', list: 'own', create: 'yes', delete: 'own-draft' },
    'authority-user': { read: 'own', list: 'own', create: 'yes', delete: 'own-draft' },
    'service-producer': { read: 'yes', list: 'yes', update: 'yes', delete: 'yes' },
    owner: { read: 'yes', list: 'yes', update: 'yes', delete: 'yes' },
  },
  'audit-log': staffReads,
  'data-subject-requests': { ...nobody, owner: { read: 'yes', list: 'yes', create: 'yes', update: 'yes' } },
  deliveries: { ...staffReads, 'authority-user': ownReads },
  'rate-limit-counters': nobody,
  'integration-credentials': staffReads,
  'integration-idempotency-records': staffReads,
  incidents: {
    ...nobody,
    'authority-user': { read: 'own', list: 'own', create: 'yes' },
    'service-producer': { read: 'yes', list: 'yes', create: 'yes', update: 'yes' },
    owner: { read: 'yes', list: 'yes', create: 'yes', update: 'yes' },
  },
  'service-requests': {
    ...nobody,
    'authority-user': { read: 'own', list: 'own', create: 'yes' },
    'service-producer': { read: 'yes', list: 'yes', create: 'yes', update: 'yes' },
    owner: { read: 'yes', list: 'yes', create: 'yes', update: 'yes' },
  },
  'maintenance-notices': content(ownReads, { read: 'yes', list: 'yes', create: 'yes', update: 'yes' }),
  'service-desk-emails': staffReads,
  feedback: {
    ...content(ownReads, { read: 'yes', list: 'yes', create: 'yes' }),
    owner: everything,
  },
  'availability-roll-ups': staffReads,
  'availability-outages': {
    ...nobody,
    'service-producer': { read: 'yes', list: 'yes', create: 'yes', update: 'own-draft', delete: 'own-draft' },
    owner: { read: 'yes', list: 'yes', create: 'yes', update: 'own-draft', delete: 'own-draft' },
  },
  'availability-samples': staffReads,
  identities: staffReads,
  'saml-sessions': nobody,
  'saml-cache': nobody,
  mandates: { ...staffReads, customer: ownReads },
  'mandate-flows': nobody,
  'principal-choices': staffReads,
  'payload-kv': nobody,
  'payload-jobs': staffReads,
  'payload-preferences': {
    anonymous: none,
    customer: { read: 'own', list: 'own', create: 'yes', update: 'own', delete: 'own' },
    'authority-user': { read: 'own', list: 'own', create: 'yes', update: 'own', delete: 'own' },
    'service-producer': { read: 'own', list: 'own', create: 'yes', update: 'own', delete: 'own' },
    owner: { read: 'own', list: 'own', create: 'yes', update: 'own', delete: 'own' },
  },
  'payload-migrations': nobody,
}

/** Globals: read and update only. */
const globalPolicy: Record<string, Record<Actor, { read?: 'yes'; update?: 'yes' }>> = {
  'service-calendar': {
    anonymous: {},
    customer: {},
    'authority-user': {},
    'service-producer': { read: 'yes' },
    owner: { read: 'yes', update: 'yes' },
  },
}

/**
 * The portal's pages over the same records: a page of one record answers it to whom the rule
 * allows and nothing (a redirect, 403 or 404) to anyone else; a list page shows the own record
 * and never the other. `marker` is text only that record's page shows.
 */
type PortalPage = {
  isList?: boolean
  pages: (world: World) => Record<'own' | 'other', { path: string; marker: string }>
  /** all: both records. */
  rules: Record<Actor, 'own' | 'all' | 'no'>
}
const customerOnly: PortalPage['rules'] = {
  anonymous: 'no',
  customer: 'own',
  'authority-user': 'no',
  'service-producer': 'no',
  owner: 'no',
}
const authorityOnly: PortalPage['rules'] = { ...customerOnly, customer: 'no', 'authority-user': 'own' }
const submittedPages = (suffix: string) => (world: World) => ({
  own: { path: `/applications/${world.applications.submitted}${suffix}`, marker: world.receipts.submitted },
  other: {
    path: `/applications/${world.applications.otherSubmitted}${suffix}`,
    marker: world.receipts.otherSubmitted,
  },
})
const casePages = (suffix: string) => (world: World) => ({
  own: { path: `/authority/cases/${world.cases.police}${suffix}`, marker: world.caseNumbers.police },
  other: {
    path: `/authority/cases/${world.cases.environment}${suffix}`,
    marker: world.caseNumbers.environment,
  },
})
const portalPolicy: Record<string, PortalPage> = {
  'the application': { pages: submittedPages(''), rules: customerOnly },
  'the receipt': { pages: submittedPages('/receipt'), rules: customerOnly },
  'the wizard': {
    pages: (world) => ({
      own: { path: `/applications/${world.applications.ownDraft}/edit`, marker: 'Matrix own draft' },
      other: { path: `/applications/${world.applications.otherDraft}/edit`, marker: 'Matrix other draft' },
    }),
    rules: customerOnly,
  },
  'the case': { pages: casePages(''), rules: authorityOnly },
  'the case export': { pages: casePages('/export.json'), rules: authorityOnly },
  'my applications': {
    isList: true,
    pages: () => ({
      own: { path: '/applications', marker: 'Matrix own submitted' },
      other: { path: '/applications', marker: 'Matrix other submitted' },
    }),
    rules: customerOnly,
  },
  'the inbox': {
    isList: true,
    pages: (world) => ({
      own: { path: '/authority', marker: world.caseNumbers.police },
      other: { path: '/authority', marker: world.caseNumbers.environment },
    }),
    rules: authorityOnly,
  },
  'my supervision': {
    isList: true,
    pages: () => ({
      own: { path: '/supervision', marker: 'Matrix own object' },
      other: { path: '/supervision', marker: 'Matrix other object' },
    }),
    rules: customerOnly,
  },
  'the supervision workspace': {
    isList: true,
    pages: () => ({
      own: { path: '/authority/supervision', marker: 'Matrix own object' },
      other: { path: '/authority/supervision', marker: 'Matrix env object' },
    }),
    rules: authorityOnly,
  },
  'my data': {
    isList: true,
    pages: (world) => ({
      own: { path: '/account/data.json', marker: world.receipts.submitted },
      other: { path: '/account/data.json', marker: world.receipts.otherSubmitted },
    }),
    // Only the person's own applications: not those a staff or authority role may read.
    rules: customerOnly,
  },
}

/** Whether the rule lets the operation through on a record of the scope. */
const allows = (rule: Rule, scope: Scope) =>
  rule === 'yes' || (rule === 'own' && scope !== 'other') || (rule === 'own-draft' && scope === 'own')

const lupa = await startTestPayload()
const { payload } = lupa
const collectionSlugs = lupa.config.collections.map((collection) => collection.slug)
const globalSlugs = lupa.config.globals.map((global) => global.slug)

let world: World
let fixtures: Record<string, Fixture>
let server: PortalServer
let cells = 0

beforeAll(async () => {
  world = await seedWorld(payload)
  fixtures = fixturesOf(world)
  server = await startPortalServer({ payload, config: lupa.config, name: 'access-matrix' })
}, 300_000)

afterAll(async () => {
  process.stdout.write(`access matrix: ${cells} cells checked\n`)
  await server?.close()
  await lupa.close()
})

const call = (
  actor: Actor,
  path: string,
  { method = 'GET', body }: { method?: string; body?: unknown } = {},
) => {
  const token = world.tokens.get(actor)
  if (body instanceof FormData)
    return fetch(`${server.baseUrl}${path}`, {
      method,
      body,
      headers: token ? { Authorization: `JWT ${token}` } : {},
    }).then(async (response) => {
      const text = await response.text()
      const parsed: Record<string, unknown> | null = text.startsWith('{') ? JSON.parse(text) : null
      return { status: response.status, text, body: parsed }
    })
  return rest<Record<string, unknown>>(`${server.baseUrl}${path}`, { token, method, body })
}

type GraphQLAnswer = { data?: Record<string, unknown> | null; errors?: { message: string }[] }
const graphql = (actor: Actor, query: string) =>
  rest<GraphQLAnswer>(`${server.baseUrl}/api/graphql`, {
    token: world.tokens.get(actor),
    method: 'POST',
    body: { query },
  })

/** Payload's GraphQL names of a collection (see @payloadcms/graphql initCollections). */
const graphqlNames = (slug: string) => {
  const { singular, plural } = formatNames(slug)
  return { singular, plural: singular === plural ? `all${singular}` : plural }
}

const refusals = [401, 403, 404]

/** The record as stored, or null once it is gone. */
const stored = async (slug: CollectionSlug, id: Id): Promise<Record<string, unknown> | null> => {
  const doc = await payload
    .findByID({ collection: slug, id, overrideAccess: true, depth: 0, disableErrors: true })
    .catch(() => null)
  return doc ? { ...doc } : null
}

/** Records of the collection; refused attempts are themselves audited, so those are left out. */
const countOf = async (slug: CollectionSlug) =>
  (
    await payload.count({
      collection: slug,
      overrideAccess: true,
      where: slug === slugs.auditLog ? { action: { not_equals: 'denied' } } : {},
    })
  ).totalDocs

/** Checks one collection's cells for one actor; returns what went wrong, cell by cell. */
const checkCollection = async (slug: CollectionSlug, actor: Actor, rules: Cells, fixture: Fixture) => {
  const problems: string[] = []
  const cell = (ok: boolean, what: string) => {
    cells += 1
    if (!ok) problems.push(`${slug} × ${actor} × ${what}`)
  }
  const ruleOf = (operation: Operation): Rule => rules[operation] ?? 'no'
  const samples = fixture.samples(actor)
  const scopes = (Object.keys(samples) as Scope[]).filter((scope) => samples[scope] !== undefined)
  const hasGraphQL = lupa.config.collections.find((collection) => collection.slug === slug)?.graphQL !== false
  const { singular, plural } = graphqlNames(slug)
  // A query GraphQL refuses to run (a wrong name or argument) has no `data`: it proves nothing.
  const unknownField = (answer: RestAnswer<GraphQLAnswer>) => !answer.body || !('data' in answer.body)

  for (const operation of ['read', 'list', 'update'] as const) {
    if (ruleOf(operation) !== 'no' && actor !== 'anonymous' && samples.own === undefined)
      problems.push(`${slug} × ${actor} × ${operation}: no own record to prove the allowed cell on`)
  }

  // read: one record by id, over REST, GraphQL and (attachments) the file download.
  for (const scope of scopes) {
    const id = samples[scope]!
    const allowed = allows(ruleOf('read'), scope)
    const segment = fixture.restPath ? await fixture.restPath(id) : id
    const answer = await call(actor, `/api/${slug}/${segment}?depth=0`)
    const read = answer.status === 200 && String(answer.body?.id) === String(id)
    // Preferences go by key, and a key the user has none of reads as 200 with `value: null`.
    const empty = fixture.restPath !== undefined && answer.status === 200 && answer.body?.value === null
    cell(
      allowed ? read : (refusals.includes(answer.status) || empty) && answer.body?.id === undefined,
      `read ${scope} (REST ${answer.status})`,
    )
    if (hasGraphQL) {
      const result = await graphql(actor, `{ ${singular}(id: ${JSON.stringify(id)}) { id } }`)
      const doc = result.body?.data?.[singular] as { id?: Id } | null | undefined
      cell(
        !unknownField(result) && (allowed ? String(doc?.id) === String(id) : !doc),
        `read ${scope} (GraphQL ${JSON.stringify(result.body?.errors?.[0]?.message ?? '')})`,
      )
    }
    if (slug === slugs.attachments) {
      const filename = (await stored(slug, id))?.filename
      const file = await call(actor, `/api/attachments/file/${encodeURIComponent(String(filename))}`)
      cell(
        allowed
          ? file.status === 200 && file.text.startsWith('%PDF')
          : refusals.includes(file.status) && !file.text.includes('%PDF'),
        `download ${scope} (${file.status})`,
      )
    }
  }

  // list: the samples, asked for by id, appear exactly where allowed.
  if (scopes.length > 0) {
    const ids = scopes.map((scope) => samples[scope]!)
    const listed = await call(
      actor,
      `/api/${slug}?depth=0&limit=100&${ids.map((id, index) => `where[id][in][${index}]=${id}`).join('&')}`,
    )
    const restIds = new Set(
      ((listed.body?.docs as { id: Id }[] | undefined) ?? []).map((doc) => String(doc.id)),
    )
    const result = hasGraphQL
      ? await graphql(
          actor,
          `{ ${plural}(limit: 100, where: { OR: [${ids.map((id) => `{ id: { equals: ${JSON.stringify(id)} } }`).join(', ')}] }) { docs { id } } }`,
        )
      : null
    const graphqlList = result?.body?.data?.[plural] as { docs?: { id: Id }[] } | null | undefined
    const graphqlIds = new Set((graphqlList?.docs ?? []).map((doc) => String(doc.id)))
    for (const scope of scopes) {
      const allowed = allows(ruleOf('list'), scope)
      const id = String(samples[scope])
      cell(
        [200, ...refusals].includes(listed.status) && restIds.has(id) === allowed,
        `list ${scope} (REST ${listed.status})`,
      )
      if (result)
        cell(
          !unknownField(result) && graphqlIds.has(id) === allowed,
          `list ${scope} (GraphQL ${JSON.stringify(result.body?.errors?.[0]?.message ?? '')})`,
        )
    }
  }

  // create: in the actor's own scope, and where only their own is allowed, in another's.
  for (const scope of ruleOf('create') === 'own' ? (['own', 'other'] as const) : (['own'] as const)) {
    const allowed = allows(ruleOf('create'), scope)
    if (allowed && !fixture.create) {
      problems.push(`${slug} × ${actor} × create: no body to prove the allowed cell with`)
      continue
    }
    const body = fixture.create ? await fixture.create(actor, scope) : {}
    const before = await countOf(slug)
    const answer = await call(actor, `/api/${slug}?depth=0`, { method: 'POST', body })
    const createdId = (answer.body?.doc as { id?: Id } | undefined)?.id
    const made = answer.status === 201 && createdId !== undefined && (await stored(slug, createdId)) !== null
    cell(
      allowed ? made : refusals.includes(answer.status) && (await countOf(slug)) === before,
      `create ${scope} (${answer.status} ${allowed ? answer.text.slice(0, 200) : ''})`,
    )
  }

  // update: an empty change, so that only access decides; allowed ones touch the record.
  for (const scope of scopes) {
    const id = samples[scope]!
    const allowed = allows(ruleOf('update'), scope)
    const before = (await stored(slug, id))?.updatedAt
    const answer = await call(actor, `/api/${slug}/${id}?depth=0`, { method: 'PATCH', body: {} })
    const after = (await stored(slug, id))?.updatedAt
    cell(
      allowed
        ? answer.status === 200 && after !== before
        : refusals.includes(answer.status) && after === before,
      `update ${scope} (${answer.status} ${allowed ? answer.text.slice(0, 200) : ''})`,
    )
    if (!allowed && hasGraphQL) {
      const mutation = await graphql(
        actor,
        `mutation { update${singular}(id: ${JSON.stringify(id)}, data: {}) { id } }`,
      )
      cell(
        !unknownField(mutation) &&
          !(mutation.body?.data?.[`update${singular}`] ?? null) &&
          (await stored(slug, id))?.updatedAt === before,
        `update ${scope} (GraphQL)`,
      )
    }
  }

  // delete: a fresh record where it may succeed, the sample where it must not.
  for (const scope of ['own', 'locked', 'other'] as const) {
    const allowed = allows(ruleOf('delete'), scope)
    const id = allowed ? ((await fixture.fresh?.(actor, scope)) ?? undefined) : samples[scope]
    if (id === undefined) {
      if (allowed && scope === 'own' && actor !== 'anonymous')
        problems.push(`${slug} × ${actor} × delete: no fresh record to prove the allowed cell on`)
      continue
    }
    const answer = await call(actor, `/api/${slug}/${fixture.restPath ? await fixture.restPath(id) : id}`, {
      method: 'DELETE',
    })
    const remains = (await stored(slug, id)) !== null
    cell(
      allowed ? answer.status === 200 && !remains : refusals.includes(answer.status) && remains,
      `delete ${scope} (${answer.status} ${allowed ? answer.text.slice(0, 200) : ''})`,
    )
    if (!allowed && hasGraphQL) {
      const mutation = await graphql(
        actor,
        `mutation { delete${singular}(id: ${JSON.stringify(id)}) { id } }`,
      )
      cell(
        !unknownField(mutation) &&
          !(mutation.body?.data?.[`delete${singular}`] ?? null) &&
          (await stored(slug, id)) !== null,
        `delete ${scope} (GraphQL)`,
      )
    }
  }
  return problems
}

describe('the policy', () => {
  it('should name every collection and global of the config, and nothing else', () => {
    expect(collectionSlugs.filter((slug) => !(slug in policy))).toEqual([])
    expect(Object.keys(policy).filter((slug) => !collectionSlugs.some((known) => known === slug))).toEqual([])
    expect(globalSlugs.filter((slug) => !(slug in globalPolicy))).toEqual([])
    expect(Object.keys(globalPolicy).filter((slug) => !globalSlugs.some((known) => known === slug))).toEqual(
      [],
    )
  })
})

describe.each(collectionSlugs)('%s', (slug) => {
  it('should allow exactly the cells its policy allows, to each role and anonymous', async () => {
    const fixture = fixtures[slug]
    expect(fixture, `no records to try ${slug} on`).toBeDefined()
    expect(policy[slug], `no policy for ${slug}`).toBeDefined()
    const problems: string[] = []
    for (const actor of actors)
      problems.push(...(await checkCollection(slug, actor, policy[slug][actor], fixture)))
    expect(problems).toEqual([])
  })
})

describe.each(Object.keys(portalPolicy))('the portal: %s', (name) => {
  it('should show the record to whom its rule allows and to nobody else', async () => {
    const { isList = false, pages, rules } = portalPolicy[name]
    const problems: string[] = []
    for (const actor of actors) {
      for (const [scope, { path, marker }] of Object.entries(pages(world))) {
        const token = world.tokens.get(actor)
        const get = (url: string) =>
          fetch(`${server.baseUrl}${url}`, {
            redirect: 'manual',
            headers: { 'Accept-Language': 'fi', ...(token ? { Authorization: `JWT ${token}` } : {}) },
          })
        let response = await get(path)
        // A page that sends on to a part of itself (the wizard to its first step) is followed.
        const location = response.headers.get('location')
        if (location?.startsWith(`${path}?`)) response = await get(location)
        const text = await response.text()
        const allowed = rules[actor] === 'all' || (rules[actor] === 'own' && scope === 'own')
        cells += 1
        const ok = allowed
          ? response.status === 200 && text.includes(marker)
          : !text.includes(marker) && (isList || response.status >= 300)
        if (!ok) problems.push(`${actor} × ${scope} ${path} (${response.status})`)
      }
    }
    expect(problems).toEqual([])
  })
})

describe.each(globalSlugs)('global %s', (slug) => {
  it('should allow exactly the reads and updates its policy allows', async () => {
    const problems: string[] = []
    const { singular } = formatNames(slug)
    for (const actor of actors) {
      const rules = globalPolicy[slug][actor]
      const read = await call(actor, `/api/globals/${slug}?depth=0`)
      cells += 1
      if (rules.read ? read.status !== 200 : !refusals.includes(read.status))
        problems.push(`${actor} read (${read.status})`)
      const result = await graphql(actor, `{ ${singular} { updatedAt } }`)
      cells += 1
      if (Boolean(result.body?.data?.[singular]) !== Boolean(rules.read))
        problems.push(`${actor} read (GraphQL)`)
      const update = await call(actor, `/api/globals/${slug}`, { method: 'POST', body: {} })
      cells += 1
      if (rules.update ? update.status !== 200 : !refusals.includes(update.status))
        problems.push(`${actor} update (${update.status})`)
    }
    expect(problems).toEqual([])
  })
})

import fc from 'fast-check'

/**
 * fast-check arbitraries of hostile requests to Lupa's four HTTP surfaces: Payload's REST
 * collections, GraphQL, the portal's form actions and the integration API. What each surface
 * offers (slugs, fields, GraphQL fields, routes, form fields, real ids) comes from the running
 * configuration through a `FuzzWorld`, so a new collection or route is fuzzed without a change here.
 */

export type Role = 'anonymous' | 'customer' | 'authority' | 'owner' | 'service'

export type FuzzRequest = {
  surface: 'rest' | 'graphql' | 'portal' | 'integration'
  role: Role
  method: string
  path: string
  headers: Record<string, string>
  body?: string | Uint8Array
}

export type FuzzWorld = {
  collections: {
    slug: string
    fields: { name: string; type: string }[]
    /** Custom endpoints' paths below the collection, e.g. `/:id/submit`. */
    endpoints: string[]
  }[]
  globals: string[]
  /** Ids of records that exist, so that some requests reach them. */
  ids: string[]
  graphql: { queries: GraphqlField[]; mutations: GraphqlField[]; types: string[] }
  /** The portal's routes with an action, their params as `:name`, and the form fields they read. */
  portalActions: { path: string; formFields: string[] }[]
  /** The integration API's routes (`/api/integration/v1/…`, params as `:name`). */
  integrationRoutes: { method: string; path: string }[]
  /** Property names of the integration API's request bodies (from its OpenAPI document). */
  integrationFields: string[]
  /** The server's own origin: the host's and React Router's CSRF checks both accept it. */
  origin: string
}

type GraphqlField = { name: string; args: string[] }

/** Short, so that a counterexample of a batch with megabyte bodies stays readable. */
const withSummary = (request: FuzzRequest): FuzzRequest =>
  Object.assign(request, {
    [fc.toStringMethod]: () =>
      `${request.method} ${request.path.slice(0, 200)} as ${request.role} ` +
      `[${request.headers['content-type'] ?? 'no content-type'}, ${request.body?.length ?? 0} bytes]`,
  })

const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 40 })
const anyText = fc.oneof(
  printable,
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
)
/** Characters a header value may hold (Node refuses control characters other than tab). */
const headerValue = fc.string({ unit: 'grapheme-ascii', maxLength: 60 })

const oddIdSegments = [
  'abc',
  '-1',
  '0',
  '1.5',
  '1e309',
  '99999999999999999999999999',
  '9007199254740993',
  'NaN',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '..',
  '../',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f',
  '%00',
  '%',
  '%zz',
  '%ff%fe',
  '%E2%80%AE',
  '__proto__',
  'constructor',
  "1'%20OR%20'1'%3D'1",
  '1;DROP%20TABLE%20users',
]

/** An id for a path: a real one, a malformed one, a huge number or random (encoded) text. */
const idSegment = (world: FuzzWorld) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...world.ids), weight: 3 },
    { arbitrary: fc.constantFrom(...oddIdSegments), weight: 3 },
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
    anyText.map(encodeURIComponent),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).map(encodeURIComponent),
  )

const scalarValues = [
  'abc',
  '',
  '1',
  '-1',
  '0',
  '1.5',
  '99999999999999999999',
  '1e400',
  'NaN',
  'Infinity',
  'null',
  'true',
  'false',
  '2026-01-01',
  '2026-13-45',
  '2026-01-01T25:61:00Z',
  'not-a-date',
  '%00',
  '%',
  '..%2F',
  '%5B%5D',
  '1,2,3',
  'a,b',
]

/** A query string value: odd constants, real ids, random text, URL-encoded. */
const queryValue = (world: FuzzWorld) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...scalarValues), weight: 4 },
    fc.constantFrom(...world.ids),
    fc.integer().map(String),
    anyText.map(encodeURIComponent),
  )

const operators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
]

/** A field path for a where or sort: real fields of every type, nested paths, and nonsense. */
const fieldPath = (fields: { name: string; type: string }[]) =>
  fc.oneof(
    {
      arbitrary: fc.constantFrom('id', 'createdAt', 'updatedAt', ...fields.map((field) => field.name)),
      weight: 4,
    },
    fc
      .tuple(
        fc.constantFrom('id', ...fields.map((field) => field.name)),
        fc.constantFrom('id', 'name', 'x', 'a.b'),
      )
      .map(([first, second]) => `${first}.${second}`),
    fc.constantFrom('__proto__', 'constructor', 'password', 'hash', 'salt', '_status', 'a.b.c.d.e'),
    printable.map(encodeURIComponent),
  )

/** One where condition as query parameters, at the top, inside `or`/`and`, with list or object values. */
const whereParams = (fields: { name: string; type: string }[], world: FuzzWorld) =>
  fc
    .record({
      prefix: fc.oneof(
        fc.constant('where'),
        fc
          .tuple(
            fc.constantFrom('or', 'and'),
            fc.oneof(fc.nat({ max: 3 }).map(String), fc.constantFrom('', 'x', '999')),
          )
          .map(([group, index]) => `where[${group}][${index}]`),
        fc.constant('where[or][0][and][0]'),
      ),
      path: fieldPath(fields),
      operator: fc.oneof(
        { arbitrary: fc.constantFrom(...operators), weight: 5 },
        printable.map(encodeURIComponent),
      ),
      shape: fc.constantFrom('plain', 'list', 'object', 'bare'),
      values: fc.array(queryValue(world), { minLength: 1, maxLength: 3 }),
    })
    .map(({ prefix, path, operator, shape, values }) => {
      const at = `${prefix}[${path}]`
      if (shape === 'bare') return `${at}=${values[0]}`
      if (shape === 'list') return values.map((value) => `${at}[${operator}][]=${value}`).join('&')
      if (shape === 'object') return `${at}[${operator}][${values[0]}]=${values.at(-1)}`
      return `${at}[${operator}]=${values.join(',')}`
    })

/** Query strings of a collection: where on id/date/text/relationship fields and garbage paging. */
const queryString = (fields: { name: string; type: string }[], world: FuzzWorld) =>
  fc
    .array(
      fc.oneof(
        { arbitrary: whereParams(fields, world), weight: 4 },
        fc
          .tuple(
            fc.constantFrom(
              'limit',
              'page',
              'depth',
              'locale',
              'fallback-locale',
              'draft',
              'pagination',
              'trash',
            ),
            fc.oneof(queryValue(world), fc.constantFrom('999', 'all', 'fi', 'xx', '-5')),
          )
          .map(([name, value]) => `${name}=${value}`),
        fc.constant('depth=999'),
        fc.constant('limit=abc'),
        fc
          .tuple(fc.constantFrom('', '-', '--', '+'), fieldPath(fields))
          .map(([sign, path]) => `sort=${encodeURIComponent(sign)}${path}`),
        fc.constantFrom('sort[]=a&sort[]=-b', 'sort[x]=1', 'sort=,,,', 'sort=%00'),
        fieldPath(fields).map((path) => `select[${path}]=${['true', 'false', 'x'][path.length % 3]}`),
        fieldPath(fields).map((path) => `populate[${path}]=true`),
        fc.constantFrom(
          'where=abc',
          'where[]=1',
          'where[id]=1',
          'where[or]=x',
          'where[and][0]=1',
          '&&&==',
          '%%',
        ),
        printable.map((text) => encodeURIComponent(text).replace(/%3D/g, '=').replace(/%26/g, '&')),
      ),
      { maxLength: 4 },
    )
    .map((parts) => (parts.length > 0 ? `?${parts.join('&')}` : ''))

const pngBytes = fc
  .uint8Array({ maxLength: 300 })
  .map((tail) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...tail]))

const xmlBodies = [
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><l>&b;</l>',
  '<x><y>1</y></x>',
  '<x',
]

/** JSON text nested `depth` deep, as an array or as an object. */
const deepJson = fc
  .tuple(fc.integer({ min: 1, max: 5000 }), fc.boolean())
  .map(([depth, isArray]) =>
    isArray ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
  )

/** A value that does not belong in a field: objects where strings are expected, and the reverse. */
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    { equals: 1 },
    { $gt: '' },
    [{}],
    { id: 1, relationTo: 'users' },
    [[[]]],
    '',
    ' ',
    '\u0000',
  ),
  fc.integer({ min: 10_000, max: 200_000 }).map((length) => 'x'.repeat(length)),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -0, 1e308, 2 ** 53 + 1),
)

/** A JSON object over the given keys (and random ones) with odd values. */
const jsonObject = (keys: string[]) =>
  fc
    .dictionary(fc.oneof({ arbitrary: fc.constantFrom(...keys), weight: 4 }, printable), oddValue, {
      maxKeys: 5,
    })
    .map((object) => JSON.stringify(object))

const multipartBroken = fc
  .tuple(fc.constantFrom('x', '----b', '"quoted"', ''), anyText, fc.boolean())
  .map(([boundary, content, isClosed]) => ({
    type: `multipart/form-data; boundary=${boundary}`,
    body:
      `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${content}` +
      (isClosed ? `\r\n--${boundary}--\r\n` : ''),
  }))

const multipartFile = fc
  .tuple(fc.constantFrom('file', '_payload', 'x', ''), pngBytes)
  .map(([name, bytes]) => {
    const head = Buffer.from(
      `--b\r\nContent-Disposition: form-data; name="${name}"; filename="../../x.png"\r\n` +
        'Content-Type: image/png\r\n\r\n',
    )
    return {
      type: 'multipart/form-data; boundary=b',
      body: new Uint8Array(Buffer.concat([head, bytes, Buffer.from('\r\n--b--\r\n')])),
    }
  })

/** A body and its content type: JSON of every type, other types, broken multipart, huge fields. */
const oddBody = (keys: string[]) =>
  fc.oneof(
    { arbitrary: jsonObject(keys).map((body) => ({ type: 'application/json', body })), weight: 6 },
    {
      arbitrary: fc
        .jsonValue({ maxDepth: 4 })
        .map((value) => ({ type: 'application/json', body: JSON.stringify(value) })),
      weight: 3,
    },
    fc
      .constantFrom(
        'null',
        '"text"',
        '42',
        '[]',
        '[1,{}]',
        'true',
        '',
        ' ',
        '{',
        '{"a":}',
        '\u0000',
        '{"__proto__":{"x":1}}',
      )
      .map((body) => ({ type: 'application/json', body })),
    deepJson.map((body) => ({ type: 'application/json', body })),
    anyText.map((body) => ({ type: 'application/json; charset=utf-16', body })),
    fc
      .constantFrom(...xmlBodies)
      .chain((body) =>
        fc.constantFrom('application/xml', 'text/xml', 'application/json').map((type) => ({ type, body })),
      ),
    pngBytes.map((body) => ({ type: 'image/png', body })),
    anyText.map((body) => ({ type: 'text/plain', body })),
    anyText.map((body) => ({ type: 'multipart/form-data', body })),
    multipartBroken,
    multipartFile,
    fc.dictionary(fc.oneof(fc.constantFrom(...keys), printable), anyText, { maxKeys: 5 }).map((fields) => ({
      type: 'application/x-www-form-urlencoded',
      body: new URLSearchParams(fields).toString(),
    })),
    anyText.map((body) => ({ type: 'application/x-www-form-urlencoded', body })),
    fc.tuple(headerValue, anyText).map(([type, body]) => ({ type, body })),
    fc.uint8Array({ maxLength: 200 }).map((body) => ({ type: undefined, body })),
    fc
      .tuple(fc.constantFrom(...keys, 'x'), fc.integer({ min: 100_000, max: 2_000_000 }))
      .map(([key, length]) => ({
        type: 'application/json',
        body: JSON.stringify({ [key]: 'x'.repeat(length) }),
      })),
  )

const methods = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND', 'PURGE']

const withBody = (
  request: Omit<FuzzRequest, 'headers' | 'body'> & { headers?: Record<string, string> },
  body?: { type?: string; body: string | Uint8Array },
): FuzzRequest =>
  withSummary({
    ...request,
    headers: { ...request.headers, ...(body?.type !== undefined ? { 'content-type': body.type } : {}) },
    ...(body ? { body: body.body } : {}),
  })

const fillParams = (path: string, ids: string[]) => {
  let index = 0
  return path.replace(/:[A-Za-z]+/g, () => ids[index++ % ids.length])
}

const payloadOwnPaths = [
  'me',
  'login',
  'logout',
  'refresh-token',
  'forgot-password',
  'reset-password',
  'unlock',
  'init',
  'first-register',
  'access',
  'versions',
  'verify',
  'count',
  'file',
  'paste-url',
]

/** Requests to every REST collection and global: lists, records, Payload's own paths, custom endpoints. */
export const restRequest = (world: FuzzWorld) =>
  fc
    .constantFrom(...world.collections)
    .chain(({ slug, fields, endpoints }) =>
      fc.record({
        role: fc.constantFrom<Role>('anonymous', 'customer', 'authority', 'owner'),
        method: fc.constantFrom(...methods),
        target: fc.oneof(
          { arbitrary: fc.constant(`/api/${slug}`), weight: 3 },
          { arbitrary: idSegment(world).map((id) => `/api/${slug}/${id}`), weight: 3 },
          fc.constantFrom(...payloadOwnPaths).map((own) => `/api/${slug}/${own}`),
          fc
            .tuple(fc.constantFrom('versions', 'access', 'file', 'verify', 'unlock'), idSegment(world))
            .map(([own, id]) => `/api/${slug}/${own}/${id}`),
          ...(endpoints.length > 0
            ? [
                fc
                  .tuple(
                    fc.constantFrom(...endpoints),
                    fc.array(idSegment(world), { minLength: 1, maxLength: 2 }),
                  )
                  .map(([path, ids]) => `/api/${slug}${fillParams(path, ids)}`),
              ]
            : []),
          fc.tuple(idSegment(world), idSegment(world)).map(([id, more]) => `/api/${slug}/${id}/${more}`),
          fc.constantFrom(...world.globals).map((global) => `/api/globals/${global}`),
        ),
        query: queryString(fields, world),
        body: fc.option(oddBody(fields.map((field) => field.name)), { freq: 2 }),
      }),
    )
    .map(({ role, method, target, query, body }) =>
      withBody({ surface: 'rest', role, method, path: `${target}${query}` }, body ?? undefined),
    )

/** A GraphQL value literal, variables included. */
const graphqlValue: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.integer().map(String),
    fc.constantFrom(
      '1.5',
      '1e400',
      '-0',
      '99999999999999999999',
      'true',
      'false',
      'null',
      'ASC',
      '$v',
      '$id',
    ),
    anyText.map((text) => JSON.stringify(text)),
    fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
    fc
      .array(
        fc.tuple(
          fc.constantFrom('id', 'equals', 'in', 'exists', 'like', 'x', 'createdAt', 'or', 'and'),
          tie('value'),
        ),
        {
          maxLength: 3,
        },
      )
      .map((entries) => `{ ${entries.map(([key, value]) => `${key}: ${value}`).join(', ')} }`),
  ),
})).value

const graphqlName = fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,12}$/)

/** A selection set: real-looking fields, typename, nested lists, unknown names, spreads. */
const selection = (fragments: string[]): fc.Arbitrary<string> =>
  fc.letrec<{ set: string }>((tie) => ({
    set: fc
      .array(
        fc.oneof(
          { depthSize: 'small', withCrossShrink: true },
          fc.constantFrom(
            'id',
            '__typename',
            'totalDocs',
            'email',
            'name',
            'status',
            'createdAt',
            'exp',
            'token',
          ),
          graphqlName,
          tie('set').map((inner) => `docs ${inner}`),
          tie('set').map((inner) => `user ${inner}`),
          fc.tuple(graphqlName, graphqlName).map(([alias, name]) => `${alias}: ${name}`),
          ...(fragments.length > 0 ? [fc.constantFrom(...fragments).map((name) => `...${name}`)] : []),
          fc.constant('... on Query { __typename }'),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map((items) => `{ ${items.join(' ')} }`),
  })).set

/** One field of an operation with random arguments. */
const graphqlCall = (fields: GraphqlField[], fragments: string[]) =>
  fc
    .tuple(
      fc.constantFrom(...fields),
      fc.array(fc.tuple(graphqlName, graphqlValue), { maxLength: 3 }),
      fc.option(selection(fragments), { freq: 4 }),
    )
    .chain(([field, randomArgs, set]) =>
      fc
        .array(fc.tuple(fc.constantFrom(...field.args, 'where', 'id', 'limit'), graphqlValue), {
          maxLength: 3,
        })
        .map((args) => {
          const all = [...args, ...randomArgs.slice(0, 1)]
          return `${field.name}${all.length > 0 ? `(${all.map(([name, value]) => `${name}: ${value}`).join(', ')})` : ''} ${set ?? ''}`
        }),
    )

/** A GraphQL document: queries, mutations, subscriptions, fragment graphs with cycles, broken text. */
const graphqlDocument = (world: FuzzWorld) =>
  fc
    .record({
      fragmentCount: fc.nat({ max: 3 }),
      operation: fc.constantFrom('query', 'mutation', 'subscription', '', 'query Q($v: String, $id: ID!)'),
      edges: fc.array(fc.tuple(fc.nat({ max: 2 }), fc.nat({ max: 2 })), { maxLength: 4 }),
      onType: fc.constantFrom('Query', 'Mutation', ...world.graphql.types),
    })
    .chain(({ fragmentCount, operation, edges, onType }) => {
      const fragments = Array.from({ length: fragmentCount }, (_, index) => `F${index}`)
      const fields = operation === 'mutation' ? world.graphql.mutations : world.graphql.queries
      return fc
        .tuple(fc.array(graphqlCall(fields, fragments), { minLength: 1, maxLength: 3 }), selection(fragments))
        .map(([calls, set]) => {
          const spreadsOf = (index: number) =>
            edges
              .filter(([from, to]) => from === index && to < fragmentCount)
              .map(([, to]) => `...F${to}`)
              .join(' ')
          const definitions = fragments.map(
            (name, index) => `fragment ${name} on ${onType} { __typename ${spreadsOf(index)} ${set} }`,
          )
          return `${operation} { ${calls.join(' ')} } ${definitions.join(' ')}`
        })
    })

/** Documents the parser may choke on: huge nesting, cut-off text, random text. */
const brokenDocument = (world: FuzzWorld) =>
  fc.oneof(
    fc.integer({ min: 1, max: 5000 }).map((depth) => `{ ${'a { '.repeat(depth)}id${' }'.repeat(depth)} }`),
    fc
      .tuple(graphqlDocument(world), fc.nat())
      .map(([document, cut]) => document.slice(0, cut % Math.max(1, document.length))),
    anyText,
    fc.constantFrom(
      '',
      '{',
      '}',
      'query',
      '{ __schema { types { name } } }',
      '{ __type(name: "User") { fields { name } } }',
    ),
  )

/** Requests to `/api/graphql`: JSON with odd variables, batched arrays, other transports. */
export const graphqlRequest = (world: FuzzWorld) =>
  fc
    .record({
      role: fc.constantFrom<Role>('anonymous', 'customer', 'authority', 'owner'),
      document: fc.oneof({ arbitrary: graphqlDocument(world), weight: 3 }, brokenDocument(world)),
      variables: fc.option(fc.jsonValue({ maxDepth: 3 })),
      operationName: fc.option(fc.oneof(graphqlName, fc.jsonValue({ maxDepth: 1 }))),
      transport: fc.constantFrom('json', 'json', 'json', 'batch', 'non-string', 'graphql', 'get', 'odd'),
      odd: oddBody(['query', 'variables', 'operationName', 'extensions']),
      method: fc.oneof(
        { arbitrary: fc.constant('POST'), weight: 6 },
        fc.constantFrom('GET', 'PUT', 'DELETE', 'TRACE', 'OPTIONS'),
      ),
    })
    .map(({ role, document, variables, operationName, transport, odd, method }) => {
      const request = { surface: 'graphql' as const, role, method, path: '/api/graphql' }
      const operation = {
        query: document,
        ...(variables !== null ? { variables } : {}),
        ...(operationName !== null ? { operationName } : {}),
      }
      switch (transport) {
        case 'batch':
          return withBody(request, { type: 'application/json', body: JSON.stringify([operation, operation]) })
        case 'non-string':
          return withBody(request, { type: 'application/json', body: JSON.stringify({ query: variables }) })
        case 'graphql':
          return withBody(request, { type: 'application/graphql', body: document })
        case 'get':
          return withBody({
            ...request,
            method: 'GET',
            path: `/api/graphql?query=${encodeURIComponent(document)}`,
          })
        case 'odd':
          return withBody(request, odd)
        default:
          return withBody(request, { type: 'application/json', body: JSON.stringify(operation) })
      }
    })

/** Headers of a form post that a browser would send, or not: the CSRF check's inputs. */
const originHeaders = (world: FuzzWorld): fc.Arbitrary<Record<string, string>> =>
  fc.oneof(
    { arbitrary: fc.constant<Record<string, string>>({ origin: world.origin }), weight: 6 },
    fc.constant<Record<string, string>>({ 'sec-fetch-site': 'same-origin' }),
    fc.constantFrom<Record<string, string>>(
      {},
      { origin: 'null' },
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
    ),
  )

/** Form posts (and worse) to every portal route with an action, through both its URL and its `.data` URL. */
export const portalRequest = (world: FuzzWorld) =>
  fc
    .constantFrom(...world.portalActions)
    .chain(({ path, formFields }) =>
      fc.record({
        role: fc.constantFrom<Role>('anonymous', 'customer', 'authority', 'owner'),
        method: fc.constantFrom('POST', 'POST', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE'),
        path: fc.array(idSegment(world), { minLength: 1, maxLength: 2 }).map((ids) => fillParams(path, ids)),
        suffix: fc.constantFrom('', '', '.data', '?index', '?_data=routes%2Fhome', '/'),
        headers: originHeaders(world),
        body: fc.oneof(
          {
            arbitrary: fc
              .dictionary(
                fc.oneof({ arbitrary: fc.constantFrom(...formFields, 'intent'), weight: 4 }, printable),
                fc.oneof(
                  anyText,
                  fc.constantFrom(...world.ids),
                  fc.integer({ min: 100_000, max: 1_000_000 }).map((n) => 'x'.repeat(n)),
                ),
                { maxKeys: 6 },
              )
              .map((fields) => ({
                type: 'application/x-www-form-urlencoded',
                body: new URLSearchParams(fields).toString(),
              })),
            weight: 4,
          },
          oddBody([...formFields, 'intent']),
        ),
      }),
    )
    .map(({ role, method, path, suffix, headers, body }) =>
      withBody({ surface: 'portal', role, method, path: `${path}${suffix}`, headers }, body),
    )

/** Calls of the integration API with its key (or none, or another's), odd idempotency keys and bodies. */
export const integrationRequest = (world: FuzzWorld) =>
  fc
    .constantFrom(...world.integrationRoutes)
    .chain((route) =>
      fc.record({
        role: fc.constantFrom<Role>(
          'service',
          'service',
          'service',
          'anonymous',
          'customer',
          'authority',
          'owner',
        ),
        method: fc.oneof({ arbitrary: fc.constant(route.method), weight: 4 }, fc.constantFrom(...methods)),
        path: fc
          .array(idSegment(world), { minLength: 2, maxLength: 2 })
          .map((ids) => fillParams(route.path, ids)),
        query: fc
          .array(
            fc
              .tuple(fc.constantFrom('status', 'updatedAfter', 'page', 'limit', 'x'), queryValue(world))
              .map(([name, value]) => `${name}=${value}`),
            { maxLength: 3 },
          )
          .map((parts) => (parts.length > 0 ? `?${parts.join('&')}` : '')),
        idempotencyKey: fc.option(
          fc.oneof(fc.uuid(), headerValue, fc.constantFrom('', ' ', '\t', 'x'.repeat(300), 'é')),
          { freq: 4 },
        ),
        authorization: fc.option(
          fc.constantFrom(
            'Bearer ',
            'Bearer lupak_000000000000_AAAA',
            'Basic YTpi',
            'Bearer lupak_x',
            'JWT x',
          ),
          { freq: 6 },
        ),
        body: fc.option(
          fc.oneof(
            {
              arbitrary: fc
                .dictionary(
                  fc.constantFrom(...world.integrationFields),
                  fc.oneof(oddValue, anyText, fc.base64String()),
                  {
                    maxKeys: 4,
                  },
                )
                .map((object) => ({ type: 'application/json', body: JSON.stringify(object) })),
              weight: 3,
            },
            oddBody(world.integrationFields),
          ),
          { freq: 6 },
        ),
      }),
    )
    .map(({ role, method, path, query, idempotencyKey, authorization, body }) =>
      withBody(
        {
          surface: 'integration',
          role,
          method,
          path: `${path}${query}`,
          headers: {
            ...(idempotencyKey !== null ? { 'idempotency-key': idempotencyKey } : {}),
            // A broken Authorization header replaces the role's credentials now and then.
            ...(authorization !== null ? { authorization } : {}),
          },
        },
        body ?? undefined,
      ),
    )

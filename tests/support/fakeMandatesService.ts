import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** An organisation a person may choose on the authorisation page, with their roles in it. */
export type FakeOrganisation = { name: string; identifier: string; roles: string[]; complete?: boolean }

/** A person another person may act for, and the issues they have authorised. */
export type FakePrincipal = { personId: string; name: string; issues: string[] }

/** What the service knows about a person (by personal identity code). */
export type FakePerson = {
  organisations?: FakeOrganisation[]
  principals?: FakePrincipal[]
  /** Civil-servant mandates: the authority (business id) and the issues. */
  civilServantMandates?: { businessId: string; issues: string[] }[]
}

/** What the person picks on the authorisation page; by default every organisation or principal they have. */
export type FakeChoice =
  { isCancelled: true } | { organisations?: string[]; principals?: string[]; isCancelled?: false }

type Session = {
  sessionId: string
  userId: string
  kind: 'ypa' | 'hpa'
  personalIdentityCode: string
  createdAt: number
  isExpired: boolean
  code?: { value: string; redirectUri: string; isUsed: boolean }
  accessToken?: string
  chosen?: { organisations: FakeOrganisation[]; principals: FakePrincipal[] }
}

/** A request the service received (for assertions). */
export type ReceivedRequest = { method: string; path: string; status: number }

const maxSkewMs = 5 * 60 * 1000

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

const safeEqual = (a: string, b: string) => {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * A stand-in for Suomi.fi Mandates (Valtuudet) that implements the Web API contract DVV's
 * reference clients use, on a real HTTP server: the checksum header on every API call
 * (missing or malformed 401, wrong or stale 403), session registration, the authorisation
 * page (redirects back at once with the pre-programmed choice, echoing `state`), the code
 * exchange (Basic auth, one use, same redirect_uri), organisation roles, delegates and their
 * authorisation, session expiry (401), and the assumed civil-servant REST check.
 */
export const startFakeMandatesService = async ({
  clientId = 'lupa-test-client',
  apiKey = randomBytes(16).toString('hex'),
  oauthSecret = randomBytes(16).toString('hex'),
  sessionTtlMs = 15 * 60 * 1000,
  now = () => Date.now(),
  host = '127.0.0.1',
  port = 0,
}: {
  clientId?: string
  apiKey?: string
  oauthSecret?: string
  sessionTtlMs?: number
  now?: () => number
  host?: string
  /** A fixed port (the demo's); any free one by default. */
  port?: number
} = {}) => {
  const persons = new Map<string, FakePerson>()
  const choices = new Map<string, FakeChoice>()
  const sessions = new Map<string, Session>()
  const requests: ReceivedRequest[] = []
  const state = { isDown: false }

  const sessionBy = (predicate: (session: Session) => boolean) => [...sessions.values()].find(predicate)
  const isLive = (session: Session) => !session.isExpired && now() - session.createdAt < sessionTtlMs

  /** 0 when the checksum header is right; otherwise the status to refuse with. */
  const checksumProblem = (req: IncomingMessage): 0 | 401 | 403 => {
    const header = req.headers['x-asiointivaltuudetauthorization']
    if (typeof header !== 'string') return 401
    const parts = header.split(' ')
    if (parts.length !== 3) return 401
    const [client, timestamp, checksum] = parts
    if (client !== clientId) return 401
    const time = Date.parse(timestamp)
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(timestamp) || Number.isNaN(time))
      return 401
    if (Math.abs(now() - time) > maxSkewMs) return 403
    const expected = createHmac('sha256', apiKey).update(`${req.url} ${timestamp}`).digest('base64')
    return safeEqual(expected, checksum) ? 0 : 403
  }

  const bearerSession = (req: IncomingMessage, sessionId: string): Session | 401 => {
    const session = sessions.get(sessionId)
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (!session || !token || session.accessToken !== token || !isLive(session)) return 401
    return session
  }

  const choose = (session: Session): FakeChoice => {
    const person = persons.get(session.personalIdentityCode) ?? {}
    return (
      choices.get(session.personalIdentityCode) ?? {
        organisations: (person.organisations ?? []).map((organisation) => organisation.identifier),
        principals: (person.principals ?? []).map((principal) => principal.personId),
      }
    )
  }

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake.invalid')
    const query = url.searchParams
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
    const route = `${req.method} /${segments.join('/')}`
    const isServiceCall = segments[0] === 'service'
    if (state.isDown) return json(res, 503, { error: 'unavailable' })

    if (isServiceCall) {
      const problem = checksumProblem(req)
      if (problem) return json(res, problem, { error: problem === 401 ? 'unauthorized' : 'forbidden' })
      if (!query.get('requestId')) return json(res, 400, { error: 'requestId missing' })
    }

    // GET /service/{ypa|hpa}/user/register/{clientId}/{hetu}
    if (req.method === 'GET' && /^\/service\/(ypa|hpa)\/user\/register\/[^/]+\/[^/]+$/.test(url.pathname)) {
      const [, kind, , , client, personalIdentityCode] = segments
      if (client !== clientId) return json(res, 403, { error: 'forbidden' })
      const session: Session = {
        sessionId: randomBytes(12).toString('hex'),
        userId: randomBytes(12).toString('hex'),
        kind: kind as 'ypa' | 'hpa',
        personalIdentityCode,
        createdAt: now(),
        isExpired: false,
      }
      sessions.set(session.sessionId, session)
      return json(res, 200, { sessionId: session.sessionId, userId: session.userId })
    }

    if (req.method === 'GET' && url.pathname === '/oauth/authorize') {
      const session = sessionBy((candidate) => candidate.userId === query.get('user'))
      const redirectUri = query.get('redirect_uri') ?? ''
      if (query.get('client_id') !== clientId || query.get('response_type') !== 'code' || !session)
        return json(res, 400, { error: 'invalid_request' })
      if (!/^https?:\/\//.test(redirectUri)) return json(res, 400, { error: 'invalid_redirect_uri' })
      const back = new URL(redirectUri)
      const state = query.get('state')
      if (state) back.searchParams.set('state', state)
      const choice = choose(session)
      if (choice.isCancelled) {
        back.searchParams.set('error', 'access_denied')
      } else {
        const person = persons.get(session.personalIdentityCode) ?? {}
        session.chosen = {
          organisations: (person.organisations ?? []).filter((organisation) =>
            choice.organisations?.includes(organisation.identifier),
          ),
          principals: (person.principals ?? []).filter((principal) =>
            choice.principals?.includes(principal.personId),
          ),
        }
        session.code = { value: randomBytes(16).toString('hex'), redirectUri, isUsed: false }
        back.searchParams.set('code', session.code.value)
      }
      res.writeHead(302, { location: back.toString() })
      return res.end()
    }

    if (req.method === 'POST' && url.pathname === '/oauth/token') {
      const expected = `Basic ${Buffer.from(`${clientId}:${oauthSecret}`).toString('base64')}`
      if (!safeEqual(req.headers.authorization ?? '', expected))
        return json(res, 401, { error: 'unauthorized' })
      if (query.get('grant_type') !== 'authorization_code')
        return json(res, 400, { error: 'unsupported_grant_type' })
      const session = sessionBy((candidate) => candidate.code?.value === query.get('code'))
      if (!session?.code || session.code.isUsed || session.code.redirectUri !== query.get('redirect_uri'))
        return json(res, 400, { error: 'invalid_grant' })
      session.code.isUsed = true
      session.accessToken = randomBytes(16).toString('hex')
      return json(res, 200, {
        access_token: session.accessToken,
        token_type: 'bearer',
        refresh_token: randomBytes(16).toString('hex'),
        expires_in: 599,
        scope: 'read write trust',
      })
    }

    // GET /service/ypa/api/organizationRoles/{sessionId}
    if (
      req.method === 'GET' &&
      segments.length === 5 &&
      route.startsWith('GET /service/ypa/api/organizationRoles/')
    ) {
      const session = bearerSession(req, segments[4])
      if (session === 401) return json(res, 401, { error: 'unauthorized' })
      return json(res, 200, session.chosen?.organisations ?? [])
    }

    // GET /service/hpa/api/delegate/{sessionId}
    if (req.method === 'GET' && segments.length === 5 && route.startsWith('GET /service/hpa/api/delegate/')) {
      const session = bearerSession(req, segments[4])
      if (session === 401) return json(res, 401, { error: 'unauthorized' })
      return json(
        res,
        200,
        (session.chosen?.principals ?? []).map(({ personId, name }) => ({ personId, name })),
      )
    }

    // GET /service/hpa/api/authorization/{sessionId}/{principalId}?issues=
    if (
      req.method === 'GET' &&
      segments.length === 6 &&
      route.startsWith('GET /service/hpa/api/authorization/')
    ) {
      const session = bearerSession(req, segments[4])
      if (session === 401) return json(res, 401, { error: 'unauthorized' })
      const principal = session.chosen?.principals.find((candidate) => candidate.personId === segments[5])
      const issue = query.get('issues')
      if (!principal || !issue) return json(res, 400, { error: 'invalid_request' })
      return json(res, 200, {
        result: principal.issues.includes(issue) ? 'ALLOWED' : 'DISALLOWED',
        principalId: principal.personId,
        reasons: [],
      })
    }

    // GET /service/rest/ypa/authorization/{clientId}/{delegateId}/{businessId}?issues= (assumed, see docs/mandates.md)
    if (
      req.method === 'GET' &&
      segments.length === 7 &&
      route.startsWith('GET /service/rest/ypa/authorization/')
    ) {
      const [, , , , client, delegateId, businessId] = segments
      const issue = query.get('issues')
      if (client !== clientId) return json(res, 403, { error: 'forbidden' })
      if (!issue) return json(res, 400, { error: 'invalid_request' })
      const mandates = persons.get(delegateId)?.civilServantMandates ?? []
      const isAllowed = mandates.some(
        (mandate) => mandate.businessId === businessId && mandate.issues.includes(issue),
      )
      return json(res, 200, { result: isAllowed ? 'ALLOWED' : 'DISALLOWED' })
    }

    return json(res, 404, { error: 'not_found' })
  }

  const server = createServer((req, res) => {
    res.on('finish', () =>
      requests.push({ method: req.method ?? '', path: req.url ?? '', status: res.statusCode }),
    )
    // Bodies are not part of the contract; drain them.
    req.resume()
    req.on('end', () => handle(req, res))
  })
  server.listen(port, host)
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  const address = server.address() as AddressInfo

  return {
    url: `http://${host}:${address.port}`,
    clientId,
    apiKey,
    oauthSecret,
    persons,
    choices,
    requests,
    /** While true, every call answers 503 (an outage). */
    setDown: (isDown: boolean) => {
      state.isDown = isDown
    },
    /** Ends every Web API session: further API calls answer 401. */
    expireSessions: () => sessions.forEach((session) => (session.isExpired = true)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type FakeMandatesService = Awaited<ReturnType<typeof startFakeMandatesService>>

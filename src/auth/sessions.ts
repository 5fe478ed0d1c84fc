import { AsyncLocalStorage } from 'node:async_hooks'

import type { Payload } from 'payload'
import { createLocalReq, executeAuthStrategies, getFieldsToSign, jwtSign } from 'payload'
import { addSessionToUser, generateExpiredPayloadCookie, generatePayloadCookie } from 'payload/shared'

import { slugs } from '../collections/slugs'
import type { Id } from '../collections/relations'
import type { User } from '../payload-types'

const usersConfig = (payload: Payload) => payload.collections[slugs.users].config

/**
 * The session cookie's one name, `${cookiePrefix}-token`, as Payload's own auth reads and
 * writes it; everything else (the host, the page cache, plugins, tests) asks here.
 *
 * The prefix is set in createConfig from PUBLIC_URL: `__Host-lupa` when it is https, Payload's
 * default `payload` otherwise. The session cookie is `Secure` exactly when PUBLIC_URL is https
 * (the users collection's `auth.cookies.secure`), has `Path=/` and no `Domain` (none is
 * configured): all that `__Host-` asks, so browsers bind it to Lupa's own host, and neither a
 * sibling subdomain nor a plain-http response can set or overwrite it. On http://localhost
 * in development the cookie cannot be Secure, and browsers refuse a `__Host-` cookie that
 * is not, so it keeps the plain name there.
 */
export const sessionCookieName = (payload: Pick<Payload, 'config'>) => `${payload.config.cookiePrefix}-token`

/**
 * Signs a user in without a password: a Payload session (a `sid` in the user's sessions,
 * a signed JWT in Payload's own cookie), so the portal, REST and the admin all see the same
 * user. For sign-ins whose identity was proven elsewhere (the development login, SAML).
 */
export const issueSession = async ({ payload, userId }: { payload: Payload; userId: Id }) => {
  const collectionConfig = usersConfig(payload)
  const req = await createLocalReq({}, payload)
  const user = await payload.db.findOne<User>({
    collection: slugs.users,
    req,
    where: { id: { equals: userId } },
  })
  if (!user) throw new Error('No such user')
  const { sid } = await addSessionToUser({ collectionConfig, payload, req, user })
  const { token } = await jwtSign({
    fieldsToSign: getFieldsToSign({ collectionConfig, email: user.email, sid, user }),
    secret: payload.secret,
    tokenExpiration: collectionConfig.auth.tokenExpiration,
  })
  const cookie = generatePayloadCookie({
    collectionAuthConfig: collectionConfig.auth,
    cookiePrefix: payload.config.cookiePrefix,
    token,
  })
  return { token, cookie, sid }
}

/** Revokes one session of a user (a `sid` of their sessions); a session already gone is no error. */
export const revokeSession = async ({
  payload,
  userId,
  sid,
}: {
  payload: Payload
  userId: Id
  sid: string
}) => {
  const req = await createLocalReq({}, payload)
  const stored = await payload.db.findOne<User>({
    collection: slugs.users,
    req,
    where: { id: { equals: userId } },
  })
  if (stored?.sessions?.some((session) => session.id === sid))
    await payload.db.updateOne({
      collection: slugs.users,
      id: userId,
      req,
      returning: false,
      data: { sessions: stored.sessions.filter((session) => session.id !== sid) },
    })
}

/** The expired Payload cookie that signs a browser out. */
export const expiredSessionCookie = (payload: Payload) =>
  generateExpiredPayloadCookie({
    collectionAuthConfig: usersConfig(payload).auth,
    cookiePrefix: payload.config.cookiePrefix,
  })

const userByHeaders = new WeakMap<Headers, Promise<User | null>>()
const readScopes = new AsyncLocalStorage<Map<string, Promise<User | null>>>()

/**
 * Runs the handling of one reading request (GET or HEAD) in which `userOfHeaders` checks the
 * user once: React Router gives each loader its own copy of the request and of its headers.
 * A request that writes is not a scope: after its action, its loaders check the user afresh.
 */
export const withUserCheckedOnce = <T>(work: () => T) => readScopes.run(new Map(), work)

const credentialsOf = (headers: Headers) =>
  ['cookie', 'authorization', 'origin', 'sec-fetch-site'].map((name) => headers.get(name) ?? '').join('\n')

/**
 * Who a request's headers sign in (Payload's auth strategies: its session cookie, a JWT, an
 * API key), checked once per request (see `withUserCheckedOnce`), else once per headers
 * object. Unlike `payload.auth`, it does not compute the user's permissions over every
 * collection, which nothing outside the admin reads and which cost more than the check itself.
 */
export const userOfHeaders = ({ payload, headers }: { payload: Payload; headers: Headers }) => {
  const scope = readScopes.getStore()
  const key = scope ? credentialsOf(headers) : ''
  let user = scope ? scope.get(key) : userByHeaders.get(headers)
  if (!user) {
    user = createLocalReq({ req: { headers } }, payload)
      .then((req) => executeAuthStrategies({ headers, payload, req }))
      .then(({ user: signedIn }) => signedIn ?? null)
    if (scope) scope.set(key, user)
    else userByHeaders.set(headers, user)
  }
  return user
}

/** Ends the request's session: its `sid` is revoked and the cookie expired. */
export const endSession = async ({ payload, headers }: { payload: Payload; headers: Headers }) => {
  const user = await userOfHeaders({ payload, headers })
  const sid = (user as { _sid?: string } | null)?._sid
  if (user && sid) await revokeSession({ payload, userId: user.id, sid })
  return expiredSessionCookie(payload)
}

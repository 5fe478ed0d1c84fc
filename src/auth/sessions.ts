import type { Payload, TypedUser } from 'payload'
import { createLocalReq, getFieldsToSign, jwtSign } from 'payload'
import { addSessionToUser, generateExpiredPayloadCookie, generatePayloadCookie } from 'payload/shared'

import { slugs } from '../collections/slugs'
import type { Id } from '../collections/relations'

const usersConfig = (payload: Payload) => payload.collections[slugs.users].config

/**
 * Signs a user in without a password: a Payload session (a `sid` in the user's sessions,
 * a signed JWT in Payload's own cookie), so the portal, REST and the admin all see the same
 * user. For sign-ins whose identity was proven elsewhere (the development login, SAML).
 */
export const issueSession = async ({ payload, userId }: { payload: Payload; userId: Id }) => {
  const collectionConfig = usersConfig(payload)
  const req = await createLocalReq({}, payload)
  const user = (await payload.db.findOne({
    collection: slugs.users,
    req,
    where: { id: { equals: userId } },
  })) as (TypedUser & { email: string }) | null
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
  return { token, cookie }
}

/** Ends the request's session: its `sid` is revoked and the cookie expired. */
export const endSession = async ({ payload, headers }: { payload: Payload; headers: Headers }) => {
  const { user } = await payload.auth({ headers })
  const sid = (user as { _sid?: string } | null)?._sid
  if (user && sid) {
    const req = await createLocalReq({}, payload)
    const stored = (await payload.db.findOne({
      collection: slugs.users,
      req,
      where: { id: { equals: user.id } },
    })) as { sessions?: { id: string }[] } | null
    if (stored?.sessions?.some((session) => session.id === sid))
      await payload.db.updateOne({
        collection: slugs.users,
        id: user.id,
        req,
        returning: false,
        data: { sessions: stored.sessions.filter((session) => session.id !== sid) },
      })
  }
  return generateExpiredPayloadCookie({
    collectionAuthConfig: usersConfig(payload).auth,
    cookiePrefix: payload.config.cookiePrefix,
  })
}

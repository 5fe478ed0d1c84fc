import type { Payload } from 'payload'
import { data } from 'react-router'

import { offeredIdpsOf } from '../../../plugins/identity-saml'
import { issueSession } from '../../../src/auth/sessions'
import { slugs } from '../../../src/collections/slugs'
import { customOf } from '../../../src/config/custom'
import type { User } from '../../../src/payload-types'

/** A demo user as the development sign-in lists it. */
export type DemoUser = Pick<User, 'id' | 'name' | 'email' | 'role'> & { authority: string | null }

const isProductionOf = (payload: Payload) => customOf(payload.config).isProduction === true

/** The demo users that may sign in without a password; none in production. */
const demoUsersOf = async (payload: Payload): Promise<DemoUser[]> => {
  if (isProductionOf(payload)) return []
  const { docs } = await payload.find({
    collection: slugs.users,
    where: { and: [{ isDemo: { equals: true } }, { isServiceAccount: { not_equals: true } }] },
    overrideAccess: true,
    depth: 1,
    limit: 50,
    sort: 'email',
  })
  return docs.map((user) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    authority: typeof user.authority === 'object' ? (user.authority?.name ?? null) : null,
  }))
}

/** What the sign-in page offers: the identity providers set up, and the demo users. */
export const loadSignInOptions = async (payload: Payload) => ({
  users: await demoUsersOf(payload),
  idps: offeredIdpsOf(payload),
})

/**
 * Development sign-in until Suomi.fi e-Identification lands: a real Payload session for a
 * demo user, as its Set-Cookie value; null when the id is no demo user's. 404 in production.
 */
export const signInDemoUser = async ({
  payload,
  userId,
}: {
  payload: Payload
  userId: string
}): Promise<string | null> => {
  const users = await demoUsersOf(payload)
  if (isProductionOf(payload)) throw data(null, { status: 404 })
  const chosen = users.find((user) => String(user.id) === userId)
  if (!chosen) return null
  return (await issueSession({ payload, userId: chosen.id })).cookie
}

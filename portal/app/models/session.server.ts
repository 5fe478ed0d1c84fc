import type { Payload } from 'payload'
import { data, redirect } from 'react-router'

import { singleLogoutPathOf } from '../../../plugins/identity-saml'
import { hasRole, type AccessUser, type Role } from '../../../src/access/roles'

/** The signed-in user as Payload sees it (the same session as REST and the admin). */
export type PortalUser = AccessUser & { name?: string | null; email?: string | null }

/** The user of a request from Payload's own cookie (or any configured auth strategy), or null. */
export const userOfRequest = async (request: Request, payload: Payload): Promise<PortalUser | null> => {
  const { user } = await payload.auth({ headers: request.headers })
  return (user as PortalUser | null) ?? null
}

/** Where the sign-in page sends the user back to. */
export const loginHref = (request: Request) => {
  const url = new URL(request.url)
  return `/login?returnTo=${encodeURIComponent(`${url.pathname}${url.search}`)}`
}

/**
 * The signed-in user, or a redirect to sign in (and back). With `roles`, a user without one
 * of them gets 403: every loader and action checks the right to the page before any record.
 */
export const requireUser = async (
  { request, payload }: { request: Request; payload: Payload },
  { roles }: { roles?: Role[] } = {},
): Promise<PortalUser> => {
  const user = await userOfRequest(request, payload)
  if (!user) throw redirect(loginHref(request))
  if (roles && !hasRole(user, ...roles)) throw data(null, { status: 403 })
  return user
}

/** Local API options that apply the user's own access rules. */
export const asUser = (user: PortalUser) => ({ user, overrideAccess: false }) as const

/** Where the sign-out form posts: a SAML session ends with single logout at its identity provider. */
export const logoutActionOf = async (request: Request, payload: Payload) =>
  (await singleLogoutPathOf({ payload, headers: request.headers })) ?? '/logout'

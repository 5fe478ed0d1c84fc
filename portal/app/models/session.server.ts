import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { data, redirect } from 'react-router'

import { singleLogoutPathOf } from '../../../plugins/identity-saml'
import { hasRole, isStaff, type Role } from '../../../src/access/roles'
import { endSession, userOfHeaders } from '../../../src/auth/sessions'
import { slugs } from '../../../src/collections/slugs'
import type { User } from '../../../src/payload-types'
import { previewParam } from './analysisParams'

/** The signed-in user as Payload sees it (the same session as REST and the admin). */
export type PortalUser = User

/** The user of a request from Payload's own cookie (or any configured auth strategy), or null. */
export const userOfRequest = async (request: Request, payload: Payload): Promise<PortalUser | null> =>
  userOfHeaders({ payload, headers: request.headers })

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

/**
 * The signed-in owner or service producer who asked to preview (`?preview=1`) a bundle that
 * may not be published yet; null for anyone else, who then sees only published bundles.
 */
export const staffPreviewerOf = async ({
  request,
  payload,
}: {
  request: Request
  payload: Payload
}): Promise<PortalUser | null> => {
  if (new URL(request.url).searchParams.get(previewParam) !== '1') return null
  const user = await userOfRequest(request, payload)
  return isStaff(user) ? user : null
}

/** Local API options that apply the user's own access rules. */
export const asUser = (user: PortalUser) => ({ user, overrideAccess: false }) as const

/** A Local API request acting as the user, for server functions that take a `req`. */
export const requestAs = (payload: Payload, user: PortalUser): Promise<PayloadRequest> =>
  createLocalReq({ user: { ...user, collection: slugs.users } }, payload)

/** Where the sign-out form posts: a SAML session ends with single logout at its identity provider. */
export const logoutActionOf = async (request: Request, payload: Payload) =>
  (await singleLogoutPathOf({ payload, headers: request.headers })) ?? '/logout'

/** Ends the request's session: gives the Set-Cookie value that expires it. */
export const signOut = (request: Request, payload: Payload) =>
  endSession({ payload, headers: request.headers })

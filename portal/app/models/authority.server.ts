import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { data } from 'react-router'

import { writeAudit } from '../../../src/access/auditHooks'

import { slugs } from '../../../src/collections/slugs'
import type { Locale } from '../../../src/domain/types'
import type { Case } from '../../../src/payload-types'
import { textOf } from './authorityLabels.server'

// The value helpers live in a pure module (unit-tested without a database); other portal
// models import them from here too.
export {
  actorLabelOf,
  calendarDateOf,
  dateInFinlandOf,
  deliveryStateLabelOf,
  eventTypeLabelOf,
  formatDateTime,
  outcomeLabelOf,
  statusLabelOf,
  textOf,
} from './authorityLabels.server'
import { asUser, requireUser, type PortalUser } from './session.server'
// The workspace's models take the user's Local API request from here too.

/**
 * Records in the audit log that the user read or exported a case: who, which case, when
 * and from which address (the one express worked out from the trusted proxies).
 */
export const auditCaseAccess = async ({
  payload,
  user,
  request,
  action,
  caseId,
  format,
}: {
  payload: Payload
  user: AuthorityUser
  request: Request
  action: 'read' | 'export'
  caseId: number | string
  /** For an export: `json` or `pdf`. */
  format?: 'json' | 'pdf'
}) => {
  const req = await createLocalReq(
    { user: { ...user, collection: slugs.users }, req: { headers: request.headers } },
    payload,
  )
  await writeAudit({
    req,
    action,
    resource: slugs.cases,
    resourceId: caseId,
    detail: format ? { format } : undefined,
  })
}

/** An authority user of the workspace: signed in, with the role and an authority. */
export type AuthorityUser = PortalUser & { authority: NonNullable<PortalUser['authority']> }

const hasAuthority = (user: PortalUser): user is AuthorityUser =>
  user.authority !== null && user.authority !== undefined

/**
 * The signed-in authority user, or a redirect to sign in (403 for any other role). Only
 * authority users work here: they see their own authority's cases, nothing else.
 */
export const requireAuthorityUser = async ({
  request,
  payload,
}: {
  request: Request
  payload: Payload
}): Promise<AuthorityUser> => {
  const user = await requireUser({ request, payload }, { roles: ['authority-user'] })
  if (!hasAuthority(user)) throw data(null, { status: 403 })
  return user
}

export const notFound = () => data(null, { status: 404 })

/** True when a route parameter can be a record id of this database (never a query error). */
export const isIdLike = (payload: Payload, value: string) =>
  payload.db.defaultIDType === 'number' ? /^\d{1,15}$/.test(value) : /^[A-Za-z0-9_-]{1,64}$/.test(value)

/**
 * The user's case by id, read with their own access rules: another authority's case and an
 * unknown id are both 404, so nobody learns whether a case exists. Reading one case by id
 * records that its authority opened it (the case's `openedAt`).
 */
export const caseOfUser = async ({
  payload,
  user,
  id,
  req,
}: {
  payload: Payload
  user: AuthorityUser
  id: string
  req?: PayloadRequest
}): Promise<Case> => {
  if (!isIdLike(payload, id)) throw notFound()
  const doc = await payload
    .findByID({ collection: slugs.cases, id, ...asUser(user), depth: 0, disableErrors: true, req })
    .catch(() => null)
  if (!doc) throw notFound()
  return doc
}

/** Where a signed-in user downloads an attachment: Payload's file route checks their access. */
export const attachmentHrefOf = (filename: unknown) =>
  `/api/${slugs.attachments}/file/${encodeURIComponent(String(filename ?? ''))}`

/** The names of permit types by id, in the language. */
export const permitTypeNamesOf = async ({
  payload,
  ids,
  locale,
}: {
  payload: Payload
  ids?: (number | string)[]
  locale: Locale
}): Promise<Map<string, string>> => {
  // Permit types are public catalogue data.
  const { docs } = await payload.find({
    collection: slugs.permitTypes,
    ...(ids ? { where: { id: { in: ids } } } : {}),
    overrideAccess: false,
    user: null,
    locale,
    fallbackLocale: 'fi',
    depth: 0,
    pagination: false,
    select: { name: true, key: true },
  })
  return new Map(docs.map((doc) => [String(doc.id), textOf(doc.name, locale)]))
}

/** The names of authorities by id, in the language (public data). */
export const authorityNamesOf = async ({
  payload,
  ids,
  locale,
}: {
  payload: Payload
  ids: (number | string)[]
  locale: Locale
}): Promise<Map<string, string>> => {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: slugs.authorities,
    where: { id: { in: ids } },
    overrideAccess: false,
    user: null,
    locale,
    fallbackLocale: 'fi',
    depth: 0,
    pagination: false,
    select: { name: true },
  })
  return new Map(docs.map((doc) => [String(doc.id), textOf(doc.name, locale)]))
}

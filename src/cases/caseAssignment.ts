import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Payload, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { idOf } from '../collections/relations'
import type { Id, Rel } from '../collections/relations'
import { slugs } from '../collections/slugs'
import { finnishTextOf } from '../domain/localize'
import { authorityNoticeOf } from '../notifications/authorityNoticeOf'
import { queueEmail } from '../notifications/sendEmailTask'
import type { Case, User } from '../payload-types'
import { appendCaseEvent } from './appendCaseEvent'
import { authorityCaseLinkOf } from './authorityCaseLink'

/*
 * A case's handler: one user of the case's own authority, or nobody. Every change of handler
 * is kept in the case's history (an `assigned` event the customer does not read) and the
 * new handler is emailed, unless they took the case themselves.
 */

/** Who may handle an authority's cases: its own users, not its system's service account. */
export const isHandlerOf = (
  user: Pick<User, 'role' | 'authority' | 'isServiceAccount'> | null,
  authority: Rel,
): boolean =>
  user !== null &&
  user.role === 'authority-user' &&
  !user.isServiceAccount &&
  idOf(user.authority) !== null &&
  String(idOf(user.authority)) === String(idOf(authority))

/**
 * The users who may handle the authority's cases, by name. Users are read with the system's
 * rights (an authority user may read only their own account), and only their names.
 */
export const handlersOf = async ({
  payload,
  authority,
  req,
}: {
  payload: Payload
  authority: Id
  req?: PayloadRequest
}): Promise<{ id: User['id']; name: string }[]> => {
  const { docs } = await payload.find({
    collection: slugs.users,
    where: {
      and: [
        { authority: { equals: authority } },
        { role: { equals: 'authority-user' } },
        { or: [{ isServiceAccount: { equals: false } }, { isServiceAccount: { exists: false } }] },
      ],
    },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    sort: 'name',
    select: { name: true },
    ...(req ? { req } : {}),
  })
  return docs.map((doc) => ({ id: doc.id, name: doc.name }))
}

const userById = (req: PayloadRequest, id: Id) =>
  req.payload
    .findByID({
      collection: slugs.users,
      id,
      req,
      overrideAccess: true,
      depth: 0,
      disableErrors: true,
      select: { name: true, email: true, role: true, authority: true, isServiceAccount: true },
    })
    .catch(() => null)

/** A new handler must be one of the case's authority's own users. */
export const checkHandler: CollectionBeforeChangeHook<Case> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc || data.handler === undefined) return data
  const handler = idOf(data.handler)
  if (handler === null || String(handler) === String(idOf(originalDoc.handler))) return data
  if (!isHandlerOf(await userById(req, handler), originalDoc.authority))
    throw new APIError("The handler must be a user of the case's authority.", 400, undefined, true)
  return data
}

/** Records a change of handler in the case's history and emails the new handler. */
export const recordAssignment: CollectionAfterChangeHook<Case> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !previousDoc) return doc
  const handler = idOf(doc.handler)
  if (String(handler) === String(idOf(previousDoc.handler))) return doc
  const user = handler === null ? null : await userById(req, handler)
  await appendCaseEvent({
    req,
    caseDoc: doc,
    type: 'assigned',
    summary: user?.name ?? undefined,
    detail: { handler, previousHandler: idOf(previousDoc.handler) },
  })
  if (!user?.email || String(user.id) === String(req.user?.id)) return doc
  const permitType = await req.payload.findByID({
    collection: slugs.permitTypes,
    id: idOf(doc.permitType)!,
    req,
    overrideAccess: true,
    depth: 0,
    locale: 'fi',
    select: { name: true },
  })
  const notice = authorityNoticeOf({
    kind: 'assigned',
    caseNumber: doc.caseNumber,
    permitTypeName: finnishTextOf(permitType.name),
    link: authorityCaseLinkOf({ serverURL: req.payload.config.serverURL, caseId: doc.id }),
  })
  await queueEmail({ payload: req.payload, req, email: { to: user.email, ...notice } })
  return doc
}

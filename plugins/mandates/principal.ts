import type { Payload, PayloadRequest } from 'payload'

import type { AccessUser } from '../../src/access/roles'
import { organisationIdsOf } from '../../src/access/roles'
import { idOf } from '../../src/collections/relations'
import type { Id } from '../../src/collections/relations'
import { slugs } from '../../src/collections/slugs'
import { nowOf } from '../../src/clock'
import type { Mandate, User } from '../../src/payload-types'
import { mandatesSlugs } from './mandatesSlugs'

/** Whom the signed-in user acts for in this session. */
export type Principal =
  | { kind: 'self' }
  | { kind: 'organisation'; id: Id; name: string; businessId: string }
  | { kind: 'person'; name: string }

/**
 * A signed-in user as `payload.auth` returns it: `_sid` is the Payload session (Payload sets
 * it on the user; its types do not name it).
 */
export type SessionUser = AccessUser & { _sid?: string | null }

/** A user signed in with a Payload session, who may choose whom they act for. */
export type SignedIn = User & { _sid: string }

/** Whether the user is signed in with a Payload session. */
export const hasSession = (user: User | null | undefined): user is SignedIn =>
  Boolean(user && '_sid' in user && typeof user._sid === 'string' && user._sid)

const self: { principal: Principal; mandateId: null } = { principal: { kind: 'self' }, mandateId: null }

/** Whether a mandate still lets the user act: theirs, not ended, not expired. */
export const isActiveMandate = (
  mandate: Pick<Mandate, 'user' | 'endedAt' | 'expiresAt'>,
  { userId, now }: { userId: Id; now: Date },
) => String(idOf(mandate.user)) === String(userId) && !mandate.endedAt && new Date(mandate.expiresAt) > now

/**
 * The principal of the user's session and the mandate that entitles it. An expired or ended
 * mandate, or an organisation no longer on the user's list, means the user acts for
 * themselves again.
 */
export const resolvePrincipal = async ({
  payload,
  user,
  req,
}: {
  payload: Payload
  user: SessionUser | null | undefined
  req?: PayloadRequest
}): Promise<{ principal: Principal; mandateId: Id | null }> => {
  if (!user?._sid) return self
  const system = { req, overrideAccess: true, depth: 0 } as const
  const { docs } = await payload.find({
    collection: mandatesSlugs.principalChoices,
    where: { and: [{ user: { equals: user.id } }, { sid: { equals: user._sid } }] },
    limit: 1,
    pagination: false,
    ...system,
  })
  const mandateId = idOf(docs[0]?.mandate)
  if (mandateId === null) return self
  const mandate = await payload
    .findByID({ collection: mandatesSlugs.mandates, id: mandateId, disableErrors: true, ...system })
    .catch(() => null)
  if (!mandate || !isActiveMandate(mandate, { userId: user.id, now: nowOf(payload) })) return self
  if (mandate.kind === 'hpa')
    return { principal: { kind: 'person', name: mandate.personName ?? '' }, mandateId }
  const organisationId = idOf(mandate.organisation)
  if (organisationId === null || !organisationIdsOf(user).map(String).includes(String(organisationId)))
    return self
  const organisation = await payload
    .findByID({ collection: slugs.organisations, id: organisationId, disableErrors: true, ...system })
    .catch(() => null)
  if (!organisation) return self
  return {
    principal: {
      kind: 'organisation',
      id: organisation.id,
      name: organisation.name,
      businessId: organisation.businessId,
    },
    mandateId,
  }
}

/** Whom the signed-in user acts for in this session (for the portal's header). */
export const currentPrincipal = async (payload: Payload, user: SessionUser | null | undefined) =>
  (await resolvePrincipal({ payload, user })).principal

export type ChoosePrincipalResult =
  | { outcome: 'chosen'; principal: Principal }
  /** The mandate has expired or ended: verify again. */
  | { outcome: 'expired' }
  /** Not the user's mandate. */
  | { outcome: 'forbidden' }

/**
 * Sets whom the user acts for in this session: `null` for themselves, or one of their own
 * active mandates. Written with the user's request, so the audit log names them.
 */
export const choosePrincipal = async ({
  req,
  user,
  mandateId,
}: {
  req: PayloadRequest
  user: SignedIn
  mandateId: Id | null
}): Promise<ChoosePrincipalResult> => {
  const { payload } = req
  const system = { req, overrideAccess: true, depth: 0 } as const
  let mandate: Mandate | null = null
  if (mandateId !== null) {
    mandate = await payload
      .findByID({ collection: mandatesSlugs.mandates, id: mandateId, disableErrors: true, ...system })
      .catch(() => null)
    if (!mandate || String(idOf(mandate.user)) !== String(user.id)) return { outcome: 'forbidden' }
    if (!isActiveMandate(mandate, { userId: user.id, now: nowOf(payload) })) return { outcome: 'expired' }
    const organisationId = idOf(mandate.organisation)
    if (mandate.kind === 'ypa' && !organisationIdsOf(user).map(String).includes(String(organisationId)))
      return { outcome: 'expired' }
  }
  // The right to the mandate is established above; choices are system records.
  await payload.delete({
    collection: mandatesSlugs.principalChoices,
    where: { and: [{ user: { equals: user.id } }, { sid: { equals: user._sid } }] },
    ...system,
  })
  if (mandate)
    await payload.create({
      collection: mandatesSlugs.principalChoices,
      data: { user: user.id, sid: user._sid, mandate: mandate.id, expiresAt: mandate.expiresAt },
      ...system,
    })
  return { outcome: 'chosen', principal: (await resolvePrincipal({ payload, user, req })).principal }
}

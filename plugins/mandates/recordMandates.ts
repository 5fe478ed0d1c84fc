import type { PayloadRequest, Where } from 'payload'

import { writeAudit } from '../../src/access/auditHooks'
import { organisationIdsOf } from '../../src/access/roles'
import { idOf } from '../../src/collections/relations'
import type { Id } from '../../src/collections/relations'
import { slugs } from '../../src/collections/slugs'
import { nowOf } from '../../src/clock'
import { isValidBusinessId } from '../../src/domain/business-id'
import type { User } from '../../src/payload-types'
import { entitlingRolesOf } from './entitlingRoles'
import type { AuthorizationResult, Delegate, OrganisationRoles } from './mandatesClient'
import type { MandatesRuntime } from './mandatesOptions'
import { mandatesSlugs } from './mandatesSlugs'
import { personKeyOf } from './personKey'
import type { SignedIn } from './principal'

const systemOf = (req: PayloadRequest) => ({ req, overrideAccess: true, depth: 0 }) as const

const activeWhere = (req: PayloadRequest): Where => ({
  and: [{ endedAt: { exists: false } }, { expiresAt: { greater_than: nowOf(req.payload).toISOString() } }],
})

const findMandates = async (req: PayloadRequest, where: Where) =>
  (
    await req.payload.find({
      collection: mandatesSlugs.mandates,
      where,
      pagination: false,
      ...systemOf(req),
    })
  ).docs

/**
 * Writes a user's organisations. The signed-in user's own request object follows, so the
 * rest of the request (the audit log, the principal) sees the new list.
 */
const setOrganisations = async ({
  req,
  userId,
  organisations,
}: {
  req: PayloadRequest
  userId: Id
  organisations: NonNullable<User['organisations']>
}) => {
  await req.payload.update({ collection: slugs.users, id: userId, data: { organisations }, ...systemOf(req) })
  if (req.user && String(req.user.id) === String(userId)) req.user.organisations = organisations
}

export type EndReason = 'expired' | 'superseded' | 'refused' | 'revoked'

/**
 * Ends the matching mandates that have not ended yet: the session choices that rest on
 * them are removed, and an organisation a mandate put on the user's list comes off again
 * unless another active mandate still grants it.
 */
export const endMandates = async ({
  req,
  where,
  reason,
}: {
  req: PayloadRequest
  where: Where
  reason: EndReason
}) => {
  const { payload } = req
  const ended = await findMandates(req, { and: [where, { endedAt: { exists: false } }] })
  if (ended.length === 0) return ended
  const endedAt = nowOf(payload).toISOString()
  for (const mandate of ended) {
    await payload.update({
      collection: mandatesSlugs.mandates,
      id: mandate.id,
      data: { endedAt },
      ...systemOf(req),
    })
    // A user's own actions are audited by the collection's hooks; the system's are written here.
    if (!req.user)
      await writeAudit({
        req,
        action: 'update',
        resource: mandatesSlugs.mandates,
        resourceId: mandate.id,
        detail: { ended: reason },
      })
  }
  await payload.delete({
    collection: mandatesSlugs.principalChoices,
    where: { mandate: { in: ended.map((mandate) => mandate.id) } },
    ...systemOf(req),
  })
  const addedByUser = new Map<string, Set<string>>()
  for (const mandate of ended) {
    const organisationId = idOf(mandate.organisation)
    if (!mandate.hasAddedOrganisation || organisationId === null) continue
    const userId = String(idOf(mandate.user))
    addedByUser.set(userId, (addedByUser.get(userId) ?? new Set()).add(String(organisationId)))
  }
  for (const [userId, added] of addedByUser) {
    const stillGranted = await findMandates(req, {
      and: [{ user: { equals: userId } }, { organisation: { in: [...added] } }, activeWhere(req)],
    })
    for (const mandate of stillGranted) added.delete(String(idOf(mandate.organisation)))
    if (added.size === 0) continue
    const user = await payload.findByID({ collection: slugs.users, id: userId, ...systemOf(req) })
    const current = user.organisations ?? []
    const kept = current.filter((organisation) => !added.has(String(idOf(organisation))))
    if (kept.length !== current.length) await setOrganisations({ req, userId, organisations: kept })
  }
  return ended
}

export type RecordedMandates = {
  /** Mandates created, one per principal that may be acted for. */
  granted: number[]
  /** Principals chosen on the authorisation page that may not be acted for. */
  refused: number
  /** The service said its answer was incomplete (a register did not answer) for a refused organisation. */
  isIncomplete: boolean
}

const validity = (req: PayloadRequest, runtime: MandatesRuntime) => {
  const now = nowOf(req.payload)
  return {
    verifiedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + runtime.verificationTtlMs).toISOString(),
  }
}

/**
 * YPA: records the organisations the user chose. An organisation with an entitling role is
 * created (by business id) when new, put on the user's list (so the access rules apply) and
 * gets a mandate; one without loses any earlier mandate of the user.
 */
export const recordOrganisationRoles = async ({
  req,
  user,
  organisations,
  runtime,
}: {
  req: PayloadRequest
  user: SignedIn
  organisations: OrganisationRoles[]
  runtime: MandatesRuntime
}): Promise<RecordedMandates> => {
  const { payload } = req
  const result: RecordedMandates = { granted: [], refused: 0, isIncomplete: false }
  for (const answer of organisations) {
    const businessId = answer.identifier.trim()
    const roles = entitlingRolesOf({ roles: answer.roles, entitlingRoles: runtime.entitlingRoles })
    const { docs } = await payload.find({
      collection: slugs.organisations,
      where: { businessId: { equals: businessId } },
      limit: 1,
      pagination: false,
      ...systemOf(req),
    })
    const existing = docs.at(0)
    const ofThisOrganisation = (organisationId: Id): Where => ({
      and: [
        { user: { equals: user.id } },
        { kind: { equals: 'ypa' } },
        { organisation: { equals: organisationId } },
      ],
    })
    if (roles.length === 0 || !isValidBusinessId(businessId)) {
      result.refused += 1
      if (answer.complete === false) result.isIncomplete = true
      if (existing) await endMandates({ req, where: ofThisOrganisation(existing.id), reason: 'refused' })
      continue
    }
    // The user's right to act for the organisation is established by the service's answer.
    const organisation =
      existing ??
      (await payload.create({
        collection: slugs.organisations,
        data: { name: answer.name.trim() || businessId, businessId, type: 'company' },
        ...systemOf(req),
      }))
    const isOnList = organisationIdsOf(user).map(String).includes(String(organisation.id))
    const previous = await findMandates(req, { and: [ofThisOrganisation(organisation.id), activeWhere(req)] })
    const mandate = await payload.create({
      collection: mandatesSlugs.mandates,
      data: {
        user: user.id,
        kind: 'ypa',
        organisation: organisation.id,
        roles,
        hasAddedOrganisation: !isOnList || previous.some((earlier) => earlier.hasAddedOrganisation),
        ...validity(req, runtime),
      },
      ...systemOf(req),
    })
    if (previous.length > 0)
      await endMandates({
        req,
        where: { id: { in: previous.map((earlier) => earlier.id) } },
        reason: 'superseded',
      })
    if (!isOnList)
      await setOrganisations({
        req,
        userId: user.id,
        organisations: [...(user.organisations ?? []), organisation.id],
      })
    result.granted.push(mandate.id)
  }
  return result
}

/**
 * HPA: records the persons the user chose, by their answer for Lupa's issue. The
 * principal is kept by name and a keyed hash of their identity code, never the code.
 */
export const recordPersonAuthorizations = async ({
  req,
  user,
  answers,
  runtime,
  issue,
}: {
  req: PayloadRequest
  user: SignedIn
  answers: { delegate: Delegate; result: AuthorizationResult }[]
  runtime: MandatesRuntime
  issue: string
}): Promise<RecordedMandates> => {
  const result: RecordedMandates = { granted: [], refused: 0, isIncomplete: false }
  for (const { delegate, result: answer } of answers) {
    const personKey = personKeyOf({ personalIdentityCode: delegate.personId, secret: req.payload.secret })
    const ofThisPerson: Where = {
      and: [{ user: { equals: user.id } }, { kind: { equals: 'hpa' } }, { personKey: { equals: personKey } }],
    }
    if (answer !== 'ALLOWED') {
      result.refused += 1
      await endMandates({ req, where: ofThisPerson, reason: 'refused' })
      continue
    }
    const previous = await findMandates(req, { and: [ofThisPerson, activeWhere(req)] })
    const mandate = await req.payload.create({
      collection: mandatesSlugs.mandates,
      data: {
        user: user.id,
        kind: 'hpa',
        personName: delegate.name,
        personKey,
        issue,
        ...validity(req, runtime),
      },
      ...systemOf(req),
    })
    if (previous.length > 0)
      await endMandates({
        req,
        where: { id: { in: previous.map((earlier) => earlier.id) } },
        reason: 'superseded',
      })
    result.granted.push(mandate.id)
  }
  return result
}

/** Ends every mandate past its validity (the expiry job, and before a user starts a new flow). */
export const endExpiredMandates = async ({ req, where }: { req: PayloadRequest; where?: Where }) =>
  endMandates({
    req,
    where: {
      and: [{ expiresAt: { less_than_equal: nowOf(req.payload).toISOString() } }, ...(where ? [where] : [])],
    },
    reason: 'expired',
  })

import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { idOf } from '../collections/relations'

export const roles = ['owner', 'service-producer', 'authority-user', 'customer'] as const
export type Role = (typeof roles)[number]

/** The parts of a signed-in user that access rules read. */
export type AccessUser = {
  id: number | string
  collection?: string
  role?: Role | null
  authority?: number | string | { id: number | string } | null
  organisations?: (number | string | { id: number | string })[] | null
}

export const userOf = (req: PayloadRequest): AccessUser | null => req.user ?? null

export const hasRole = (user: AccessUser | null, ...wanted: Role[]): boolean =>
  Boolean(user?.role && wanted.includes(user.role))

/** Owners and service producers configure and operate the service. */
export const isStaff = (user: AccessUser | null): boolean => hasRole(user, 'owner', 'service-producer')

export const authorityIdOf = (user: AccessUser | null): number | string | null => idOf(user?.authority)

export const organisationIdsOf = (user: AccessUser | null): (number | string)[] =>
  (user?.organisations ?? []).map(idOf).filter((id) => id !== null)

/** The authority of an authority user, or null for anyone else. */
export const ownAuthorityOf = (user: AccessUser | null): number | string | null =>
  hasRole(user, 'authority-user') ? authorityIdOf(user) : null

export const denyAll: Access = () => false
export const anyone: Access = () => true
export const staffOnly: Access = ({ req }) => isStaff(userOf(req))
export const ownerOnly: Access = ({ req }) => hasRole(userOf(req), 'owner')
export const staffField: FieldAccess = ({ req }) => isStaff(userOf(req))
export const noOneField: FieldAccess = () => false

/**
 * Records a customer may see: their own, and those of organisations they act for.
 * `applicantField` and `organisationField` name the fields that hold them.
 */
export const customerWhere = (
  user: AccessUser,
  applicantField = 'applicant',
  organisationField = 'onBehalfOf',
): Where => {
  const organisations = organisationIdsOf(user)
  const own: Where = { [applicantField]: { equals: user.id } }
  return organisations.length === 0 ? own : { or: [own, { [organisationField]: { in: organisations } }] }
}

/**
 * The common read rule of case-bound records: staff see all; an authority user those of
 * their authority; a customer their own and their organisations'; everyone else nothing.
 */
export const caseParty =
  ({ authorityField = 'authority' }: { authorityField?: string } = {}): Access =>
  ({ req }) => {
    const user = userOf(req)
    if (!user) return false
    if (isStaff(user)) return true
    if (hasRole(user, 'authority-user')) {
      const authority = authorityIdOf(user)
      return authority === null ? false : { [authorityField]: { equals: authority } }
    }
    if (hasRole(user, 'customer')) return customerWhere(user)
    return false
  }

/** An authority user limited to records of their own authority. */
export const ownAuthority =
  (authorityField = 'authority'): Access =>
  ({ req }) => {
    const user = userOf(req)
    if (isStaff(user)) return true
    const authority = authorityIdOf(user)
    if (!hasRole(user, 'authority-user') || authority === null) return false
    return { [authorityField]: { equals: authority } }
  }

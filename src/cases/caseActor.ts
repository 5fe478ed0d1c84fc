import type { PayloadRequest } from 'payload'

import { hasRole, isStaff, userOf } from '../access/roles'
import { caseActors } from '../domain/case-status'
import type { CaseActor } from '../domain/case-status'

/**
 * The actor of a request: the signed-in user's role, or `system` for background work
 * without a user. Server code acting on a user's behalf may name the actor in
 * `req.context.caseActor`.
 */
export const caseActorOf = (req: PayloadRequest): CaseActor => {
  const named = req.context?.caseActor
  if (caseActors.includes(named as CaseActor)) return named as CaseActor
  const user = userOf(req)
  if (!user) return 'system'
  if (isStaff(user)) return 'staff'
  if (hasRole(user, 'authority-user')) return 'authority'
  return 'customer'
}

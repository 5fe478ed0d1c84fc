import type { PayloadRequest } from 'payload'

import type { Id } from '../collections/relations'
import { slugs } from '../collections/slugs'
import type { CaseStatus, DecisionOutcome } from '../domain/case-status'

/**
 * Moves a case to a new status in the request's transaction. The case collection's hook
 * checks the move against the status machine for the request's actor and records the event.
 */
export const changeCaseStatus = ({
  req,
  caseId,
  status,
  outcome,
}: {
  req: PayloadRequest
  caseId: Id
  status: CaseStatus
  outcome?: DecisionOutcome | null
}) =>
  req.payload.update({
    collection: slugs.cases,
    id: caseId,
    req,
    overrideAccess: true,
    depth: 0,
    data: { status, ...(outcome ? { outcome } : {}) },
  })

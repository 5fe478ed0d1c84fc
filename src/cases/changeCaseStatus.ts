import type { PayloadRequest } from 'payload'

import type { Id } from '../collections/relations'
import { slugs } from '../collections/slugs'
import type { CaseStatus, DecisionOutcome } from '../domain/case-status'

/** Marks the write of a decided case's new outcome after a decision was corrected. */
export const decisionCorrectedContext = 'decisionCorrected'

/**
 * Moves a case to a new status in the request's transaction. The case collection's hook
 * checks the move against the status machine for the request's actor and records the event.
 * With `isCorrection`, a decided case takes the outcome of its corrected decision and stays decided.
 */
export const changeCaseStatus = ({
  req,
  caseId,
  status,
  outcome,
  isCorrection = false,
}: {
  req: PayloadRequest
  caseId: Id
  status: CaseStatus
  outcome?: DecisionOutcome | null
  isCorrection?: boolean
}) => {
  const update = () =>
    req.payload.update({
      collection: slugs.cases,
      id: caseId,
      req,
      overrideAccess: true,
      depth: 0,
      data: { status, ...(outcome ? { outcome } : {}) },
    })
  if (!isCorrection) return update()
  // Only for this one write: the request's context outlives it.
  req.context[decisionCorrectedContext] = true
  return update().finally(() => {
    delete req.context[decisionCorrectedContext]
  })
}

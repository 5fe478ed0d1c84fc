import type { PayloadRequest } from 'payload'

import type { Id } from '../collections/relations'
import { idOf } from '../collections/relations'
import { slugs } from '../collections/slugs'
import type { Pause } from '../domain/decision-date'
import { expectedDecisionDate } from '../domain/decision-date'
import { serviceDateOf } from '../domain/service-time'
import { serviceCalendarOf } from '../globals/serviceCalendarOf'
import type { SupplementRequest } from '../payload-types'

/** The days a supplement request kept the case waiting (see `Pause`). */
const pauseOf = (request: SupplementRequest, dateOf: (at: string) => string): Pause => ({
  from: dateOf(request.createdAt),
  to:
    request.status === 'open'
      ? request.dueDate.slice(0, 10)
      : dateOf((request.status === 'answered' && request.answeredAt) || request.updatedAt),
})

/**
 * Sets a case's expected decision date again from its permit type's processing time, the
 * owner's service calendar and its supplement requests, in the request's transaction (after
 * a supplement request is made, answered or cancelled).
 */
export const refreshExpectedDecisionDate = async ({ req, caseId }: { req: PayloadRequest; caseId: Id }) => {
  const system = { req, overrideAccess: true, depth: 0 } as const
  const caseDoc = await req.payload.findByID({ collection: slugs.cases, id: caseId, ...system })
  const permitType = await req.payload.findByID({
    collection: slugs.permitTypes,
    id: idOf(caseDoc.permitType)!,
    ...system,
  })
  // No processing time, no expected date (a notification that is only registered).
  if (!permitType.processingDays) return
  const calendar = await serviceCalendarOf(req)
  const { docs: requests } = await req.payload.find({
    collection: slugs.supplementRequests,
    where: { case: { equals: caseId } },
    pagination: false,
    ...system,
  })
  const dateOf = (at: string) => serviceDateOf(new Date(at), calendar)
  const date = expectedDecisionDate({
    receivedOn: dateOf(caseDoc.createdAt),
    serviceDays: permitType.processingDays,
    pauses: requests.map((request) => pauseOf(request, dateOf)),
    calendar,
  })
  if (date !== caseDoc.expectedDecisionDate)
    await req.payload.update({
      collection: slugs.cases,
      id: caseId,
      ...system,
      data: { expectedDecisionDate: date },
    })
}

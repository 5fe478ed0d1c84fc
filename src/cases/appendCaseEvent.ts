import type { PayloadRequest } from 'payload'

import { slugs } from '../collections/slugs'
import type { Case, CaseEvent } from '../payload-types'
import { caseActorOf } from './caseActor'
import { idOf } from '../collections/relations'

export const caseEventTypes = [
  'submitted',
  'status-changed',
  'delivery-attempted',
  'delivered',
  'delivery-failed',
  'delivery-not-configured',
  'changed',
  'message',
  'reminder-sent',
  'escalated',
  'assigned',
] as const
export type CaseEventType = (typeof caseEventTypes)[number]

/**
 * The events a customer may read of their own cases. The rest (deliveries, reminders,
 * assignments to handlers) are the authority's and the service's working history.
 */
export const customerEventTypes = ['submitted', 'status-changed', 'changed', 'message'] as const
export type CustomerEventType = (typeof customerEventTypes)[number]

/** The fields of a case that an event copies for access and history. */
export type CaseRef = Pick<Case, 'id' | 'application' | 'authority' | 'applicant' | 'onBehalfOf'>

/**
 * Appends one event to a case's history in the request's transaction. Case events are
 * append-only: no API can change or delete them.
 */
export const appendCaseEvent = async ({
  req,
  caseDoc,
  type,
  fromStatus,
  toStatus,
  summary,
  detail,
}: {
  req: PayloadRequest
  caseDoc: CaseRef
  type: CaseEventType
  fromStatus?: CaseEvent['fromStatus']
  toStatus?: CaseEvent['toStatus']
  summary?: string
  detail?: Record<string, unknown>
}) => {
  const { user } = req
  return req.payload.create({
    collection: slugs.caseEvents,
    req,
    overrideAccess: true,
    // Nothing reads the new record's relations back.
    depth: 0,
    data: {
      case: caseDoc.id,
      application: idOf(caseDoc.application),
      authority: idOf(caseDoc.authority),
      applicant: idOf(caseDoc.applicant),
      onBehalfOf: idOf(caseDoc.onBehalfOf),
      type,
      fromStatus: fromStatus ?? null,
      toStatus: toStatus ?? null,
      actorKind: caseActorOf(req),
      actor: user?.collection === slugs.users ? user.id : null,
      summary,
      detail,
    },
  })
}

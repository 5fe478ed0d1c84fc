import type { CollectionAfterChangeHook } from 'payload'

import { deliveredAttachmentsOf } from '../../applications/deliveredAttachmentsOf'
import { shareAttachments } from '../../applications/shareAttachments'
import { changeCaseStatus } from '../../cases/changeCaseStatus'
import { enqueueDelivery } from '../../connections/enqueueDelivery'
import type { SupplementRequest } from '../../payload-types'
import { idOf, idsOf } from '../relations'
import { slugs } from '../slugs'

/**
 * After the customer answers a supplement request: the answer's attachments become
 * readable by the case's authority, the case moves on to `supplemented` once no request of
 * it is left open, and the answer goes to the authority through its connection mode
 * (`case.supplemented`), all in the answer's transaction.
 */
export const afterSupplementAnswer: CollectionAfterChangeHook<SupplementRequest> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || previousDoc?.status !== 'open' || doc.status !== 'answered') return doc
  const caseId = idOf(doc.case)!
  const attachmentIds = idsOf(doc.answerAttachments)
  await shareAttachments({
    req,
    attachmentIds,
    applicant: idOf(doc.applicant),
    onBehalfOf: idOf(doc.onBehalfOf),
    authorities: idsOf([doc.authority]),
  })
  const system = { req, overrideAccess: true, depth: 0 } as const
  const caseDoc = await req.payload.findByID({ collection: slugs.cases, id: caseId, ...system })
  const stillOpen = await req.payload.count({
    collection: slugs.supplementRequests,
    where: { case: { equals: caseId }, status: { equals: 'open' } },
    ...system,
  })
  if (caseDoc.status === 'supplement-requested' && stillOpen.totalDocs === 0) {
    await changeCaseStatus({ req, caseId, status: 'supplemented' })
  }
  await enqueueDelivery({
    req,
    caseId,
    type: 'case.supplemented',
    detail: {
      supplementRequestId: String(doc.id),
      whatIsMissing: doc.whatIsMissing,
      answer: doc.answer ?? '',
      answeredAt: doc.answeredAt,
      attachments: await deliveredAttachmentsOf({ req, caseId, attachmentIds }),
    },
  })
  return doc
}

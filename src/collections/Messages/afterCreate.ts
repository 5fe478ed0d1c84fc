import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { deliveredAttachmentsOf } from '../../applications/deliveredAttachmentsOf'
import { shareAttachments } from '../../applications/shareAttachments'
import { appendCaseEvent } from '../../cases/appendCaseEvent'
import { enqueueDelivery } from '../../connections/enqueueDelivery'
import { finalCaseStatuses } from '../../domain/case-status'
import type { Case, Message } from '../../payload-types'
import { idOf, idsOf } from '../relations'
import type { Id } from '../relations'
import { slugs } from '../slugs'

/**
 * The cases an application-level message from the customer reaches: one open case per
 * authority party to the application, so every authority hears of it once.
 */
const openCasePerAuthority = async (req: PayloadRequest, applicationId: Id): Promise<Case['id'][]> => {
  const { docs } = await req.payload.find({
    collection: slugs.cases,
    where: { application: { equals: applicationId }, status: { not_in: [...finalCaseStatuses] } },
    sort: 'caseNumber',
    pagination: false,
    req,
    overrideAccess: true,
    depth: 0,
  })
  const byAuthority = new Map<string, Case['id']>()
  for (const caseDoc of docs) {
    const authority = String(idOf(caseDoc.authority))
    if (!byAuthority.has(authority)) byAuthority.set(authority, caseDoc.id)
  }
  return [...byAuthority.values()]
}

/**
 * After a message between the customer and an authority is written (messages between
 * authorities stay out of it): its attachments become readable by both sides, the case's
 * history records it, and a customer's message goes to the authority through its
 * connection mode (`message.created`), in the same transaction as the message.
 */
export const afterMessageCreate: CollectionAfterChangeHook<Message> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.isInternal) return doc
  const caseId = idOf(doc.case)
  const applicationId = idOf(doc.application)!
  const attachmentIds = idsOf(doc.attachments)
  await shareAttachments({
    req,
    attachmentIds,
    applicant: idOf(doc.applicant),
    onBehalfOf: idOf(doc.onBehalfOf),
    authorities: caseId !== null ? idsOf([doc.authority]) : idsOf(doc.partyAuthorities),
  })
  if (caseId !== null) {
    await appendCaseEvent({
      req,
      caseDoc: {
        id: caseId,
        application: applicationId,
        authority: doc.authority,
        applicant: doc.applicant,
        onBehalfOf: doc.onBehalfOf,
      },
      type: 'message',
      detail: { messageId: String(doc.id) },
    })
  }
  if (doc.senderKind !== 'customer') return doc
  const caseIds = caseId !== null ? [caseId] : await openCasePerAuthority(req, applicationId)
  for (const target of caseIds) {
    await enqueueDelivery({
      req,
      caseId: target,
      type: 'message.created',
      detail: {
        messageId: String(doc.id),
        isApplicationLevel: caseId === null,
        body: doc.body,
        attachments: await deliveredAttachmentsOf({ req, caseId: target, attachmentIds }),
      },
    })
  }
  return doc
}

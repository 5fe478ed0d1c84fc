import { randomUUID } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { idOf } from '../collections/relations'
import { slugs } from '../collections/slugs'
import { queueJob } from '../jobs/wakeWorkers'
import type { Case, Delivery } from '../payload-types'
import { deliveryMessageOf } from './deliveryMessageOf'
import type { DeliveryEventType, DeliveryMessage } from './types'

export const deliverMessageTaskSlug = 'deliverMessage' as const

/**
 * Puts a message for the case's authority into the outbox and queues its delivery, in the
 * request's transaction: the message exists exactly when the event it reports does. A
 * caller that has the case and its message in hand (submission) passes them in.
 */
export const enqueueDelivery = async ({
  req,
  caseId,
  type,
  detail,
  prepared,
}: {
  req: PayloadRequest
  caseId: number | string
  type: DeliveryEventType
  detail?: Record<string, unknown>
  prepared?: { caseDoc: Pick<Case, 'id' | 'caseNumber' | 'authority'>; message: DeliveryMessage }
}) => {
  const { payload } = req
  const message =
    prepared?.message ?? (await deliveryMessageOf({ req, caseId, type, id: newMessageId(), detail }))
  const caseDoc =
    prepared?.caseDoc ??
    (await payload.findByID({ collection: slugs.cases, id: caseId, req, depth: 0, overrideAccess: true }))
  const authority = idOf(caseDoc.authority)
  if (authority === null) throw new Error(`Case ${caseDoc.caseNumber} has no authority to deliver to`)
  const delivery = await payload.create({
    collection: slugs.deliveries,
    req,
    overrideAccess: true,
    depth: 0,
    data: {
      messageId: message.id,
      eventType: type,
      case: caseDoc.id,
      authority,
      status: 'pending',
      attempts: 0,
      queuedAt: new Date().toISOString(),
      message,
    },
  })
  await queueDeliveryJob({ req, delivery })
  return delivery
}

/** A new message's id: receivers deduplicate on it. */
export const newMessageId = () => `msg_${randomUUID()}`

/**
 * Queues the delivery job of a delivery, now or at `waitUntil`. Its destination is the
 * authority: a worker runs only a few jobs of one destination at once, so an authority
 * whose system hangs holds up no one else's deliveries.
 */
export const queueDeliveryJob = ({
  req,
  delivery,
  waitUntil,
}: {
  req: PayloadRequest
  delivery: Pick<Delivery, 'id' | 'authority'>
  waitUntil?: Date
}) =>
  queueJob(req.payload, {
    task: deliverMessageTaskSlug,
    input: { deliveryId: String(delivery.id), destination: `authority:${idOf(delivery.authority)}` },
    req,
    ...(waitUntil ? { waitUntil } : {}),
  })

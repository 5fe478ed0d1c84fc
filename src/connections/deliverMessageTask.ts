import type { TaskConfig } from 'payload'

import { appendCaseEvent } from '../cases/appendCaseEvent'
import { slugs } from '../collections/slugs'
import { withTransaction } from '../db/withTransaction'
import { destinationFailed, destinationIsBack } from '../jobs/destinationIsBack'
import { alertServiceProducers } from './alertServiceProducers'
import { nowOf } from '../clock'
import { deliveryPolicyOf, retryDelayMs } from './deliveryPolicy'
import { deliverMessageTaskSlug, queueDeliveryJob } from './enqueueDelivery'
import { findConnectionMode } from './registry'
import type { DeliveryMessage, DeliveryReceipt } from './types'
import { DeliveryFailedError } from './types'
import { idOf } from '../collections/relations'
import { finnishTextOf } from '../domain/localize'

const finalStatuses = ['delivered', 'dead-lettered', 'not-configured']

/**
 * The delivery orchestrator: the one place that counts attempts, records receipts and case
 * events, and decides between retrying (exponential backoff with jitter, honouring
 * `Retry-After`, for as long as the policy allows) and dead-lettering. Connection modes
 * only deliver. A job run twice for the same message does nothing the second time.
 */
export const deliverMessageTask: TaskConfig<{
  input: { deliveryId: string; destination?: string }
  output: { status: string }
}> = {
  slug: deliverMessageTaskSlug,
  label: 'Deliver a message to an authority',
  inputSchema: [
    { name: 'deliveryId', type: 'text', required: true },
    { name: 'destination', type: 'text' },
  ],
  outputSchema: [{ name: 'status', type: 'text', required: true }],
  retries: 5,
  handler: async ({ input, req }) => {
    const { payload } = req
    const system = { req, overrideAccess: true, depth: 0 } as const
    const now = nowOf(payload)
    const delivery = await payload.findByID({
      collection: slugs.deliveries,
      id: input.deliveryId,
      ...system,
    })
    // A job runs whenever it is due, also before the delivery's planned next attempt: the
    // authority's system may have come back (see destinationIsBack).
    const { status } = delivery
    if (finalStatuses.includes(status)) return { output: { status } }

    // Written by enqueueDelivery from deliveryMessageOf; the JSON field is typed loosely.
    const message = delivery.message as DeliveryMessage
    const caseDoc = await payload.findByID({
      collection: slugs.cases,
      id: idOf(delivery.case)!,
      ...system,
    })
    const authority = await payload.findByID({
      collection: slugs.authorities,
      id: idOf(delivery.authority)!,
      ...system,
      locale: 'fi',
    })
    const permitType = await payload.findByID({
      collection: slugs.permitTypes,
      id: idOf(caseDoc.permitType)!,
      ...system,
    })
    const modeSlug =
      permitType.connectionMode && permitType.connectionMode !== 'authority'
        ? permitType.connectionMode
        : (authority.connectionMode ?? 'none')
    const mode = findConnectionMode(payload.config, modeSlug)
    const isSubmission = message.type === 'case.submitted'

    if (!mode) {
      // The outcome of an attempt: delivery, case and history together, or not at all.
      await withTransaction(req, async () => {
        await payload.update({
          collection: slugs.deliveries,
          id: delivery.id,
          ...system,
          data: { status: 'not-configured', mode: modeSlug },
        })
        if (isSubmission)
          await payload.update({
            collection: slugs.cases,
            id: caseDoc.id,
            ...system,
            data: { deliveryState: 'not-configured' },
          })
        await appendCaseEvent({
          req,
          caseDoc,
          type: 'delivery-not-configured',
          summary: `No connection mode "${modeSlug}" is available for this authority.`,
          detail: { connectionMode: modeSlug, messageId: message.id },
        })
      })
      return { output: { status: 'not-configured' } }
    }

    const attempts = (delivery.attempts ?? 0) + 1
    const policy = deliveryPolicyOf(payload)
    let failure: DeliveryFailedError | null = null
    let receipt: DeliveryReceipt | null = null
    try {
      // The mode checks its settings again right before the attempt: they may have changed since.
      receipt = await mode.deliver({ message, authority, payload, req })
    } catch (error) {
      failure =
        error instanceof DeliveryFailedError
          ? error
          : new DeliveryFailedError({
              message: error instanceof Error ? error.message : String(error),
              cause: error,
            })
    }

    if (receipt) {
      await withTransaction(req, async () => {
        await payload.update({
          collection: slugs.deliveries,
          id: delivery.id,
          ...system,
          data: {
            status: 'delivered',
            mode: mode.slug,
            attempts,
            deliveredAt: now.toISOString(),
            nextAttemptAt: null,
            receipt,
          },
        })
        if (isSubmission) {
          // A submitted case moves to delivered in the same write (the case's hooks check the
          // move for the system and record it).
          const isMoved = caseDoc.status === 'submitted'
          if (isMoved) req.context.caseActor = 'system'
          await payload.update({
            collection: slugs.cases,
            id: caseDoc.id,
            ...system,
            data: {
              deliveryState: 'delivered',
              deliveryAttempts: attempts,
              deliveredAt: now.toISOString(),
              ...(receipt?.reference ? { externalReference: receipt.reference } : {}),
              ...(isMoved ? { status: 'delivered' as const } : {}),
            },
          })
        }
        await appendCaseEvent({
          req,
          caseDoc,
          type: 'delivered',
          summary: `${message.type} delivered by ${mode.slug} (attempt ${attempts})`,
          detail: { messageId: message.id, attempts, receipt },
        })
      })
      if (attempts > 1 && input.destination) await destinationIsBack(payload, input.destination)
      return { output: { status: 'delivered' } }
    }

    const error = failure!
    if (input.destination) destinationFailed(payload, input.destination)
    const age = now.getTime() - new Date(delivery.queuedAt ?? delivery.createdAt).getTime()
    const isDeadLetter = !error.isRetryable || age >= policy.giveUpAfterMs
    const nextAttemptAt = isDeadLetter
      ? null
      : new Date(now.getTime() + retryDelayMs({ attempts, policy, retryAfterMs: error.retryAfterMs }))
    await withTransaction(req, async () => {
      await payload.update({
        collection: slugs.deliveries,
        id: delivery.id,
        ...system,
        data: {
          status: isDeadLetter ? 'dead-lettered' : 'retrying',
          mode: mode.slug,
          attempts,
          nextAttemptAt: nextAttemptAt?.toISOString() ?? null,
          lastError: error.message.slice(0, 500),
          lastResponse: error.response,
        },
      })
      if (isSubmission)
        await payload.update({
          collection: slugs.cases,
          id: caseDoc.id,
          ...system,
          data: {
            deliveryState: isDeadLetter ? 'dead-lettered' : 'failed',
            deliveryAttempts: attempts,
          },
        })
      await appendCaseEvent({
        req,
        caseDoc,
        type: 'delivery-failed',
        summary: error.message.slice(0, 300),
        detail: {
          messageId: message.id,
          attempts,
          isDeadLettered: isDeadLetter,
          nextAttemptAt: nextAttemptAt?.toISOString() ?? null,
          response: error.response,
        },
      })
      if (nextAttemptAt) await queueDeliveryJob({ req, delivery, waitUntil: nextAttemptAt })
    })
    if (isDeadLetter) {
      await alertServiceProducers({
        payload,
        subject: `Delivery dead-lettered: ${message.case.caseNumber}`,
        text: `The ${message.type} message ${message.id} to ${finnishTextOf(authority.name)} was not delivered after ${attempts} attempt(s): ${error.message}. Replay it from the admin (Deliveries) once the cause is fixed.`,
      })
    }
    return { output: { status: isDeadLetter ? 'dead-lettered' : 'retrying' } }
  },
}

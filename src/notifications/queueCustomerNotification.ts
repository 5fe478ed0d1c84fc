import type { PayloadRequest } from 'payload'

import { queueJob } from '../jobs/wakeWorkers'
import type { CustomerNotificationKind } from './customerNotificationOf'

/** The destination of every job that sends email: the mail server. */
export const emailDestination = 'email'

export const notifyCustomerTaskSlug = 'notifyCustomer'

/** What the notification job needs; nothing of the application's data. */
export type CustomerNotificationInput = {
  applicationId: string
  caseId?: string | null
  kind: CustomerNotificationKind
  /** The case's new status, for `status-changed`. */
  status?: string | null
  /** The day (`YYYY-MM-DD`) an abandoned draft is deleted, for `draft-expiring`. */
  deleteOn?: string | null
  /** Attempts so far; the job queues itself again after a failed send. */
  attempts?: number
  /** When the first attempt was queued (ISO); retries stop after the delivery policy's limit. */
  firstQueuedAt?: string
  destination?: string
}

/**
 * Queues an email to the customer in the request's transaction: it is sent only if the
 * event that caused it is committed, and by a job, so a mail server that is down never
 * fails the write.
 */
export const queueCustomerNotification = ({
  req,
  input,
  waitUntil,
}: {
  req: PayloadRequest
  input: CustomerNotificationInput
  waitUntil?: Date
}) =>
  queueJob(req.payload, {
    task: notifyCustomerTaskSlug,
    input: { ...input, destination: emailDestination },
    req,
    ...(waitUntil ? { waitUntil } : {}),
  })

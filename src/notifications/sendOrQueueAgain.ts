import type { PayloadRequest, SendEmailOptions } from 'payload'

import { nowOf } from '../clock'
import { deliveryPolicyOf, retryDelayMs } from '../connections/deliveryPolicy'
import { destinationFailed, destinationIsBack } from '../jobs/destinationIsBack'
import { emailDestination } from './queueCustomerNotification'
import { sendEmailWithin } from './sendEmailWithin'

/** What an email job carries to count its attempts across the jobs that retry it. */
export type Attempts = { attempts?: number | null; firstQueuedAt?: string | null }

/**
 * Sends an email from a job. A failed send queues the job again after the delivery policy's
 * backoff (the mail server may be down for a while), until the policy gives up.
 */
export const sendOrQueueAgain = async <Input extends Attempts>({
  req,
  input,
  message,
  about,
  queueAgain,
}: {
  req: PayloadRequest
  input: Input
  message: SendEmailOptions
  /** What the email is about, for the log. */
  about: string
  queueAgain: (input: Input, waitUntil: Date) => Promise<unknown>
}): Promise<'sent' | 'retrying' | 'gave-up'> => {
  const { payload } = req
  const now = nowOf(payload)
  const policy = deliveryPolicyOf(payload)
  const attempts = Number(input.attempts ?? 0) + 1
  try {
    await sendEmailWithin({ payload, message, timeoutMs: policy.timeoutMs })
    if (attempts > 1) await destinationIsBack(payload, emailDestination)
    return 'sent'
  } catch (error) {
    destinationFailed(payload, emailDestination)
    const firstQueuedAt = input.firstQueuedAt ?? now.toISOString()
    if (now.getTime() - new Date(firstQueuedAt).getTime() >= policy.giveUpAfterMs) {
      payload.logger.error({ err: error, msg: `Gave up emailing ${about} after ${attempts} attempt(s)` })
      return 'gave-up'
    }
    payload.logger.warn({ err: error, msg: `Could not email ${about}; retrying` })
    await queueAgain(
      { ...input, attempts, firstQueuedAt },
      new Date(now.getTime() + retryDelayMs({ attempts, policy })),
    )
    return 'retrying'
  }
}

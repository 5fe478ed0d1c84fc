import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { queueJob } from '../jobs/wakeWorkers'
import { emailDestination } from './queueCustomerNotification'
import type { Attempts } from './sendOrQueueAgain'
import { sendOrQueueAgain } from './sendOrQueueAgain'

export const sendEmailTaskSlug = 'sendEmail'

/** An email as the outbox keeps it: addresses and text, no personal identity codes. */
export type OutboxEmail = {
  /** One address, or several separated by commas. */
  to: string
  subject: string
  text: string
  /** Queued once per key: the same notice asked for twice (a retried delivery) is sent once. */
  key?: string | null
}

type SendEmailInput = OutboxEmail & Attempts & { destination?: string | null }

const queueSend = ({
  payload,
  req,
  input,
  waitUntil,
}: {
  payload: Payload
  req?: PayloadRequest
  input: SendEmailInput
  waitUntil?: Date
}) =>
  queueJob(payload, {
    task: sendEmailTaskSlug,
    input: { ...input, destination: emailDestination },
    ...(req ? { req } : {}),
    ...(waitUntil ? { waitUntil } : {}),
  })

/**
 * Puts an email into the outbox (in the request's transaction, when given one): a job sends
 * it and retries until the mail server takes it, so a mail server that is down loses nothing.
 */
export const queueEmail = async ({
  payload,
  req,
  email,
}: {
  payload: Payload
  req?: PayloadRequest
  email: OutboxEmail
}) => {
  if (email.key) {
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: sendEmailTaskSlug }, 'input.key': { equals: email.key } },
      overrideAccess: true,
      ...(req ? { req } : {}),
    })
    if (totalDocs > 0) return
  }
  await queueSend({ payload, req, input: email })
}

export const sendEmailTask: TaskConfig<{ input: SendEmailInput; output: { status: string } }> = {
  slug: sendEmailTaskSlug,
  label: 'Send an email',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'key', type: 'text' },
    { name: 'attempts', type: 'number' },
    { name: 'firstQueuedAt', type: 'text' },
    { name: 'destination', type: 'text' },
  ],
  outputSchema: [{ name: 'status', type: 'text', required: true }],
  retries: 3,
  handler: async ({ input, req }) => {
    const status = await sendOrQueueAgain({
      req,
      input,
      message: { to: input.to, subject: input.subject, text: input.text },
      about: `"${input.subject}"`,
      queueAgain: (next, waitUntil) => queueSend({ payload: req.payload, req, input: next, waitUntil }),
    })
    return { output: { status } }
  },
}

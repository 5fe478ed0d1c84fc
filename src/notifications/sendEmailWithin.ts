import type { Payload, SendEmailOptions } from 'payload'

import { countEmail } from '../server/metrics/emails'

/** A send that took longer than allowed; the mail server may still deliver it. */
export class EmailTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`The mail server did not answer within ${timeoutMs} ms`)
    this.name = 'EmailTimeoutError'
  }
}

/**
 * Sends an email through Payload's email adapter, failing after `timeoutMs` so a mail server
 * that hangs cannot hold a job (nodemailer waits minutes by default). What the adapter
 * answered is returned as is (nodemailer's `SentMessageInfo`).
 */
export const sendEmailWithin = async ({
  payload,
  message,
  timeoutMs,
}: {
  payload: Payload
  message: SendEmailOptions
  timeoutMs: number
}): Promise<unknown> => {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new EmailTimeoutError(timeoutMs)), timeoutMs)
  })
  try {
    const result = await Promise.race([payload.sendEmail(message), timeout])
    countEmail('sent')
    return result
  } catch (error) {
    countEmail(error instanceof EmailTimeoutError ? 'timeout' : 'failed')
    throw error
  } finally {
    clearTimeout(timer)
  }
}

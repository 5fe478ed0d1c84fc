import type { Payload } from 'payload'

import { deliveryPolicyOf } from '../../src/connections/deliveryPolicy'
import { sendEmailWithin } from '../../src/notifications/sendEmailWithin'

/** What nodemailer tells about a send (or a refused one). */
type SmtpInfo = { messageId?: string; response?: string; responseCode?: number }

/** A send the mail server did not take: down, too slow, or refusing. */
export class AuthorityEmailError extends Error {
  readonly responseCode: number | null
  readonly response: string | null

  constructor(cause: unknown) {
    const smtp = (cause ?? {}) as SmtpInfo
    super(`The email could not be sent: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'AuthorityEmailError'
    this.responseCode = typeof smtp.responseCode === 'number' ? smtp.responseCode : null
    this.response = typeof smtp.response === 'string' ? smtp.response.slice(0, 500) : null
  }
}

/**
 * Sends one email to an authority within the delivery policy's time limit. The message id
 * is derived from `key`, so a receiver that sees the same email twice (a retry after a lost
 * answer) can tell.
 */
export const sendAuthorityEmail = async ({
  payload,
  to,
  subject,
  text,
  key,
}: {
  payload: Payload
  to: string
  subject: string
  text: string
  key: string
}) => {
  const host = new URL(payload.config.serverURL || 'http://localhost').hostname || 'localhost'
  try {
    const info = (await sendEmailWithin({
      payload,
      message: { to, subject, text, messageId: `<${key}@${host}>` },
      timeoutMs: deliveryPolicyOf(payload).timeoutMs,
    })) as SmtpInfo | undefined
    return { messageId: info?.messageId ?? null, response: info?.response ?? null }
  } catch (error) {
    throw new AuthorityEmailError(error)
  }
}

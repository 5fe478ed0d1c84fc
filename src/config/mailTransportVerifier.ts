import nodemailer from 'nodemailer'
import type { Payload } from 'payload'

import { smtpTransportOptions } from './smtpTransportOptions'
import { customOf } from './custom'

/** A read-only check of the mail server: connects, greets and logs in, sends nothing. */
export type VerifyMailTransport = () => Promise<void>

/**
 * The check of the mail server of `SMTP_URL` (null when none is set). It opens a connection
 * of its own, so the URL and its password stay inside this closure and out of the config.
 */
export const mailTransportVerifier = (smtpUrl: string | undefined): VerifyMailTransport | null =>
  smtpUrl
    ? async () => {
        const transport = nodemailer.createTransport({
          ...smtpTransportOptions(smtpUrl),
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 10_000,
        })
        try {
          await transport.verify()
        } finally {
          transport.close()
        }
      }
    : null

/** The mail server check of a running Payload, or null when mail is only logged. */
export const verifyMailTransportOf = (payload: Payload): VerifyMailTransport | null =>
  customOf(payload.config).verifyMailTransport ?? null

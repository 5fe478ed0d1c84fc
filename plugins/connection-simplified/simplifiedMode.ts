import { verifyMailTransportOf } from '../../src/config/mailTransportVerifier'
import { defineConnectionMode } from '../../src/connections/defineConnectionMode'
import { DeliveryFailedError, InvalidConnectionConfigError } from '../../src/connections/types'
import { authorityCaseLinkOf } from '../../src/cases/authorityCaseLink'
import { authorityNoticeOf } from '../../src/notifications/authorityNoticeOf'
import { AuthorityEmailError, sendAuthorityEmail } from './sendAuthorityEmail'
import type { SimplifiedSettings } from './simplifiedSettings'
import { simplifiedSettingsFields, simplifiedSettingsSchema } from './simplifiedSettings'

/** Stored on authorities and permit types: never rename. */
export const simplifiedModeSlug = 'simplified'

/** Where the mode's notices go: the override of its settings, else the authority's notice email. */
export const noticeAddressOf = ({
  options,
  authority,
}: {
  options: SimplifiedSettings
  authority: { noticeEmail: string | null }
}) => options.noticeEmailOverride ?? authority.noticeEmail ?? null

const noAddressProblem =
  "No notice address: set the authority's notice email or this mode's notice address override."

/**
 * The simplified connection mode: the authority gets an email notice with the permit type,
 * the case number and a link, and handles the case by hand in Lupa's authority workspace.
 */
export const simplifiedMode = defineConnectionMode({
  slug: simplifiedModeSlug,
  label: {
    fi: 'Kevennetty (sähköposti-ilmoitus)',
    sv: 'Förenklad (e-postmeddelande)',
    en: 'Simplified (email notice)',
  },
  optionsSchema: simplifiedSettingsSchema,
  fields: simplifiedSettingsFields,
  deliver: async ({ message, options, authority, payload }) => {
    const to = noticeAddressOf({ options, authority })
    if (!to) {
      // Retrying cannot help until someone fixes the settings: dead-letter it now.
      throw new DeliveryFailedError({
        message: noAddressProblem,
        cause: new InvalidConnectionConfigError([noAddressProblem]),
        isRetryable: false,
      })
    }
    const { subject, text } = authorityNoticeOf({
      kind: message.type,
      caseNumber: message.case.caseNumber,
      permitTypeName: message.case.permitType.name,
      link: authorityCaseLinkOf({ serverURL: payload.config.serverURL, caseId: message.case.id }),
    })
    try {
      const sent = await sendAuthorityEmail({ payload, to, subject, text, key: message.id })
      return { detail: { channel: 'email', smtpMessageId: sent.messageId, smtpResponse: sent.response } }
    } catch (error) {
      const smtp = error instanceof AuthorityEmailError ? error : null
      // Down, slow or refusing: the orchestrator retries with backoff and dead-letters in the end.
      throw new DeliveryFailedError({
        message: error instanceof Error ? error.message : String(error),
        cause: error,
        response: smtp?.responseCode ? { status: smtp.responseCode, body: smtp.response ?? undefined } : null,
      })
    }
  },
  checkConfig: async ({ options, authority, payload }) => {
    const problems = noticeAddressOf({ options, authority }) ? [] : [noAddressProblem]
    const verify = verifyMailTransportOf(payload)
    if (!verify) {
      problems.push('SMTP_URL is not set: emails are only written to the log.')
    } else {
      try {
        await verify()
      } catch (error) {
        problems.push(
          `The mail server did not accept a connection: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
    }
    if (problems.length > 0) throw new InvalidConnectionConfigError(problems)
  },
})

import type { Payload } from 'payload'

import type { DeliveryAuthority, DeliveryMessage } from '../../src/connections/types'
import { authorityCaseLinkOf } from '../../src/cases/authorityCaseLink'
import { queueEmail } from '../../src/notifications/sendEmailTask'

/**
 * Emails the authority's notice address that a case has arrived: permit type, case number
 * and a link, never personal data. Through the outbox, once per message: the mail server
 * being down delays the notice, and a delivery attempt made again does not send it twice.
 */
export const sendCaseNotice = async ({
  payload,
  message,
  authority,
}: {
  payload: Payload
  message: DeliveryMessage
  authority: DeliveryAuthority
}) => {
  if (!authority.noticeEmail) return
  const { caseNumber, permitType, id } = message.case
  const link = authorityCaseLinkOf({ serverURL: payload.config.serverURL, caseId: id })
  const text = [
    `Lupa-palveluun on saapunut uusi asia, joka on toimitettu järjestelmäänne.`,
    `Lupatyyppi: ${permitType.name}`,
    `Asianumero: ${caseNumber}`,
    `Asia Lupassa: ${link}`,
    '',
    `Ett nytt ärende har kommit till Lupa och levererats till ert system.`,
    `Ärendenummer: ${caseNumber}`,
    `Ärendet i Lupa: ${link}`,
    '',
    `A new case has arrived in Lupa and was delivered to your system.`,
    `Case number: ${caseNumber}`,
    `The case in Lupa: ${link}`,
  ].join('\n')
  await queueEmail({
    payload,
    email: {
      key: `case-notice:${message.id}`,
      to: authority.noticeEmail,
      subject: `Uusi asia / Nytt ärende / New case: ${caseNumber}`,
      text,
    },
  })
}

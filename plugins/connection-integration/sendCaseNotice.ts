import type { Payload } from 'payload'

import type { DeliveryAuthority, DeliveryMessage } from '../../src/connections/types'

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)),
  ])

/** Where an authority user opens the case in the authority workspace. */
export const authorityCaseUrlOf = ({ serverURL, caseId }: { serverURL: string; caseId: string }) =>
  `${serverURL}/authority/cases/${encodeURIComponent(caseId)}`

/**
 * Emails the authority's notice address that a case has arrived: permit type, case number
 * and a link, never personal data. A side effect of the delivery, not part of it: a failure
 * is logged and the delivery carries on.
 */
export const sendCaseNotice = async ({
  payload,
  message,
  authority,
  timeoutMs,
}: {
  payload: Payload
  message: DeliveryMessage
  authority: DeliveryAuthority
  timeoutMs: number
}) => {
  if (!authority.noticeEmail) return
  const { caseNumber, permitType, id } = message.case
  const link = authorityCaseUrlOf({ serverURL: payload.config.serverURL, caseId: id })
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
  try {
    await withTimeout(
      payload.sendEmail({
        to: authority.noticeEmail,
        subject: `Uusi asia / Nytt ärende / New case: ${caseNumber}`,
        text,
      }),
      timeoutMs,
    )
  } catch (error) {
    payload.logger.error({
      err: error,
      msg: `Could not email the notice of case ${caseNumber}; delivery goes on`,
    })
  }
}

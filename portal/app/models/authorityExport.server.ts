import type { Payload } from 'payload'
import type { TFunction } from 'i18next'

import { caseDetailOf, decisionViewOf, supplementRequestViewOf } from '../../../src/cases/caseViews'
import { filesOfMatter } from '../../../src/collections/partyFiles'
import { idOf, idsOf } from '../../../src/collections/relations'
import { slugs } from '../../../src/collections/slugs'
import type { Locale } from '../../../src/domain/types'
import { documentPdf, type PdfSection } from '../../../src/pdf/documentPdf'
import { formatNumber } from '../i18n/format'
import { attachmentHrefOf, caseOfUser, formatDateTime, type AuthorityUser } from './authority.server'
import { loadAuthorityCase } from './authorityCase.server'
import { asUser, requestAs } from './session.server'

/**
 * The case as JSON: the case view its authority's channels share (the integration API's
 * `GET /cases/:id`, data of the permit type only) with file links the signed-in user can
 * follow, plus its supplement requests, decisions, messages (internal ones marked) and
 * history. Read with the user's own access; the case view reads the application's
 * attachment list and decisions with system rights once the case is found to be the user's.
 */
export const caseExportJsonOf = async ({
  payload,
  user,
  id,
}: {
  payload: Payload
  user: AuthorityUser
  id: string
}) => {
  const caseDoc = await caseOfUser({ payload, user, id })
  const req = await requestAs(payload, user)
  const fileUrl = (filename: string | null | undefined) =>
    `${payload.config.serverURL}${attachmentHrefOf(filename)}`
  const own = { ...asUser(user), depth: 0, pagination: false, sort: 'createdAt' } as const
  const byCase = { case: { equals: caseDoc.id } }
  const applicationId = idOf(caseDoc.application)
  const [detail, supplements, decisions, messages, events] = await Promise.all([
    caseDetailOf(req, caseDoc),
    payload.find({ collection: slugs.supplementRequests, where: byCase, ...own }),
    payload.find({ collection: slugs.decisions, where: byCase, ...own }),
    payload.find({
      collection: slugs.messages,
      where: {
        and: [{ application: { equals: applicationId } }, { or: [byCase, { case: { exists: false } }] }],
      },
      ...own,
    }),
    payload.find({ collection: slugs.caseEvents, where: byCase, ...own }),
  ])
  const documentIds = idsOf(decisions.docs.map((doc) => doc.document))
  const documents =
    documentIds.length === 0
      ? []
      : filesOfMatter(
          (
            await payload.find({
              collection: slugs.attachments,
              where: { id: { in: documentIds } },
              ...own,
            })
          ).docs,
          caseDoc,
        )
  return {
    ...detail,
    attachments: detail.attachments.map((attachment) => ({
      ...attachment,
      url: fileUrl(attachment.filename),
    })),
    supplementRequests: supplements.docs.map((doc) => ({
      ...supplementRequestViewOf(doc),
      answer: doc.answer ?? null,
      answeredAt: doc.answeredAt ?? null,
    })),
    decisions: decisions.docs.map((doc) => {
      const document = documents.find((file) => file.id === idOf(doc.document)) ?? null
      const view = decisionViewOf(req, doc, document)
      return { ...view, document: view.document && { ...view.document, url: fileUrl(document?.filename) } }
    }),
    messages: messages.docs.map((doc) => {
      const caseId = idOf(doc.case)
      return {
        id: String(doc.id),
        caseId: caseId === null ? null : String(caseId),
        senderKind: doc.senderKind ?? '',
        isInternal: Boolean(doc.isInternal),
        body: doc.body,
        createdAt: doc.createdAt,
      }
    }),
    history: events.docs.map((doc) => ({
      type: doc.type,
      fromStatus: doc.fromStatus ?? null,
      toStatus: doc.toStatus ?? null,
      actorKind: doc.actorKind,
      createdAt: doc.createdAt,
    })),
  }
}

const fileSizeOf = (bytes: number, locale: Locale) =>
  bytes >= 1024 * 1024
    ? `${formatNumber({ value: Math.round((bytes / (1024 * 1024)) * 10) / 10, locale })} MB`
    : `${formatNumber({ value: Math.max(1, Math.round(bytes / 1024)), locale })} kB`

/** The case page as a PDF document in the user's language (the same content as the page). */
export const caseExportPdfOf = async ({
  payload,
  user,
  id,
  locale,
  t,
}: {
  payload: Payload
  user: AuthorityUser
  id: string
  locale: Locale
  t: TFunction<'authority'>
}) => {
  const page = await loadAuthorityCase({
    payload,
    user,
    id,
    locale,
    yesNo: { yes: t('values.yes'), no: t('values.no') },
  })
  const { case: caseView } = page
  const dash = '–'
  const sections: PdfSection[] = [
    {
      heading: t('case.summaryHeading'),
      rows: [
        [t('case.status'), caseView.statusLabel],
        ...(caseView.outcomeLabel ? [[t('case.outcome'), caseView.outcomeLabel] as [string, string]] : []),
        [t('case.applicant'), caseView.applicantName ?? dash],
        [t('case.receiptNumber'), caseView.applicationReceiptNumber ?? dash],
        [t('case.submittedAt'), caseView.submittedAt ?? dash],
        [t('case.receivedAt'), caseView.receivedAt ?? dash],
        [t('case.expectedDecision'), caseView.expectedDecisionOn ?? dash],
        [t('case.decidedAt'), caseView.decidedAt ?? dash],
        [t('case.externalReference'), caseView.externalReference ?? dash],
      ],
    },
    {
      heading: t('case.dataHeading'),
      rows: page.data.map((row) => [row.label, row.value ?? dash]),
    },
    {
      heading: t('case.attachmentsHeading'),
      ...(page.attachments.length > 0
        ? { rows: page.attachments.map((file) => [file.name, fileSizeOf(file.filesize, locale)]) }
        : { paragraphs: [t('case.noAttachments')] }),
    },
    {
      heading: t('case.supplementsHeading'),
      paragraphs:
        page.supplementRequests.length > 0
          ? page.supplementRequests
              .flatMap(({ items }) => items)
              .flatMap((request) => [
                `${t(`supplementStatus.${request.status}` as 'supplementStatus.open')} · ${t('case.dueOn', { date: request.dueOn ?? dash })}`,
                request.whatIsMissing,
                ...(request.answer ? [`${t('case.answer')}: ${request.answer}`] : []),
              ])
          : [t('case.noSupplements')],
    },
    {
      heading: t('case.decisionsHeading'),
      paragraphs:
        page.decisions.length > 0
          ? page.decisions.flatMap((decision) => [
              [
                decision.outcomeLabel ?? '',
                t('case.decisionVersion', { version: decision.version }),
                decision.isCurrent ? t('case.currentDecision') : t('case.correctedDecision'),
              ].join(' · '),
              ...(decision.correctionReason
                ? [`${t('case.correctionReason')}: ${decision.correctionReason}`]
                : []),
              decision.summary,
              ...(decision.decisionMaker ? [`${t('case.decisionMaker')}: ${decision.decisionMaker}`] : []),
              `${t('case.decisionDate')}: ${decision.decisionDate ?? decision.decidedAt ?? dash}`,
              ...(decision.validFrom || decision.validUntil
                ? [`${t('case.validity')}: ${decision.validFrom ?? dash} – ${decision.validUntil ?? dash}`]
                : []),
              ...(decision.conditions.length > 0
                ? [
                    `${t('case.conditions')}:`,
                    ...decision.conditions.map((text, index) => `${index + 1}. ${text}`),
                  ]
                : []),
              ...(decision.appealInstructions
                ? [`${decision.appealInstructions.kindLabel}: ${decision.appealInstructions.text}`]
                : []),
              ...(decision.document ? [`${t('case.document')}: ${decision.document.name}`] : []),
            ])
          : [t('case.noDecisions')],
    },
    {
      heading: t('case.messagesHeading'),
      paragraphs:
        page.messages.length > 0
          ? page.messages.flatMap((message) => [
              [
                message.at,
                message.senderKind === 'customer'
                  ? t('messages.fromCustomer')
                  : (message.senderAuthority ?? t('messages.fromService')),
                message.isInternal ? t('messages.internal') : t('messages.toCustomer'),
              ]
                .filter(Boolean)
                .join(' · '),
              message.body,
            ])
          : [t('case.noMessages')],
    },
    {
      heading: t('case.bundleHeading'),
      rows: page.bundle.map((item) => [item.permitType, `${item.authority} · ${item.statusLabel}`]),
    },
    {
      heading: t('case.historyHeading'),
      rows: page.history.map((event) => [
        event.at ?? '',
        [event.type, event.toStatus && `${event.fromStatus ?? dash} → ${event.toStatus}`, event.actor]
          .filter(Boolean)
          .join(' · '),
      ]),
    },
  ]
  const bytes = await documentPdf({
    title: t('case.title', { caseNumber: caseView.caseNumber }),
    subtitle: caseView.permitType,
    language: locale,
    sections,
    footer: t('export.pdfFooter', { date: formatDateTime({ value: new Date().toISOString(), locale }) }),
  })
  return { bytes, filename: `${caseView.caseNumber.replace(/[^A-Za-z0-9-]/g, '') || 'case'}.pdf` }
}

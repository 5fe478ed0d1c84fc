import type { Payload } from 'payload'

import { idOf, idsOf } from '../../../src/collections/relations'
import { slugs } from '../../../src/collections/slugs'
import type { Locale } from '../../../src/domain/types'
import type { FileLink } from './applications.server'
import { attachmentHrefOf, authorityNamesOf, permitTypeNamesOf } from './authority.server'
import { calendarDateOf, formatDateTime, outcomeLabelOf } from './authorityLabels.server'
import { isIsoDate } from '../../../src/domain/calendar-date'
import { decisionVersionsOf, versionOf as decisionVersionOf } from '../../../src/domain/decision-rules'
import { formatDate } from '../i18n/format'
import { asUser, type PortalUser } from './session.server'

export type DecisionListItem = {
  id: string
  permitTypeName: string
  authorityName: string
  caseNumber: string
  outcome: string
  outcomeText: string
  summary: string
  decidedAtText: string
  /** The decision corrects an earlier version (shown on the application). */
  isCorrection: boolean
  document: FileLink | null
  application: { id: string; title: string }
}

/**
 * Every decision on the user's applications (their own and their organisations'), newest
 * first, each with its permit type, authority, outcome, date, document and application;
 * all read with the user's own access.
 */
export const listDecisions = async ({
  payload,
  user,
  locale,
}: {
  payload: Payload
  user: PortalUser
  locale: Locale
}): Promise<DecisionListItem[]> => {
  const options = { ...asUser(user), depth: 0, pagination: false } as const
  const { docs: all } = await payload.find({
    collection: slugs.decisions,
    sort: '-decidedAt',
    ...options,
  })
  // Only the current version of each case's decision; the application shows the earlier ones.
  const byCase = new Map<string, typeof all>()
  for (const doc of all)
    byCase.set(String(idOf(doc.case)), [...(byCase.get(String(idOf(doc.case))) ?? []), doc])
  const current = new Set([...byCase.values()].map((docs) => decisionVersionsOf(docs).current))
  const decisions = all.filter((doc) => current.has(doc))
  if (decisions.length === 0) return []
  const caseIds = idsOf(decisions.map((doc) => doc.case))
  const applicationIds = idsOf(decisions.map((doc) => doc.application))
  const documentIds = idsOf(decisions.map((doc) => doc.document))
  const [cases, applications, documents] = await Promise.all([
    payload.find({
      collection: slugs.cases,
      where: { id: { in: caseIds } },
      ...options,
      select: { caseNumber: true, permitType: true },
    }),
    payload.find({
      collection: slugs.applications,
      where: { id: { in: applicationIds } },
      ...options,
      select: { title: true },
    }),
    documentIds.length === 0
      ? { docs: [] }
      : payload.find({ collection: slugs.attachments, where: { id: { in: documentIds } }, ...options }),
  ])
  const caseOf = new Map(cases.docs.map((doc) => [String(doc.id), doc]))
  const [permitTypeNames, authorityNames] = await Promise.all([
    permitTypeNamesOf({
      payload,
      ids: idsOf(cases.docs.map((doc) => doc.permitType)),
      locale,
    }),
    authorityNamesOf({
      payload,
      ids: [...new Set(idsOf(decisions.map((doc) => doc.authority)))],
      locale,
    }),
  ])
  const titleOf = new Map(applications.docs.map((doc) => [String(doc.id), doc.title ?? '']))
  const documentOf = new Map(
    documents.docs.map((doc) => [
      String(doc.id),
      { name: doc.description || doc.filename || '', href: attachmentHrefOf(doc.filename) },
    ]),
  )
  return decisions.map((doc): DecisionListItem => {
    const caseDoc = caseOf.get(String(idOf(doc.case)))
    const applicationId = String(idOf(doc.application))
    return {
      id: String(doc.id),
      permitTypeName: permitTypeNames.get(String(idOf(caseDoc?.permitType))) ?? '',
      authorityName: authorityNames.get(String(idOf(doc.authority))) ?? '',
      caseNumber: caseDoc?.caseNumber ?? '',
      outcome: doc.outcome,
      outcomeText: outcomeLabelOf(doc.outcome, locale) ?? '',
      summary: doc.summary,
      decidedAtText:
        (isIsoDate(calendarDateOf(doc.decisionDate) ?? '')
          ? formatDate({ date: calendarDateOf(doc.decisionDate)!, locale })
          : formatDateTime({ value: doc.decidedAt ?? doc.createdAt, locale })) ?? '',
      isCorrection: decisionVersionOf(doc) > 1,
      document: documentOf.get(String(idOf(doc.document))) ?? null,
      application: { id: applicationId, title: titleOf.get(applicationId) ?? '' },
    }
  })
}

import type { Payload } from 'payload'

import { idOf } from '../../../src/collections/relations'
import type { Id, Rel } from '../../../src/collections/relations'
import { slugs } from '../../../src/collections/slugs'
import type { Locale } from '../../../src/domain/types'
import type { FileLink } from './applications.server'
import { attachmentHrefOf, authorityNamesOf, permitTypeNamesOf } from './authority.server'
import { formatDateTime, outcomeLabelOf } from './authorityLabels.server'
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
  document: FileLink | null
  application: { id: string; title: string }
}

const present = <T>(value: T | null): value is T => value !== null

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
  const { docs: decisions } = await payload.find({
    collection: slugs.decisions,
    sort: '-decidedAt',
    ...options,
  })
  if (decisions.length === 0) return []
  const caseIds = decisions.map((doc) => idOf(doc.case as Rel)).filter(present)
  const applicationIds = decisions.map((doc) => idOf(doc.application as Rel)).filter(present)
  const documentIds = decisions.map((doc) => idOf(doc.document as Rel)).filter(present)
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
      ids: cases.docs.map((doc) => idOf(doc.permitType as Rel)).filter(present),
      locale,
    }),
    authorityNamesOf({
      payload,
      ids: [
        ...new Set(
          decisions
            .map((doc) => idOf(doc.authority as Rel))
            .filter(present)
            .map(String),
        ),
      ],
      locale,
    }),
  ])
  const titleOf = new Map(applications.docs.map((doc) => [String(doc.id), String(doc.title ?? '')]))
  const documentOf = new Map(
    (documents.docs as (Record<string, unknown> & { id: Id })[]).map((doc) => [
      String(doc.id),
      {
        name: (typeof doc.description === 'string' && doc.description) || String(doc.filename ?? ''),
        href: attachmentHrefOf(doc.filename),
      },
    ]),
  )
  return decisions.map((doc): DecisionListItem => {
    const caseDoc = caseOf.get(String(idOf(doc.case as Rel)))
    const applicationId = String(idOf(doc.application as Rel))
    return {
      id: String(doc.id),
      permitTypeName: permitTypeNames.get(String(idOf(caseDoc?.permitType as Rel))) ?? '',
      authorityName: authorityNames.get(String(idOf(doc.authority as Rel))) ?? '',
      caseNumber: String(caseDoc?.caseNumber ?? ''),
      outcome: String(doc.outcome),
      outcomeText: outcomeLabelOf(doc.outcome, locale) ?? '',
      summary: String(doc.summary ?? ''),
      decidedAtText: formatDateTime({ value: doc.decidedAt ?? doc.createdAt, locale }) ?? '',
      document: documentOf.get(String(idOf(doc.document as Rel))) ?? null,
      application: { id: applicationId, title: titleOf.get(applicationId) ?? '' },
    }
  })
}

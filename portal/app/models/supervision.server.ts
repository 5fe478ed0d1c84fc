import type { Payload } from 'payload'
import { ValidationError } from 'payload'

import {
  customerFindings,
  expectsAnswer,
  isOverdue,
  type FindingSeverity,
  type SupervisionKind,
  type SupervisionStatus,
} from '../../../plugins/supervision/domain/supervision'
import { supervisionSlugs } from '../../../plugins/supervision/supervisionSlugs'
import { nowOf } from '../../../src/clock'
import { idOf, idsOf } from '../../../src/collections/relations'
import { isIsoDate } from '../../../src/domain/calendar-date'
import { serviceDateOf } from '../../../src/domain/service-time'
import type { Locale } from '../../../src/domain/types'
import type { SupervisedObject } from '../../../src/payload-types'
import { formatDate, formatDateTime } from '../i18n/format'
import { getFixedT } from '../i18n/i18next.server'
import { authorityNamesOf } from './authority.server'
import { asUser, type PortalUser } from './session.server'

/** What the customer is expected to do about a case, if anything. */
export type Expectation = 'acknowledge' | 'answer' | 'waiting' | 'none'

export type SupervisionCaseItem = {
  id: string
  kind: SupervisionKind
  kindText: string
  title: string
  status: SupervisionStatus
  statusText: string
  authorityName: string
  body: string
  correction: string
  howToShow: string
  deadlineText: string | null
  isOverdue: boolean
  plannedText: string | null
  inspectedText: string | null
  findings: { observation: string; severity: FindingSeverity; severityText: string }[]
  answer: string
  expectation: Expectation
}

export type SupervisedObjectItem = {
  id: string
  name: string
  kindText: string
  place: string
  periodText: string | null
  cases: SupervisionCaseItem[]
}

/** The user's supervised objects and supervision cases, newest first, as the collections let them read. */
export const readSupervision = (payload: Payload, user: PortalUser) => {
  const options = { ...asUser(user), depth: 0, pagination: false, sort: '-createdAt' } as const
  return Promise.all([
    payload.find({ collection: supervisionSlugs.supervisedObjects, ...options }),
    payload.find({ collection: supervisionSlugs.supervisionCases, ...options }),
  ])
}

/** A stored date ('YYYY-MM-DD', or an instant) as the locale writes the day, or null. */
export const dateTextOf = (value: string | null | undefined, locale: Locale) =>
  value && isIsoDate(value.slice(0, 10)) ? formatDate({ date: value.slice(0, 10), locale }) : null

/** An object's place and period, as the customer's page and the workspace show them. */
export const objectFactsOf = (
  doc: Pick<SupervisedObject, 'address' | 'municipality' | 'startsOn' | 'endsOn'>,
  locale: Locale,
) => {
  const starts = dateTextOf(doc.startsOn, locale)
  const ends = dateTextOf(doc.endsOn, locale)
  return {
    place: [doc.address, doc.municipality].filter(Boolean).join(', '),
    periodText: starts && ends && starts !== ends ? `${starts} – ${ends}` : starts,
  }
}

/** The longest answer, as the collection allows. */
export const maxSupervisionAnswerLength = 10_000

const expectationOf = (doc: {
  kind: SupervisionKind
  status: SupervisionStatus
  acknowledgementRequired?: boolean | null
}): Expectation => {
  if (doc.status === 'answered') return 'waiting'
  if (doc.status !== 'open' || !expectsAnswer(doc.kind, Boolean(doc.acknowledgementRequired))) return 'none'
  return doc.kind === 'guidance' ? 'acknowledge' : 'answer'
}

/**
 * Every supervised object of the user (their own and their organisations') with its
 * supervision cases, newest first, as the collections let the user read them (no internal
 * findings, no unannounced inspection before it is made).
 */
export const listSupervision = async ({
  payload,
  user,
  locale,
}: {
  payload: Payload
  user: PortalUser
  locale: Locale
}): Promise<SupervisedObjectItem[]> => {
  const [objects, cases] = await readSupervision(payload, user)
  if (objects.docs.length === 0) return []
  const t = await getFixedT(locale, 'applications')
  const authorityNames = await authorityNamesOf({
    payload,
    ids: [...new Set(idsOf(cases.docs.map((doc) => doc.authority)))],
    locale,
  })
  const today = serviceDateOf(nowOf(payload))
  const instantText = (value: string | null | undefined) =>
    value ? formatDateTime({ instant: value, locale }) : null
  const casesOf = new Map<string, SupervisionCaseItem[]>()
  for (const doc of cases.docs) {
    const key = String(idOf(doc.object))
    const item: SupervisionCaseItem = {
      id: String(doc.id),
      kind: doc.kind,
      kindText: t(`supervision.kinds.${doc.kind}`),
      title: doc.title,
      status: doc.status,
      statusText: t(`supervision.statuses.${doc.status}`),
      authorityName: authorityNames.get(String(idOf(doc.authority))) ?? '',
      body: doc.body ?? '',
      correction: doc.correction ?? '',
      howToShow: doc.howToShow ?? '',
      deadlineText: dateTextOf(doc.deadline, locale),
      isOverdue: isOverdue(doc, today),
      plannedText: doc.status === 'planned' ? instantText(doc.plannedAt) : null,
      inspectedText: instantText(doc.inspectedAt),
      findings: customerFindings(doc.findings).map((finding) => ({
        observation: finding.observation ?? '',
        severity: finding.severity ?? 'none',
        severityText: t(`supervision.severities.${finding.severity ?? 'none'}`),
      })),
      answer: doc.answer ?? '',
      expectation: expectationOf(doc),
    }
    casesOf.set(key, [...(casesOf.get(key) ?? []), item])
  }
  return objects.docs.map((doc) => ({
    id: String(doc.id),
    name: doc.name,
    kindText: t(`supervision.objectKinds.${doc.kind}`),
    ...objectFactsOf(doc, locale),
    cases: casesOf.get(String(doc.id)) ?? [],
  }))
}

/** A refused answer: the message to show at the field, and the text to show again. */
export type SupervisionAnswerFailure = { caseId: string; message: string; answer: string }

/**
 * The customer's answer to a deviation, or acknowledgement of guidance, written through the
 * collection with the customer's own access (which checks that the case waits for them).
 * Answers null when done, or the failure to show.
 */
export const answerSupervisionCase = async ({
  payload,
  user,
  caseId,
  answer,
  locale,
}: {
  payload: Payload
  user: PortalUser
  caseId: string
  answer: string
  locale: Locale
}): Promise<SupervisionAnswerFailure | null> => {
  const t = await getFixedT(locale, 'applications')
  const refused = (message: string) => ({ caseId, answer, message })
  const text = answer.trim()
  if (text.length > maxSupervisionAnswerLength)
    return refused(t('supervision.answerTooLong', { max: maxSupervisionAnswerLength }))
  const doc = await payload
    .findByID({ collection: supervisionSlugs.supervisionCases, id: caseId, ...asUser(user), depth: 0 })
    .catch(() => null)
  const expectation = doc ? expectationOf(doc) : 'none'
  if (expectation !== 'acknowledge' && expectation !== 'answer') return refused(t('supervision.notWaiting'))
  if (expectation === 'answer' && text === '') return refused(t('supervision.answerRequired'))
  try {
    await payload.update({
      collection: supervisionSlugs.supervisionCases,
      id: caseId,
      data: { answer: text || null },
      ...asUser(user),
      depth: 0,
    })
    return null
  } catch (error) {
    // Answered meanwhile (another tab, a colleague of the same organisation), or closed.
    if (error instanceof ValidationError || (error as { status?: number }).status === 403)
      return refused(t('supervision.notWaiting'))
    throw error
  }
}

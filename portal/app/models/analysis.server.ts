import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { nowOf, todayInFinland } from '../../../src/clock'
import { BundleNotFoundError, loadBundleContext } from '../../../src/catalogue/loadBundleContext'
import type { BundleContext } from '../../../src/catalogue/loadBundleContext'
import { slugs } from '../../../src/collections/slugs'
import { analyse } from '../../../src/domain/analysis'
import { isIsoDate } from '../../../src/domain/calendar-date'
import { deadlinePlan } from '../../../src/domain/lead-times'
import { fallbackLangOf, localize } from '../../../src/domain/localize'
import type { AssembledForm } from '../../../src/domain/once-only'
import { validateValues } from '../../../src/domain/once-only'
import { RoutingError, routeCase, type RoutingErrorCode } from '../../../src/domain/routing'
import type { DataElement, DataValues, LeadTime, Locale, LocalizedText } from '../../../src/domain/types'
import { formatDate } from '../i18n/format'
import { applicationParam, isApplicationParam, previewParam, submittedParam } from './analysisParams'
import { authorityContactOf, type AuthorityContact } from './authorityContacts.server'
import { askedLabelOf, loadBundleProfile, placeElementsOf, type BundleWording } from './bundleWording.server'
import { parseFormValue, postedRaw, questionOf, type Question } from './questions.server'
import { localizeRichText, richTextFallbackLangOf, type RichBlock } from './richText.server'
import { requestAs, type PortalUser } from './session.server'

/** The competent authority of a permit for the answers, or why it cannot be told yet. */
export type AuthorityResolution =
  | { isResolved: true; key: string; name: string; contact: AuthorityContact }
  | { isResolved: false; reason: RoutingErrorCode }

export type AnalysisDeadline = {
  latestDate: string
  latestDateText: string
  daysLeft: number
  isPassed: boolean
  isCritical: boolean
}

/** One permit type of the bundle in the result. */
export type AnalysisPermit = {
  permitType: string
  name: string
  /** 'fi' when the name or the guidance is the Finnish text standing in for a missing translation. */
  nameLang?: 'fi'
  guidanceLang?: 'fi'
  isNeeded: boolean
  /** Plain-language reasons: the rules that fired, or why the permit is not needed. */
  reasons: string[]
  authority: AuthorityResolution
  guidance: RichBlock[]
  leadTime: LeadTime
  processingDays: number | null
  /** Latest safe submission date; only for needed permits when the start date is known. */
  deadline: AnalysisDeadline | null
}

/** The deadline plan of the needed permits, earliest deadline first. */
export type AnalysisPlan = {
  startDate: string
  startDateText: string
  today: string
  todayText: string
  items: (AnalysisDeadline & {
    permitType: string
    name: string
    /** The competent authority's contact details, once the answers tell the authority. */
    contact: AuthorityContact | null
  })[]
  /** Permit types that must be submitted first (all sharing the earliest date). */
  criticalPath: string[]
  hasPassed: boolean
}

export type AnalysisResult = {
  needed: AnalysisPermit[]
  notNeeded: AnalysisPermit[]
  /** Null when the start date was not given (or the bundle has none). */
  plan: AnalysisPlan | null
  unansweredCount: number
  /**
   * Starts an application with the answers, so that they are never asked again (or, when
   * the answers of a draft are being changed, gives them to that draft).
   */
  startApplicationHref: string
}

export type AnalysisPage = {
  bundle: { key: string; name: string; description: string }
  wording: BundleWording
  /**
   * Set when staff preview the bundle: whether it is published (the page warns when not).
   * The answers and the start link stay in the preview.
   */
  preview: { isPublished: boolean } | null
  /** The question of the start date the deadlines count from; null when not asked here. */
  startDateQuestion: string | null
  questions: Question[]
  /** Field errors in question order; empty when the answers are valid or not yet given. */
  errors: { key: string; focusId: string; label: string; message: string }[]
  /** Present once valid answers have been submitted. */
  result: AnalysisResult | null
  /** The draft application whose answers are being changed, if any (see analysisParams). */
  changingApplication: string | null
}

/** The one-step form of the analysis: every analysis element, none required (a draft). */
const analysisForm = (elements: DataElement[], bundleName: LocalizedText): AssembledForm => ({
  steps: [
    {
      key: 'analysis',
      title: bundleName,
      fields: elements.map((element) => ({ element, isRequired: false, usedBy: [] })),
    },
  ],
})

const resolveAuthority = ({
  context,
  permitType,
  values,
  contacts,
}: {
  context: BundleContext
  permitType: BundleContext['permitTypes'][number]
  values: DataValues
  contacts: Map<string, AuthorityContact>
}): AuthorityResolution => {
  try {
    const key = routeCase({ permitType, values, authorities: context.authorities })
    const contact = contacts.get(key) ?? { name: key, phone: null, email: null, website: null, hours: null }
    return { isResolved: true, key, name: contact.name, contact }
  } catch (error) {
    if (error instanceof RoutingError) return { isResolved: false, reason: error.code }
    throw error
  }
}

/** Names and guidance of the catalogue that the bundle context leaves out, in the language. */
const loadTexts = async ({
  payload,
  context,
  locale,
}: {
  payload: Payload
  context: BundleContext
  locale: Locale
}) => {
  const anonymous = { overrideAccess: false, user: null, locale: 'all', depth: 0, pagination: false } as const
  const [authorities, permitTypes] = await Promise.all([
    payload.find({
      collection: slugs.authorities,
      where: { key: { in: context.authorities.map((authority) => authority.key) } },
      select: { key: true, name: true, contact: true },
      ...anonymous,
    }),
    payload.find({
      collection: slugs.permitTypes,
      where: { key: { in: context.permitTypes.map((permitType) => permitType.key) } },
      select: { key: true, guidance: true },
      ...anonymous,
    }),
  ])
  return {
    contacts: new Map(authorities.docs.map((doc) => [doc.key ?? '', authorityContactOf(doc, locale)])),
    guidance: new Map(permitTypes.docs.map((doc) => [doc.key, localizeRichText(doc.guidance, locale)])),
    guidanceLang: new Map(
      permitTypes.docs.map((doc) => [doc.key, richTextFallbackLangOf(doc.guidance, locale)]),
    ),
  }
}

/**
 * The permit analysis page of a published bundle: its questions in the language and, when
 * the form was submitted (`analyse` in the query), either the field errors or the result —
 * every permit type as needed or not with its reasons, authority and guidance, and the
 * deadline plan counted back from the bundle's start date. Throws a 404 Response for a
 * bundle that does not exist or is not published, unless a `previewer` (staff, see
 * `staffPreviewerOf`) may see it unpublished. Bad input never throws.
 */
export const loadAnalysisPage = async ({
  payload,
  bundleKey,
  locale,
  params,
  previewer = null,
  today = todayInFinland(nowOf(payload)),
}: {
  payload: Payload
  bundleKey: string
  locale: Locale
  params: URLSearchParams
  previewer?: PortalUser | null
  today?: string
}): Promise<AnalysisPage> => {
  let context: BundleContext
  try {
    context = await loadBundleContext({
      req: previewer ? await requestAs(payload, previewer) : await createLocalReq({}, payload),
      bundle: { key: bundleKey },
    })
  } catch (error) {
    if (error instanceof BundleNotFoundError) throw new Response('Not found', { status: 404 })
    throw error
  }
  const [texts, profile] = await Promise.all([
    loadTexts({ payload, context, locale }),
    loadBundleProfile({ payload, bundle: { id: context.bundleId }, locale }),
  ])
  const placeElements = placeElementsOf(context)
  const elementsByKey = new Map(context.elements.map((element) => [element.key, element]))
  const elements = context.bundle.analysisElements
    .map((key) => elementsByKey.get(key))
    .filter((element): element is DataElement => Boolean(element))

  const isSubmitted = params.has(submittedParam)
  const raw = new Map(elements.map((element) => [element.key, postedRaw(element, params)]))
  const typed: DataValues = {}
  for (const element of elements) {
    const value = parseFormValue(element, raw.get(element.key) ?? [])
    if (value !== undefined) typed[element.key] = value
  }
  const validation = isSubmitted
    ? validateValues({
        form: analysisForm(elements, context.bundle.name),
        values: typed,
        locale,
        isDraft: true,
      })
    : null
  const errorByKey = new Map(
    validation && !validation.isValid ? validation.errors.map((error) => [error.key, error.message]) : [],
  )

  const questions = elements.map((element) =>
    questionOf({
      element,
      label: askedLabelOf({ element, wording: profile.wording, placeElements, locale }),
      locale,
      raw: raw.get(element.key) ?? [],
      error: errorByKey.get(element.key) ?? null,
    }),
  )
  const startDateQuestion = questions.find((question) => question.key === profile.startDateElement)
  const page: AnalysisPage = {
    bundle: {
      key: context.bundle.key,
      name: localize(context.bundle.name, locale),
      description: profile.description,
    },
    wording: profile.wording,
    preview: previewer ? { isPublished: profile.isPublished } : null,
    startDateQuestion: startDateQuestion?.label ?? null,
    questions,
    errors: questions
      .filter((question) => question.error)
      .map((question) => ({
        key: question.key,
        focusId: question.focusId,
        label: question.label,
        message: question.error!,
      })),
    result: null,
    changingApplication: isApplicationParam(params.get(applicationParam))
      ? params.get(applicationParam)
      : null,
  }
  if (!validation?.isValid) return page

  const answers = validation.values
  const analysis = analyse({ bundle: context.bundle, answers, locale })
  const permitTypesByKey = new Map(context.permitTypes.map((permitType) => [permitType.key, permitType]))
  const startDate = profile.startDateElement ? answers[profile.startDateElement] : undefined
  const neededTypes = analysis.permits
    .filter((permit) => permit.isNeeded)
    .map((permit) => permitTypesByKey.get(permit.permitType))
    .filter((permitType) => permitType !== undefined)
  const domainPlan =
    typeof startDate === 'string' && isIsoDate(startDate)
      ? deadlinePlan({
          eventDate: startDate,
          today,
          permits: neededTypes.map((permitType) => ({
            permitType: permitType.key,
            leadTime: permitType.leadTime,
          })),
        })
      : null
  const deadlines = new Map(
    (domainPlan?.items ?? []).map((item): [string, AnalysisDeadline] => [
      item.permitType,
      {
        latestDate: item.latestDate,
        latestDateText: formatDate({ date: item.latestDate, locale }),
        daysLeft: item.daysLeft,
        isPassed: item.isPassed,
        isCritical: domainPlan!.criticalPath.includes(item.permitType),
      },
    ]),
  )

  const permits = analysis.permits.flatMap((permit): AnalysisPermit[] => {
    const permitType = permitTypesByKey.get(permit.permitType)
    if (!permitType) return []
    return [
      {
        permitType: permit.permitType,
        name: localize(permitType.name, locale),
        nameLang: fallbackLangOf(permitType.name, locale),
        guidanceLang: texts.guidanceLang.get(permit.permitType),
        isNeeded: permit.isNeeded,
        reasons: permit.reasons.map((reason) => reason.text),
        authority: resolveAuthority({
          context,
          permitType,
          values: answers,
          contacts: texts.contacts,
        }),
        guidance: texts.guidance.get(permit.permitType) ?? [],
        leadTime: permitType.leadTime,
        processingDays: permitType.processingDays ?? null,
        deadline: permit.isNeeded ? (deadlines.get(permit.permitType) ?? null) : null,
      },
    ]
  })
  const permitsByKey = new Map(permits.map((permit) => [permit.permitType, permit]))
  const plan: AnalysisPlan | null =
    domainPlan && typeof startDate === 'string'
      ? {
          startDate,
          startDateText: formatDate({ date: startDate, locale }),
          today,
          todayText: formatDate({ date: today, locale }),
          items: domainPlan.items.map((item) => {
            const permit = permitsByKey.get(item.permitType)
            return {
              ...deadlines.get(item.permitType)!,
              permitType: item.permitType,
              name: permit?.name ?? item.permitType,
              contact: permit?.authority.isResolved ? permit.authority.contact : null,
            }
          }),
          criticalPath: domainPlan.criticalPath,
          hasPassed: domainPlan.items.some((item) => item.isPassed),
        }
      : null

  page.result = {
    needed: permits.filter((permit) => permit.isNeeded),
    notNeeded: permits.filter((permit) => !permit.isNeeded),
    plan,
    unansweredCount: elements.filter((element) => answers[element.key] === undefined).length,
    startApplicationHref: `/applications/new?bundle=${encodeURIComponent(context.bundle.key)}&answers=${encodeURIComponent(JSON.stringify(answers))}${page.changingApplication ? `&${applicationParam}=${encodeURIComponent(page.changingApplication)}` : ''}${previewer ? `&${previewParam}=1` : ''}`,
  }
  return page
}

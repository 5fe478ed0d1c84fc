import type { Payload } from 'payload'
import { data } from 'react-router'

import { organisationIdsOf } from '../../../src/access/roles'
import { prefillNewDraft } from '../../../src/applications/prefillDraft'
import { BundleNotFoundError, loadBundleContext } from '../../../src/catalogue/loadBundleContext'
import type { BundleContext } from '../../../src/catalogue/loadBundleContext'
import { idOf } from '../../../src/collections/relations'
import { slugs } from '../../../src/collections/slugs'
import { analyse } from '../../../src/domain/analysis'
import {
  neededPermitsOf,
  openDecidingQuestions,
  permitChangesOf,
} from '../../../src/domain/deciding-questions'
import { localize } from '../../../src/domain/localize'
import { prefilledRecordOf, prefilledValuesOf } from '../../../src/domain/prefill-sources'
import { assembleForm, isMissing, validateValues } from '../../../src/domain/once-only'
import type { DataElement, DataValues, Locale } from '../../../src/domain/types'
import { isSameData, wizardSteps, withoutAnswered } from '../../../src/domain/wizard-steps'
import { getFixedT } from '../i18n/i18next.server'
import { applicationParam, isApplicationParam, previewParam } from './analysisParams'
import { askedLabelOf, loadBundleProfile, placeElementsOf, type BundleProfile } from './bundleWording.server'
import { isDataValues } from './isDataValues.server'
import { formatValue } from './questions.server'
import { asUser, requestAs, type PortalUser } from './session.server'
import { readApplication } from './readApplication.server'
import { analysisHref, editHref, withPermitChanges } from './wizardPage.server'
import { onBehalfOfField, selfValue } from './wizardForms'

/** A draft identical to a new one, created this recently and left untouched, is reused. */
const reuseWindowMs = 30 * 60 * 1000

/** Longest answers parameter read (the analysis' answers are a few hundred characters). */
const maxAnswersLength = 20_000

export type StartPage = {
  bundle: { key: string; name: string }
  /** The analysis answers that the draft starts with, as text. */
  answers: { key: string; label: string; value: string }[]
  /** Names of the permits and notifications the answers make needed. */
  needed: string[]
  userName: string
  organisations: { id: string; name: string; businessId: string }[]
  /** The draft whose answers are being changed, if any. */
  changing: { id: string; title: string } | null
  /** The answers in the address could not be read or are not valid. */
  isInvalid: boolean
  /**
   * Questions of the analysis left unanswered that decide which permits are needed: they are
   * answered there before the application starts, never asked later in the wizard.
   */
  undecided: { key: string; label: string }[]
  analysisHref: string
  /** What the start form posts back (the same as the address carried). */
  fields: { bundle: string; answers: string; application: string | null }
  /** The choice of applicant, and its error after a post without one. */
  onBehalfOf: string | null
  error: string | null
  /** Set when staff preview the start (nothing can be started then): what the wizard would ask. */
  preview: StartPreview | null
}

/** The steps of the application the answers lead to, each with the questions it asks. */
export type StartPreview = {
  isPublished: boolean
  steps: { key: string; title: string; questions: string[] }[]
}

/** The analysis answers of the address, or null when they are not an object of answers. */
const parseAnswers = (text: string): DataValues | null => {
  if (!text || text.length > maxAnswersLength) return null
  try {
    const parsed: unknown = JSON.parse(text)
    return isDataValues(parsed) ? parsed : null
  } catch {
    return null
  }
}

const analysisElementsOf = (context: BundleContext): DataElement[] => {
  const byKey = new Map(context.elements.map((element) => [element.key, element]))
  return context.bundle.analysisElements
    .map((key) => byKey.get(key))
    .filter((element) => element !== undefined)
}

/** Valid analysis answers (normalised, unknown keys dropped), or null. */
const validAnswers = ({
  context,
  answers,
  locale,
}: {
  context: BundleContext
  answers: DataValues
  locale: Locale
}) => {
  const result = validateValues({
    form: {
      steps: [
        {
          key: 'analysis',
          title: context.bundle.name,
          fields: analysisElementsOf(context).map((element) => ({ element, isRequired: false, usedBy: [] })),
        },
      ],
    },
    values: answers,
    locale,
    isDraft: true,
  })
  return result.isValid ? result.values : null
}

type Start = {
  page: StartPage
  context: BundleContext
  profile: BundleProfile
  placeElements: Set<string>
  answers: DataValues | null
  /** The organisations' ids as the database has them, by the page's string ids. */
  organisationIds: Map<string, number>
}

/**
 * The start of an application from the analysis' answers (`bundle`, `answers` and, when a
 * draft's answers are being changed, `application`), read from the address or the posted
 * form alike. Nothing is written here: a GET never changes anything.
 */
const loadStart = async ({
  payload,
  user,
  locale,
  params,
}: {
  payload: Payload
  user: PortalUser
  locale: Locale
  params: { get: (name: string) => unknown }
}): Promise<Start> => {
  const bundleKey = String(params.get('bundle') ?? '')
  let context: BundleContext
  try {
    context = await loadBundleContext({
      req: await requestAs(payload, user),
      bundle: { key: bundleKey },
    })
  } catch (error) {
    if (error instanceof BundleNotFoundError) throw data(null, { status: 404 })
    throw error
  }
  const answersText = String(params.get('answers') ?? '')
  const parsed = parseAnswers(answersText)
  const answers = parsed ? validAnswers({ context, answers: parsed, locale }) : null
  const applicationValue = params.get(applicationParam)
  let changing: StartPage['changing'] = null
  if (typeof applicationValue === 'string' && isApplicationParam(applicationValue)) {
    const draft = await readApplication({ payload, user, id: applicationValue })
    if (draft.status !== 'draft' || String(idOf(draft.bundle)) !== String(context.bundleId))
      throw data(null, { status: 404 })
    changing = { id: String(draft.id), title: draft.title || localize(context.bundle.name, locale) }
  }
  // Asked only of a customer who acts for organisations: for others the read is refused outright.
  const { docs: organisations } =
    changing || organisationIdsOf(user).length === 0
      ? { docs: [] }
      : await payload.find({
          collection: slugs.organisations,
          depth: 0,
          pagination: false,
          sort: 'name',
          ...asUser(user),
        })
  const profile = await loadBundleProfile({ payload, bundle: { id: context.bundleId }, locale })
  const placeElements = placeElementsOf(context)
  const elements = analysisElementsOf(context)
  const permitNames = new Map(context.permitTypes.map((permitType) => [permitType.key, permitType.name]))
  const undecided = answers
    ? openDecidingQuestions({ bundle: context.bundle, elements: context.elements, answers })
    : []
  return {
    context,
    profile,
    placeElements,
    answers,
    organisationIds: new Map(organisations.map((organisation) => [String(organisation.id), organisation.id])),
    page: {
      bundle: { key: context.bundle.key, name: localize(context.bundle.name, locale) },
      answers: answers
        ? elements
            .filter((element) => !isMissing(answers[element.key]))
            .map((element) => ({
              key: element.key,
              label: askedLabelOf({ element, wording: profile.wording, placeElements, locale }),
              value: formatValue({ element, value: answers[element.key], locale }),
            }))
        : [],
      needed: answers
        ? analyse({ bundle: context.bundle, answers, locale })
            .permits.filter((permit) => permit.isNeeded)
            .map((permit) => localize(permitNames.get(permit.permitType), locale))
        : [],
      userName: user.name || user.email,
      organisations: organisations.map((organisation) => ({
        id: String(organisation.id),
        name: organisation.name,
        businessId: organisation.businessId,
      })),
      changing,
      isInvalid: answers === null,
      undecided: elements
        .filter((element) => undecided.includes(element.key))
        .map((element) => ({
          key: element.key,
          label: askedLabelOf({ element, wording: profile.wording, placeElements, locale }),
        })),
      analysisHref: answers
        ? analysisHref({ bundleKey: context.bundle.key, answers, applicationId: changing?.id })
        : `/analysis/${encodeURIComponent(context.bundle.key)}`,
      fields: { bundle: context.bundle.key, answers: answersText, application: changing?.id ?? null },
      onBehalfOf: null,
      error: null,
      preview: null,
    },
  }
}

export const loadStartPage = async (args: {
  payload: Payload
  user: PortalUser
  locale: Locale
  params: URLSearchParams
}): Promise<StartPage> => (await loadStart(args)).page

/**
 * The start page as staff preview it (see `staffPreviewerOf`), also for a bundle that is not
 * published: what the answers lead to and every step and question of the application they
 * would get. Starting is not offered, and no draft's answers are changed.
 */
export const loadStartPreview = async ({
  payload,
  user,
  locale,
  params,
}: {
  payload: Payload
  user: PortalUser
  locale: Locale
  params: URLSearchParams
}): Promise<StartPage> => {
  const { page, context, profile, placeElements, answers } = await loadStart({
    payload,
    user,
    locale,
    params: { get: (name) => (name === applicationParam ? null : params.get(name)) },
  })
  const form = assembleForm({
    bundle: context.bundle,
    permitTypes: context.permitTypes,
    elements: context.elements,
    neededPermitTypes: answers
      ? analyse({ bundle: context.bundle, answers, locale })
          .permits.filter((permit) => permit.isNeeded)
          .map((permit) => permit.permitType)
      : [],
  })
  return {
    ...page,
    analysisHref: `${page.analysisHref}${page.analysisHref.includes('?') ? '&' : '?'}${previewParam}=1`,
    preview: {
      isPublished: profile.isPublished,
      steps: wizardSteps({ form, answers: answers ?? {} }).map((step) => ({
        key: step.key,
        title: localize(step.title, locale),
        questions: step.fields.map(({ element }) =>
          askedLabelOf({ element, wording: profile.wording, placeElements, locale }),
        ),
      })),
    },
  }
}

/** What starting leads to: the wizard, or the start page again with the problem. */
export type StartResult = { kind: 'redirect'; to: string } | { kind: 'invalid'; page: StartPage }

/**
 * Starts the application: a new draft with the analysis answers, for the customer or an
 * organisation they act for, or (when a draft's answers were changed) that draft with the
 * new answers. A draft identical to one created in the last half hour and not yet touched is
 * reused, so that a repeated post (a double click, going back and posting again) does not
 * leave duplicate drafts behind.
 */
export const startApplication = async ({
  payload,
  user,
  locale,
  form,
}: {
  payload: Payload
  user: PortalUser
  locale: Locale
  form: FormData
}): Promise<StartResult> => {
  const { page, context, answers, organisationIds } = await loadStart({ payload, user, locale, params: form })
  if (!answers || page.undecided.length > 0) return { kind: 'invalid', page }

  if (page.changing) {
    const draft = await readApplication({ payload, user, id: page.changing.id })
    const values = withoutAnswered({ values: draft.values ?? {}, answers })
    await payload.update({
      collection: slugs.applications,
      id: draft.id,
      data: { answers, values },
      depth: 0,
      ...asUser(user),
    })
    // The wizard says at once which permits the changed answers added or removed.
    const changes = permitChangesOf(
      neededPermitsOf({ bundle: context.bundle, answers: { ...draft.answers, ...draft.values } }),
      neededPermitsOf({ bundle: context.bundle, answers: { ...answers, ...values } }),
    )
    return { kind: 'redirect', to: withPermitChanges(editHref(draft.id), changes) }
  }

  const choice = String(form.get(onBehalfOfField) ?? '')
  const organisation = organisationIds.get(choice)
  if (page.organisations.length > 0 && choice !== selfValue && organisation === undefined) {
    const t = await getFixedT(locale, 'wizard')
    return {
      kind: 'invalid',
      page: { ...page, onBehalfOf: choice || null, error: t('start.onBehalfOfRequired') },
    }
  }
  const onBehalfOf = organisation ?? null

  const { docs: recent } = await payload.find({
    collection: slugs.applications,
    where: {
      and: [
        { applicant: { equals: user.id } },
        { bundle: { equals: context.bundleId } },
        { status: { equals: 'draft' } },
        { createdAt: { greater_than: new Date(Date.now() - reuseWindowMs).toISOString() } },
      ],
    },
    sort: '-createdAt',
    depth: 0,
    limit: 20,
    ...asUser(user),
  })
  // Untouched: nothing in it but what was prefilled.
  const same = recent.find(
    (draft) =>
      idOf(draft.onBehalfOf) === onBehalfOf &&
      isSameData(draft.answers ?? {}, answers) &&
      isSameData(draft.values ?? {}, prefilledValuesOf(prefilledRecordOf(draft.prefilled))) &&
      (draft.attachments ?? []).length === 0,
  )
  if (same) return { kind: 'redirect', to: editHref(same.id) }

  const draft = await payload.create({
    collection: slugs.applications,
    data: { bundle: context.bundleId, status: 'draft', answers, values: {}, onBehalfOf },
    depth: 0,
    ...asUser(user),
  })
  // What Lupa knows already is not asked again: the customer's own details and those of the
  // organisation the draft was made for (as the collection settled it), each marked as
  // prefilled in the wizard and editable.
  const { values, prefilled } = await prefillNewDraft({
    payload,
    user,
    context,
    organisationId: idOf(draft.onBehalfOf),
    locale,
  })
  if (Object.keys(prefilled).length > 0)
    await payload.update({
      collection: slugs.applications,
      id: draft.id,
      data: { values, prefilled },
      depth: 0,
      ...asUser(user),
    })
  return { kind: 'redirect', to: editHref(draft.id) }
}

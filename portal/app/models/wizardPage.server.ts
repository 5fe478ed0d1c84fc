import type { Payload } from 'payload'
import { redirect } from 'react-router'

import type { Id } from '../../../src/collections/relations'
import { idOf } from '../../../src/collections/relations'
import { slugs } from '../../../src/collections/slugs'
import { attachmentLimits } from '../../../src/domain/attachment-limits'
import { localize } from '../../../src/domain/localize'
import { prefillOriginOf } from '../../../src/domain/prefill-sources'
import {
  attachmentIdsOf,
  isMissing,
  validateValues,
  type FormStep,
  type ValidationError as FieldError,
} from '../../../src/domain/once-only'
import type { DataElement, DataValues, Locale } from '../../../src/domain/types'
import {
  answeredKeys,
  isStepComplete,
  positionOf,
  recipientsOf,
  resumeStepKey,
  stepOfField,
  type StepPosition,
} from '../../../src/domain/wizard-steps'
import { formatFileSize } from '../i18n/format'
import { applicationParam, submittedParam } from './analysisParams'
import { attachmentHrefOf } from './authority.server'
import { focusIdOf, formatValue, questionOf, rawOf, type Question } from './questions.server'
import { askedLabelOf } from './bundleWording.server'
import { asUser, type PortalUser } from './session.server'
import { fileFieldPrefix } from './wizardForms'
import { fileIdsIn, loadWizard, type Wizard } from './wizardLoad.server'
import { maxPostBytes } from './wizardUploads.server'

/*
 * The wizard's page of one step or of the review, as the view model the route renders.
 */

/** A file attached to the draft, as a step lists it. */
export type WizardFile = { id: string; name: string; sizeText: string; href: string }

/** One field of a step: a question, or the files attached under an attachment element. */
export type WizardField =
  | { kind: 'question'; question: Question }
  | {
      kind: 'files'
      key: string
      focusId: string
      inputName: string
      label: string
      help: string
      optionalText: string | null
      /** Names of the permits that receive these files. */
      usedBy: string[]
      files: WizardFile[]
      error: string | null
    }

/** An error to show above the form; `href` leads to another step (review and submission). */
export type WizardError = {
  key: string
  focusId: string
  label: string
  message: string
  href: string | null
}

export type WizardStepLink = { key: string; title: string; isComplete: boolean; href: string }

export type ReviewRow = { key: string; label: string; value: string; files: string[]; isMissing: boolean }

export type ReviewRecipient = {
  permitType: string
  permitName: string
  authorityName: string | null
  /** Labels of the data only this permit's authority receives (beyond the shared ones). */
  ownData: string[]
  dataCount: number
  files: string[]
}

export type WizardReview = {
  sections: { key: string; title: string; href: string; rows: ReviewRow[] }[]
  /** Labels of the data every receiving authority gets. */
  sharedData: string[]
  recipients: ReviewRecipient[]
  /** The authorities the cases go to (one case each per permit type; an authority may get several). */
  authorityCount: number
  /** What stops the submission: missing or invalid data, with links to their steps. */
  problems: WizardError[]
}

export type WizardPage = {
  applicationId: string
  title: string
  bundle: { key: string; name: string }
  onBehalfOf: string | null
  answers: { key: string; label: string; value: string }[]
  changeAnswersHref: string
  steps: WizardStepLink[]
  position: StepPosition
  stepTitle: string
  fields: WizardField[]
  errors: WizardError[]
  review: WizardReview | null
  /** Largest file in bytes and as text, for the hint and the check in the browser. */
  maxFileBytes: number
  maxFileText: string
  maxPostBytes: number
  maxPostText: string
  /** After changed answers: the permits added and removed, and the steps asking new questions. */
  permitChange?: PermitChange | null
}

export type PermitChange = { added: string[]; removed: string[]; steps: string[] }

/** The address parameters that carry a change of the needed permits to the wizard. */
const permitChangeParams = ['added', 'removed'] as const

/** An address with the permits a change added and removed (unchanged when nothing changed). */
export const withPermitChanges = (href: string, changes: { added: string[]; removed: string[] }) => {
  const target = new URL(href, 'http://lupa')
  for (const name of permitChangeParams)
    if (changes[name].length > 0) target.searchParams.set(name, changes[name].join(','))
  return `${target.pathname}${target.search}`
}

/**
 * The change of permits the address names, in the customer's words: the permits' names and
 * the titles of the steps where the added permits ask something. Unknown keys are ignored.
 */
const permitChangeOf = (wizard: Wizard, params: [string, string][]): PermitChange | null => {
  const keysOf = (name: string) =>
    params
      .filter(([param]) => param === name)
      .flatMap(([, value]) => value.split(','))
      .filter((key) => wizard.context.permitTypes.some((permitType) => permitType.key === key))
  const added = keysOf('added')
  const removed = keysOf('removed')
  if (added.length === 0 && removed.length === 0) return null
  const nameOf = (key: string) =>
    localize(wizard.context.permitTypes.find((permitType) => permitType.key === key)?.name, wizard.locale)
  return {
    added: added.map(nameOf),
    removed: removed.map(nameOf),
    steps: wizard.steps
      .filter((step) => step.fields.some((field) => field.usedBy.some((key) => added.includes(key))))
      .map((step) => localize(step.title, wizard.locale)),
  }
}

export const editHref = (id: Id, step?: string) =>
  `/applications/${id}/edit${step ? `?step=${encodeURIComponent(step)}` : ''}`

/**
 * The permit analysis with the answers filled in and shown; with an application, its result
 * offers the (changed) answers back to that draft instead of starting a new one.
 */
export const analysisHref = ({
  bundleKey,
  answers,
  applicationId,
}: {
  bundleKey: string
  answers: DataValues
  applicationId?: Id
}) => {
  const params = new URLSearchParams({ [submittedParam]: '1' })
  for (const [key, value] of Object.entries(answers)) {
    for (const item of rawOf(value)) params.append(key, item)
  }
  if (applicationId !== undefined) params.set(applicationParam, String(applicationId))
  return `/analysis/${encodeURIComponent(bundleKey)}?${params}`
}

const changeAnswersHref = (wizard: Wizard) =>
  analysisHref({
    bundleKey: wizard.context.bundle.key,
    answers: wizard.answers,
    applicationId: wizard.application.id,
  })

const filesOf = async (wizard: Wizard, ids: string[]): Promise<Map<string, WizardFile>> => {
  if (ids.length === 0) return new Map()
  const { docs } = await wizard.payload.find({
    collection: slugs.attachments,
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    ...asUser(wizard.user),
  })
  return new Map(
    docs.map((doc) => [
      String(doc.id),
      {
        id: String(doc.id),
        name: doc.description || doc.filename || '',
        sizeText: formatFileSize({ bytes: doc.filesize ?? 0, locale: wizard.locale }),
        href: attachmentHrefOf(doc.filename),
      },
    ]),
  )
}

/** How the bundle asks the element (its place question, else the element's label). */
const askedLabelIn = (wizard: Wizard, element: DataElement) =>
  askedLabelOf({
    element,
    wording: wizard.wording,
    placeElements: wizard.placeElements,
    locale: wizard.locale,
  })

const permitNameOf = (wizard: Wizard, key: string) =>
  localize(wizard.context.permitTypes.find((permitType) => permitType.key === key)?.name, wizard.locale)

/** The fields of a step: as typed (`raw`, after a failed post) or as saved. */
const stepFields = ({
  wizard,
  step,
  raw,
  errors,
  files,
}: {
  wizard: Wizard
  step: FormStep
  raw: Map<string, string[]> | null
  errors: Map<string, string>
  files: Map<string, WizardFile>
}): WizardField[] =>
  step.fields.map(({ element, isRequired, usedBy }): WizardField => {
    const optionalText = isRequired ? null : wizard.t('field.optional')
    if (element.type === 'attachment')
      return {
        kind: 'files',
        key: element.key,
        focusId: `files-${element.key}`,
        inputName: `${fileFieldPrefix}${element.key}`,
        label: localize(element.label, wizard.locale),
        help: localize(element.help, wizard.locale),
        optionalText,
        usedBy: usedBy.map((key) => permitNameOf(wizard, key)),
        files: fileIdsIn(wizard.values[element.key])
          .map((id) => files.get(id))
          .filter((file) => file !== undefined),
        error: errors.get(element.key) ?? null,
      }
    const origin = prefillOriginOf({
      record: wizard.prefilled,
      key: element.key,
      value: wizard.values[element.key],
    })
    return {
      kind: 'question',
      question: questionOf({
        element,
        label: askedLabelIn(wizard, element),
        locale: wizard.locale,
        raw: raw?.get(element.key) ?? rawOf(wizard.values[element.key]),
        error: errors.get(element.key) ?? null,
        optionalText,
        prefilledText: origin ? wizard.t(`field.prefilled.${origin}`) : null,
      }),
    }
  })

const focusIdOfField = (element: DataElement) =>
  element.type === 'attachment' ? `files-${element.key}` : focusIdOf(element)

/** Errors of data as links: to the field on this step, or to the step (or analysis) that asks it. */
export const errorLinks = (wizard: Wizard, errors: FieldError[], { isOnStep }: { isOnStep: boolean }) =>
  errors.map((error): WizardError => {
    const element = wizard.elementsByKey.get(error.key)
    const step = stepOfField({ steps: wizard.steps, key: error.key })
    const focusId = element ? focusIdOfField(element) : ''
    return {
      key: error.key,
      focusId,
      label: element ? askedLabelIn(wizard, element) : error.key,
      message: error.message,
      href: isOnStep
        ? null
        : step
          ? `${editHref(wizard.application.id, step)}#${focusId}`
          : changeAnswersHref(wizard),
    }
  })

const reviewOf = async (wizard: Wizard, files: Map<string, WizardFile>): Promise<WizardReview> => {
  const { locale, t } = wizard
  const merged = { ...wizard.answers, ...wizard.values }
  const validation = validateValues({ form: wizard.form, values: merged, locale, isDraft: false })
  const problems = validation.isValid ? [] : errorLinks(wizard, validation.errors, { isOnStep: false })
  if (wizard.needed.length === 0)
    problems.push({
      key: 'bundle',
      focusId: '',
      label: t('review.nothingNeededLabel'),
      message: t('review.nothingNeeded'),
      href: changeAnswersHref(wizard),
    })
  const label = (key: string) => {
    const element = wizard.elementsByKey.get(key)
    return element ? askedLabelIn(wizard, element) : key
  }
  const fileNames = (value: unknown) =>
    fileIdsIn(value).map((id) => files.get(id)?.name ?? t('review.fileGone'))
  const recipients = recipientsOf({
    permitTypes: wizard.context.permitTypes,
    neededPermitTypes: wizard.needed,
    values: merged,
    elements: wizard.context.elements,
    authorities: wizard.context.authorities,
  })
  const shared = recipients.length
    ? recipients[0].elementKeys.filter((key) =>
        recipients.every((recipient) => recipient.elementKeys.includes(key)),
      )
    : []
  const authorityNames = await authorityNamesOf(wizard)
  return {
    sections: wizard.steps.map((step) => ({
      key: step.key,
      title: localize(step.title, locale),
      href: editHref(wizard.application.id, step.key),
      rows: step.fields.map(({ element }) => {
        const value = wizard.values[element.key]
        return {
          key: element.key,
          label: askedLabelIn(wizard, element),
          value: element.type === 'attachment' ? '' : formatValue({ element, value, locale }),
          files: element.type === 'attachment' ? fileNames(value) : [],
          isMissing: isMissing(value),
        }
      }),
    })),
    sharedData: shared.map(label),
    recipients: recipients.map((recipient) => ({
      permitType: recipient.permitType,
      permitName: permitNameOf(wizard, recipient.permitType),
      authorityName: recipient.authority ? (authorityNames.get(recipient.authority) ?? null) : null,
      ownData: recipient.elementKeys.filter((key) => !shared.includes(key)).map(label),
      dataCount: recipient.elementKeys.length,
      files: recipient.attachmentIds.map((id) => files.get(id)?.name ?? t('review.fileGone')),
    })),
    // A case whose authority the data do not tell yet counts as one more.
    authorityCount: new Set(recipients.map((recipient) => recipient.authority ?? `?${recipient.permitType}`))
      .size,
    problems,
  }
}

const authorityNamesOf = async (wizard: Wizard) => {
  const { docs } = await wizard.payload.find({
    collection: slugs.authorities,
    where: { key: { in: wizard.context.authorities.map((authority) => authority.key) } },
    locale: wizard.locale,
    depth: 0,
    pagination: false,
    select: { key: true, name: true },
    ...asUser(wizard.user),
  })
  return new Map(docs.map((doc) => [doc.key, doc.name]))
}

const organisationNameOf = async (wizard: Wizard) => {
  const id = idOf(wizard.application.onBehalfOf)
  if (id === null) return null
  const organisation = await wizard.payload
    .findByID({ collection: slugs.organisations, id, depth: 0, disableErrors: true, ...asUser(wizard.user) })
    .catch(() => null)
  return organisation?.name ?? null
}

/** The page of one step (or the review), showing `raw` input and `errors` after a failed post. */
export const pageOf = async ({
  wizard,
  stepKey,
  raw = null,
  errors = [],
  formErrors = [],
}: {
  wizard: Wizard
  stepKey: string
  raw?: Map<string, string[]> | null
  errors?: FieldError[]
  /** Errors that belong to no field (e.g. a post too large to read, a failed save). */
  formErrors?: WizardError[]
}): Promise<WizardPage> => {
  const { t, locale } = wizard
  const position = positionOf({ steps: wizard.steps, key: stepKey })!
  const step = wizard.steps.find((candidate) => candidate.key === stepKey) ?? null
  const files = await filesOf(
    wizard,
    attachmentIdsOf({ elements: wizard.context.elements, values: wizard.values }),
  )
  const answered = answeredKeys(wizard.answers)
  const merged = { ...wizard.answers, ...wizard.values }
  return {
    applicationId: String(wizard.application.id),
    title: wizard.application.title || localize(wizard.context.bundle.name, locale),
    bundle: { key: wizard.context.bundle.key, name: localize(wizard.context.bundle.name, locale) },
    onBehalfOf: await organisationNameOf(wizard),
    answers: wizard.context.bundle.analysisElements
      .filter((key) => answered.has(key))
      .map((key) => {
        const element = wizard.elementsByKey.get(key)!
        return {
          key,
          label: askedLabelIn(wizard, element),
          value: formatValue({ element, value: wizard.answers[key], locale }),
        }
      }),
    changeAnswersHref: changeAnswersHref(wizard),
    steps: wizard.steps.map((candidate) => ({
      key: candidate.key,
      title: localize(candidate.title, locale),
      isComplete: isStepComplete({ step: candidate, values: merged }),
      href: editHref(wizard.application.id, candidate.key),
    })),
    position,
    stepTitle: step ? localize(step.title, locale) : t('review.heading'),
    fields: step
      ? stepFields({
          wizard,
          step,
          raw,
          errors: new Map(errors.map((error) => [error.key, error.message])),
          files,
        })
      : [],
    errors: [...formErrors, ...errorLinks(wizard, errors, { isOnStep: true })],
    review: step ? null : await reviewOf(wizard, files),
    maxFileBytes: attachmentLimits.maxFileBytes,
    maxFileText: formatFileSize({ bytes: attachmentLimits.maxFileBytes, locale }),
    maxPostBytes,
    maxPostText: formatFileSize({ bytes: maxPostBytes, locale }),
  }
}

/**
 * The wizard page of a draft at a step (`?step=`), or at the review. Without a step (or
 * with one the draft no longer has) the customer is sent on to where data are still
 * missing, by an address that names that step: every step's history entry names its step,
 * so the browser's Back shows the step the customer came from.
 */
export const loadWizardPage = async ({
  payload,
  user,
  id,
  locale,
  stepKey,
  otherParams = [],
}: {
  payload: Payload
  user: PortalUser
  id: string
  locale: Locale
  stepKey: string | null
  /** The address's other parameters (a notice), kept when the customer is sent on. */
  otherParams?: [string, string][]
}): Promise<WizardPage> => {
  const wizard = await loadWizard({ payload, user, id, locale })
  const isKnown = stepKey !== null && positionOf({ steps: wizard.steps, key: stepKey }) !== null
  if (!isKnown) {
    const resume = resumeStepKey({ steps: wizard.steps, values: { ...wizard.answers, ...wizard.values } })
    const target = new URL(editHref(wizard.application.id, resume), 'http://lupa')
    for (const [name, value] of otherParams) if (name !== 'step') target.searchParams.append(name, value)
    throw redirect(`${target.pathname}${target.search}`)
  }
  return { ...(await pageOf({ wizard, stepKey })), permitChange: permitChangeOf(wizard, otherParams) }
}

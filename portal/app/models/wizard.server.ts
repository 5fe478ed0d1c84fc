import type { TFunction } from 'i18next'
import type { Payload } from 'payload'
import { APIError, createLocalReq, ValidationError } from 'payload'
import { data, redirect } from 'react-router'

import { BundleNotFoundError, loadBundleContext } from '../../../src/catalogue/loadBundleContext'
import type { BundleContext } from '../../../src/catalogue/loadBundleContext'
import { attachmentMimeTypes } from '../../../src/collections/Attachments'
import { sniffedFileType } from '../../../src/collections/Attachments/sniffedFileType'
import { displayNameOf, storeAttachment } from '../../../src/applications/storeAttachment'
import { idOf } from '../../../src/collections/relations'
import type { Id, Rel } from '../../../src/collections/relations'
import { slugs } from '../../../src/collections/slugs'
import { analyse } from '../../../src/domain/analysis'
import { attachmentLimits, uploadProblem } from '../../../src/domain/attachment-limits'
import { localize } from '../../../src/domain/localize'
import {
  assembleForm,
  attachmentIdsOf,
  isMissing,
  validateValues,
  type AssembledForm,
  type FormStep,
  type ValidationError as FieldError,
} from '../../../src/domain/once-only'
import type { DataElement, DataValues, Locale } from '../../../src/domain/types'
import {
  answeredKeys,
  applyStep,
  isStepComplete,
  positionOf,
  recipientsOf,
  resumeStepKey,
  reviewStepKey,
  stepOfField,
  wizardSteps,
  type StepPosition,
} from '../../../src/domain/wizard-steps'
import { submitApplication } from '../../../src/submission/submitApplication'
import { i18nServer } from '../i18n/i18next.server'
import { formatNumber } from '../i18n/format'
import { applicationParam, submittedParam } from './analysisParams'
import { attachmentHrefOf } from './authority.server'
import {
  focusIdOf,
  formatValue,
  parseFormValue,
  postedRaw,
  questionOf,
  rawOf,
  type Question,
} from './questions.server'
import { asUser, type PortalUser } from './session.server'
import { fileFieldPrefix, parseIntent, stepField, type WizardIntent } from './wizardForms'
import { maxPostBytes, postedFiles, type PostedForm } from './wizardPost.server'
import { readApplication } from './readApplication.server'

type Doc = Record<string, unknown> & { id: Id }
type T = TFunction<'wizard'>

/*
 * The application wizard: one draft application of a bundle, asked step by step. Every
 * record is read and written as the signed-in customer (the collections' access rules
 * decide); a draft of someone else is simply not found.
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
}

/** What a posted step leads to. */
export type StepResult =
  | { kind: 'redirect'; to: string }
  | { kind: 'invalid'; page: WizardPage }
  | { kind: 'autosaved'; savedAt: string; errorCount: number }

type Wizard = {
  payload: Payload
  user: PortalUser
  locale: Locale
  t: T
  application: Doc
  context: BundleContext
  answers: DataValues
  values: DataValues
  /** The files linked to the draft, ids as the database has them. */
  attachmentIds: Id[]
  needed: string[]
  form: AssembledForm
  steps: FormStep[]
  elementsByKey: Map<string, DataElement>
}

export const editHref = (id: Id, step?: string) =>
  `/applications/${id}/edit${step ? `?step=${encodeURIComponent(step)}` : ''}`

const objectOf = (value: unknown): DataValues =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as DataValues) : {}

const fileSizeText = (bytes: number, locale: Locale) =>
  bytes >= 1024 * 1024
    ? `${formatNumber({ value: Math.round((bytes / 1024 / 1024) * 10) / 10, locale })} MB`
    : `${formatNumber({ value: Math.max(1, Math.round(bytes / 1024)), locale })} kB`

/**
 * The draft and its bundle, ready for the wizard. A submitted application is no longer
 * edited here: the customer is sent to its one view.
 */
const loadWizard = async ({
  payload,
  user,
  id,
  locale,
}: {
  payload: Payload
  user: PortalUser
  id: string
  locale: Locale
}): Promise<Wizard> => {
  const application = await readApplication({ payload, user, id })
  if (application.status !== 'draft') throw redirect(`/applications/${application.id}`)
  let context: BundleContext
  try {
    context = await loadBundleContext({
      req: await createLocalReq({ user: user as never }, payload),
      bundle: { id: idOf(application.bundle as Rel)! },
    })
  } catch (error) {
    // The bundle was withdrawn: the draft stays, but cannot be continued.
    if (error instanceof BundleNotFoundError) throw data(null, { status: 410 })
    throw error
  }
  const answers = objectOf(application.answers)
  const values = objectOf(application.values)
  const merged = { ...answers, ...values }
  const needed = analyse({ bundle: context.bundle, answers: merged, locale })
    .permits.filter((permit) => permit.isNeeded)
    .map((permit) => permit.permitType)
  const form = assembleForm({
    bundle: context.bundle,
    permitTypes: context.permitTypes,
    elements: context.elements,
    neededPermitTypes: needed,
  })
  return {
    payload,
    user,
    locale,
    t: await i18nServer.getFixedT(locale, 'wizard'),
    application,
    context,
    answers,
    values,
    attachmentIds: ((application.attachments as Rel[] | null) ?? [])
      .map(idOf)
      .filter((item) => item !== null),
    needed,
    form,
    steps: wizardSteps({ form, answers }),
    elementsByKey: new Map(context.elements.map((element) => [element.key, element])),
  }
}

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
    docs.map((doc) => {
      const record = doc as unknown as Doc
      return [
        String(record.id),
        {
          id: String(record.id),
          name: String(record.description || record.filename || ''),
          sizeText: fileSizeText(Number(record.filesize ?? 0), wizard.locale),
          href: attachmentHrefOf(record.filename),
        },
      ]
    }),
  )
}

const permitNameOf = (wizard: Wizard, key: string) =>
  localize(wizard.context.permitTypes.find((permitType) => permitType.key === key)?.name, wizard.locale)

const idsIn = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])

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
        files: idsIn(wizard.values[element.key])
          .map((id) => files.get(id))
          .filter((file) => file !== undefined),
        error: errors.get(element.key) ?? null,
      }
    return {
      kind: 'question',
      question: questionOf({
        element,
        locale: wizard.locale,
        raw: raw?.get(element.key) ?? rawOf(wizard.values[element.key]),
        error: errors.get(element.key) ?? null,
        optionalText,
      }),
    }
  })

const focusIdOfField = (element: DataElement) =>
  element.type === 'attachment' ? `files-${element.key}` : focusIdOf(element)

/** Errors of data as links: to the field on this step, or to the step (or analysis) that asks it. */
const errorLinks = (wizard: Wizard, errors: FieldError[], { isOnStep }: { isOnStep: boolean }) =>
  errors.map((error): WizardError => {
    const element = wizard.elementsByKey.get(error.key)
    const step = stepOfField({ steps: wizard.steps, key: error.key })
    const focusId = element ? focusIdOfField(element) : ''
    return {
      key: error.key,
      focusId,
      label: element ? localize(element.label, wizard.locale) : error.key,
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
  const label = (key: string) => localize(wizard.elementsByKey.get(key)?.label, locale)
  const fileNames = (value: unknown) => idsIn(value).map((id) => files.get(id)?.name ?? t('review.fileGone'))
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
          label: localize(element.label, locale),
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
  return new Map(docs.map((doc) => [String(doc.key), String(doc.name ?? doc.key)]))
}

const organisationNameOf = async (wizard: Wizard) => {
  const id = idOf(wizard.application.onBehalfOf as Rel)
  if (id === null) return null
  const organisation = await wizard.payload
    .findByID({ collection: slugs.organisations, id, depth: 0, disableErrors: true, ...asUser(wizard.user) })
    .catch(() => null)
  return organisation ? String(organisation.name) : null
}

/** The page of one step (or the review), showing `raw` input and `errors` after a failed post. */
const pageOf = async ({
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
    title:
      typeof wizard.application.title === 'string' && wizard.application.title
        ? wizard.application.title
        : localize(wizard.context.bundle.name, locale),
    bundle: { key: wizard.context.bundle.key, name: localize(wizard.context.bundle.name, locale) },
    onBehalfOf: await organisationNameOf(wizard),
    answers: wizard.context.bundle.analysisElements
      .filter((key) => answered.has(key))
      .map((key) => {
        const element = wizard.elementsByKey.get(key)!
        return {
          key,
          label: localize(element.label, locale),
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
    maxFileText: fileSizeText(attachmentLimits.maxFileBytes, locale),
    maxPostBytes,
    maxPostText: fileSizeText(maxPostBytes, locale),
  }
}

/**
 * The wizard page of a draft at a step (`?step=`), or at the review. Without a step (or
 * with one the draft no longer has) the customer resumes where data are still missing.
 */
export const loadWizardPage = async ({
  payload,
  user,
  id,
  locale,
  stepKey,
}: {
  payload: Payload
  user: PortalUser
  id: string
  locale: Locale
  stepKey: string | null
}): Promise<WizardPage> => {
  const wizard = await loadWizard({ payload, user, id, locale })
  const isKnown = stepKey !== null && positionOf({ steps: wizard.steps, key: stepKey }) !== null
  if (stepKey !== null && !isKnown) throw redirect(editHref(wizard.application.id))
  return pageOf({
    wizard,
    stepKey: isKnown
      ? stepKey
      : resumeStepKey({ steps: wizard.steps, values: { ...wizard.answers, ...wizard.values } }),
  })
}

/**
 * Stores the files posted for an attachment element. Each is checked for size and count,
 * then by its content (never its name or declared type); the stored name is generated, the
 * customer's name kept as the description. Gives the new ids and one message per refusal.
 */
const storeUploads = async ({
  wizard,
  element,
  files,
  current,
  total,
}: {
  wizard: Wizard
  element: DataElement
  files: File[]
  current: string[]
  total: number
}): Promise<{ ids: Id[]; errors: string[] }> => {
  const { t } = wizard
  const ids: Id[] = []
  const errors: string[] = []
  for (const file of files) {
    const name = displayNameOf(file.name)
    const problem = uploadProblem({
      size: file.size,
      filesInElement: current.length + ids.length,
      filesInApplication: total + ids.length,
    })
    if (problem) {
      errors.push(
        problem === 'empty'
          ? t('files.errors.empty', { name })
          : problem === 'too-large'
            ? t('files.errors.tooLarge', {
                name,
                max: fileSizeText(attachmentLimits.maxFileBytes, wizard.locale),
              })
            : t('files.errors.tooMany', { name, max: attachmentLimits.maxFilesPerElement }),
      )
      continue
    }
    const buffer = Buffer.from(await file.arrayBuffer())
    const type = await sniffedFileType({ data: buffer, declared: file.type || 'application/octet-stream' })
    if (!type || !attachmentMimeTypes.includes(type)) {
      errors.push(t('files.errors.type', { name }))
      continue
    }
    try {
      const doc = await storeAttachment({
        payload: wizard.payload,
        file: { data: buffer, name, mimeType: type },
        label: element.key,
        access: asUser(wizard.user),
        context: { onBehalfOf: idOf(wizard.application.onBehalfOf as Rel) },
      })
      ids.push(doc.id)
    } catch (error) {
      if (error instanceof ValidationError) errors.push(t('files.errors.type', { name }))
      else {
        wizard.payload.logger.error({ err: error, msg: 'Storing an attachment of a draft failed' })
        errors.push(t('files.errors.failed', { name }))
      }
    }
  }
  return { ids, errors }
}

/**
 * Unlinks a file from the draft, and deletes it when nothing else uses it: the collection
 * lets customers delete only their own unlocked files, and another application (a copy, or
 * one submitted with it) may still link it.
 */
const deleteIfUnused = async (wizard: Wizard, attachmentId: Id) => {
  // Counted as the system: the customer may not see every application that links the file
  // (e.g. a colleague's draft for the same organisation), and only the count is used.
  const { totalDocs } = await wizard.payload.count({
    collection: slugs.applications,
    where: {
      and: [{ attachments: { in: [attachmentId] } }, { id: { not_equals: wizard.application.id } }],
    },
    overrideAccess: true,
  })
  if (totalDocs > 0) return
  await wizard.payload
    .delete({ collection: slugs.attachments, id: attachmentId, ...asUser(wizard.user) })
    .catch(() => undefined)
}

const redirectOf = (wizard: Wizard, intent: WizardIntent, position: StepPosition, notice?: string) => {
  const id = wizard.application.id
  switch (intent.kind) {
    case 'next':
      return editHref(id, position.next ?? reviewStepKey)
    case 'previous':
      return editHref(id, position.previous ?? position.key)
    case 'goto':
      return editHref(id, positionOf({ steps: wizard.steps, key: intent.step }) ? intent.step : position.key)
    default:
      return `${editHref(id, position.key)}${notice ? `&notice=${notice}` : ''}`
  }
}

/**
 * Handles a post of one step: saves its valid data (always, so nothing good is lost), stores
 * uploaded files and unlinks removed ones, then moves on, or shows the step again with the
 * errors next to the fields and the input as typed. "Save and continue" requires the step's
 * required data; moving back, saving a draft and autosaving do not.
 */
export const postStep = async ({
  payload,
  user,
  id,
  locale,
  posted,
}: {
  payload: Payload
  user: PortalUser
  id: string
  locale: Locale
  posted: PostedForm
}): Promise<StepResult> => {
  const wizard = await loadWizard({ payload, user, id, locale })
  const { t } = wizard
  const resume = () => resumeStepKey({ steps: wizard.steps, values: { ...wizard.answers, ...wizard.values } })
  if (posted.isTooLarge) {
    return {
      kind: 'invalid',
      page: await pageOf({
        wizard,
        stepKey: resume(),
        formErrors: [
          {
            key: 'form',
            focusId: 'step-heading',
            label: t('files.heading'),
            message: t('files.errors.postTooLarge', { max: fileSizeText(maxPostBytes, locale) }),
            href: null,
          },
        ],
      }),
    }
  }
  const { form } = posted
  const intent = parseIntent(form.get('intent'))
  const stepKey = String(form.get(stepField) ?? '')
  const step = wizard.steps.find((candidate) => candidate.key === stepKey)
  // The step is gone (the answers changed in another tab): nothing of it to save.
  if (!step)
    return intent.kind === 'autosave'
      ? { kind: 'autosaved', savedAt: new Date().toISOString(), errorCount: 0 }
      : { kind: 'redirect', to: editHref(wizard.application.id, resume()) }
  const position = positionOf({ steps: wizard.steps, key: step.key })!

  const fileErrors = new Map<string, string[]>()
  const removed: Id[] = []
  let attachmentIds = [...wizard.attachmentIds]
  const postedValues: DataValues = {}
  const raw = new Map<string, string[]>()
  for (const { element } of step.fields) {
    if (element.type !== 'attachment') {
      const typed = postedRaw(element, form)
      raw.set(element.key, typed)
      const value = parseFormValue(element, typed)
      if (value !== undefined) postedValues[element.key] = value
      continue
    }
    let current = idsIn(wizard.values[element.key])
    if (intent.kind === 'remove' && intent.element === element.key && current.includes(intent.attachment)) {
      current = current.filter((item) => item !== intent.attachment)
      removed.push(...attachmentIds.filter((item) => String(item) === intent.attachment))
      attachmentIds = attachmentIds.filter((item) => String(item) !== intent.attachment)
    }
    if (intent.kind !== 'autosave') {
      const stored = await storeUploads({
        wizard,
        element,
        files: postedFiles(form, `${fileFieldPrefix}${element.key}`),
        current,
        total: attachmentIds.length,
      })
      current = [...current, ...stored.ids.map(String)]
      attachmentIds = [...attachmentIds, ...stored.ids]
      if (stored.errors.length > 0) fileErrors.set(element.key, stored.errors)
    }
    if (current.length > 0) postedValues[element.key] = current
  }

  const update = applyStep({
    step,
    values: wizard.values,
    posted: postedValues,
    locale,
    isFinal: intent.kind === 'next',
  })
  try {
    await payload.update({
      collection: slugs.applications,
      id: wizard.application.id,
      data: { values: update.values, attachments: attachmentIds } as never,
      depth: 0,
      ...asUser(user),
    })
  } catch (error) {
    // The draft stays as it was; the customer gets the step back with everything typed.
    payload.logger.error({ err: error, msg: 'Saving a draft step failed' })
    return {
      kind: 'invalid',
      page: await pageOf({
        wizard,
        stepKey: step.key,
        raw,
        errors: update.errors,
        formErrors: [
          {
            key: 'form',
            focusId: 'step-heading',
            label: localize(step.title, locale),
            message: t('errors.saveFailed'),
            href: null,
          },
        ],
      }),
    }
  }
  for (const attachmentId of removed) await deleteIfUnused(wizard, attachmentId)
  wizard.values = update.values
  wizard.attachmentIds = attachmentIds

  if (intent.kind === 'autosave')
    return { kind: 'autosaved', savedAt: new Date().toISOString(), errorCount: update.errors.length }
  const errors: FieldError[] = [
    ...update.errors,
    ...[...fileErrors].map(([key, messages]) => ({ key, message: messages.join(' ') })),
  ]
  if (errors.length > 0)
    return { kind: 'invalid', page: await pageOf({ wizard, stepKey: step.key, raw, errors }) }
  const notice =
    intent.kind === 'upload'
      ? 'uploaded'
      : intent.kind === 'remove'
        ? 'removed'
        : intent.kind === 'save'
          ? 'saved'
          : undefined
  return { kind: 'redirect', to: redirectOf(wizard, intent, position, notice) }
}

/**
 * Submits the draft as the customer (see submitApplication): on success, the receipt. Data
 * the submission refuses come back as links to the steps that ask them; any other failure
 * leaves the draft as it was, with a message to try again.
 */
export const submitDraft = async ({
  payload,
  user,
  id,
  locale,
}: {
  payload: Payload
  user: PortalUser
  id: string
  locale: Locale
}): Promise<StepResult> => {
  const wizard = await loadWizard({ payload, user, id, locale })
  const { t } = wizard
  try {
    await submitApplication({
      req: await createLocalReq({ user: user as never }, payload),
      applicationId: wizard.application.id,
      locale,
    })
    return { kind: 'redirect', to: `/applications/${wizard.application.id}/receipt` }
  } catch (error) {
    let errors: FieldError[] = []
    const formErrors: WizardError[] = []
    if (error instanceof ValidationError) {
      errors = error.data.errors.map((item) => ({
        key: item.path.replace(/^values\./, ''),
        message: item.message,
      }))
    } else if (error instanceof APIError && error.status === 409) {
      return { kind: 'redirect', to: `/applications/${wizard.application.id}` }
    } else {
      const isPublic = error instanceof APIError && error.isPublic && error.status < 500
      if (!isPublic)
        payload.logger.error({ err: error, msg: 'Submitting an application from the wizard failed' })
      formErrors.push({
        key: 'submit',
        focusId: 'submit-application',
        label: t('review.submit'),
        message: isPublic ? (error as APIError).message : t('errors.submitFailed'),
        href: null,
      })
    }
    const page = await pageOf({ wizard, stepKey: reviewStepKey, formErrors })
    const links = errorLinks(wizard, errors, { isOnStep: false })
    page.errors = [...formErrors, ...links]
    return { kind: 'invalid', page }
  }
}

import type { Payload } from 'payload'
import { APIError, ValidationError } from 'payload'
import { data } from 'react-router'

import { slugs } from '../../../src/collections/slugs'
import { neededPermitsOf, permitChangesOf } from '../../../src/domain/deciding-questions'
import { localize } from '../../../src/domain/localize'
import type { ValidationError as FieldError } from '../../../src/domain/once-only'
import type { DataValues, Locale } from '../../../src/domain/types'
import {
  applyStep,
  positionOf,
  resumeStepKey,
  reviewStepKey,
  type StepPosition,
} from '../../../src/domain/wizard-steps'
import { submitApplication } from '../../../src/submission/submitApplication'
import { formatFileSize } from '../i18n/format'
import { parseFormValue, postedRaw } from './questions.server'
import { asUser, requestAs, type PortalUser } from './session.server'
import { fileFieldPrefix, parseIntent, stepField, type WizardIntent } from './wizardForms'
import { fileIdsIn, loadWizard, type Wizard } from './wizardLoad.server'
import {
  editHref,
  errorLinks,
  pageOf,
  withPermitChanges,
  type WizardError,
  type WizardPage,
} from './wizardPage.server'
import { deleteIfUnused, maxPostBytes, storeUploads } from './wizardUploads.server'

/*
 * The posts of the wizard: reading a post within its size limit, saving a step, and
 * submitting the draft.
 */

/** Beyond this, an oversized post is no longer drained but cut off. */
const maxDrainBytes = 20 * maxPostBytes

/** A posted form, or the fact that the post was too large to read. */
export type PostedForm = { form: FormData; isTooLarge: false } | { form: null; isTooLarge: true }

/**
 * Reads a form post (URL-encoded or multipart) into memory, refusing more than
 * {@link maxPostBytes}. An oversized body is read to its end and dropped, so that the
 * browser still gets the page that explains what happened rather than a broken connection.
 */
export const readPostedForm = async (request: Request): Promise<PostedForm> => {
  const contentType = request.headers.get('content-type') ?? ''
  const declared = Number(request.headers.get('content-length') ?? '0')
  const chunks: Uint8Array[] = []
  let total = 0
  if (request.body) {
    const reader = request.body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > maxDrainBytes) {
        await reader.cancel()
        break
      }
      if (total <= maxPostBytes) chunks.push(value)
    }
  }
  if (total > maxPostBytes || declared > maxPostBytes) return { form: null, isTooLarge: true }
  try {
    const form = await new Request('http://form.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: Buffer.concat(chunks),
    }).formData()
    return { form, isTooLarge: false }
  } catch {
    throw data(null, { status: 400 })
  }
}

/** The files posted under a name; a file input left empty sends a nameless empty part. */
const postedFiles = (form: FormData, name: string): File[] =>
  form.getAll(name).filter((value): value is File => typeof value !== 'string' && value.name !== '')

/** What a posted step leads to. */
export type StepResult =
  | { kind: 'redirect'; to: string }
  | { kind: 'invalid'; page: WizardPage }
  | { kind: 'autosaved'; savedAt: string; errorCount: number }

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
            message: t('files.errors.postTooLarge', { max: formatFileSize({ bytes: maxPostBytes, locale }) }),
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
  const removed: number[] = []
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
    let current = fileIdsIn(wizard.values[element.key])
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
      data: { values: update.values, attachments: attachmentIds },
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
  // An answer that adds or removes a permit: the customer is told so at once and taken to
  // where the new questions are (the first step still missing data).
  const changes = permitChangesOf(
    wizard.needed,
    neededPermitsOf({ bundle: wizard.context.bundle, answers: { ...wizard.answers, ...update.values } }),
  )
  if (changes.added.length > 0 || changes.removed.length > 0)
    return { kind: 'redirect', to: withPermitChanges(editHref(wizard.application.id), changes) }
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
      req: await requestAs(payload, user),
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

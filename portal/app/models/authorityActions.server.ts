import type { TFunction } from 'i18next'
import type { Payload, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import {
  acknowledgeReceipt,
  addNote,
  assignCase,
  cancelSupplementRequest,
  CaseActionError,
  itemPathOf,
  caseActionLimits,
  changeStatus,
  correctDecision,
  postInternalMessage,
  postMessage,
  recordDecision,
  remindSupplementRequest,
  requestSupplement,
  uploadLimitOf,
} from '../../../src/cases/caseActions'
import type { CaseActionIssue } from '../../../src/cases/caseActions'
import { withTransaction } from '../../../src/db/withTransaction'
import type { Locale } from '../../../src/domain/types'
import type { Case } from '../../../src/payload-types'
import { caseOfUser, notFound, statusLabelOf, type AuthorityUser } from './authority.server'
import { requestAs } from './session.server'

/** The actions of the case page; each form posts one as its `intent`. */
export const caseActionIntents = [
  'assign',
  'note',
  'acknowledge',
  'status',
  'supplement',
  'supplement-cancel',
  'supplement-remind',
  'message',
  'internal-message',
  'decision',
  'correct-decision',
] as const
export type CaseActionIntent = (typeof caseActionIntents)[number]

export const isCaseActionIntent = (value: unknown): value is CaseActionIntent =>
  caseActionIntents.includes(value as CaseActionIntent)

/** One refusal, shown next to its field and in the form's error summary. */
export type CaseActionFieldError = {
  /** The field (`dueDate`…) or `form` for the action as a whole. */
  field: string
  /** The element the error summary links to. */
  focusId: string
  label: string
  message: string
}

export type CaseActionResult =
  | { isDone: true; intent: CaseActionIntent }
  | {
      isDone: false
      intent: CaseActionIntent | null
      errors: CaseActionFieldError[]
      /** What the user wrote, to show again (never the file). */
      values: Record<string, string>
    }

/** The id of a form control of an action, e.g. `supplement-dueDate`. */
export const fieldIdOf = (intent: string, field: string) => `${intent}-${field}`

/** A file input with nothing chosen posts an empty, unnamed part. */
const fileOf = (value: FormDataEntryValue | null): File | null =>
  value && typeof value !== 'string' && (value.size > 0 || value.name) ? value : null

const limitOf: Record<string, number> = {
  reference: caseActionLimits.reference,
  body: caseActionLimits.message,
  summary: caseActionLimits.summary,
  decisionMaker: caseActionLimits.decisionMaker,
  correctionReason: caseActionLimits.correctionReason,
  conditions: caseActionLimits.condition,
}

const isItemPath = (path: string) => /^item-\d+$/.test(path)

/** The limit an error names: a text's length, or the number of conditions or requested items. */
const maxOf = (issue: CaseActionIssue) => {
  if (isItemPath(issue.path))
    return issue.code === 'too-many' ? caseActionLimits.supplementItems : caseActionLimits.whatIsMissing
  return issue.code === 'too-many' ? caseActionLimits.conditions : limitOf[issue.path]
}

/** The fields of a decision record as the decision and correction forms post them. */
const decisionFieldsOf = async (form: FormData) => {
  const file = fileOf(form.get('document'))
  return {
    outcome: form.get('outcome'),
    summary: form.get('summary'),
    decisionMaker: form.get('decisionMaker'),
    decisionDate: form.get('decisionDate'),
    validFrom: form.get('validFrom'),
    validUntil: form.get('validUntil'),
    // One condition per line of the text area.
    conditions: form.get('conditions') ?? '',
    document: file
      ? { data: Buffer.from(await file.arrayBuffer()), filename: file.name, mimeType: file.type }
      : null,
  }
}

const run = async ({
  req,
  intent,
  caseDoc,
  form,
}: {
  req: PayloadRequest
  intent: CaseActionIntent
  caseDoc: Case
  form: FormData
}) => {
  const field = (name: string) => form.get(name)
  switch (intent) {
    case 'assign':
      return assignCase({ req, caseDoc, handler: field('handler') })
    case 'note':
      return addNote({ req, caseDoc, body: field('body') })
    case 'acknowledge':
      return acknowledgeReceipt({ req, caseDoc, reference: field('reference') as string | null })
    case 'status':
      return changeStatus({ req, caseDoc, status: field('status') })
    case 'supplement':
      return requestSupplement({
        req,
        caseDoc,
        items: Array.from({ length: caseActionLimits.supplementItems + 1 }, (_, index) =>
          field(itemPathOf(index)),
        ),
        dueDate: field('dueDate'),
      })
    case 'supplement-cancel':
      return cancelSupplementRequest({ req, caseDoc, requestId: field('requestId') })
    case 'supplement-remind':
      return remindSupplementRequest({ req, caseDoc, requestId: field('requestId') })
    case 'message':
      return postMessage({ req, caseDoc, body: field('body') })
    case 'internal-message':
      return postInternalMessage({ req, caseDoc, body: field('body') })
    case 'decision':
      return recordDecision({ req, caseDoc, ...(await decisionFieldsOf(form)) })
    case 'correct-decision':
      return correctDecision({
        req,
        caseDoc,
        ...(await decisionFieldsOf(form)),
        correctionReason: field('correctionReason'),
      })
  }
}

/**
 * Runs the action a form on the case page posted, as the signed-in authority user, in one
 * transaction: the same case action (src/cases/caseActions.ts) the integration API runs.
 * Refusals come back as localised errors per field with the user's input; a case that is
 * not the user's authority's is 404.
 */
export const runCaseAction = async ({
  payload,
  user,
  id,
  request,
  locale,
  t,
}: {
  payload: Payload
  user: AuthorityUser
  id: string
  request: Request
  locale: Locale
  t: TFunction<'authority'>
}): Promise<CaseActionResult> => {
  const refused = (
    intent: CaseActionIntent | null,
    errors: Omit<CaseActionFieldError, 'focusId' | 'label'>[],
    values: Record<string, string> = {},
  ): CaseActionResult => ({
    isDone: false,
    intent,
    values,
    errors: errors.map((error) => ({
      ...error,
      focusId: fieldIdOf(intent ?? 'form', error.field === 'form' ? 'submit' : error.field),
      label: isItemPath(error.field)
        ? t('fields.item', { n: error.field.slice('item-'.length) })
        : t(`fields.${error.field}` as 'fields.form'),
    })),
  })
  // A body over the upload limit is refused before it is read into memory.
  const limit = uploadLimitOf({ payload })
  // Its form is known only from the address: the correction form posts with `?form=correct-decision`.
  if (Number(request.headers.get('content-length') ?? 0) > limit + 1024 * 1024)
    return refused(
      new URL(request.url).searchParams.get('form') === 'correct-decision' ? 'correct-decision' : 'decision',
      [{ field: 'document', message: t('errors.file-too-large') }],
    )

  const form = await request.formData().catch(() => null)
  const intent = form?.get('intent')
  if (!form || !isCaseActionIntent(intent))
    return refused(null, [{ field: 'form', message: t('errors.unknownAction') }])
  const values = Object.fromEntries(
    [...form.entries()].filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'intent',
    ),
  )
  const issueError = (issue: CaseActionIssue) => ({
    field: issue.path,
    message: t(`errors.${issue.code}`, { max: maxOf(issue) }),
  })

  const req = await requestAs(payload, user)
  try {
    await withTransaction(req, async () => {
      const caseDoc = await caseOfUser({ payload, user, id, req })
      await run({ req, intent, caseDoc, form })
    })
    return { isDone: true, intent }
  } catch (error) {
    if (error instanceof CaseActionError) {
      if (error.kind === 'not-found') throw notFound()
      if (error.kind === 'illegal-transition')
        return refused(
          intent,
          [
            {
              field: 'form',
              message:
                error.allowed.length > 0
                  ? t('errors.illegalTransition', {
                      allowed: error.allowed.map((status) => statusLabelOf(status, locale)).join(', '),
                    })
                  : t('errors.noTransitions'),
            },
          ],
          values,
        )
      return refused(intent, error.issues.map(issueError), values)
    }
    if (error instanceof ValidationError) {
      payload.logger.warn({ err: error, msg: `Authority workspace: case action ${intent} refused` })
      return refused(intent, [{ field: 'form', message: t('errors.notSaved') }], values)
    }
    throw error
  }
}

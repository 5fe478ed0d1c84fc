import type { Payload } from 'payload'
import { NotFound } from 'payload'
import { data, redirect } from 'react-router'

import {
  answerSupplementRequest,
  maxAnswerLength,
  SupplementAnswerError,
  type UploadedFile,
} from '../../../src/applications/answerSupplementRequest'
import { slugs } from '../../../src/collections/slugs'
import { attachmentLimits } from '../../../src/domain/attachment-limits'
import type { Locale } from '../../../src/domain/types'
import { getFixedT } from '../i18n/i18next.server'
import { notFound } from './applications.server'
import { readApplication } from './readApplication.server'
import { applicationIntents, controlIds, doneParam, type ApplicationIntent } from './applicationsForms'
import { asUser, requestAs, type PortalUser } from './session.server'
import { readForm } from './readForm.server'

/** The longest message, as the messages collection allows. */
export const maxMessageLength = 10_000

export type ActionError = { focusId: string; field: 'body' | 'answer' | 'files'; message: string }

/** A refused post: the errors, and what the customer wrote, to show again. */
export type ActionFailure = {
  intent: ApplicationIntent | null
  /** The case (message) or supplement request (answer) the form was for. */
  targetId: string | null
  errors: ActionError[]
  values: { body: string; answer: string }
}

/** The largest request body taken: every file at its largest, plus room for the text. */
const maxBodyBytes = attachmentLimits.maxFilesPerElement * attachmentLimits.maxFileBytes + 1024 * 1024

const textOf = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '')

const filesOf = async (form: FormData, name: string): Promise<UploadedFile[]> => {
  const files = form.getAll(name).filter((value): value is File => typeof value !== 'string')
  // A file input left empty still sends one nameless, empty part.
  const chosen = files.filter((file) => file.name !== '' || file.size > 0)
  return Promise.all(
    chosen.map(async (file) => ({
      name: file.name,
      mimetype: file.type || 'application/octet-stream',
      data: Buffer.from(await file.arrayBuffer()),
    })),
  )
}

const failure = (result: ActionFailure) => data(result, { status: 400 })

/**
 * The posts of the one view: a message to a case's authority, and an answer (text and
 * files) to an open supplement request. Both go through the collections with the
 * customer's own access, so their hooks record the events and tell the authority through
 * its connection mode. Success redirects back to the page with a notice (post, redirect,
 * get); a refused post answers 400 with the errors and the customer's text kept.
 */
export const handleApplicationAction = async ({
  request,
  payload,
  user,
  id,
  locale,
}: {
  request: Request
  payload: Payload
  user: PortalUser
  id: string
  locale: Locale
}) => {
  const application = await readApplication({ payload, user, id })
  if (application.status !== 'submitted') throw notFound()
  const t = await getFixedT(locale, 'applications')
  const pageHref = `/applications/${encodeURIComponent(String(application.id))}`

  if (Number(request.headers.get('content-length') ?? 0) > maxBodyBytes) {
    return failure({
      intent: null,
      targetId: null,
      errors: [{ focusId: 'main', field: 'files', message: t('errors.requestTooLarge') }],
      values: { body: '', answer: '' },
    })
  }
  const form = await readForm(request)
  const intent = textOf(form.get('intent'))

  if (intent === applicationIntents.message) {
    const caseId = textOf(form.get('case'))
    const body = textOf(form.get('body'))
    const theCase = await payload
      .find({
        collection: slugs.cases,
        where: { and: [{ id: { equals: caseId } }, { application: { equals: application.id } }] },
        ...asUser(user),
        depth: 0,
        limit: 1,
      })
      .then((result) => result.docs[0])
      .catch(() => undefined)
    if (!theCase) throw notFound()
    const problem =
      body.trim() === ''
        ? t('errors.messageRequired')
        : body.length > maxMessageLength
          ? t('errors.messageTooLong', { max: maxMessageLength })
          : null
    if (problem)
      return failure({
        intent,
        targetId: String(theCase.id),
        errors: [{ focusId: controlIds.messageBody(String(theCase.id)), field: 'body', message: problem }],
        values: { body, answer: '' },
      })
    await payload.create({
      collection: slugs.messages,
      ...asUser(user),
      depth: 0,
      // The collection takes the application from the case: it is this one.
      data: { application: application.id, case: theCase.id, body: body.trim() },
    })
    return redirect(`${pageHref}?${doneParam}=message`)
  }

  if (intent === applicationIntents.answer) {
    const requestId = textOf(form.get('supplementRequest'))
    const answer = textOf(form.get('answer'))
    const supplementRequest = await payload
      .find({
        collection: slugs.supplementRequests,
        where: { and: [{ id: { equals: requestId } }, { application: { equals: application.id } }] },
        ...asUser(user),
        depth: 0,
        limit: 1,
      })
      .then((result) => result.docs[0])
      .catch(() => undefined)
    if (!supplementRequest) throw notFound()
    const targetId = String(supplementRequest.id)
    try {
      await answerSupplementRequest({
        req: await requestAs(payload, user),
        supplementRequestId: supplementRequest.id,
        answer,
        files: await filesOf(form, 'files'),
      })
    } catch (error) {
      if (error instanceof NotFound) throw notFound()
      if (!(error instanceof SupplementAnswerError)) throw error
      const message = {
        'not-open': t('errors.requestNotOpen'),
        'answer-required': t('errors.answerRequired'),
        'answer-too-long': t('errors.answerTooLong', { max: maxAnswerLength }),
        'too-many-files': t('errors.tooManyFiles', { max: attachmentLimits.maxFilesPerElement }),
        'file-empty': t('errors.fileEmpty', { file: error.file }),
        'file-too-large': t('errors.fileTooLarge', {
          file: error.file,
          max: attachmentLimits.maxFileBytes / (1024 * 1024),
        }),
        'file-type-not-allowed': t('errors.fileTypeNotAllowed', { file: error.file }),
        'file-archive-too-large': t('errors.fileArchiveTooLarge', { file: error.file }),
        'too-many-uploads': t('errors.tooManyUploads'),
        'malware-scan-unavailable': t('errors.malwareScanUnavailable'),
        'file-infected': t('errors.fileInfected', { file: error.file }),
      }[error.problem]
      return failure({
        intent,
        targetId,
        errors: [
          {
            focusId: error.field === 'files' ? controlIds.answerFiles(targetId) : controlIds.answer(targetId),
            field: error.field,
            message,
          },
        ],
        values: { body: '', answer },
      })
    }
    return redirect(`${pageHref}?${doneParam}=answer`)
  }

  throw data(null, { status: 400 })
}

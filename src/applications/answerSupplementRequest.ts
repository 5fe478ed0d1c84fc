import type { PayloadRequest } from 'payload'
import { Forbidden, NotFound, ValidationError } from 'payload'

import { hasRole, userOf } from '../access/roles'
import type { Id } from '../collections/relations'
import { slugs } from '../collections/slugs'
import { withTransaction } from '../db/withTransaction'
import { InfectedFileError, UploadDeferredError } from '../collections/Attachments'
import { checkedFile } from '../collections/Attachments/checkedFile'
import { attachmentLimits } from '../domain/attachment-limits'
import type { Attachment } from '../payload-types'
import { storeAttachment } from './storeAttachment'

/** A file the customer sent with a form, read into memory. */
export type UploadedFile = { name: string; mimetype: string; data: Buffer }

/** Longest answer, as the supplement request's `answer` field allows. */
export const maxAnswerLength = 10_000

export type SupplementAnswerProblem =
  | 'not-open'
  | 'answer-required'
  | 'answer-too-long'
  | 'too-many-files'
  | 'file-empty'
  | 'file-too-large'
  | 'file-type-not-allowed'
  | 'file-archive-too-large'
  | 'too-many-uploads'
  | 'malware-scan-unavailable'
  | 'file-infected'

/** An answer that cannot be taken as it is; `field` is `answer` or `files`, `file` names the file at fault. */
export class SupplementAnswerError extends Error {
  readonly problem: SupplementAnswerProblem
  readonly field: 'answer' | 'files'
  readonly file: string | null

  constructor({
    problem,
    field,
    file = null,
  }: {
    problem: SupplementAnswerProblem
    field: 'answer' | 'files'
    file?: string | null
  }) {
    super(`Supplement answer refused: ${problem}${file ? ` (${file})` : ''}`)
    this.name = 'SupplementAnswerError'
    this.problem = problem
    this.field = field
    this.file = file
  }
}

/** A generated stored name: never a path or name the sender chose, only a plain extension of it. */
const checkAnswer = ({ answer, files }: { answer: string; files: UploadedFile[] }) => {
  if (answer.length > maxAnswerLength)
    throw new SupplementAnswerError({ problem: 'answer-too-long', field: 'answer' })
  if (answer === '' && files.length === 0)
    throw new SupplementAnswerError({ problem: 'answer-required', field: 'answer' })
  if (files.length > attachmentLimits.maxFilesPerElement)
    throw new SupplementAnswerError({ problem: 'too-many-files', field: 'files' })
  for (const file of files) {
    if (file.data.length === 0)
      throw new SupplementAnswerError({ problem: 'file-empty', field: 'files', file: file.name })
    if (file.data.length > attachmentLimits.maxFileBytes)
      throw new SupplementAnswerError({ problem: 'file-too-large', field: 'files', file: file.name })
  }
}

/**
 * The customer answers an open supplement request with text and files. Everything goes
 * through the collections with the customer's own access, in one transaction: the files
 * are stored as attachments (checked by content), the request is answered, and the
 * request's hooks move the case on and send the answer to the authority. Nothing is kept
 * when any part is refused. Throws NotFound for a request the customer may not see,
 * {@link SupplementAnswerError} for an answer that cannot be taken.
 */
export const answerSupplementRequest = async ({
  req,
  supplementRequestId,
  answer: rawAnswer,
  files,
}: {
  /** A request of the signed-in customer (`req.user`). */
  req: PayloadRequest
  supplementRequestId: Id
  answer: string
  files: UploadedFile[]
}) => {
  const { payload } = req
  if (!hasRole(userOf(req), 'customer')) throw new Forbidden(req.t)
  const asCustomer = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  const request = await payload
    .findByID({
      collection: slugs.supplementRequests,
      id: supplementRequestId,
      ...asCustomer,
      disableErrors: true,
    })
    .catch(() => null)
  if (!request) throw new NotFound(req.t)
  if (request.status !== 'open') throw new SupplementAnswerError({ problem: 'not-open', field: 'answer' })
  const answer = rawAnswer.trim()
  checkAnswer({ answer, files })

  return withTransaction(req, async () => {
    const attachmentIds: Attachment['id'][] = []
    for (const file of files) {
      const { problem } = await checkedFile({ data: file.data, declared: file.mimetype })
      if (problem !== null) throw new SupplementAnswerError({ problem, field: 'files', file: file.name })
      try {
        const attachment = await storeAttachment({
          payload,
          file: { data: file.data, name: file.name, mimeType: file.mimetype },
          label: 'supplement',
          access: { req, user: req.user, overrideAccess: false },
        })
        attachmentIds.push(attachment.id)
      } catch (error) {
        if (error instanceof UploadDeferredError)
          throw new SupplementAnswerError({ problem: error.reason, field: 'files', file: file.name })
        if (error instanceof InfectedFileError)
          throw new SupplementAnswerError({ problem: 'file-infected', field: 'files', file: file.name })
        if (error instanceof ValidationError)
          throw new SupplementAnswerError({
            problem: 'file-type-not-allowed',
            field: 'files',
            file: file.name,
          })
        throw error
      }
    }
    const answered = await payload.update({
      collection: slugs.supplementRequests,
      id: request.id,
      ...asCustomer,
      data: { answer, answerAttachments: attachmentIds },
    })
    return answered
  })
}

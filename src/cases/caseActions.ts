import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { authorityIdOf, hasRole, userOf } from '../access/roles'
import { storeAttachment } from '../applications/storeAttachment'
import { attachmentMimeTypes } from '../collections/Attachments'
import { sniffedFileType } from '../collections/Attachments/sniffedFileType'
import { idOf, idsOf } from '../collections/relations'
import { slugs } from '../collections/slugs'
import type { Attachment, Case, CaseNote, Decision, Message, SupplementRequest } from '../payload-types'
import { nowOf, todayInFinland } from '../clock'
import { isIsoDate } from '../domain/calendar-date'
import { IllegalTransitionError, isCaseStatus, isDecisionOutcome, transition } from '../domain/case-status'
import type { CaseStatus, DecisionOutcome } from '../domain/case-status'
import { caseActorOf } from './caseActor'
import { handlersOf } from './caseAssignment'

/*
 * What an authority does to one of its cases, for every channel alike: the portal's
 * authority workspace and the integration API call these functions, so both validate,
 * refuse and record in the same way. Each takes the request of the acting authority user
 * (`req.user`; an integration API key acts as its authority's service account) and the case
 * as read for them. Writes go through the collections with the user's own access rules
 * (`overrideAccess: false`), so their hooks run as for any authority user: the status
 * machine, case events, parties, customer notifications, audit log.
 */

/** The longest texts the actions take, in characters (the collections' own limits). */
export const caseActionLimits = {
  reference: 200,
  message: 10_000,
  whatIsMissing: 5000,
  summary: 10_000,
  note: 10_000,
} as const

export const caseActionIssueCodes = [
  'required',
  'too-long',
  'invalid-date',
  'date-in-past',
  'not-an-option',
  'file-empty',
  'file-too-large',
  'file-type-not-allowed',
] as const
/** Why one input of an action was refused; the portal shows each code as a localised message. */
export type CaseActionIssueCode = (typeof caseActionIssueCodes)[number]

/** English, for API clients; the portal localises the code instead. */
const issueMessages: Record<CaseActionIssueCode, string> = {
  required: 'is required',
  'too-long': 'is too long',
  'invalid-date': 'must be a date (YYYY-MM-DD)',
  'date-in-past': 'must be today or later',
  'not-an-option': 'is not one of the allowed values',
  'file-empty': 'must not be empty',
  'file-too-large': 'is larger than the upload limit',
  'file-type-not-allowed': 'is not a file type Lupa accepts',
}

export type CaseActionIssue = {
  /** The input the issue is about (`dueDate`, `document`…). */
  path: string
  code: CaseActionIssueCode
  message: string
}

/**
 * An action refused: invalid input (`invalid`, with one issue per input; `too-large` for a
 * document over the upload limit), a move the status machine does not allow
 * (`illegal-transition`, with the statuses it does allow), or a case that is not the
 * acting authority's (`not-found`, the same as a case that does not exist).
 */
export class CaseActionError extends Error {
  readonly kind: 'invalid' | 'too-large' | 'illegal-transition' | 'not-found'
  readonly issues: CaseActionIssue[]
  /** With `illegal-transition`: the statuses the case may move to. */
  readonly allowed: CaseStatus[]

  constructor({
    kind,
    message,
    issues = [],
    allowed = [],
  }: {
    kind: CaseActionError['kind']
    message: string
    issues?: CaseActionIssue[]
    allowed?: CaseStatus[]
  }) {
    super(message)
    this.name = 'CaseActionError'
    this.kind = kind
    this.issues = issues
    this.allowed = allowed
  }
}

const issue = (path: string, code: CaseActionIssueCode): CaseActionIssue => ({
  path,
  code,
  message: issueMessages[code],
})

const refuseIssues = (issues: CaseActionIssue[]) => {
  if (issues.length === 0) return
  const isTooLarge = issues.some((item) => item.code === 'file-too-large')
  throw new CaseActionError({
    kind: isTooLarge ? 'too-large' : 'invalid',
    message: isTooLarge ? 'The document is too large' : 'The request is not valid',
    issues,
  })
}

/** A trimmed text, or its issue: required (unless optional) and at most `max` characters. */
const checkText = ({
  issues,
  path,
  value,
  max,
  isOptional = false,
}: {
  issues: CaseActionIssue[]
  path: string
  value: unknown
  max: number
  isOptional?: boolean
}): string => {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!text && !isOptional) issues.push(issue(path, 'required'))
  else if (text.length > max) issues.push(issue(path, 'too-long'))
  return text
}

/**
 * Refuses to act on a case that is not the acting authority user's: callers read the case
 * with the user's rights first, and this holds even if one did not.
 */
const requireOwnCase = (req: PayloadRequest, caseDoc: Case) => {
  const user = userOf(req)
  const authority = authorityIdOf(user)
  if (
    !hasRole(user, 'authority-user') ||
    authority === null ||
    String(idOf(caseDoc.authority)) !== String(authority)
  )
    throw new CaseActionError({ kind: 'not-found', message: 'Not found' })
}

/**
 * Checks a move with the status machine before anything is written, so a refused action
 * leaves nothing behind (the case collection's hook checks it again on the write).
 */
const checkTransition = ({
  req,
  caseDoc,
  to,
  outcome,
}: {
  req: PayloadRequest
  caseDoc: Case
  to: CaseStatus
  outcome?: DecisionOutcome | null
}) => {
  try {
    transition({ from: caseDoc.status, to, actor: caseActorOf(req), outcome })
  } catch (error) {
    if (error instanceof IllegalTransitionError)
      throw new CaseActionError({
        kind: 'illegal-transition',
        message: error.message,
        allowed: error.allowed,
      })
    throw error
  }
}

const asActingUser = (req: PayloadRequest) => ({ req, overrideAccess: false, depth: 0 }) as const

const updateCase = (req: PayloadRequest, caseDoc: Case, data: Partial<Case>) =>
  req.payload.update({ collection: slugs.cases, id: caseDoc.id, ...asActingUser(req), data })

/**
 * The authority has the case: it becomes `received` (from `submitted` or `delivered`),
 * optionally with the authority's own reference (case or diary number). Acknowledging a
 * case already received only updates the reference.
 */
export const acknowledgeReceipt = async ({
  req,
  caseDoc,
  reference,
}: {
  req: PayloadRequest
  caseDoc: Case
  reference?: string | null
}): Promise<Case> => {
  requireOwnCase(req, caseDoc)
  const issues: CaseActionIssue[] = []
  const text = checkText({
    issues,
    path: 'reference',
    value: reference,
    max: caseActionLimits.reference,
    isOptional: true,
  })
  refuseIssues(issues)
  if (caseDoc.status !== 'received') checkTransition({ req, caseDoc, to: 'received' })
  return updateCase(req, caseDoc, { status: 'received', ...(text ? { externalReference: text } : {}) })
}

/** Moves the case to another status, as the status machine allows its authority. */
export const changeStatus = async ({
  req,
  caseDoc,
  status,
  outcome,
}: {
  req: PayloadRequest
  caseDoc: Case
  status: unknown
  outcome?: unknown
}): Promise<Case> => {
  requireOwnCase(req, caseDoc)
  const issues: CaseActionIssue[] = []
  const to = isCaseStatus(status) ? status : null
  if (to === null) issues.push(issue('status', 'not-an-option'))
  const hasOutcome = outcome !== undefined && outcome !== null && outcome !== ''
  const decided = hasOutcome && isDecisionOutcome(outcome) ? outcome : null
  if (hasOutcome && decided === null) issues.push(issue('outcome', 'not-an-option'))
  refuseIssues(issues)
  // Setting the status a case already has is no move (and changes nothing), as in the collection.
  if (to !== caseDoc.status) checkTransition({ req, caseDoc, to: to!, outcome: decided })
  return updateCase(req, caseDoc, { status: to!, ...(decided ? { outcome: decided } : {}) })
}

type MessageInput = { req: PayloadRequest; caseDoc: Case; body: unknown }

/**
 * Checks the text and writes a message of the user's own case's application, on the case
 * or not as `place` says. (For a message on the case, the collection takes the application
 * from the case; it is the same one.)
 */
const writeMessage = async (
  { req, caseDoc, body }: MessageInput,
  place: Pick<Message, 'case' | 'isInternal'>,
): Promise<Message> => {
  requireOwnCase(req, caseDoc)
  const issues: CaseActionIssue[] = []
  const text = checkText({ issues, path: 'body', value: body, max: caseActionLimits.message })
  refuseIssues(issues)
  return req.payload.create({
    collection: slugs.messages,
    ...asActingUser(req),
    data: { application: idOf(caseDoc.application)!, ...place, body: text },
  })
}

/** Writes to the customer about the case; the customer is notified by email. */
export const postMessage = (input: MessageInput) => writeMessage(input, { case: input.caseDoc.id })

/**
 * Writes to the other authorities of the case's application (the bundle), never shown to
 * the customer. It is a message of the application, not of this case, because every
 * authority party to the application reads those and only its own cases' messages.
 */
export const postInternalMessage = (input: MessageInput) => writeMessage(input, { isInternal: true })

/**
 * Makes one of the authority's users the case's handler, or nobody (`handler` empty). The
 * change is recorded in the case's history and the new handler is emailed (the collection's
 * hooks, see caseAssignment).
 */
export const assignCase = async ({
  req,
  caseDoc,
  handler,
}: {
  req: PayloadRequest
  caseDoc: Case
  handler: unknown
}): Promise<Case> => {
  requireOwnCase(req, caseDoc)
  const wanted = typeof handler === 'string' || typeof handler === 'number' ? String(handler).trim() : ''
  const handlers = wanted
    ? await handlersOf({ payload: req.payload, authority: authorityIdOf(userOf(req))!, req })
    : []
  const chosen = handlers.find((user) => String(user.id) === wanted)
  if (wanted && !chosen) refuseIssues([issue('handler', 'not-an-option')])
  return updateCase(req, caseDoc, { handler: chosen ? chosen.id : null })
}

/** Writes an internal note on the case, read only by the users of the case's authority. */
export const addNote = async ({
  req,
  caseDoc,
  body,
}: {
  req: PayloadRequest
  caseDoc: Case
  body: unknown
}): Promise<CaseNote> => {
  requireOwnCase(req, caseDoc)
  const issues: CaseActionIssue[] = []
  const text = checkText({ issues, path: 'body', value: body, max: caseActionLimits.note })
  refuseIssues(issues)
  return req.payload.create({
    collection: slugs.caseNotes,
    ...asActingUser(req),
    data: { case: caseDoc.id, body: text },
  })
}

/**
 * Asks the customer for what is missing, by a due date (today or later, Finnish time). The
 * case becomes `supplement-requested` and the customer is notified.
 */
export const requestSupplement = async ({
  req,
  caseDoc,
  whatIsMissing,
  dueDate,
}: {
  req: PayloadRequest
  caseDoc: Case
  whatIsMissing: unknown
  dueDate: unknown
}): Promise<SupplementRequest> => {
  requireOwnCase(req, caseDoc)
  const issues: CaseActionIssue[] = []
  const text = checkText({
    issues,
    path: 'whatIsMissing',
    value: whatIsMissing,
    max: caseActionLimits.whatIsMissing,
  })
  const date = typeof dueDate === 'string' ? dueDate.trim() : ''
  if (!date) issues.push(issue('dueDate', 'required'))
  else if (!isIsoDate(date)) issues.push(issue('dueDate', 'invalid-date'))
  else if (date < todayInFinland(nowOf(req.payload))) issues.push(issue('dueDate', 'date-in-past'))
  refuseIssues(issues)
  checkTransition({ req, caseDoc, to: 'supplement-requested' })
  return req.payload.create({
    collection: slugs.supplementRequests,
    ...asActingUser(req),
    data: { case: caseDoc.id, whatIsMissing: text, dueDate: date },
  })
}

/** A decision document as received: the bytes, and the sender's name and type for it. */
export type DecisionDocumentInput = {
  data: Buffer
  /** Kept only as the attachment's description; the stored name is generated. */
  filename: string
  /** What the sender says it is; the content decides. */
  mimeType: string
}

/** The upload limit of attachments, in bytes. */
export const uploadLimitOf = (req: Pick<PayloadRequest, 'payload'>) =>
  req.payload.config.upload?.limits?.fileSize ?? 20 * 1024 * 1024

/**
 * Stores a decision document as an attachment of the case's parties: the customer (and the
 * organisation acted for) may read it, as may the deciding authority. Those party fields
 * are the system's to set, so the attachment is written with system rights; the caller has
 * established that the case is the acting authority's ({@link requireOwnCase}).
 */
const storeDocument = async ({
  req,
  caseDoc,
  document,
  type,
}: {
  req: PayloadRequest
  caseDoc: Case
  document: DecisionDocumentInput
  type: string
}) => {
  try {
    return await storeAttachment({
      payload: req.payload,
      file: {
        data: document.data,
        name: document.filename,
        mimeType: type,
      },
      label: `decision-${caseDoc.caseNumber}`,
      access: { req, overrideAccess: true },
      data: {
        isLocked: true,
        applicant: idOf(caseDoc.applicant),
        onBehalfOf: idOf(caseDoc.onBehalfOf),
        authorities: idsOf([caseDoc.authority]),
      },
    })
  } catch (error) {
    // The attachments collection sniffs the content again; its refusal is the document's.
    if (error instanceof ValidationError) refuseIssues([issue('document', 'file-type-not-allowed')])
    throw error
  }
}

/**
 * Records the decision (outcome, summary, optional document): the case becomes `decided`
 * and the customer is notified. The move is checked and the document's size and type (by
 * its content) are checked before anything is stored.
 */
export const recordDecision = async ({
  req,
  caseDoc,
  outcome,
  summary,
  document,
}: {
  req: PayloadRequest
  caseDoc: Case
  outcome: unknown
  summary: unknown
  document?: DecisionDocumentInput | null
}): Promise<{ decision: Decision; document: Attachment | null }> => {
  requireOwnCase(req, caseDoc)
  const issues: CaseActionIssue[] = []
  const decided = isDecisionOutcome(outcome) ? outcome : null
  if (decided === null) issues.push(issue('outcome', 'not-an-option'))
  const text = checkText({ issues, path: 'summary', value: summary, max: caseActionLimits.summary })
  let type: string | null = null
  if (document) {
    if (document.data.length === 0) issues.push(issue('document', 'file-empty'))
    else if (document.data.length > uploadLimitOf(req)) issues.push(issue('document', 'file-too-large'))
    else {
      type = await sniffedFileType({ data: document.data, declared: document.mimeType })
      if (!type || !attachmentMimeTypes.includes(type))
        issues.push(issue('document', 'file-type-not-allowed'))
    }
  }
  refuseIssues(issues)
  checkTransition({ req, caseDoc, to: 'decided', outcome: decided })
  const stored = document && type ? await storeDocument({ req, caseDoc, document, type }) : null
  const decision = await req.payload.create({
    collection: slugs.decisions,
    ...asActingUser(req),
    data: { case: caseDoc.id, outcome: decided!, summary: text, document: stored?.id },
  })
  return { decision, document: stored }
}

import { randomUUID } from 'node:crypto'

import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { authorityIdOf, hasRole, userOf } from '../access/roles'
import { storeAttachment } from '../applications/storeAttachment'
import { InfectedFileError, UploadDeferredError } from '../collections/Attachments'
import { checkedFile } from '../collections/Attachments/checkedFile'
import { idOf, idsOf } from '../collections/relations'
import { slugs } from '../collections/slugs'
import type { Attachment, Case, CaseNote, Decision, Message, SupplementRequest } from '../payload-types'
import { nowOf, todayInFinland } from '../clock'
import { isIsoDate } from '../domain/calendar-date'
import { IllegalTransitionError, isCaseStatus, isDecisionOutcome, transition } from '../domain/case-status'
import { maxSupplementItems } from '../domain/supplement-batches'
import { conditionLimits, conditionsOf, decisionProblemsOf, isOutcomeForKind } from '../domain/decision-rules'
import type { CaseStatus, DecisionOutcome } from '../domain/case-status'
import { queueCustomerNotification } from '../notifications/queueCustomerNotification'
import { appendCaseEvent } from './appendCaseEvent'
import { caseActorOf } from './caseActor'
import { handlersOf } from './caseAssignment'
import { decisionContextOf, decisionsOfCase } from './decisionRecords'

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
  supplementItems: maxSupplementItems,
  summary: 10_000,
  note: 10_000,
  decisionMaker: 200,
  correctionReason: 5000,
  condition: conditionLimits.length,
  conditions: conditionLimits.count,
} as const

export const caseActionIssueCodes = [
  'required',
  'too-long',
  'invalid-date',
  'date-in-past',
  'not-an-option',
  'outcome-not-for-permit',
  'outcome-not-for-notification',
  'conditions-required',
  'conditions-not-for-outcome',
  'too-many',
  'ends-before-start',
  'date-in-future',
  'file-empty',
  'file-too-large',
  'file-type-not-allowed',
  'file-archive-too-large',
  'too-many-uploads',
  'malware-scan-unavailable',
  'file-infected',
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
  'outcome-not-for-permit':
    'is not an outcome of a permit (granted, granted-with-conditions, rejected, dismissed)',
  'outcome-not-for-notification':
    'is not an outcome of a notification (acknowledged, acknowledged-with-instructions, prohibited)',
  'conditions-required': 'must list at least one condition for this outcome',
  'conditions-not-for-outcome': 'are given only with an outcome with conditions or instructions',
  'too-many': 'has too many items',
  'ends-before-start': 'must not be before the start of the validity',
  'date-in-future': 'must be today or earlier',
  'file-empty': 'must not be empty',
  'file-too-large': 'is larger than the upload limit',
  'file-type-not-allowed': 'is not a file type Lupa accepts',
  'file-archive-too-large': 'unpacks into more than Lupa accepts, or cannot be read',
  'too-many-uploads': 'is one upload too many for now: try again later',
  'malware-scan-unavailable': 'could not be checked for malware now: try again later',
  'file-infected': 'holds malware',
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
  if (decided !== null) {
    const { kind } = await decisionContextOf(req, caseDoc)
    if (!isOutcomeForKind(decided, kind))
      issues.push(
        issue('outcome', kind === 'notification' ? 'outcome-not-for-notification' : 'outcome-not-for-permit'),
      )
  }
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
 * Asks the customer for what is missing, item by item, by one due date (today or later,
 * Finnish time): one supplement request per item, sharing a batch, each answered on its
 * own. Empty items are left out; issues name an item as `item-N` (from 1). The case becomes `supplement-requested` and the customer is notified once.
 */
export const requestSupplement = async ({
  req,
  caseDoc,
  items,
  dueDate,
}: {
  req: PayloadRequest
  caseDoc: Case
  items: unknown[]
  dueDate: unknown
}): Promise<SupplementRequest[]> => {
  requireOwnCase(req, caseDoc)
  const issues: CaseActionIssue[] = []
  const texts = items
    .map((value, index) => ({
      index,
      text: checkText({
        issues,
        path: itemPathOf(index),
        value,
        max: caseActionLimits.whatIsMissing,
        isOptional: true,
      }),
    }))
    .filter(({ text }) => text !== '')
  if (texts.length === 0) issues.push(issue(itemPathOf(0), 'required'))
  else if (texts.length > caseActionLimits.supplementItems)
    issues.push(issue(itemPathOf(texts[caseActionLimits.supplementItems].index), 'too-many'))
  const date = typeof dueDate === 'string' ? dueDate.trim() : ''
  if (!date) issues.push(issue('dueDate', 'required'))
  else if (!isIsoDate(date)) issues.push(issue('dueDate', 'invalid-date'))
  else if (date < todayInFinland(nowOf(req.payload))) issues.push(issue('dueDate', 'date-in-past'))
  refuseIssues(issues)
  checkTransition({ req, caseDoc, to: 'supplement-requested' })
  const batch = randomUUID()
  const requests: SupplementRequest[] = []
  for (const { text } of texts)
    requests.push(
      await req.payload.create({
        collection: slugs.supplementRequests,
        ...asActingUser(req),
        data: { case: caseDoc.id, whatIsMissing: text, dueDate: date, batch },
      }),
    )
  return requests
}

/** The issue path of a requested item by its index (from 0): `item-1`, `item-2`… */
export const itemPathOf = (index: number) => `item-${index + 1}`

/**
 * The case's open supplement request by its id, read with the user's access; refused as
 * not one of the case's open requests otherwise (answered, cancelled, another case's).
 */
const openRequestOf = async ({
  req,
  caseDoc,
  requestId,
}: {
  req: PayloadRequest
  caseDoc: Case
  requestId: unknown
}): Promise<SupplementRequest> => {
  const id = typeof requestId === 'string' || typeof requestId === 'number' ? String(requestId) : ''
  const { docs } = /^[A-Za-z0-9_-]{1,64}$/.test(id)
    ? await req.payload.find({
        collection: slugs.supplementRequests,
        where: {
          and: [{ id: { equals: id } }, { case: { equals: caseDoc.id } }, { status: { equals: 'open' } }],
        },
        ...asActingUser(req),
        limit: 1,
      })
    : { docs: [] }
  if (!docs[0]) refuseIssues([issue('request', 'not-an-option')])
  return docs[0]
}

/**
 * Withdraws an open supplement request: the customer need not answer it any more. When it
 * was the case's last open request, the authority stops waiting and the case moves on to
 * `in-processing` (the customer is told of the status change); the expected decision date
 * counts the wait only up to today.
 */
export const cancelSupplementRequest = async ({
  req,
  caseDoc,
  requestId,
}: {
  req: PayloadRequest
  caseDoc: Case
  requestId: unknown
}): Promise<SupplementRequest> => {
  requireOwnCase(req, caseDoc)
  const request = await openRequestOf({ req, caseDoc, requestId })
  const cancelled = await req.payload.update({
    collection: slugs.supplementRequests,
    id: request.id,
    ...asActingUser(req),
    data: { status: 'cancelled' },
  })
  const { totalDocs: stillOpen } = await req.payload.count({
    collection: slugs.supplementRequests,
    where: { and: [{ case: { equals: caseDoc.id } }, { status: { equals: 'open' } }] },
    ...asActingUser(req),
  })
  if (stillOpen === 0 && caseDoc.status === 'supplement-requested')
    await updateCase(req, caseDoc, { status: 'in-processing' })
  return cancelled
}

/**
 * Reminds the customer of an open supplement request by email (through the outbox), and
 * records the reminder in the case's history.
 */
export const remindSupplementRequest = async ({
  req,
  caseDoc,
  requestId,
}: {
  req: PayloadRequest
  caseDoc: Case
  requestId: unknown
}): Promise<SupplementRequest> => {
  requireOwnCase(req, caseDoc)
  const request = await openRequestOf({ req, caseDoc, requestId })
  await queueCustomerNotification({
    req,
    input: {
      applicationId: String(idOf(caseDoc.application)),
      caseId: String(caseDoc.id),
      kind: 'supplement-reminder',
    },
  })
  await appendCaseEvent({
    req,
    caseDoc,
    type: 'reminder-sent',
    detail: { supplementRequestId: String(request.id) },
  })
  return request
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
    if (error instanceof UploadDeferredError) refuseIssues([issue('document', error.reason)])
    if (error instanceof InfectedFileError) refuseIssues([issue('document', 'file-infected')])
    if (error instanceof ValidationError) refuseIssues([issue('document', 'file-type-not-allowed')])
    throw error
  }
}

/** What a decision record says, as an authority gives it (every channel alike). */
export type DecisionInput = {
  outcome: unknown
  summary: unknown
  /** The decision-maker's name and title; empty, the acting user's name. */
  decisionMaker?: unknown
  /** The date of the decision (`YYYY-MM-DD`), today or earlier; empty, today. */
  decisionDate?: unknown
  /** The validity period (`YYYY-MM-DD`), each optional. */
  validFrom?: unknown
  validUntil?: unknown
  /** Conditions as separate items: a list, or a text with one condition per line. */
  conditions?: unknown
  document?: DecisionDocumentInput | null
}

const optionalDate = (issues: CaseActionIssue[], path: string, value: unknown): string | null => {
  const date = typeof value === 'string' ? value.trim() : ''
  if (!date) return null
  if (!isIsoDate(date)) {
    issues.push(issue(path, 'invalid-date'))
    return null
  }
  return date
}

/**
 * Checks a decision record before anything is stored: the outcome (one of the permit
 * type's kind), the texts, dates, conditions (as the outcome needs them), and the
 * document's size and type by its content. Returns the data to write and the document's type.
 */
const checkDecision = async ({
  req,
  caseDoc,
  input,
  isCorrection,
  correctionReason,
}: {
  req: PayloadRequest
  caseDoc: Case
  input: DecisionInput
  isCorrection: boolean
  correctionReason?: unknown
}) => {
  const issues: CaseActionIssue[] = []
  const decided = isDecisionOutcome(input.outcome) ? input.outcome : null
  if (decided === null) issues.push(issue('outcome', 'not-an-option'))
  const summary = checkText({ issues, path: 'summary', value: input.summary, max: caseActionLimits.summary })
  const decisionMaker = checkText({
    issues,
    path: 'decisionMaker',
    value: input.decisionMaker,
    max: caseActionLimits.decisionMaker,
    isOptional: true,
  })
  const reason = isCorrection
    ? checkText({
        issues,
        path: 'correctionReason',
        value: correctionReason,
        max: caseActionLimits.correctionReason,
      })
    : ''
  const today = todayInFinland(nowOf(req.payload))
  const decisionDate = optionalDate(issues, 'decisionDate', input.decisionDate)
  if (decisionDate && decisionDate > today) issues.push(issue('decisionDate', 'date-in-future'))
  const validFrom = optionalDate(issues, 'validFrom', input.validFrom)
  const validUntil = optionalDate(issues, 'validUntil', input.validUntil)
  const conditions = conditionsOf(input.conditions)
  if (conditions.length > caseActionLimits.conditions) issues.push(issue('conditions', 'too-many'))
  else if (conditions.some((text) => text.length > caseActionLimits.condition))
    issues.push(issue('conditions', 'too-long'))
  if (decided !== null) {
    const { kind } = await decisionContextOf(req, caseDoc)
    for (const problem of decisionProblemsOf({
      kind,
      outcome: decided,
      conditions,
      validFrom,
      validUntil,
      isCorrection: false,
    }))
      issues.push(issue(problem.path, problem.code as CaseActionIssueCode))
  }
  const { document } = input
  let type: string | null = null
  if (document) {
    if (document.data.length === 0) issues.push(issue('document', 'file-empty'))
    else if (document.data.length > uploadLimitOf(req)) issues.push(issue('document', 'file-too-large'))
    else {
      const checked = await checkedFile({ data: document.data, declared: document.mimeType })
      type = checked.type
      if (checked.problem !== null) issues.push(issue('document', checked.problem))
    }
  }
  refuseIssues(issues)
  return {
    outcome: decided!,
    type,
    data: {
      case: caseDoc.id,
      outcome: decided!,
      summary,
      decisionMaker: decisionMaker || null,
      decisionDate: decisionDate ?? today,
      validFrom,
      validUntil,
      conditions: conditions.map((text) => ({ text })),
      ...(isCorrection ? { correctionReason: reason } : {}),
    },
  }
}

const writeDecision = async ({
  req,
  caseDoc,
  checked,
  document,
}: {
  req: PayloadRequest
  caseDoc: Case
  checked: Awaited<ReturnType<typeof checkDecision>>
  document?: DecisionDocumentInput | null
}): Promise<{ decision: Decision; document: Attachment | null }> => {
  const stored =
    document && checked.type ? await storeDocument({ req, caseDoc, document, type: checked.type }) : null
  const decision = await req.payload.create({
    collection: slugs.decisions,
    ...asActingUser(req),
    data: { ...checked.data, document: stored?.id },
  })
  return { decision, document: stored }
}

/**
 * Records the decision: outcome (one of the permit type's kind), summary, decision-maker,
 * date, validity, conditions as separate items and an optional document; the permit type's
 * appeal instructions are attached. The case becomes `decided` and the customer is
 * notified. Everything is checked before anything is stored.
 */
export const recordDecision = async ({
  req,
  caseDoc,
  ...input
}: DecisionInput & { req: PayloadRequest; caseDoc: Case }): Promise<{
  decision: Decision
  document: Attachment | null
}> => {
  requireOwnCase(req, caseDoc)
  const checked = await checkDecision({ req, caseDoc, input, isCorrection: false })
  checkTransition({ req, caseDoc, to: 'decided', outcome: checked.outcome })
  return writeDecision({ req, caseDoc, checked, document: input.document })
}

/**
 * Corrects the decision of a decided case: a new version of the whole record with the
 * reason for the correction. The earlier versions stay, for the authority and the
 * customer to read; the case stays decided with the new outcome, and the customer is
 * notified.
 */
export const correctDecision = async ({
  req,
  caseDoc,
  correctionReason,
  ...input
}: DecisionInput & { req: PayloadRequest; caseDoc: Case; correctionReason: unknown }): Promise<{
  decision: Decision
  document: Attachment | null
}> => {
  requireOwnCase(req, caseDoc)
  // A case decided by a bare status change has no record to correct: record the decision first.
  if (caseDoc.status !== 'decided' || (await decisionsOfCase(req, caseDoc.id)).length === 0)
    throw new CaseActionError({
      kind: 'illegal-transition',
      message: `Cannot correct the decision of a case that is "${caseDoc.status}" without a recorded decision`,
    })
  const checked = await checkDecision({ req, caseDoc, input, isCorrection: true, correctionReason })
  return writeDecision({ req, caseDoc, checked, document: input.document })
}

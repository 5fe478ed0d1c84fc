import { randomBytes } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { changeCaseStatus } from '../../../src/cases/changeCaseStatus'
import { slugs } from '../../../src/collections/slugs'
import { nowOf } from '../../../src/connections/deliveryPolicy'
import { IllegalTransitionError, transition } from '../../../src/domain/case-status'
import type { CaseStatus } from '../../../src/domain/case-status'
import type { CaseDoc } from './caseOfAuthority'
import { ProblemError } from './problem'
import { postCaseRoute } from './routes'
import { decisionBody, messageBody, receiptBody, statusBody, supplementRequestBody } from './schemas'
import type { decisionDocument } from './schemas'
import { caseSummaryOf, decisionViewOf, messageViewOf, permitTypesOf, supplementRequestViewOf } from './views'
import { idOf } from '../../../src/collections/relations'
import type { Id, Rel } from '../../../src/collections/relations'

type Doc = Record<string, unknown> & { id: Id }

/*
 * Every change goes through the collections with the Local API, as the authority's
 * integration account (`req.user`, actor `authority`), so their hooks do what they do when
 * an authority user acts: the status machine, case events, parties, audit log. System
 * rights (`overrideAccess`) are used only after `caseOfAuthority` established that the
 * case is the caller's.
 */
const asAuthority = (req: PayloadRequest) => ({ req, overrideAccess: true, depth: 0 }) as const

const summaryOf = async (req: PayloadRequest, doc: CaseDoc) =>
  caseSummaryOf(doc, await permitTypesOf(req, [doc]))

/** `POST /cases/:id/receipt`: the authority system has the case: `received`, with its reference. */
export const acknowledgeReceipt = postCaseRoute(
  '/cases/:id/receipt',
  receiptBody,
  async ({ req, caseDoc, body }) => {
    const updated = await req.payload.update({
      collection: slugs.cases,
      id: caseDoc.id,
      ...asAuthority(req),
      data: { status: 'received', externalReference: body.reference } as never,
    })
    return { status: 200, body: await summaryOf(req, updated as unknown as CaseDoc) }
  },
)

/** `POST /cases/:id/status`: moves the case, as the status machine allows an authority. */
export const changeStatus = postCaseRoute('/cases/:id/status', statusBody, async ({ req, caseDoc, body }) => {
  const updated = await changeCaseStatus({
    req,
    caseId: caseDoc.id,
    status: body.status,
    outcome: body.outcome,
  })
  return { status: 200, body: await summaryOf(req, updated as unknown as CaseDoc) }
})

/** `POST /cases/:id/messages`: a message from the authority to the customer. */
export const postMessage = postCaseRoute(
  '/cases/:id/messages',
  messageBody,
  async ({ req, caseDoc, body }) => {
    const message = await req.payload.create({
      collection: slugs.messages,
      ...asAuthority(req),
      data: { case: caseDoc.id, body: body.body } as never,
    })
    return { status: 201, body: messageViewOf(message as unknown as Doc) }
  },
)

/** `POST /cases/:id/supplement-requests`: asks the customer for what is missing. */
export const requestSupplement = postCaseRoute(
  '/cases/:id/supplement-requests',
  supplementRequestBody,
  async ({ req, caseDoc, body }) => {
    const today = nowOf(req.payload).toISOString().slice(0, 10)
    if (body.dueDate < today)
      throw new ProblemError({
        status: 400,
        title: 'The request is not valid',
        issues: [{ path: 'dueDate', message: 'must be today or later' }],
      })
    const request = await req.payload.create({
      collection: slugs.supplementRequests,
      ...asAuthority(req),
      data: { case: caseDoc.id, whatIsMissing: body.whatIsMissing, dueDate: body.dueDate } as never,
    })
    return { status: 201, body: supplementRequestViewOf(request as unknown as Doc) }
  },
)

const extensions: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'text/plain': 'txt',
}

/**
 * Stores a decision document as an attachment of the case's parties: the customer (and
 * the organisation acted for) may read it, as may the deciding authority. The stored name
 * is generated; the sender's file name is kept only as the description.
 */
const storeDocument = async ({
  req,
  caseDoc,
  document,
}: {
  req: PayloadRequest
  caseDoc: CaseDoc
  document: NonNullable<ReturnType<typeof decisionDocument.parse>>
}) => {
  const data = Buffer.from(document.contentBase64, 'base64')
  const limit = (req.payload.config.upload?.limits?.fileSize as number | undefined) ?? 20 * 1024 * 1024
  if (data.length === 0 || data.length > limit)
    throw new ProblemError({
      status: data.length === 0 ? 400 : 413,
      title: data.length === 0 ? 'The document is empty' : 'The document is too large',
    })
  const name = `decision-${String(caseDoc.caseNumber).replace(/[^A-Za-z0-9-]/g, '')}-${randomBytes(4).toString('hex')}.${extensions[document.mimeType]}`
  return (await req.payload.create({
    collection: slugs.attachments,
    ...asAuthority(req),
    data: {
      description: document.filename.slice(0, 500),
      isLocked: true,
      applicant: idOf(caseDoc.applicant as Rel),
      onBehalfOf: idOf(caseDoc.onBehalfOf as Rel),
      authorities: [idOf(caseDoc.authority as Rel)],
    } as never,
    file: { data, mimetype: document.mimeType, name, size: data.length },
  })) as unknown as Doc
}

/** `POST /cases/:id/decisions`: the decision, with its document; the case becomes `decided`. */
export const postDecision = postCaseRoute(
  '/cases/:id/decisions',
  decisionBody,
  async ({ req, caseDoc, body }) => {
    // Checked before the document is stored, so a refused decision leaves no file behind;
    // the case collection's hook checks the move again when the decision is recorded.
    try {
      transition({
        from: caseDoc.status as CaseStatus,
        to: 'decided',
        actor: 'authority',
        outcome: body.outcome,
      })
    } catch (error) {
      if (error instanceof IllegalTransitionError)
        throw new ProblemError({ status: 409, title: error.message, allowed: error.allowed })
      throw error
    }
    const document = body.document ? await storeDocument({ req, caseDoc, document: body.document }) : null
    const decision = await req.payload.create({
      collection: slugs.decisions,
      ...asAuthority(req),
      data: {
        case: caseDoc.id,
        outcome: body.outcome,
        summary: body.summary,
        document: document?.id,
      } as never,
    })
    return { status: 201, body: decisionViewOf(req, decision as unknown as Doc, document) }
  },
)

import type { z } from 'zod'
import type { PayloadRequest } from 'payload'

import {
  acknowledgeReceipt as acknowledgeCaseReceipt,
  changeStatus as changeCaseStatus,
  correctDecision,
  postMessage as postCaseMessage,
  recordDecision,
  requestSupplement as requestCaseSupplement,
} from '../../../src/cases/caseActions'
import {
  caseSummaryOf,
  decisionViewOf,
  permitTypesOf,
  supplementRequestViewOf,
} from '../../../src/cases/caseViews'
import type { Case } from '../../../src/payload-types'
import { postCaseRoute } from './routes'
import {
  decisionBody,
  decisionCorrectionBody,
  messageBody,
  receiptBody,
  statusBody,
  supplementRequestBody,
} from './schemas'
import { messageViewOf } from './views'

/*
 * The API's actions are the authority workspace's: each route checks its JSON body against
 * the API's schema and calls the same case action (src/cases/caseActions.ts) as the portal,
 * as the authority's integration account (`req.user`, actor `authority`), on a case
 * `caseOfAuthority` found to be the caller's. The action's refusals become problem
 * documents (see problem.ts).
 */

const summaryOf = async (req: PayloadRequest, doc: Case) =>
  caseSummaryOf(doc, await permitTypesOf(req, [doc]))

/** `POST /cases/:id/receipt`: the authority system has the case: `received`, with its reference. */
export const acknowledgeReceipt = postCaseRoute(
  '/cases/:id/receipt',
  receiptBody,
  async ({ req, caseDoc, body }) => {
    const updated = await acknowledgeCaseReceipt({ req, caseDoc, reference: body.reference })
    return { status: 200, body: await summaryOf(req, updated) }
  },
)

/** `POST /cases/:id/status`: moves the case, as the status machine allows an authority. */
export const changeStatus = postCaseRoute('/cases/:id/status', statusBody, async ({ req, caseDoc, body }) => {
  const updated = await changeCaseStatus({ req, caseDoc, status: body.status, outcome: body.outcome })
  return { status: 200, body: await summaryOf(req, updated) }
})

/** `POST /cases/:id/messages`: a message from the authority to the customer. */
export const postMessage = postCaseRoute(
  '/cases/:id/messages',
  messageBody,
  async ({ req, caseDoc, body }) => {
    const message = await postCaseMessage({ req, caseDoc, body: body.body })
    return { status: 201, body: messageViewOf(message) }
  },
)

/** `POST /cases/:id/supplement-requests`: asks the customer for what is missing. */
export const requestSupplement = postCaseRoute(
  '/cases/:id/supplement-requests',
  supplementRequestBody,
  async ({ req, caseDoc, body }) => {
    const [request] = await requestCaseSupplement({
      req,
      caseDoc,
      items: [body.whatIsMissing],
      dueDate: body.dueDate,
    })
    return { status: 201, body: supplementRequestViewOf(request) }
  },
)

/** The decision record of a request body, its document decoded. */
const decisionInputOf = ({ document, ...body }: z.infer<typeof decisionBody>) => ({
  ...body,
  document: document
    ? {
        data: Buffer.from(document.contentBase64, 'base64'),
        filename: document.filename,
        mimeType: document.mimeType,
      }
    : null,
})

/** `POST /cases/:id/decisions`: the decision, with its document; the case becomes `decided`. */
export const postDecision = postCaseRoute(
  '/cases/:id/decisions',
  decisionBody,
  async ({ req, caseDoc, body }) => {
    const { decision, document } = await recordDecision({ req, caseDoc, ...decisionInputOf(body) })
    return { status: 201, body: decisionViewOf(req, decision, document) }
  },
)

/**
 * `POST /cases/:id/decision-corrections`: corrects the decision of a decided case with a
 * new version and its reason; the earlier version stays and the customer sees both.
 */
export const postDecisionCorrection = postCaseRoute(
  '/cases/:id/decision-corrections',
  decisionCorrectionBody,
  async ({ req, caseDoc, body: { correctionReason, ...body } }) => {
    const { decision, document } = await correctDecision({
      req,
      caseDoc,
      correctionReason,
      ...decisionInputOf(body),
    })
    return { status: 201, body: decisionViewOf(req, decision, document) }
  },
)

import type { Endpoint } from 'payload'

import {
  acknowledgeReceipt,
  changeStatus,
  postDecision,
  postDecisionCorrection,
  postMessage,
  requestSupplement,
} from './actionRoutes'
import { downloadAttachment, getCase, listCases } from './caseRoutes'
import { openApiEndpoint } from './openApiDocument'

/** The integration API, `/api/integration/v1/…` (see openApiDocument.ts). */
export const integrationApiEndpoints: Endpoint[] = [
  openApiEndpoint,
  listCases,
  getCase,
  downloadAttachment,
  acknowledgeReceipt,
  changeStatus,
  postMessage,
  requestSupplement,
  postDecision,
  postDecisionCorrection,
]

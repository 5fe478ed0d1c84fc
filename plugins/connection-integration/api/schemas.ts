import { z } from 'zod'

import { attachmentMimeTypes } from '../../../src/collections/Attachments'
import { deliveryEventTypes } from '../../../src/connections/types'
import { caseStatuses, decisionOutcomes } from '../../../src/domain/case-status'

/**
 * The integration API's shapes, one source for validating requests and for the OpenAPI
 * document. Request bodies are strict: an unknown property is refused (400), so nobody
 * sets a field the API does not offer.
 */

const text = (max: number) => z.string().trim().min(1).max(max)

export const receiptBody = z.strictObject({
  reference: text(200).describe("The authority system's own reference (case or diary number)."),
})

export const statusBody = z.strictObject({
  status: z.enum(caseStatuses).describe('The new status; the case status machine decides what is allowed.'),
  outcome: z.enum(decisionOutcomes).optional().describe('Only with status `decided`.'),
})

export const messageBody = z.strictObject({
  body: text(10000).describe('The message to the customer, plain text.'),
})

export const supplementRequestBody = z.strictObject({
  whatIsMissing: text(5000).describe('What the customer must add, plain text.'),
  dueDate: z.iso.date().describe('The last day for the supplement (YYYY-MM-DD), today or later.'),
})

export const decisionDocument = z.strictObject({
  filename: text(200).describe('Shown to the customer as the description; the stored name is generated.'),
  mimeType: z.enum(attachmentMimeTypes as [string, ...string[]]),
  contentBase64: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64')
    .describe('The file, base64-encoded (at most the upload size limit, 20 MB by default).'),
})

export const decisionBody = z.strictObject({
  outcome: z
    .enum(decisionOutcomes)
    .describe(
      "One of the permit type's kind: a permit is granted, granted-with-conditions, rejected (denied) or dismissed; a notification is acknowledged, acknowledged-with-instructions or prohibited.",
    ),
  summary: text(10000).describe('The decision in brief, plain text.'),
  decisionMaker: text(200)
    .optional()
    .describe("The decision-maker's name and title; left out, the API key's service account."),
  decisionDate: z.iso.date().optional().describe('The date of the decision (YYYY-MM-DD); left out, today.'),
  validFrom: z.iso.date().optional().describe('The first day the decision is valid (YYYY-MM-DD).'),
  validUntil: z.iso.date().optional().describe('The last day the decision is valid (YYYY-MM-DD).'),
  conditions: z
    .array(text(2000))
    .max(50)
    .optional()
    .describe(
      'Conditions or instructions, each a separate item; required with an outcome "with conditions/instructions".',
    ),
  document: decisionDocument.optional(),
})

export const decisionCorrectionBody = decisionBody.extend({
  correctionReason: text(5000).describe('Why the decision is corrected; the customer sees it.'),
})

/** Query parameters of `GET /cases`; others (Payload's own `depth`, `locale`…) are ignored. */
export const caseListQuery = z.object({
  status: z.enum(caseStatuses).optional(),
  updatedAfter: z.iso.datetime({ offset: true }).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})

const nullableText = z.string().nullable()
const dateTime = z.iso.datetime({ offset: true })

export const attachmentView = z.object({
  id: z.string(),
  filename: z.string(),
  mimeType: z.string(),
  filesize: z.number(),
  url: z.url().describe('Download it with the same API key.'),
})

export const caseSummaryView = z.object({
  id: z.string(),
  caseNumber: z.string(),
  status: z.enum(caseStatuses),
  outcome: z.enum(decisionOutcomes).nullable(),
  externalReference: nullableText,
  permitType: z.object({ key: z.string(), name: z.string() }),
  deliveryState: nullableText,
  latestSubmissionDate: nullableText,
  expectedDecisionDate: nullableText,
  receivedAt: dateTime.nullable(),
  decidedAt: dateTime.nullable(),
  createdAt: dateTime,
  updatedAt: dateTime,
})

export const caseDetailView = caseSummaryView.extend({
  applicationReceiptNumber: nullableText,
  data: z.record(z.string(), z.unknown()).describe('Only the data elements the permit type lists.'),
  attachments: z.array(attachmentView),
})

export const caseListView = z.object({
  docs: z.array(caseSummaryView),
  page: z.number().int(),
  limit: z.number().int(),
  totalDocs: z.number().int(),
  totalPages: z.number().int(),
  hasNextPage: z.boolean(),
})

export const messageView = z.object({
  id: z.string(),
  caseId: z.string(),
  body: z.string(),
  createdAt: dateTime,
})

export const supplementRequestView = z.object({
  id: z.string(),
  caseId: z.string(),
  whatIsMissing: z.string(),
  batch: nullableText.describe(
    'The items an authority user asked for together share a batch; each item is a request answered on its own.',
  ),
  dueDate: z.iso.date(),
  status: z.enum(['open', 'answered', 'cancelled']),
  createdAt: dateTime,
})

export const decisionView = z.object({
  id: z.string(),
  caseId: z.string(),
  version: z.number().int().describe('1 for the first decision; each correction is the next version.'),
  supersedes: nullableText.describe('The decision this version corrects.'),
  correctionReason: nullableText,
  outcome: z.enum(decisionOutcomes),
  summary: z.string(),
  decisionMaker: nullableText,
  decisionDate: z.iso.date().nullable(),
  validFrom: z.iso.date().nullable(),
  validUntil: z.iso.date().nullable(),
  conditions: z.array(z.string()),
  appealInstructions: z
    .object({ kind: nullableText, fi: nullableText, sv: nullableText, en: nullableText })
    .describe("The permit type's appeal instructions as attached when the decision was recorded."),
  decidedAt: dateTime.describe('When the decision was recorded.'),
  document: attachmentView.nullable(),
})

export const problemView = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    allowed: z
      .array(z.enum(caseStatuses))
      .optional()
      .describe('With 409: the statuses the case may move to.'),
  })
  .describe('An RFC 9457 problem document.')

export const deliveryMessageView = z.object({
  id: z.string().describe('Stable per message, also in `webhook-id`: deduplicate on it.'),
  type: z.enum(deliveryEventTypes),
  schemaVersion: z.string(),
  occurredAt: dateTime,
  case: z.object({
    id: z.string(),
    caseNumber: z.string(),
    status: z.string(),
    permitType: z.object({ key: z.string(), name: z.string() }),
    applicationReceiptNumber: nullableText,
    latestSubmissionDate: nullableText,
    expectedDecisionDate: nullableText,
  }),
  data: z.record(z.string(), z.unknown()),
  attachments: z.array(attachmentView),
  detail: z.record(z.string(), z.unknown()).optional(),
})

export const pingMessageView = z.object({
  id: z.string(),
  type: z.literal('ping'),
  schemaVersion: z.string(),
  occurredAt: dateTime,
})

export const receiverAnswerView = z.object({
  reference: z.string().optional().describe("The authority system's reference; stored on the case."),
})

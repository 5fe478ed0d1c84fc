import type { Endpoint } from 'payload'
import { z } from 'zod'

import { caseStatuses } from '../../../src/domain/case-status'
import { deliveryEventTypes } from '../../../src/connections/types'
import { integrationApiPath } from '../integrationSlugs'
import {
  attachmentView,
  caseDetailView,
  caseListView,
  caseSummaryView,
  decisionBody,
  decisionCorrectionBody,
  decisionView,
  deliveryMessageView,
  messageBody,
  messageView,
  pingMessageView,
  problemView,
  receiptBody,
  receiverAnswerView,
  statusBody,
  supplementRequestBody,
  supplementRequestView,
} from './schemas'

const schemaOf = (schema: z.ZodType, io: 'input' | 'output' = 'output') => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >
  return rest
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: object) => ({ 'application/json': { schema } })
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
})
const responseRef = (name: string) => ({ $ref: `#/components/responses/${name}` })
const parameterRef = (name: string) => ({ $ref: `#/components/parameters/${name}` })

const errorResponses = {
  '400': responseRef('BadRequest'),
  '401': responseRef('Unauthorized'),
  '404': responseRef('NotFound'),
}

const postOperation = ({
  operationId,
  summary,
  description,
  body,
  status,
  result,
  hasConflict = true,
}: {
  operationId: string
  summary: string
  description: string
  body: string
  status: '200' | '201'
  result: string
  hasConflict?: boolean
}) => ({
  post: {
    operationId,
    summary,
    description,
    tags: ['cases'],
    parameters: [parameterRef('CaseId'), parameterRef('IdempotencyKey')],
    requestBody: { required: true, content: json(ref(body)) },
    responses: {
      [status]: {
        description: 'Done (or the stored answer of an earlier request with the same Idempotency-Key).',
        headers: {
          'Idempotent-Replayed': {
            description: '`true` when this is the stored answer of an earlier request.',
            schema: { type: 'string', enum: ['true'] },
          },
        },
        content: json(ref(result)),
      },
      ...errorResponses,
      ...(hasConflict ? { '409': responseRef('Conflict') } : {}),
      '413': responseRef('TooLarge'),
      '422': responseRef('IdempotencyKeyReused'),
    },
  },
})

const webhookOperation = (type: string, description: string, schema: string) => ({
  post: {
    operationId: `webhook-${type.replace(/\./g, '-')}`,
    summary: `Lupa sends \`${type}\``,
    description,
    tags: ['webhooks'],
    parameters: [
      parameterRef('WebhookId'),
      parameterRef('WebhookTimestamp'),
      parameterRef('WebhookSignature'),
    ],
    requestBody: { required: true, content: json(ref(schema)) },
    responses: {
      '2XX': {
        description:
          'Accepted (also for a `webhook-id` already seen: answer 2xx again). An optional JSON body `{ "reference": "…" }` is stored on the case.',
        content: json(ref('ReceiverAnswer')),
      },
      '408': { description: 'Timeout: Lupa retries.' },
      '429': {
        description: 'Too many requests: Lupa retries after `Retry-After` (seconds or an HTTP date).',
        headers: { 'Retry-After': { schema: { type: 'string' } } },
      },
      '4XX': {
        description:
          'Refused for good: Lupa stops and its staff are alerted. Do not use for transient errors.',
      },
      '5XX': { description: 'Temporary failure: Lupa retries with exponential backoff for up to 72 hours.' },
    },
  },
})

const eventDescriptions: Record<(typeof deliveryEventTypes)[number], string> = {
  'case.submitted': 'A new case for the authority, with its data and attachment links.',
  'case.changed': 'The customer changed data of the case; `detail` tells what.',
  'case.supplemented': 'The customer answered a supplement request; `detail` holds the answer.',
  'case.withdrawn': 'The customer withdrew the case.',
  'message.created': 'The customer sent a message about the case; `detail` holds it.',
}

/** The OpenAPI 3.1 description of the integration API and of the messages Lupa sends. */
export const openApiDocument = ({ serverURL }: { serverURL: string }) => ({
  openapi: '3.1.0',
  info: {
    title: 'Lupa integration API',
    version: '1.0.0',
    summary: 'Cases of an authority: read them, acknowledge them, answer them.',
    description:
      'An authority system receives its cases as signed messages (Standard Webhooks, see `webhooks`) and works on them through this API with an API key. Every POST needs an `Idempotency-Key`. See docs/integration-api.md.',
  },
  servers: [{ url: `${serverURL}/api${integrationApiPath}` }],
  security: [{ apiKey: [] }],
  tags: [
    { name: 'cases', description: "The authority's cases." },
    { name: 'webhooks', description: 'Messages Lupa posts to the authority system.' },
    { name: 'meta', description: 'This document.' },
  ],
  paths: {
    '/cases': {
      get: {
        operationId: 'listCases',
        summary: "The authority's cases, newest first",
        tags: ['cases'],
        parameters: [
          { name: 'status', in: 'query', schema: { type: 'string', enum: [...caseStatuses] } },
          {
            name: 'updatedAfter',
            in: 'query',
            description: 'Only cases changed after this time (ISO 8601 with offset).',
            schema: { type: 'string', format: 'date-time' },
          },
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
        ],
        responses: {
          '200': { description: 'One page of cases.', content: json(ref('CaseList')) },
          '400': responseRef('BadRequest'),
          '401': responseRef('Unauthorized'),
        },
      },
    },
    '/cases/{id}': {
      get: {
        operationId: 'getCase',
        summary: 'One case with its data and attachments',
        tags: ['cases'],
        parameters: [parameterRef('CaseId')],
        responses: {
          '200': { description: 'The case.', content: json(ref('CaseDetail')) },
          '401': responseRef('Unauthorized'),
          '404': responseRef('NotFound'),
        },
      },
    },
    '/cases/{id}/attachments/{attachmentId}': {
      get: {
        operationId: 'downloadAttachment',
        summary: 'Downloads an attachment of the case',
        tags: ['cases'],
        parameters: [parameterRef('CaseId'), parameterRef('AttachmentId')],
        responses: {
          '200': {
            description: 'The file, as a download (`Content-Disposition: attachment`).',
            headers: { 'Content-Disposition': { schema: { type: 'string' } } },
            content: {
              'application/octet-stream': {
                schema: { type: 'string', contentMediaType: 'application/octet-stream' },
              },
            },
          },
          '401': responseRef('Unauthorized'),
          '404': responseRef('NotFound'),
        },
      },
    },
    '/cases/{id}/receipt': postOperation({
      operationId: 'acknowledgeReceipt',
      summary: 'Acknowledges the case',
      description: 'The case becomes `received` and keeps the reference of the authority system.',
      body: 'ReceiptRequest',
      status: '200',
      result: 'CaseSummary',
    }),
    '/cases/{id}/status': postOperation({
      operationId: 'changeStatus',
      summary: 'Moves the case to another status',
      description:
        'As the case status machine allows an authority; otherwise 409 with the allowed statuses. Prefer POST /decisions to decide (it carries the summary and document).',
      body: 'StatusRequest',
      status: '200',
      result: 'CaseSummary',
    }),
    '/cases/{id}/messages': postOperation({
      operationId: 'postMessage',
      summary: 'Sends a message to the customer',
      description: 'The customer sees it with the case.',
      body: 'MessageRequest',
      status: '201',
      result: 'Message',
      hasConflict: false,
    }),
    '/cases/{id}/supplement-requests': postOperation({
      operationId: 'requestSupplement',
      summary: 'Asks the customer for a supplement',
      description: 'The case becomes `supplement-requested`.',
      body: 'SupplementRequestRequest',
      status: '201',
      result: 'SupplementRequest',
    }),
    '/cases/{id}/decisions': postOperation({
      operationId: 'postDecision',
      summary: 'Records the decision',
      description:
        'The case becomes `decided` with the outcome; the customer can read the decision and its document.',
      body: 'DecisionRequest',
      status: '201',
      result: 'Decision',
    }),
    '/cases/{id}/decision-corrections': postOperation({
      operationId: 'postDecisionCorrection',
      summary: 'Corrects the decision',
      description:
        'Records a new version of the decision of a decided case with the reason for the correction; the earlier version stays and the customer sees both. The case stays `decided` with the new outcome. 409 when the case is not decided.',
      body: 'DecisionCorrectionRequest',
      status: '201',
      result: 'Decision',
    }),
    '/openapi.json': {
      get: {
        operationId: 'getOpenApiDocument',
        summary: 'This document',
        tags: ['meta'],
        security: [],
        responses: { '200': { description: 'The OpenAPI 3.1 document.', content: json({ type: 'object' }) } },
      },
    },
  },
  webhooks: {
    ...Object.fromEntries(
      deliveryEventTypes.map((type) => [
        type,
        webhookOperation(type, eventDescriptions[type], 'DeliveryMessage'),
      ]),
    ),
    ping: webhookOperation(
      'ping',
      'Sent by "Test connection": answer 2xx and do nothing else.',
      'PingMessage',
    ),
  },
  components: {
    securitySchemes: {
      apiKey: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'lupak_<prefix>_<secret>',
        description: "An API key issued by Lupa's staff for one authority: `Authorization: Bearer <key>`.",
      },
    },
    parameters: {
      CaseId: { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
      AttachmentId: { name: 'attachmentId', in: 'path', required: true, schema: { type: 'string' } },
      IdempotencyKey: {
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        description:
          'Unique per intended change (e.g. a UUID). Resending the same request with the same key within 24 hours returns the first answer and changes nothing again; after that the key counts as new.',
        schema: { type: 'string', minLength: 1, maxLength: 255 },
      },
      WebhookId: {
        name: 'webhook-id',
        in: 'header',
        required: true,
        description: 'The message id, the same on every retry: deduplicate on it.',
        schema: { type: 'string' },
      },
      WebhookTimestamp: {
        name: 'webhook-timestamp',
        in: 'header',
        required: true,
        description: 'Unix time in seconds when this attempt was signed; refuse it if far from your clock.',
        schema: { type: 'string', pattern: '^\\d+$' },
      },
      WebhookSignature: {
        name: 'webhook-signature',
        in: 'header',
        required: true,
        description:
          'Space-separated `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, one per valid secret (two during a secret rotation).',
        schema: { type: 'string' },
      },
    },
    responses: {
      BadRequest: problem(
        'Malformed JSON, a body or query that does not match the schema, or a missing Idempotency-Key.',
      ),
      Unauthorized: problem('A missing, unknown or revoked API key.'),
      NotFound: problem("No such case for this authority (another authority's case is not found either)."),
      Conflict: problem('The status machine does not allow this move now; `allowed` lists what it allows.'),
      TooLarge: problem('The body or the document is larger than allowed.'),
      IdempotencyKeyReused: problem('The Idempotency-Key was already used for a different request.'),
    },
    schemas: {
      ReceiptRequest: schemaOf(receiptBody, 'input'),
      StatusRequest: schemaOf(statusBody, 'input'),
      MessageRequest: schemaOf(messageBody, 'input'),
      SupplementRequestRequest: schemaOf(supplementRequestBody, 'input'),
      DecisionRequest: schemaOf(decisionBody, 'input'),
      DecisionCorrectionRequest: schemaOf(decisionCorrectionBody, 'input'),
      Attachment: schemaOf(attachmentView),
      CaseSummary: schemaOf(caseSummaryView),
      CaseDetail: schemaOf(caseDetailView),
      CaseList: schemaOf(caseListView),
      Message: schemaOf(messageView),
      SupplementRequest: schemaOf(supplementRequestView),
      Decision: schemaOf(decisionView),
      Problem: schemaOf(problemView),
      DeliveryMessage: schemaOf(deliveryMessageView),
      PingMessage: schemaOf(pingMessageView),
      ReceiverAnswer: schemaOf(receiverAnswerView),
    },
  },
})

/** `GET /api/integration/v1/openapi.json`: public, like any API description. */
export const openApiEndpoint: Endpoint = {
  path: `${integrationApiPath}/openapi.json`,
  method: 'get',
  handler: (req) =>
    Response.json(openApiDocument({ serverURL: req.payload.config.serverURL }), {
      headers: { 'cache-control': 'public, max-age=300' },
    }),
}

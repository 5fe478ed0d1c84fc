import type { Endpoint, Field, Payload, PayloadRequest } from 'payload'
import type { z } from 'zod'

/** The case events an authority is told about. */
export const deliveryEventTypes = [
  'case.submitted',
  'case.changed',
  'case.supplemented',
  'case.withdrawn',
  'message.created',
] as const
export type DeliveryEventType = (typeof deliveryEventTypes)[number]

/** Version of the message body; bumped on incompatible changes. */
export const deliverySchemaVersion = '1'

/**
 * What is delivered to an authority: built once when the event happens and stored with the
 * delivery, so every retry sends the same message with the same id.
 */
export type DeliveryMessage = {
  /** Stable per message: receivers deduplicate on it (`webhook-id`). */
  id: string
  type: DeliveryEventType
  schemaVersion: string
  occurredAt: string
  case: {
    id: string
    caseNumber: string
    status: string
    permitType: { key: string; name: string }
    applicationReceiptNumber: string | null
    latestSubmissionDate: string | null
    expectedDecisionDate: string | null
  }
  /** Only the data elements the permit type lists. */
  data: Record<string, unknown>
  attachments: { id: string; filename: string; mimeType: string; filesize: number; url: string }[]
  /** Event-specific details: the change, the message text, the supplement answer… */
  detail?: Record<string, unknown>
}

/** The competent authority as a connection mode sees it. */
export type DeliveryAuthority = {
  id: number | string
  key: string
  name: string
  noticeEmail: string | null
}

/** What an authority's system answered to a successful delivery. */
export type DeliveryReceipt = {
  /** The authority system's own reference, if it gave one. */
  reference?: string
  /** Kept with the delivery for the record (response status, message id…). */
  detail?: Record<string, unknown>
}

/** A delivery that did not get through. The orchestrator decides whether to retry. */
export class DeliveryFailedError extends Error {
  readonly isRetryable: boolean
  readonly retryAfterMs: number | null
  readonly response: { status?: number; body?: string } | null

  constructor({
    message,
    cause,
    isRetryable = true,
    retryAfterMs = null,
    response = null,
  }: {
    message: string
    cause?: unknown
    isRetryable?: boolean
    retryAfterMs?: number | null
    response?: { status?: number; body?: string } | null
  }) {
    super(message, { cause })
    this.name = 'DeliveryFailedError'
    this.isRetryable = isRetryable
    this.retryAfterMs = retryAfterMs
    this.response = response
  }
}

/** Stored settings of a mode that do not hold up (shown by "Test connection"). */
export class InvalidConnectionConfigError extends Error {
  readonly problems: string[]

  constructor(problems: string[]) {
    super(`Invalid connection settings: ${problems.join('; ')}`)
    this.name = 'InvalidConnectionConfigError'
    this.problems = problems
  }
}

/**
 * A way of delivering cases to authorities. Added to the config with
 * {@link connectionModePlugin}; chosen per authority and overridable per permit type.
 */
export type ConnectionMode<TOptions = unknown> = {
  /** Stable id, stored on authorities: never rename. */
  slug: string
  label: { fi: string; sv: string; en: string }
  /** Validates the stored settings again right before every delivery. */
  optionsSchema: z.ZodType<TOptions>
  /** Admin fields of the settings group, shown on the authority only when the mode is chosen. */
  fields: Field[]
  /** Delivers one message; throws {@link DeliveryFailedError} with its cause when it cannot. */
  deliver: (args: {
    message: DeliveryMessage
    options: TOptions
    authority: DeliveryAuthority
    payload: Payload
    req: PayloadRequest
  }) => Promise<DeliveryReceipt>
  /** Read-only check of the settings ("Test connection"); throws {@link InvalidConnectionConfigError}. */
  checkConfig?: (args: { options: TOptions; authority: DeliveryAuthority; payload: Payload }) => Promise<void>
  /** Endpoints the mode serves (e.g. an integration API), mounted under `/api`. */
  endpoints?: Endpoint[]
}

/** The authority field group holding a mode's settings. */
export const settingsFieldName = (slug: string) =>
  `${slug.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}Settings`

/** The settings a mode has stored on an authority, unchecked (each mode parses its own). */
export const storedSettingsOf = (authority: object, slug: string): unknown =>
  Object.entries(authority).find(([name]) => name === settingsFieldName(slug))?.[1] ?? {}

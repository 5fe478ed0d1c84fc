import type { Endpoint, Field, Payload, PayloadRequest } from 'payload'
import type { z } from 'zod'

import type { Authority } from '../payload-types'
import type { OnboardingModeField } from './onboardingModeField'

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

/** A text in Lupa's three languages. */
export type ModeText = { fi: string; sv: string; en: string }

/**
 * What a connection mode's plugin writes, with its settings typed: pass it to
 * {@link defineConnectionMode}, which keeps the settings type inside the mode it returns.
 */
export type ConnectionModeDefinition<TOptions> = {
  /** Stable id, stored on authorities: never rename. */
  slug: string
  label: ModeText
  /** Validates the stored settings again right before every delivery and check. */
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
  /** What the joining form asks an authority that chooses this mode. @default [] */
  onboardingFields?: OnboardingModeField[]
}

/**
 * A way of delivering cases to authorities, as the registry holds it: not generic, since
 * it reads and checks its own settings from the authority. Made with
 * {@link defineConnectionMode}, added to the config with {@link connectionModePlugin};
 * chosen per authority and overridable per permit type.
 */
export type ConnectionMode = {
  slug: string
  label: ModeText
  fields: Field[]
  endpoints: Endpoint[]
  onboardingFields: OnboardingModeField[]
  /**
   * Delivers one message with the mode's settings stored on the authority, checked first:
   * settings that do not hold fail with a {@link DeliveryFailedError} that is not retryable.
   */
  deliver: (args: {
    message: DeliveryMessage
    authority: Authority
    payload: Payload
    req: PayloadRequest
  }) => Promise<DeliveryReceipt>
  /** "Test connection": the stored settings, then the mode's own read-only check. */
  checkConfig: (args: { authority: Authority; payload: Payload }) => Promise<void>
}

/** The authority field group holding a mode's settings. */
export const settingsFieldName = (slug: string) =>
  `${slug.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}Settings`

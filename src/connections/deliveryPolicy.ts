import type { Payload } from 'payload'

import { customOf } from '../config/custom'

/** How long and how often the orchestrator retries a delivery. */
export type DeliveryPolicy = {
  /** Delay after the first failure; doubles with each attempt. @default 10 s */
  baseDelayMs: number
  /** Longest delay between two attempts. @default 6 h */
  maxDelayMs: number
  /** A message still undelivered this long after it was queued is dead-lettered. @default 72 h */
  giveUpAfterMs: number
  /** Time allowed for one delivery attempt. @default 15 s */
  timeoutMs: number
  /**
   * Of that, the time allowed to connect to an authority's endpoint (DNS, TCP and TLS): one
   * that never takes the connection fails fast instead of holding a worker's place. @default 3 s
   */
  connectTimeoutMs: number
  /**
   * How long a delivery problem lasts (counted from the submission) before the customer is
   * told of it; staff see it at once. @default 30 min (`DELIVERY_NOTICE_AFTER_MINUTES`)
   */
  customerNoticeAfterMs: number
}

export const defaultDeliveryPolicy: DeliveryPolicy = {
  baseDelayMs: 10_000,
  maxDelayMs: 6 * 60 * 60 * 1000,
  giveUpAfterMs: 72 * 60 * 60 * 1000,
  timeoutMs: 15_000,
  connectTimeoutMs: 3_000,
  customerNoticeAfterMs: 30 * 60 * 1000,
}

export const deliveryPolicyOf = (payload: Payload): DeliveryPolicy => ({
  ...defaultDeliveryPolicy,
  ...customOf(payload.config).deliveryPolicy,
})

/**
 * Exponential backoff with jitter (between half and all of the doubled delay), never
 * sooner than the receiver's `Retry-After`.
 */
export const retryDelayMs = ({
  attempts,
  policy,
  retryAfterMs,
  random = Math.random,
}: {
  attempts: number
  policy: DeliveryPolicy
  retryAfterMs?: number | null
  random?: () => number
}) => {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1))
  const jittered = exponential / 2 + (random() * exponential) / 2
  return Math.max(jittered, retryAfterMs ?? 0)
}

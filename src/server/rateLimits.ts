import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'

/** Requests allowed per client address and window, per kind of endpoint. */
export type RateLimits = {
  /** Failed password logins and SAML assertions. @default 10 per 15 min */
  login: number
  /** Application submissions. @default 20 per 15 min */
  submit: number
  /** Calls of an authority system to the integration API. @default 600 per 15 min */
  integration: number
  /** Length of a window in milliseconds. @default 15 min */
  windowMs: number
}

export const defaultRateLimits: RateLimits = {
  login: 10,
  submit: 20,
  integration: 600,
  windowMs: 15 * 60 * 1000,
}

const limiter = (limit: number, windowMs: number, { isFailuresOnly = false } = {}): RequestHandler =>
  rateLimit({
    windowMs,
    limit,
    skipSuccessfulRequests: isFailuresOnly,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // The same answer shape as Payload's errors.
    handler: (_req, res, _next, options) => {
      res.status(options.statusCode).json({ errors: [{ message: 'Too many requests: try again later.' }] })
    },
  })

/**
 * Anti-automation (ASVS 2.4.1): logins, submissions and the integration API answer 429
 * when one address calls them too often. Counters are per process; behind several web
 * processes the limits apply to each.
 */
export const rateLimits = (limits: RateLimits = defaultRateLimits): [string | RegExp, RequestHandler][] => [
  // Only failed attempts count: people who log in correctly are never locked out.
  [/^\/api\/users\/login$/, limiter(limits.login, limits.windowMs, { isFailuresOnly: true })],
  [/^\/auth\/[a-z]+\/acs$/, limiter(limits.login, limits.windowMs, { isFailuresOnly: true })],
  [/^\/api\/applications\/[^/]+\/submit$/, limiter(limits.submit, limits.windowMs)],
  [/^\/api\/integration\/v1\//, limiter(limits.integration, limits.windowMs)],
]

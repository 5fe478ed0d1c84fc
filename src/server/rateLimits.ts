import type { RequestHandler } from 'express'
import type { Store } from 'express-rate-limit'
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

const limiter = ({
  limit,
  windowMs,
  store,
  isFailuresOnly = false,
}: {
  limit: number
  windowMs: number
  store?: Store
  isFailuresOnly?: boolean
}): RequestHandler =>
  rateLimit({
    windowMs,
    limit,
    ...(store ? { store } : {}),
    // A counter the database cannot reach lets the request through rather than failing it.
    passOnStoreError: true,
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
 * when one client address calls them too often. With `storeOf`, each limiter counts in a
 * store shared by every web process (see rateLimitStore.ts); without it, in memory.
 */
export const rateLimits = (
  limits: RateLimits = defaultRateLimits,
  storeOf?: (name: string) => Store,
): [string | RegExp, RequestHandler][] => {
  const { windowMs } = limits
  return [
    // Only failed attempts count: people who log in correctly are never locked out.
    [
      /^\/api\/users\/login$/,
      limiter({ limit: limits.login, windowMs, store: storeOf?.('login'), isFailuresOnly: true }),
    ],
    [
      /^\/auth\/[a-z]+\/acs$/,
      limiter({ limit: limits.login, windowMs, store: storeOf?.('saml'), isFailuresOnly: true }),
    ],
    [
      /^\/api\/applications\/[^/]+\/submit$/,
      limiter({ limit: limits.submit, windowMs, store: storeOf?.('submit') }),
    ],
    [
      /^\/api\/integration\/v1\//,
      limiter({ limit: limits.integration, windowMs, store: storeOf?.('integration') }),
    ],
  ]
}

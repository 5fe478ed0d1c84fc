import { createHash, randomBytes } from 'node:crypto'

import type { Request, RequestHandler, Response } from 'express'
import helmet from 'helmet'

/** The paths Next serves for Payload's admin (see createApp). */
export const adminPaths = /^\/(?:admin(?:\/|$)|_next\/|__nextjs)/

/** A fresh nonce for one response: 16 random bytes, as the CSP spec asks (≥ 128 bits). */
export const newNonce = () => randomBytes(16).toString('base64')

/**
 * The nonce of the response's Content-Security-Policy: the portal's inline scripts (React
 * Router's hydration data, its module loader, scroll restoration) carry it. Set by
 * `securityHeaders` on every response; React Router's server render reads it through the
 * load context (see portal.ts and portal/app/entry.server.tsx).
 */
export const cspNonceOf = (res: Response): string | undefined => res.locals.cspNonce as string | undefined

/** The `'sha256-…'` sources of the inline scripts (those without `src`) of an HTML page. */
export const inlineScriptHashes = (html: string) => {
  const hashes = new Set<string>()
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attributes)) continue
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

type PolicyOptions = { isDevelopment: boolean; isHttps: boolean }

/**
 * The directives every response shares. Scripts come from Lupa's own origin, and an inline
 * script runs only with the response's nonce (or, for a page from the page cache, its hash):
 * no `'unsafe-inline'` for scripts anywhere. Development adds `'unsafe-eval'` and websockets
 * for hot reloading.
 *
 * Styles keep `'unsafe-inline'`: the Suomi.fi design system is built on styled-components,
 * which adds `<style>` elements in the browser as components mount, and both it and Payload's
 * admin set `style` attributes, which no nonce or hash can allow (a nonce in `style-src`
 * would also switch `'unsafe-inline'` off). A style cannot run code; `object-src 'none'`,
 * `base-uri 'none'` and the script rules are what keep injected markup harmless.
 */
const directivesOf = ({ isDevelopment, isHttps }: PolicyOptions, scriptSources: string[]) => ({
  'default-src': ["'self'"],
  'script-src': ["'self'", ...scriptSources, ...(isDevelopment ? ["'unsafe-eval'"] : [])],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", ...(isDevelopment ? ['ws:', 'wss:'] : [])],
  'media-src': ["'self'", 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  ...(isHttps ? { 'upgrade-insecure-requests': [] } : {}),
})

const serialise = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')

/** The Content-Security-Policy of a response whose inline scripts carry `nonce`. */
export const noncePolicy = (options: PolicyOptions, nonce: string) =>
  serialise(directivesOf(options, [`'nonce-${nonce}'`]))

/** The Content-Security-Policy of a stored page whose inline scripts are exactly these hashes. */
export const hashPolicy = (options: PolicyOptions, hashes: string[]) =>
  serialise(directivesOf(options, hashes))

/**
 * Security headers for every response, and its Content-Security-Policy with a fresh nonce
 * (`res.locals.cspNonce`):
 * - the portal (React Router) renders the nonce into its inline scripts (entry.server.tsx);
 *   the page cache serves a stored page with the hashes of its scripts instead (pageCache.ts);
 * - Payload's admin (Next, under /admin and /_next): Next reads a nonce from the *request's*
 *   Content-Security-Policy header and puts it on every inline script it renders (Next's
 *   `getScriptNonceFromHeader`, what its documented middleware recipe relies on). The host
 *   is express, not Next's middleware, so the same policy is set on the request before Next
 *   sees it and on the response; the admin then needs no `'unsafe-inline'` for scripts
 *   either. Its pages are rendered per request (they read the session), never prerendered
 *   without the nonce.
 * - everything else (the REST and GraphQL API, health checks, files) gets the same policy;
 *   its nonce is simply unused.
 */
export const securityHeaders = (options: PolicyOptions): RequestHandler => {
  const others = helmet({
    // Set below, per response.
    contentSecurityPolicy: false,
    strictTransportSecurity: options.isHttps ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  })
  return (req: Request, res: Response, next) => {
    const nonce = newNonce()
    const policy = noncePolicy(options, nonce)
    res.locals.cspNonce = nonce
    res.setHeader('Content-Security-Policy', policy)
    if (adminPaths.test(req.path)) req.headers['content-security-policy'] = policy
    else delete req.headers['content-security-policy']
    others(req, res, next)
  }
}

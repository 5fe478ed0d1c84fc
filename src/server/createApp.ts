import { GRAPHQL_POST } from '@payloadcms/next/routes'
import compression from 'compression'
import express from 'express'
import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { Payload, SanitizedConfig } from 'payload'
import { handleEndpoints } from 'payload'

import { clientAddressHeader } from '../access/clientAddress'
import { sessionCookieName } from '../auth/sessions'
import { databaseWriterHealth } from '../db/databaseAdapter'
import { withWriteOwner } from '../db/serialiseSqliteWrites'
import { pickLocale } from '../domain/localize'
import { canonicalLoopbackHost } from './canonicalHost'
import { databaseGuard } from './databaseGuard'
import { createMetrics } from './metrics'
import type { RateLimits } from './rateLimits'
import { rateLimits } from './rateLimits'
import { rateLimitStoreOf } from './rateLimitStore'
import { sameOrigin } from './sameOrigin'
import { monacoVsDir, monacoVsPath } from './monacoAssets'
import { pageCache } from './pageCache'
import { privateResponses } from './privateResponses'
import { requestIds } from './requestIds'
import { securityHeaders } from './securityHeaders'
import { apiInputGuard } from './apiInputGuard'
import { webHandler } from './webHandler'
import { withoutSuggestions } from './graphqlSuggestions'
import { isDatabaseAnswering } from '../db/pingDatabase'
import { customOf } from '../config/custom'

export type AppParts = {
  payload: Payload
  config: SanitizedConfig
  publicUrl: string
  isDevelopment: boolean
  /** Next's request handler for the admin; absent in tests that do not build it. */
  admin?: RequestHandler
  /** The portal's handlers (static assets first, then the React Router app). */
  portal?: RequestHandler[]
  /** Rate limits of logins, submissions and the integration API (tests lower them). */
  limits?: RateLimits
  /** TRUSTED_PROXIES: whose X-Forwarded-For is believed. @default 'loopback' */
  trustedProxies?: string
  /** METRICS_TOKEN: the bearer token `/metrics` asks for; unset, it answers loopback only. */
  metricsToken?: string
}

/**
 * Express routes a plugin serves on the host (SAML at `/auth/…`): a plugin appends them to
 * `config.custom.hostRouters`; each is built once with the Payload instance.
 */
export type HostRouter = {
  path: string
  router: (parts: { payload: Payload; publicUrl: string }) => RequestHandler
}

/**
 * The one HTTP host: health checks, Payload's REST and GraphQL API, Next for the admin,
 * and the portal for everything else. No global body parser: Payload reads raw bodies.
 */
export const createApp = ({
  payload,
  config,
  publicUrl,
  isDevelopment,
  admin,
  portal = [],
  limits,
  trustedProxies = 'loopback',
  metricsToken,
}: AppParts) => {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustedProxies)
  // First, so a request's time covers every middleware after it.
  const metrics = createMetrics({ payload, config, token: metricsToken })
  app.use(metrics.timing)
  // Before anything that may log, so that every line of the request names it.
  app.use(requestIds())
  app.use((req, _res, next) => {
    req.headers[clientAddressHeader] = req.ip
    next()
  })
  // Each request is one unit of writes: see serialiseSqliteWrites.
  app.use((_req, _res, next) => withWriteOwner(next))
  // Every response's CSP has a fresh nonce (res.locals.cspNonce): the portal's and the admin's
  // inline scripts carry it, neither needs 'unsafe-inline' for scripts (see securityHeaders).
  const csp = { isDevelopment, isHttps: publicUrl.startsWith('https:') }
  app.use(securityHeaders(csp))
  const sessionCookie = sessionCookieName(payload)
  app.use(privateResponses({ sessionCookie }))
  // Brotli or gzip for pages, JSON, scripts and styles (what the browser accepts).
  app.use(compression())

  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' })
  })
  app.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store')
    try {
      // The database itself: a count of a content collection may be answered from the cache.
      if (!(await isDatabaseAnswering(payload, 3000))) throw new Error('the database does not answer')
      // Reads pass a jammed SQLite writer by; every write would time out behind it.
      if (databaseWriterHealth(payload)?.isJammed) throw new Error('the database writer is jammed')
      res.json({ status: 'ready' })
    } catch {
      res.status(503).json({ status: 'unavailable' })
    }
  })
  // Before the database guard: pool and queue figures matter most when the database struggles.
  app.get('/metrics', metrics.handler)
  // After the probes, which any name of the machine may ask.
  const canonicalHost = canonicalLoopbackHost(publicUrl)
  if (canonicalHost) app.use(canonicalHost)

  // Payload picks its language from Accept-Language but knows no Finnish code, so a Finnish
  // browser that also accepts English got English: hand it the request's Lupa locale.
  app.use(['/admin', '/api', '/_next'], (req, _res, next) => {
    const languages = req.headers['accept-language']
    if (languages) req.headers['accept-language'] = pickLocale(languages)
    next()
  })

  app.use(databaseGuard({ payload, sessionCookie }))
  for (const [path, limit] of rateLimits(limits, rateLimitStoreOf(payload))) app.all(path, limit)
  for (const { path, router } of customOf(config).hostRouters ?? [])
    app.use(path, router({ payload, publicUrl }))

  app.use('/api', apiInputGuard({ payload }))
  // Outside development, GraphQL's errors do not suggest the schema's names.
  const graphql = isDevelopment ? GRAPHQL_POST(config) : withoutSuggestions(GRAPHQL_POST(config))
  app.post('/api/graphql', webHandler(graphql, publicUrl))
  app.use(
    '/api',
    webHandler((request) => handleEndpoints({ config, request }), publicUrl),
  )

  if (admin) {
    // The admin's code editor from Lupa's own origin (see monacoAssets), not from a CDN.
    app.use(
      monacoVsPath(),
      express.static(monacoVsDir, { immutable: true, maxAge: '1y', index: false, fallthrough: false }),
    )
    app.all(['/admin', '/admin/*rest', '/_next/*rest', '/__nextjs*rest'], admin)
  }
  if (portal.length > 0) {
    app.use(sameOrigin(publicUrl))
    app.use(
      pageCache({
        payload,
        sessionCookie,
        csp,
        paths: [/^\/$/, /^\/analysis\/[^/]+$/, /^\/(accessibility|privacy|terms)$/],
      }),
    )
  }
  for (const handler of portal) app.use(handler)

  // Errors that reach express (e.g. Payload refusing a malformed body) keep their 4xx
  // status and public message; anything else is a generic 500 without details.
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = Number(error?.status ?? error?.statusCode)
    const isClientError = status >= 400 && status < 500
    if (!isClientError) payload.logger.error({ err: error, msg: 'Unhandled request error' })
    if (res.headersSent) return
    res
      .status(isClientError ? status : 500)
      .json({ errors: [{ message: isClientError ? String(error.message) : 'Something went wrong.' }] })
  }
  app.use(onError)
  return app
}

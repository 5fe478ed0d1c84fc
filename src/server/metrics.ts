import { createHash, timingSafeEqual } from 'node:crypto'

import type { Request, RequestHandler } from 'express'
import type { Payload, SanitizedConfig } from 'payload'
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client'

import { emailsCounter } from './metrics/emails'
import { routeTemplates } from './metrics/routeTemplates'
import { scrapeGauges } from './metrics/scrapeGauges'
import { withTimeout } from './withTimeout'

export type MetricsOptions = {
  payload: Payload
  config: SanitizedConfig
  /**
   * The bearer token a scraper must present (`METRICS_TOKEN`, required in production).
   * Without one, only a direct request from this machine's loopback is answered.
   */
  token?: string
  /** How long one database source may take before the scrape answers without it. @default 2000 */
  sourceTimeoutMs?: number
}

const methods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

const digest = (value: string) => createHash('sha256').update(value).digest()

/** Compares digests, so neither the token's content nor its length leaks through timing. */
const hasToken = (req: Request, token: string) => {
  const given = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '')?.[1]
  return given !== undefined && timingSafeEqual(digest(given), digest(token))
}

/**
 * A request straight from this machine. One that a proxy forwarded (X-Forwarded-For,
 * Forwarded) comes from the proxy's socket but from anyone behind it: refused.
 */
const isDirectLoopback = (req: Request) =>
  ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '') &&
  !req.headers['x-forwarded-for'] &&
  !req.headers.forwarded

/**
 * Prometheus metrics of one app: a registry of its own (tests start several apps in one
 * process, and prom-client's global registry refuses a name twice), the request-timing
 * middleware and the `/metrics` handler. Our own metrics are named `lupa_…`; prom-client's
 * default process metrics keep their usual names.
 */
export const createMetrics = ({ payload, config, token, sourceTimeoutMs = 2000 }: MetricsOptions) => {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  registry.registerMetric(emailsCounter)

  const requests = new Histogram({
    name: 'lupa_http_request_duration_seconds',
    help: 'HTTP requests by method, route template and status class, and how long they took',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  })
  const sourceErrors = new Counter({
    name: 'lupa_metrics_source_errors_total',
    help: 'Scrapes that answered without a source (its figures kept from the previous scrape)',
    labelNames: ['source'] as const,
    registers: [registry],
  })
  const routeOf = routeTemplates(config)
  const { readDatabase, sources } = scrapeGauges({ payload, config, registry })
  for (const source of Object.keys(sources)) sourceErrors.inc({ source }, 0)

  /** Times each request until its response is sent (or the client left: status `aborted`). */
  const timing: RequestHandler = (req, res, next) => {
    const stop = requests.startTimer()
    res.once('close', () =>
      stop({
        method: methods.has(req.method) ? req.method : 'other',
        route: routeOf(req.originalUrl),
        status: res.writableFinished ? `${Math.floor(res.statusCode / 100)}xx` : 'aborted',
      }),
    )
    next()
  }

  // Concurrent scrapes share one round of database reads; a source that fails is skipped.
  let reading: Promise<void> | null = null
  const readSources = () => {
    if (reading) return reading
    readDatabase()
    reading = Promise.all(
      Object.entries(sources).map(([source, read]) =>
        withTimeout(read(), sourceTimeoutMs).catch((error: unknown) => {
          sourceErrors.inc({ source })
          payload.logger.warn({ err: error, msg: `Metrics: could not read ${source}` })
        }),
      ),
    ).then(() => {
      reading = null
    })
    return reading
  }

  const handler: RequestHandler = async (req, res) => {
    res.set('Cache-Control', 'no-store')
    if (token && !hasToken(req, token)) {
      res.set('WWW-Authenticate', 'Bearer').status(401).type('text/plain').send('Unauthorized\n')
      return
    }
    if (!token && !isDirectLoopback(req)) {
      res.status(403).type('text/plain').send('Forbidden\n')
      return
    }
    await readSources()
    res.type(registry.contentType).send(await registry.metrics())
  }

  return { registry, timing, handler }
}

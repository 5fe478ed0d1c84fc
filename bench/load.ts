import { randomUUID } from 'node:crypto'

import autocannon from 'autocannon'

/** One route under load: what autocannon sends. */
export type LoadTarget = {
  name: string
  /** The share of the ceiling this kind of route is expected to reach (issue 11's targets). */
  target: number
  path: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  /** Each request's path and body, when requests differ (a new draft per submission). */
  next?: () => { path: string; body?: string; headers?: Record<string, string> }
  /** A fixed number of requests instead of a duration (each submission uses up a draft). */
  amount?: number
}

export type LoadResult = {
  name: string
  target: number
  requestsPerSecond: number
  p50: number
  p975: number
  p99: number
  non2xx: number
  errors: number
  bytesPerResponse: number
  /** The first answer that was not a success, if any. */
  failure?: string
}

/**
 * What a browser sends on a link within the site: pages are measured as they are sent to
 * one (Payload reads the session cookie only from same-origin requests).
 */
export const browserHeaders = {
  'accept-encoding': 'br, gzip',
  accept: 'text/html,*/*',
  'sec-fetch-site': 'same-origin',
}

/**
 * Runs autocannon against one route: a short warm-up (JIT, caches, connection pools), then
 * the measured run, at the same number of connections.
 */
export const load = async (
  origin: string,
  target: LoadTarget,
  { connections, seconds, warmUpSeconds }: { connections: number; seconds: number; warmUpSeconds: number },
): Promise<LoadResult> => {
  let failure: string | undefined
  const options = (measured: boolean): autocannon.Options => {
    const headers = { ...browserHeaders, ...target.headers }
    const next: NonNullable<LoadTarget['next']> =
      target.next ?? (() => ({ path: target.path, body: target.body }))
    return {
      url: origin,
      connections,
      headers,
      ...(target.amount ? { amount: measured ? target.amount : connections } : {}),
      ...(target.amount ? {} : { duration: measured ? seconds : warmUpSeconds }),
      requests: [
        {
          method: target.method ?? 'GET',
          setupRequest: (request) => {
            const step = next()
            return {
              ...request,
              path: step.path,
              body: step.body,
              headers: { ...request.headers, ...headers, ...step.headers },
            }
          },
          // The first refusal is kept, to tell why a route answered anything but 2xx.
          onResponse: (status, body) => {
            if ((status < 200 || status > 299) && failure === undefined)
              failure = `${status} ${String(body).slice(0, 300)}`
          },
        },
      ],
    }
  }
  if (!target.amount) await autocannon(options(false))
  const result = await autocannon(options(true))
  const responses = Math.max(1, result.requests.total)
  return {
    name: target.name,
    target: target.target,
    requestsPerSecond: target.amount
      ? result.requests.total / (result.duration || 1)
      : result.requests.average,
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    bytesPerResponse: result.throughput.total / responses,
    failure,
  }
}

/** A fresh idempotency key per request: each one is a new change, not a retry. */
export const idempotencyHeaders = () => ({ 'idempotency-key': randomUUID() })

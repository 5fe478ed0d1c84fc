import http from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders } from 'node:http'
import https from 'node:https'

import { DeliveryFailedError } from '../../src/connections/types'
import { retryAfterMs } from './retryAfterMs'
import { webhookHeadersOf } from './signingSecrets'

/** Longest response body read from a receiver; the rest is discarded. */
const maxResponseBytes = 64 * 1024
/** Longest response body kept with a failed delivery. */
export const keptResponseChars = 1000

export type SignedPostResult = { status: number; text: string }

const tlsCodes = /^(CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_SSL_)/

/** No connection (DNS, TCP and TLS) within the connect timeout. */
class ConnectTimeoutError extends Error {}

/** A short, log-safe sentence for a request that got no HTTP answer at all. */
const networkFailureMessage = (
  error: unknown,
  url: URL,
  {
    timeoutMs,
    connectTimeoutMs,
    isTimedOut,
  }: { timeoutMs: number; connectTimeoutMs: number; isTimedOut: boolean },
) => {
  if (error instanceof ConnectTimeoutError)
    return `Connection to ${url.origin} timed out after ${connectTimeoutMs} ms`
  if (isTimedOut) return `No answer from ${url.origin} within ${timeoutMs} ms`
  const { code, message } = (error ?? {}) as { code?: string; message?: string }
  if (code === 'ECONNREFUSED') return `Connection refused by ${url.origin}`
  if (code === 'ECONNRESET') return `Connection to ${url.origin} closed without an answer`
  if (code && tlsCodes.test(code)) return `TLS error with ${url.origin}: ${code}`
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `Cannot resolve ${url.hostname} (${code})`
  return `Could not reach ${url.origin}: ${code ?? message ?? String(error)}`
}

const readLimited = async (response: IncomingMessage) => {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of response as AsyncIterable<Buffer>) {
    chunks.push(chunk)
    size += chunk.byteLength
    // Leaving the loop destroys the response: the rest is never read.
    if (size >= maxResponseBytes) break
  }
  return Buffer.concat(chunks).subarray(0, maxResponseBytes).toString('utf8')
}

/**
 * One POST through Node's http client, as fetch takes a connect timeout only from undici's
 * `Agent`, which Lupa does not depend on. `connectTimeoutMs` bounds a new connection (DNS,
 * TCP and TLS), `signal` the whole attempt.
 */
const post = ({
  target,
  headers,
  body,
  connectTimeoutMs,
  signal,
}: {
  target: URL
  headers: OutgoingHttpHeaders
  body: string
  connectTimeoutMs: number
  signal: AbortSignal
}) =>
  new Promise<{ status: number; headers: IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const isHttps = target.protocol === 'https:'
    // A connection of its own each time: a kept-alive one the receiver has closed meanwhile
    // fails the POST ("closed without an answer") although the receiver is up.
    const request = (isHttps ? https : http).request(target, {
      method: 'POST',
      headers,
      signal,
      agent: false,
    })
    request.on('socket', (socket) => {
      if (!socket.connecting) return
      const timer = setTimeout(() => request.destroy(new ConnectTimeoutError()), connectTimeoutMs)
      const done = () => clearTimeout(timer)
      socket.once(isHttps ? 'secureConnect' : 'connect', done)
      socket.once('close', done)
    })
    request.on('error', reject)
    request.on('response', (response) => {
      readLimited(response).then(
        (text) => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
        reject,
      )
    })
    request.end(body)
  })

/**
 * POSTs a JSON body signed by the Standard Webhooks rules, and answers the receiver's 2xx.
 * Anything else throws {@link DeliveryFailedError}: no answer (no connection or no answer in
 * time, refused connection, DNS or TLS failure), 5xx, 408 and 429 are retryable (honouring
 * `Retry-After`); redirects and other 4xx are not. Redirects are never followed: the
 * endpoint is exactly what staff configured. The timestamp is the wall clock, which
 * receivers compare with theirs.
 */
export const postSignedMessage = async ({
  url,
  id,
  body,
  secrets,
  timeoutMs,
  connectTimeoutMs,
  now,
}: {
  url: string
  id: string
  body: string
  secrets: string[]
  timeoutMs: number
  /** Of `timeoutMs`, the time allowed to connect. */
  connectTimeoutMs: number
  /** The time `Retry-After` dates are measured from. */
  now: Date
}): Promise<SignedPostResult> => {
  const target = new URL(url)
  const headers = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'user-agent': 'Lupa-Webhooks/1',
    ...webhookHeadersOf({ secrets, id, timestamp: Math.floor(Date.now() / 1000), body }),
  }
  const signal = AbortSignal.timeout(timeoutMs)
  let answer: Awaited<ReturnType<typeof post>>
  try {
    answer = await post({ target, headers, body, connectTimeoutMs, signal })
  } catch (error) {
    throw new DeliveryFailedError({
      message: networkFailureMessage(error, target, {
        timeoutMs,
        connectTimeoutMs,
        isTimedOut: signal.aborted,
      }),
      cause: error,
    })
  }
  const { status, text } = answer
  if (status >= 200 && status < 300) return { status, text }
  const kept = { status, body: text.slice(0, keptResponseChars) }
  if (status >= 500 || status === 408 || status === 429) {
    throw new DeliveryFailedError({
      message: `${target.origin} answered ${status}`,
      retryAfterMs: retryAfterMs(answer.headers['retry-after'], now),
      response: kept,
    })
  }
  throw new DeliveryFailedError({
    message:
      status >= 300 && status < 400
        ? `${target.origin} answered a redirect (${status}); redirects are not followed`
        : `${target.origin} refused the message (${status})`,
    isRetryable: false,
    response: kept,
  })
}

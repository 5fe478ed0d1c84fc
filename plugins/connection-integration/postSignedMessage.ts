import { DeliveryFailedError } from '../../src/connections/types'
import { retryAfterMs } from './retryAfterMs'
import { webhookHeadersOf } from './signingSecrets'

/** Longest response body read from a receiver; the rest is discarded. */
const maxResponseBytes = 64 * 1024
/** Longest response body kept with a failed delivery. */
export const keptResponseChars = 1000

export type SignedPostResult = { status: number; text: string }

const tlsCodes = /^(CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_SSL_)/

const causeOf = (error: unknown) => {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause
  return { code: cause?.code ?? (error as { code?: string } | null)?.code, message: cause?.message }
}

/** A short, log-safe sentence for a request that got no HTTP answer at all. */
const networkFailureMessage = (error: unknown, url: URL, timeoutMs: number) => {
  const name = (error as { name?: string } | null)?.name
  if (name === 'TimeoutError' || name === 'AbortError')
    return `No answer from ${url.origin} within ${timeoutMs} ms`
  const { code, message } = causeOf(error)
  if (code === 'ECONNREFUSED') return `Connection refused by ${url.origin}`
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
    return `Connection to ${url.origin} closed without an answer`
  if (code && tlsCodes.test(code)) return `TLS error with ${url.origin}: ${code}`
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `Cannot resolve ${url.hostname} (${code})`
  return `Could not reach ${url.origin}: ${code ?? message ?? String(error)}`
}

const readLimited = async (response: Response) => {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  while (size < maxResponseBytes) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    size += value.byteLength
  }
  await reader.cancel().catch(() => {})
  return Buffer.concat(chunks).subarray(0, maxResponseBytes).toString('utf8')
}

/**
 * POSTs a JSON body signed by the Standard Webhooks rules, and answers the receiver's 2xx.
 * Anything else throws {@link DeliveryFailedError}: no answer (timeout, refused connection,
 * DNS or TLS failure), 5xx, 408 and 429 are retryable (honouring `Retry-After`); redirects
 * and other 4xx are not. Redirects are never followed: the endpoint is exactly what staff
 * configured. The timestamp is the wall clock, which receivers compare with theirs.
 */
export const postSignedMessage = async ({
  url,
  id,
  body,
  secrets,
  timeoutMs,
  now,
}: {
  url: string
  id: string
  body: string
  secrets: string[]
  timeoutMs: number
  /** The time `Retry-After` dates are measured from. */
  now: Date
}): Promise<SignedPostResult> => {
  const target = new URL(url)
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Lupa-Webhooks/1',
    ...webhookHeadersOf({ secrets, id, timestamp: Math.floor(Date.now() / 1000), body }),
  }
  let response: Response
  let text: string
  try {
    response = await fetch(target, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    text = await readLimited(response)
  } catch (error) {
    throw new DeliveryFailedError({ message: networkFailureMessage(error, target, timeoutMs), cause: error })
  }
  const { status } = response
  if (status >= 200 && status < 300) return { status, text }
  const kept = { status, body: text.slice(0, keptResponseChars) }
  if (status >= 500 || status === 408 || status === 429) {
    throw new DeliveryFailedError({
      message: `${target.origin} answered ${status}`,
      retryAfterMs: retryAfterMs(response.headers.get('retry-after'), now),
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

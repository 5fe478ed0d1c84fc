import { createServer } from 'node:http'
import type { IncomingHttpHeaders, Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { Webhook } from 'standardwebhooks'

/** One request as the receiver saw it. */
export type ReceivedRequest = {
  id: string
  body: string
  headers: IncomingHttpHeaders
  /** The secrets (by index in `secrets`) whose signature verified. */
  verifiedWith: number[]
  isDuplicate: boolean
  /** When it arrived (ms since the epoch). */
  receivedAt: number
}

type Reply = { status: number; headers?: Record<string, string>; body?: string; delayMs?: number }

/**
 * An authority system for tests: a real HTTP server on 127.0.0.1 that verifies Standard
 * Webhooks signatures with the `standardwebhooks` library, deduplicates on `webhook-id`
 * and answers a receipt reference. Replies can be scripted; it can be stopped and started
 * again on the same port.
 */
export const startWebhookReceiver = async () => {
  let server: Server | null = null
  let port = 0
  let counter = 0
  const state = {
    /** Secrets the receiver verifies with; a request verifying with none gets 401. */
    secrets: [] as string[],
    requests: [] as ReceivedRequest[],
    /** Processed messages by webhook-id (each processed once) with the reference answered. */
    processed: new Map<string, { reference: string; body: unknown }>(),
    /** Scripted replies per webhook-id, used (and removed) before the default behaviour. */
    replies: new Map<string, Reply[]>(),
    /** Every answer waits this long (an endpoint that hangs: longer than Lupa waits). */
    delayMs: 0,
  }

  const handle = (headers: IncomingHttpHeaders, body: string): Reply => {
    const id = String(headers['webhook-id'] ?? '')
    const plain = {
      'webhook-id': id,
      'webhook-timestamp': String(headers['webhook-timestamp'] ?? ''),
      'webhook-signature': String(headers['webhook-signature'] ?? ''),
    }
    const verifiedWith = state.secrets.flatMap((secret, index) => {
      try {
        new Webhook(secret).verify(body, plain)
        return [index]
      } catch {
        return []
      }
    })
    const isDuplicate = state.processed.has(id)
    state.requests.push({ id, body, headers, verifiedWith, isDuplicate, receivedAt: Date.now() })
    const scripted = state.replies.get(id)?.shift()
    if (scripted) return scripted
    if (state.delayMs > 0) return { status: 200, body: '{}', delayMs: state.delayMs }
    if (verifiedWith.length === 0) return { status: 401, body: '{"error":"bad signature"}' }
    const parsed = JSON.parse(body) as { type?: string }
    if (parsed.type === 'ping') return { status: 204 }
    if (!isDuplicate) state.processed.set(id, { reference: `REF-${++counter}`, body: parsed })
    return { status: 200, body: JSON.stringify({ reference: state.processed.get(id)!.reference }) }
  }

  const start = async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        const reply = handle(req.headers, Buffer.concat(chunks).toString('utf8'))
        const send = () => {
          res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers })
          res.end(reply.body ?? '')
        }
        if (reply.delayMs) setTimeout(send, reply.delayMs)
        else send()
      })
    })
    server.listen(port, '127.0.0.1')
    await new Promise<void>((resolve) => server!.once('listening', resolve))
    port = (server.address() as AddressInfo).port
  }

  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve()
      server.closeAllConnections()
      server.close(() => resolve())
      server = null
    })

  await start()
  return {
    state,
    url: () => `http://127.0.0.1:${port}/lupa/webhooks`,
    /** Scripts the next replies to one message id. */
    replyTo: (id: string, ...replies: Reply[]) => state.replies.set(id, replies),
    /** Requests for one message id. */
    requestsFor: (id: string) => state.requests.filter((request) => request.id === id),
    start,
    stop,
  }
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>

import { createServer } from 'node:http'
import { performance } from 'node:perf_hooks'

import { Webhook } from 'standardwebhooks'

type Message = { type?: string; case?: { id?: string } }

export type WebhookReceiver = {
  /** When each case's `case.submitted` message arrived verified (`performance.now()`), by case id. */
  arrivals: Map<string, number>
  /** Messages whose signature did not verify (answered 401, so Lupa would retry them). */
  refused: () => number
  /** Resolves when every one of `caseIds` has arrived, or when `timeoutMs` has passed. */
  waitFor: (caseIds: string[], timeoutMs: number) => Promise<void>
  close: () => Promise<void>
}

/**
 * The integration authorities' system, in the bench's own process so that its arrival times
 * share the clock of the submissions: verifies each Standard Webhooks signature as a real
 * receiver would, notes when each case's submission arrived, and accepts every message
 * (also status changes and retries), so that Lupa has nothing to retry.
 */
export const startWebhookReceiver = async ({
  port,
  secret,
}: {
  port: number
  secret: string
}): Promise<WebhookReceiver> => {
  const webhook = new Webhook(secret)
  const arrivals = new Map<string, number>()
  const onArrival = new Set<() => void>()
  let refused = 0
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      let message: Message
      try {
        message = webhook.verify(Buffer.concat(chunks).toString('utf8'), {
          'webhook-id': String(req.headers['webhook-id'] ?? ''),
          'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''),
          'webhook-signature': String(req.headers['webhook-signature'] ?? ''),
        }) as Message
      } catch {
        refused += 1
        res.writeHead(401).end()
        return
      }
      const caseId = message.case?.id
      if (message.type === 'case.submitted' && caseId && !arrivals.has(caseId)) {
        arrivals.set(caseId, performance.now())
        for (const notify of onArrival) notify()
      }
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ reference: `BENCH-${caseId ?? '-'}` }))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} is in use (a demo receiver?): the demo data delivers there`)
          : error,
      ),
    )
    server.listen(port, '127.0.0.1', resolve)
  })
  return {
    arrivals,
    refused: () => refused,
    waitFor: (caseIds, timeoutMs) =>
      new Promise((resolve) => {
        const check = () => {
          if (!caseIds.every((id) => arrivals.has(id))) return
          done()
        }
        const done = () => {
          clearTimeout(timer)
          onArrival.delete(check)
          resolve()
        }
        const timer = setTimeout(done, timeoutMs)
        onArrival.add(check)
        check()
      }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

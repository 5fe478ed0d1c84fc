// An authority system's receiving end, for trying Lupa's integration mode:
//   DEMO_RECEIVER_SECRET=whsec_… node scripts/run.mjs scripts/demo-receiver.ts
// It verifies each message's Standard Webhooks signature, processes every webhook-id once
// (Lupa retries until it gets a 2xx, so the same message may arrive more than once), and
// answers a receipt reference. See docs/integration-api.md.
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

import { Webhook, WebhookVerificationError } from 'standardwebhooks'

const port = Number(process.env.DEMO_RECEIVER_PORT ?? 4100)
const secretFile = path.join(process.env.DATA_DIR ?? './data', 'demo-receiver-secret')
// The demo data's secret, unless one is given (npm run seed writes it to the data directory).
const secret =
  process.env.DEMO_RECEIVER_SECRET ??
  (existsSync(secretFile) ? readFileSync(secretFile, 'utf8').trim() : undefined)
if (!secret?.startsWith('whsec_')) {
  console.error('Set DEMO_RECEIVER_SECRET to the whsec_… secret Lupa showed when it was created.')
  process.exit(2)
}
const webhook = new Webhook(secret)
const maxBodyBytes = 30 * 1024 * 1024

/**
 * Processed messages by webhook-id, with the reference we answered. A real receiver keeps
 * this in its database, written in the same transaction as the case it creates.
 */
const processed = new Map<string, string>()

type LupaMessage = { id: string; type: string; case?: { id: string; caseNumber: string } }

const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`)

const server = createServer((req, res) => {
  const answer = (status: number, body?: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(body === undefined ? '' : JSON.stringify(body))
  }
  if (req.method !== 'POST') return answer(405, { error: 'POST only' })
  const chunks: Buffer[] = []
  let size = 0
  req.on('data', (chunk: Buffer) => {
    size += chunk.length
    if (size > maxBodyBytes) req.destroy()
    else chunks.push(chunk)
  })
  req.on('end', () => {
    // Verify the raw body exactly as received: re-serialised JSON would not match.
    const body = Buffer.concat(chunks).toString('utf8')
    let message: LupaMessage
    try {
      message = webhook.verify(body, {
        'webhook-id': String(req.headers['webhook-id'] ?? ''),
        'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''),
        'webhook-signature': String(req.headers['webhook-signature'] ?? ''),
      }) as LupaMessage
    } catch (error) {
      const reason = error instanceof WebhookVerificationError ? error.message : 'unreadable message'
      log(`refused a message: ${reason}`)
      return answer(401, { error: 'invalid signature' })
    }
    const id = String(req.headers['webhook-id'])
    if (message.type === 'ping') {
      log(`ping ${id} verified`)
      return answer(204)
    }
    const known = processed.get(id)
    // A message seen before: answer as before, do nothing again.
    if (known) return answer(200, { reference: known })
    const reference = `DEMO-${randomUUID().slice(0, 8)}`
    processed.set(id, reference)
    log(`${message.type} ${id} case ${message.case?.caseNumber ?? '-'} → ${reference}`)
    return answer(200, { reference })
  })
})

server.listen(port, () => log(`demo receiver on http://localhost:${port}/ (Ctrl-C stops it)`))
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => process.exit(0)))

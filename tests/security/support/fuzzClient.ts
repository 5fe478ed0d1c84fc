import { Agent, request as httpRequest } from 'node:http'

import type { FuzzRequest, Role } from './fuzzInputs'

export type Answer = { status: number; text: string }

/** What marks a stack trace or the server's internals in a response body (also JSON-escaped). */
const leaks = [/(?:\n|\\n)\s+at .+\(.+:\d+:\d+\)/, /(?:\n|\\n)\s+at (?:async )?\/\S+:\d+:\d+/, /node_modules/]

const excerpt = (value: string | Uint8Array | undefined, length: number) => {
  if (value === undefined) return '(none)'
  const text = typeof value === 'string' ? value : Buffer.from(value).toString('latin1')
  return JSON.stringify(text.length > length ? `${text.slice(0, length)}… (${text.length} characters)` : text)
}

/** The counterexample in words: what was sent and what came back. */
export const describeExchange = (request: FuzzRequest, answer: Answer) =>
  [
    `${request.method} ${request.path} as ${request.role}`,
    `content-type: ${request.headers['content-type'] ?? '(none)'}`,
    `body: ${excerpt(request.body, 300)}`,
    `answer: ${answer.status} ${excerpt(answer.text, 600)}`,
  ].join('\n')

/** Why an answer is a failure (a 5xx, no answer, a stack trace or internals in the body), or null. */
export const problemOf = (answer: Answer) => {
  if (answer.status === 0) return 'no answer'
  if (answer.status >= 500) return `status ${answer.status}`
  const leak = leaks.find((pattern) => pattern.test(answer.text))
  return leak ? `the body matches ${leak}` : null
}

/**
 * Sends fuzzed requests with raw `node:http` (fetch refuses methods like TRACE and sets
 * its own content types), with each role's credentials, and tallies the statuses.
 */
export const createFuzzClient = ({
  baseUrl,
  credentials,
  timeoutMs = 30_000,
}: {
  baseUrl: string
  /** Headers that sign a request in as the role, per surface (the portal uses the session cookie). */
  credentials: (role: Role, surface: FuzzRequest['surface']) => Record<string, string>
  timeoutMs?: number
}) => {
  // A connection per request: each verdict depends on its own request alone (a reused
  // connection stalls after an action refused before its body was read).
  const agent = new Agent({ keepAlive: false, maxSockets: 16 })
  const statuses = new Map<string, number>()
  const bySurface = new Map<string, number>()
  const tally = (request: FuzzRequest, status: string) => {
    statuses.set(status, (statuses.get(status) ?? 0) + 1)
    bySurface.set(request.surface, (bySurface.get(request.surface) ?? 0) + 1)
  }
  const send = (request: FuzzRequest) =>
    new Promise<Answer>((resolve) => {
      const { hostname, port } = new URL(baseUrl)
      const body = request.body === undefined ? undefined : Buffer.from(request.body)
      const outgoing = httpRequest(
        {
          agent,
          hostname,
          port,
          method: request.method,
          path: request.path,
          timeout: timeoutMs,
          headers: {
            'accept-language': 'fi',
            ...credentials(request.role, request.surface),
            ...request.headers,
            ...(body ? { 'content-length': String(body.length) } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => {
            tally(request, String(response.statusCode))
            resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') })
          })
          response.on('error', (error) => {
            tally(request, `error ${error.message}`)
            resolve({ status: 0, text: error.message })
          })
        },
      )
      outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer in ${timeoutMs} ms`)))
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        tally(request, `error ${error.code ?? error.message}`)
        resolve({ status: 0, text: error.message })
      })
      outgoing.end(body)
    })
  return {
    send,
    total: () => [...statuses.values()].reduce((sum, count) => sum + count, 0),
    /** `status×count` sorted by status, and the count per surface. */
    report: () =>
      [
        [...statuses.entries()]
          .sort(([left], [right]) => left.localeCompare(right))
          .map(([status, count]) => `${status}×${count}`)
          .join(', '),
        [...bySurface.entries()].map(([surface, count]) => `${surface} ${count}`).join(', '),
      ].join('\n'),
    close: () => agent.destroy(),
  }
}

import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

/** One email as the test SMTP server received it, with its text decoded. */
export type ReceivedEmail = {
  from: string
  to: string[]
  /** The message exactly as sent (headers and encoded body). */
  raw: string
  headers: Record<string, string>
  subject: string
  /** The decoded text body. */
  text: string
  /** When it arrived (ms since the epoch). */
  receivedAt: number
}

export type TestSmtpServer = {
  /** `smtp://127.0.0.1:<port>`; stays the same across {@link TestSmtpServer.stop} and start. */
  url: string
  received: ReceivedEmail[]
  /** Emails sent to the address. */
  to: (address: string) => ReceivedEmail[]
  /** Refuses every recipient with this SMTP reply code (e.g. 451) until set back to null. */
  refuseWith: (code: number | null) => void
  clear: () => void
  /** Stops listening: the server is down and connections are refused. */
  stop: () => Promise<void>
  /** Listens again on the same port (nothing happens when it is listening). */
  start: () => Promise<void>
}

const decodeBytes = (encoded: string, encoding: string) => {
  if (encoding === 'base64') return Buffer.from(encoded.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (encoding === 'quoted-printable' || encoding === 'q') {
    const softBreaksRemoved = encoding === 'q' ? encoded.replace(/_/g, ' ') : encoded.replace(/=\r?\n/g, '')
    const bytes: number[] = []
    for (let index = 0; index < softBreaksRemoved.length; index++) {
      const hex = softBreaksRemoved.slice(index + 1, index + 3)
      if (softBreaksRemoved[index] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
        bytes.push(parseInt(hex, 16))
        index += 2
      } else {
        bytes.push(...Buffer.from(softBreaksRemoved[index], 'utf8'))
      }
    }
    return Buffer.from(bytes).toString('utf8')
  }
  return encoded
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) in a header value. */
const decodeHeader = (value: string) =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?[^?]+\?([QB])\?([^?]*)\?=/gi, (_, kind: string, encoded: string) =>
      decodeBytes(encoded, kind.toUpperCase() === 'B' ? 'base64' : 'q'),
    )

/** Splits a single-part message into headers and a decoded text body (what Lupa sends). */
export const parseEmail = (raw: string): Pick<ReceivedEmail, 'headers' | 'subject' | 'text'> => {
  const split = raw.indexOf('\r\n\r\n')
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ')
  const body = raw.slice(split + 4)
  const headers: Record<string, string> = {}
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase()
  return {
    headers,
    subject: decodeHeader(headers.subject ?? ''),
    text: decodeBytes(body, encoding).replace(/\r\n/g, '\n'),
  }
}

/** A real SMTP server on a free local port that keeps every email it receives. */
export const startSmtpServer = async (): Promise<TestSmtpServer> => {
  const received: ReceivedEmail[] = []
  let refusalCode: number | null = null
  let port = 0
  let server: SMTPServer | null = null

  const start = async () => {
    if (server) return
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 1000,
      onRcptTo(_address, _session, callback) {
        if (refusalCode === null) return callback()
        const error = new Error('Mailbox temporarily unavailable') as Error & { responseCode: number }
        error.responseCode = refusalCode
        callback(error)
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8')
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            raw,
            ...parseEmail(raw),
            receivedAt: Date.now(),
          })
          callback()
        })
      },
    })
    // A client that dies mid-session (a worker killed by a fault test) resets its connection:
    // smtp-server reports that on the server, and unheard it would end the test process.
    server.on('error', () => undefined)
    const listening = server
    await new Promise<void>((resolve) => listening.listen(port, '127.0.0.1', resolve))
    port = (listening.server.address() as AddressInfo).port
  }

  await start()
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    to: (address) => received.filter((email) => email.to.includes(address)),
    refuseWith: (code) => {
      refusalCode = code
    },
    clear: () => {
      received.length = 0
    },
    stop: async () => {
      const running = server
      server = null
      if (running) await new Promise<void>((resolve) => running.close(() => resolve()))
    },
    start,
  }
}

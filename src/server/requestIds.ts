import { randomUUID } from 'node:crypto'

import type { RequestHandler } from 'express'

import { withLogContext } from '../logging/logContext'

/** Letters, digits and a few separators: a proxy's id, but nothing that could forge a log field. */
const wellFormed = /^[\w.:@+=/-]{1,128}$/

/** Express's compiled `trust proxy` setting: whether the address at `hop` (0: the peer) is trusted. */
type TrustProxy = (address: string | undefined, hop: number) => boolean

/**
 * Gives every request an id, answered in `X-Request-Id` and carried by every log line
 * written while handling it (and by the jobs it queues, see queueJob). A well-formed
 * `X-Request-Id` is kept only from a trusted proxy (`TRUSTED_PROXIES`), so its log lines and
 * Lupa's share the id; any other request gets a new one.
 */
export const requestIds = (): RequestHandler => (req, res, next) => {
  const incoming = req.get('x-request-id')
  // The check express makes before it believes X-Forwarded-* headers: is the peer trusted?
  const trusts = req.app.get('trust proxy fn') as TrustProxy
  const isFromProxy = trusts(req.socket.remoteAddress, 0)
  const requestId = incoming && isFromProxy && wellFormed.test(incoming) ? incoming : randomUUID()
  res.set('X-Request-Id', requestId)
  withLogContext({ requestId }, next)
}

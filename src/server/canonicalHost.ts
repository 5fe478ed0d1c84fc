import type { RequestHandler } from 'express'

/** Names of this machine that a browser may be pointed at for the same server. */
const loopbackNames = new Set(['localhost', '127.0.0.1', '[::1]'])

const pageMethods = new Set(['GET', 'HEAD'])

/**
 * On a development or demo server (`PUBLIC_URL` on localhost), a page opened through another
 * name of the same machine and port (`127.0.0.1` for `localhost`) is sent to `PUBLIC_URL`:
 * the session cookie and the forms' origin checks belong to that one origin, and signing in
 * elsewhere would loop. Null for a public address, where the proxy decides.
 */
export const canonicalLoopbackHost = (publicUrl: string): RequestHandler | null => {
  const canonical = new URL(publicUrl)
  if (!loopbackNames.has(canonical.hostname)) return null
  return (req, res, next) => {
    if (!pageMethods.has(req.method)) return next()
    let requested: URL
    try {
      requested = new URL(`${canonical.protocol}//${req.get('host') ?? ''}`)
    } catch {
      return next()
    }
    const isAlias =
      loopbackNames.has(requested.hostname) &&
      requested.hostname !== canonical.hostname &&
      requested.port === canonical.port
    if (!isAlias) return next()
    res.redirect(308, `${canonical.origin}${req.originalUrl}`)
  }
}

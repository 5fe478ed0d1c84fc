import type { RequestHandler } from 'express'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * CSRF protection of the portal's forms: a state-changing request is served only when the
 * browser says it comes from this site (`Origin`, else `Sec-Fetch-Site`). Browsers send
 * one of them with every form post; a request with neither is refused too.
 */
export const sameOrigin = (publicUrl: string): RequestHandler => {
  const publicOrigin = new URL(publicUrl).origin
  return (req, res, next) => {
    if (safeMethods.has(req.method)) return next()
    const origin = req.get('origin')
    const ownOrigin = `${req.protocol}://${req.get('host')}`
    const isSameOrigin = origin
      ? origin === publicOrigin || origin === ownOrigin
      : req.get('sec-fetch-site') === 'same-origin'
    if (isSameOrigin) return next()
    res.status(403).type('text/plain').send('Forbidden: cross-site request')
  }
}

import type { RequestHandler } from 'express'

/** Whether the Cookie header holds a cookie of the name. */
const hasCookie = (header: string | undefined, name: string) =>
  (header ?? '').split(';').some((part) => part.trim().startsWith(`${name}=`))

/**
 * A `__Host-` cookie set without `Secure`, made Secure: browsers refuse such a cookie
 * outright. With the `__Host-lupa` prefix (see sessionCookieName) Payload's session cookie is
 * Secure by its configuration, but the admin's language cookie (`…-lng`, set by a Next server
 * action) is set without it and would be dropped. (Payload writes `Secure=true`: browsers
 * read any `Secure` attribute, whatever its value, as Secure.)
 */
const secureHostCookie = (cookie: string) =>
  /^__Host-/i.test(cookie) && !/;\s*secure\s*(=[^;]*)?(;|$)/i.test(cookie) ? `${cookie}; Secure` : cookie

/**
 * Just before a response's head is written: a response to a signed-in request (the session
 * cookie, or an Authorization header) or one that sets the session cookie (a sign-in, a
 * sign-out) that did not choose its own caching is marked `private, no-store`, so that no
 * browser or proxy keeps personal data; no response says what it runs on (`X-Powered-By`,
 * which Next and Payload add to the admin's); a `nosniff` a portal route repeats is sent
 * once; and every `__Host-` cookie is `Secure`. Static files set their own caching and keep
 * it.
 */
export const privateResponses =
  ({ sessionCookie }: { sessionCookie: string }): RequestHandler =>
  (req, res, next) => {
    const isSignedIn = Boolean(req.headers.authorization) || hasCookie(req.headers.cookie, sessionCookie)
    const writeHead = res.writeHead.bind(res)
    res.writeHead = ((...args: Parameters<typeof writeHead>) => {
      res.removeHeader('x-powered-by')
      // React Router appends a route's headers to the host's: one `nosniff` is enough.
      const sniffing = res.getHeader('x-content-type-options')
      if (Array.isArray(sniffing) && new Set(sniffing).size === 1)
        res.setHeader('X-Content-Type-Options', sniffing[0])
      const header = res.getHeader('set-cookie')
      const cookies = header === undefined ? [] : Array.isArray(header) ? header : [String(header)]
      if (cookies.length > 0) res.setHeader('Set-Cookie', cookies.map(secureHostCookie))
      // A sign-in's response (its token, its user) is as personal as what follows it.
      const signsIn = cookies.some((cookie) => cookie.startsWith(`${sessionCookie}=`))
      if ((isSignedIn || signsIn) && !res.getHeader('cache-control'))
        res.setHeader('Cache-Control', 'private, no-store')
      return writeHead(...args)
    }) as typeof res.writeHead
    next()
  }

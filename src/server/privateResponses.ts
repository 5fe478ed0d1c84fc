import type { RequestHandler } from 'express'

/** Whether the Cookie header holds a cookie of the name. */
const hasCookie = (header: string | undefined, name: string) =>
  (header ?? '').split(';').some((part) => part.trim().startsWith(`${name}=`))

/**
 * Just before a response's head is written: a response to a signed-in request (the session
 * cookie, or an Authorization header) that did not choose its own caching is marked
 * `private, no-store`, so that no browser or proxy keeps personal data; and no response says
 * what it runs on (`X-Powered-By`, which Next and Payload add to the admin's). Static files
 * set their own caching and keep it.
 */
export const privateResponses =
  ({ sessionCookie }: { sessionCookie: string }): RequestHandler =>
  (req, res, next) => {
    const isSignedIn = Boolean(req.headers.authorization) || hasCookie(req.headers.cookie, sessionCookie)
    const writeHead = res.writeHead.bind(res)
    res.writeHead = ((...args: Parameters<typeof writeHead>) => {
      res.removeHeader('x-powered-by')
      if (isSignedIn && !res.getHeader('cache-control')) res.setHeader('Cache-Control', 'private, no-store')
      return writeHead(...args)
    }) as typeof res.writeHead
    next()
  }

import { createHash } from 'node:crypto'

import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { contentVersionOf } from '../catalogue/contentCache'
import { localeOfRequest } from '../domain/localize'
import { acceptedEncoding, compress, type Encoding } from './encodings'
import { hashPolicy, inlineScriptHashes } from './securityHeaders'

type Page = {
  body: Buffer
  /** The body compressed once, for every browser that accepts it (made when first asked for). */
  encoded: Partial<Record<Encoding, Buffer>>
  etag: string
  headers: Record<string, string>
  /** The page's Content-Security-Policy: its inline scripts allowed by their hashes. */
  policy: string
  version: unknown
  storedAt: number
}

export type PageCacheOptions = {
  payload: Payload
  /** The session cookie's name: a request that carries it is never served from the cache. */
  sessionCookie: string
  /** The pages that are the same for every anonymous visitor of a language. */
  paths: RegExp[]
  /** What the host's Content-Security-Policy depends on (see securityHeaders). */
  csp: { isDevelopment: boolean; isHttps: boolean }
  /** How long a page is served before it is rendered again, whatever else changes. @default 60 s */
  maxAgeMs?: number
  /** The most pages kept; the least recently used go first. @default 500 */
  maxPages?: number
}

/** Response headers a cached page keeps (the host's own headers are set on every request anyway). */
const keptHeaders = ['content-type', 'vary', 'content-language']

/**
 * Anonymous pages rendered once per path, query, language and content version: the home
 * page and the analysis are the same for every visitor of a language, and rendering them
 * (loaders, React, styles) cost most of their time. A page is rendered again when the
 * content changes (see contentCache), after `maxAgeMs` (dates and maintenance banners move
 * with time), or for a signed-in request. Each page has an ETag; a browser that has it gets
 * 304.
 *
 * Content-Security-Policy: a page is rendered with the nonce of the response it was rendered
 * for, and a nonce must never serve twice (whoever saw it could inject a script that runs).
 * A stored page is therefore sent with a policy that allows its inline scripts by their
 * SHA-256 hashes instead of a nonce: the body is the same bytes every time, so are the
 * hashes, and injected markup (a different script) still matches none of them. The stale
 * `nonce` attributes left in the stored body match no source and are ignored. Rewriting the
 * nonce in the body instead would cost compressing the page again for every response.
 */
export const pageCache = ({
  payload,
  sessionCookie,
  paths,
  csp,
  maxAgeMs = 60_000,
  maxPages = 500,
}: PageCacheOptions): RequestHandler => {
  const pages = new Map<string, Page>()
  const isSignedIn = (cookie: string | undefined, authorization: string | undefined) =>
    Boolean(authorization) ||
    (cookie ?? '').split(';').some((part) => part.trim().startsWith(`${sessionCookie}=`))

  return async (req, res, next) => {
    if (req.method !== 'GET' || !paths.some((path) => path.test(req.path))) return next()
    if (isSignedIn(req.headers.cookie, req.headers.authorization)) return next()
    try {
      const locale = localeOfRequest({
        cookie: req.headers.cookie,
        acceptLanguage: req.headers['accept-language'],
      })
      const key = `${locale} ${req.originalUrl}`
      const version = await contentVersionOf(payload)
      const page = pages.get(key)
      if (page && page.version === version && Date.now() - page.storedAt < maxAgeMs) {
        // Most recently used last: the first key is the one to drop.
        pages.delete(key)
        pages.set(key, page)
        res.set(page.headers).set('ETag', page.etag).set('Cache-Control', 'no-cache')
        res.set('Content-Security-Policy', page.policy)
        res.vary('Accept-Encoding')
        if (req.headers['if-none-match'] === page.etag) return void res.status(304).end()
        const encoding = acceptedEncoding(req)
        if (encoding) {
          page.encoded[encoding] ??= compress(page.body, encoding, 9)
          res.set('Content-Encoding', encoding)
          return void res.status(200).send(page.encoded[encoding])
        }
        return void res.status(200).send(page.body)
      }
      keep(res, (body) => {
        if (res.statusCode !== 200 || res.getHeader('set-cookie')) return
        const headers: Record<string, string> = {}
        for (const name of keptHeaders) {
          const value = res.getHeader(name)
          if (value !== undefined) headers[name] = String(value)
        }
        pages.delete(key)
        pages.set(key, {
          body,
          encoded: {},
          etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
          headers,
          policy: hashPolicy(csp, inlineScriptHashes(body.toString('utf8'))),
          version,
          storedAt: Date.now(),
        })
        while (pages.size > maxPages) pages.delete(pages.keys().next().value!)
      })
      res.set('Cache-Control', 'no-cache')
      next()
    } catch (error) {
      next(error)
    }
  }
}

/** Calls `done` with the whole body the response sent, once it has been sent. */
const keep = (res: Parameters<RequestHandler>[1], done: (body: Buffer) => void) => {
  const chunks: Buffer[] = []
  const write = res.write.bind(res)
  const end = res.end.bind(res)
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array),
    )
  }
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0])
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest)
  }) as typeof res.write
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0])
    return (end as (...args: unknown[]) => typeof res)(chunk, ...rest)
  }) as typeof res.end
  res.once('finish', () => done(Buffer.concat(chunks)))
}

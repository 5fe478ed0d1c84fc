import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express'
import type { Payload } from 'payload'
import qs from 'qs'

import { pickLocale } from '../domain/localize'
import { message, type MessageCode } from '../domain/messages'
import { bodyFieldProblemOf, graphqlProblemOf, jsonDepthOf, whereProblemOf } from './queryCheck'
import type { CheckedField } from './queryCheck'

const allowedMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
/** Deeper JSON than any of Lupa's records, and shallow enough for every parser on the way. */
const maxJsonDepth = 64
/** JSON bodies are read whole to be checked: the integration API's decision document (base64) is the largest. */
const maxJsonBytes = 40 * 1024 * 1024

/** Path segments Payload itself serves under a collection, beside a record's id. */
const payloadOwnPaths = new Set([
  'me',
  'login',
  'logout',
  'refresh-token',
  'forgot-password',
  'reset-password',
  'unlock',
  'init',
  'first-register',
  'access',
  'versions',
  'verify',
  'count',
  'file',
  'paste-url',
])

/** The body read by the guard, handed on to Payload instead of the consumed stream (see webHandler). */
const bufferedBody = new WeakMap<ExpressRequest, Buffer>()
export const bufferedBodyOf = (req: ExpressRequest) => bufferedBody.get(req)

const readBody = (req: ExpressRequest) =>
  new Promise<Buffer | null>((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxJsonBytes) {
        resolve(null)
        req.resume()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

const refuse = (
  req: ExpressRequest,
  res: ExpressResponse,
  status: number,
  key: MessageCode,
  detail?: string,
) =>
  res.status(status).json({
    errors: [
      { message: message(key, pickLocale(req.headers['accept-language'])), ...(detail ? { detail } : {}) },
    ],
  })

/**
 * Refuses, before Payload, what Payload would answer with a 5xx (issue: never a 500 for bad
 * input): methods the API does not have (405); bodies that are not JSON or multipart with a
 * boundary (415, 400); JSON that is not an object or nests deeper than 64 (400); a value
 * of the wrong type for a collection's field (400); an id that cannot be one (404); `where`
 * queries with unknown operators, geometry on non-points, non-numeric ids or dates that
 * are not (400); GraphQL subscriptions and fragment cycles (400); Payload's internal
 * migrations collection (404). Messages are localised.
 */
export const apiInputGuard = ({ payload }: { payload: Payload }): RequestHandler => {
  const isNumericIds = payload.db.defaultIDType === 'number'
  const collectionOf = new Map<string, { fields: CheckedField[]; ownPaths: Set<string>; hasVerify: boolean }>(
    Object.values(payload.collections).map(({ config }) => [
      config.slug,
      {
        fields: config.flattenedFields,
        ownPaths: new Set([
          ...payloadOwnPaths,
          ...(config.endpoints || [])
            .map((endpoint) => endpoint.path.split('/')[1])
            .filter((segment) => segment && !segment.startsWith(':')),
        ]),
        hasVerify: Boolean(config.auth && config.auth.verify),
      },
    ]),
  )
  return async (req, res, next) => {
    try {
      if (!allowedMethods.has(req.method)) return refuse(req, res, 405, 'method-not-allowed')
      const [slug, segment, rest] = req.path.split('/').filter(Boolean)
      // The integration API checks its own input and answers in problem details (RFC 9457).
      if (slug === 'integration') return next()
      if (slug === 'payload-migrations') return refuse(req, res, 404, 'not-found')
      const collection = collectionOf.get(slug)
      if (collection && segment !== undefined) {
        if (segment === 'verify' && !collection.hasVerify) return refuse(req, res, 404, 'not-found')
        // Payload's own collections (preferences by key, say) address records their own way.
        const isRecordPath =
          rest === undefined && !collection.ownPaths.has(segment) && !slug.startsWith('payload-')
        if (isRecordPath && isNumericIds && !/^\d{1,15}$/.test(segment))
          return refuse(req, res, 404, 'not-found')
      }
      const search = req.originalUrl.includes('?')
        ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1)
        : ''
      if (collection && search.includes('where')) {
        const { where } = qs.parse(search, { depth: 10, arrayLimit: 1000 })
        const problem = whereProblemOf({ where, fields: collection.fields, isNumericIds })
        if (problem) return refuse(req, res, 400, 'invalid-query', problem)
      }

      const hasBody =
        Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined
      if (!hasBody || req.method === 'GET' || req.method === 'HEAD') return next()
      const type = (req.headers['content-type'] ?? '').toLowerCase()
      if (type.startsWith('multipart/form-data')) {
        if (slug === 'graphql' || !/boundary=/.test(type)) return refuse(req, res, 400, 'invalid-body')
        return next()
      }
      // The admin sends long queries as a form post that Payload reads as a GET.
      const isQueryPost =
        type.startsWith('application/x-www-form-urlencoded') &&
        String(req.headers['x-payload-http-method-override'] ?? '').toUpperCase() === 'GET'
      if (!type.startsWith('application/json') && !isQueryPost)
        return refuse(req, res, 415, 'unsupported-content-type')
      const raw = await readBody(req)
      if (raw === null) return refuse(req, res, 413, 'body-too-large')
      if (isQueryPost) {
        const { where } = qs.parse(raw.toString('utf8'), { depth: 10, arrayLimit: 1000 })
        const problem = collection ? whereProblemOf({ where, fields: collection.fields, isNumericIds }) : null
        if (problem) return refuse(req, res, 400, 'invalid-query', problem)
        bufferedBody.set(req, raw)
        return next()
      }
      const text = raw.toString('utf8')
      if (jsonDepthOf(text) > maxJsonDepth) return refuse(req, res, 400, 'invalid-body', 'nested too deep')
      let body: unknown
      try {
        body = text.trim() === '' ? {} : JSON.parse(text)
      } catch {
        return refuse(req, res, 400, 'invalid-body', 'not JSON')
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        return refuse(req, res, 400, 'invalid-body', 'must be an object')
      if (slug === 'graphql') {
        const problem = graphqlProblemOf((body as { query?: unknown }).query)
        if (problem) return refuse(req, res, 400, 'invalid-query', problem)
      } else if (
        collection &&
        (segment === undefined || !collection.ownPaths.has(segment)) &&
        rest === undefined
      ) {
        const field = bodyFieldProblemOf({ body: body as Record<string, unknown>, fields: collection.fields })
        if (field) return refuse(req, res, 400, 'invalid-body', `${field}: not a value of its type`)
      }
      bufferedBody.set(req, raw)
      next()
    } catch (error) {
      next(error)
    }
  }
}

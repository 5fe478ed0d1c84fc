import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express'
import type { Payload } from 'payload'
import qs from 'qs'

import { pickLocale } from '../domain/localize'
import { message, type MessageCode } from '../domain/messages'
import {
  bodyFieldProblemOf,
  graphqlProblemOf,
  jsonDepthOf,
  multipartProblemOf,
  whereProblemOf,
} from './queryCheck'
import type { CheckedField } from './queryCheck'

const allowedMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
const writeMethods = new Set(['POST', 'PUT', 'PATCH'])
/** Deeper JSON than any of Lupa's records, and shallow enough for every parser on the way. */
const maxJsonDepth = 64
/** Bodies are read whole to be checked: above an upload (20 MB) and the integration API's decision document (base64). */
const maxBodyBytes = 40 * 1024 * 1024

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

/** What the guard knows of a collection: its fields and Payload's routes under it. */
type GuardedCollection = {
  fields: CheckedField[]
  ownPaths: Set<string>
  literals: Map<string, Set<string>>
  idMethods: Set<string>
  keyMethods: Set<string>
  hasVerify: boolean
  hasVersions: boolean
  isUpload: boolean
}

/** The body read by the guard, handed on to Payload instead of the consumed stream (see webHandler). */
const bufferedBody = new WeakMap<ExpressRequest, Buffer>()
export const bufferedBodyOf = (req: ExpressRequest) => bufferedBody.get(req)

const readBody = (req: ExpressRequest) =>
  new Promise<Buffer | null>((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBodyBytes) {
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
 * boundary (415, 400); JSON that is not an object or nests deeper than 64, multipart that is
 * cut off or whose `_payload` is not a JSON object, and a create or update without a body
 * (400); a value of the wrong type for a collection's field (400); an id that cannot be one,
 * a path with broken percent-encoding, versions of a collection without them (404); `where`
 * queries with unknown operators, geometry on non-points, lists for one-value operators,
 * non-numeric ids or dates that are not (400); GraphQL subscriptions and fragment cycles
 * (400); Payload's internal migrations collection (404). Messages are localised.
 */
export const apiInputGuard = ({ payload }: { payload: Payload }): RequestHandler => {
  const isNumericIds = payload.db.defaultIDType === 'number'
  const collectionOf = new Map<string, GuardedCollection>(
    Object.values(payload.collections).map(({ config }) => {
      // Payload's routes of the collection by method: literal first segments (`/init`), and
      // whether `/:id` or another parameter (preferences' `/:key`) takes a second segment.
      const literals = new Map<string, Set<string>>()
      const idMethods = new Set<string>()
      const keyMethods = new Set<string>()
      for (const endpoint of config.endpoints || []) {
        const method = endpoint.method.toUpperCase()
        const [first] = endpoint.path.split('/').filter(Boolean)
        if (first === ':id') idMethods.add(method)
        else if (first?.startsWith(':')) keyMethods.add(method)
        else if (first) literals.set(method, (literals.get(method) ?? new Set()).add(first))
      }
      return [
        config.slug,
        {
          fields: config.flattenedFields,
          ownPaths: new Set([...payloadOwnPaths, ...[...literals.values()].flatMap((set) => [...set])]),
          literals,
          idMethods,
          keyMethods,
          hasVerify: Boolean(config.auth && config.auth.verify),
          hasVersions: Boolean(config.versions),
          isUpload: Boolean(config.upload),
        },
      ]
    }),
  )
  return async (req, res, next) => {
    try {
      if (!allowedMethods.has(req.method)) return refuse(req, res, 405, 'method-not-allowed')
      const [slug, segment, rest] = req.path.split('/').filter(Boolean)
      // A path whose percent-encoding is broken names nothing (Payload's router throws on it).
      let isDecodable = true
      try {
        decodeURIComponent(req.path)
      } catch {
        isDecodable = false
      }
      // The integration API checks its own input and answers in problem details (RFC 9457).
      if (slug === 'integration') {
        if (isDecodable) return next()
        const title = message('not-found', pickLocale(req.headers['accept-language']))
        return res
          .status(404)
          .set('Cache-Control', 'no-store')
          .type('application/problem+json')
          .send(JSON.stringify({ type: 'about:blank', title, status: 404 }))
      }
      if (!isDecodable || slug === 'payload-migrations') return refuse(req, res, 404, 'not-found')
      const collection = collectionOf.get(slug)
      if (collection && segment !== undefined) {
        if (segment === 'verify' && !collection.hasVerify) return refuse(req, res, 404, 'not-found')
        if (segment === 'versions' && !collection.hasVersions) return refuse(req, res, 404, 'not-found')
        // Payload answers HEAD with its GET route; a segment that is none of the method's own
        // routes is an id when the method has routes on `/:id` (not preferences' `/:key`).
        const method = req.method === 'HEAD' ? 'GET' : req.method
        const isIdSegment =
          collection.idMethods.has(method) &&
          !collection.keyMethods.has(method) &&
          !collection.literals.get(method)?.has(segment)
        if (isIdSegment && isNumericIds && !/^\d{1,15}$/.test(segment))
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

      // A record or list of a collection, or a global: where Payload takes the body as the data.
      const isDataPath =
        (collection !== undefined && rest === undefined && !collection.ownPaths.has(segment ?? '')) ||
        (slug === 'globals' && segment !== undefined && rest === undefined)
      const hasBody =
        Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined
      if (req.method === 'GET' || req.method === 'HEAD') return next()
      if (!hasBody) {
        // Payload writes with the body as the data (GraphQL reads the query from it): without one, a 500.
        if ((isDataPath || slug === 'graphql') && writeMethods.has(req.method))
          return refuse(req, res, 400, 'invalid-body', 'must be an object')
        return next()
      }
      const type = (req.headers['content-type'] ?? '').toLowerCase()
      if (type.startsWith('multipart/form-data')) {
        if (slug === 'graphql' || !/boundary=/.test(type)) return refuse(req, res, 400, 'invalid-body')
        const raw = await readBody(req)
        if (raw === null) return refuse(req, res, 413, 'body-too-large')
        const problem = multipartProblemOf(raw, req.headers['content-type'] ?? '', {
          // Globals have no files either: their multipart data is `_payload` or nothing.
          requiresData: isDataPath && !collection?.isUpload,
        })
        if (problem) return refuse(req, res, 400, 'invalid-body', problem)
        bufferedBody.set(req, raw)
        return next()
      }
      // The admin sends long queries as a form post that Payload reads as a GET.
      const isQueryPost =
        type.startsWith('application/x-www-form-urlencoded') &&
        String(req.headers['x-payload-http-method-override'] ?? '').toUpperCase() === 'GET'
      const isJson = type.split(';')[0].trim() === 'application/json'
      if (!isJson && !isQueryPost) return refuse(req, res, 415, 'unsupported-content-type')
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
      } else if (collection && isDataPath) {
        const field = bodyFieldProblemOf({ body: body as Record<string, unknown>, fields: collection.fields })
        if (field) return refuse(req, res, 400, 'invalid-body', `${field}: not a value of its type`)
      }
      bufferedBody.set(req, raw)
      // Payload reads a body as JSON only when its type is written exactly so (not `Application/JSON`).
      req.headers['content-type'] = 'application/json'
      next()
    } catch (error) {
      next(error)
    }
  }
}

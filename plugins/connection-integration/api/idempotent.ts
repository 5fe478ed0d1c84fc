import { createHash } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { nowOf } from '../../../src/clock'
import { withTransaction } from '../../../src/db/withTransaction'
import type { IntegrationIdempotencyRecord } from '../../../src/payload-types'
import { retentionPolicyOf } from '../../../src/retention/retentionPolicy'

import { integrationSlugs } from '../integrationSlugs'
import type { IntegrationCaller } from './authenticateApiKey'
import { jsonResponse, ProblemError } from './problem'

export type RouteResult = { status: number; body: Record<string, unknown> }

const keyPattern = /^[\x21-\x7E]{1,255}$/

/** The largest request body: a decision document at the upload limit, base64-encoded, and some JSON. */
const maxBodyBytesOf = (req: PayloadRequest) =>
  Math.ceil((req.payload.config.upload?.limits?.fileSize ?? 20 * 1024 * 1024) * (4 / 3)) + 1024 * 1024

const tooLarge = () => new ProblemError({ status: 413, title: 'The request body is too large' })

/** Reads the raw body as text, refusing more than the limit without buffering it all. */
const readBody = async (req: PayloadRequest) => {
  const limit = maxBodyBytesOf(req)
  if (Number(req.headers.get('content-length') ?? 0) > limit) throw tooLarge()
  const stream = req.body
  if (!stream) return ''
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      throw tooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Runs a state-changing request at most once per `Idempotency-Key` (required on every
 * POST, scoped to the authority). The change and the stored response commit together; a
 * replay of the same request gets the stored response (`Idempotent-Replayed: true`), the
 * same key with another request gets 422. A request that failed changed nothing and is not
 * stored: it may be retried with the same key. A key is honoured for the retention policy's
 * `idempotencyKeyMs` (24 h); an older one counts as new even before the clean-up job
 * (expireIdempotencyRecords) deletes its record.
 */
export const idempotent = async ({
  req,
  caller,
  run,
}: {
  req: PayloadRequest
  caller: IntegrationCaller
  run: (rawBody: string) => Promise<RouteResult>
}): Promise<Response> => {
  const { payload } = req
  const key = req.headers.get('idempotency-key')?.trim()
  if (!key)
    throw new ProblemError({ status: 400, title: 'An Idempotency-Key header is required on every POST' })
  if (!keyPattern.test(key))
    throw new ProblemError({
      status: 400,
      title: 'The Idempotency-Key must be 1 to 255 visible ASCII characters',
    })
  const rawBody = await readBody(req)
  const requestHash = createHash('sha256').update(`POST ${req.pathname}\n${rawBody}`).digest('hex')
  const expiredBefore = nowOf(payload).getTime() - retentionPolicyOf(payload).idempotencyKeyMs

  const storedOfKey = async () => {
    const { docs } = await payload.find({
      collection: integrationSlugs.idempotencyRecords,
      where: { and: [{ authority: { equals: caller.authorityId } }, { key: { equals: key } }] },
      overrideAccess: true,
      depth: 0,
      limit: 1,
      pagination: false,
    })
    return docs.at(0) ?? null
  }

  const replay = (stored: IntegrationIdempotencyRecord | null) => {
    if (!stored || new Date(stored.createdAt).getTime() < expiredBefore) return null
    if (stored.requestHash !== requestHash)
      throw new ProblemError({
        status: 422,
        title: 'This Idempotency-Key was already used for another request',
      })
    return jsonResponse(stored.responseBody, stored.responseStatus, { 'idempotent-replayed': 'true' })
  }

  const stored = await storedOfKey()
  const earlier = replay(stored)
  if (earlier) return earlier
  try {
    return await withTransaction(req, async () => {
      const result = await run(rawBody)
      // An expired record of the key would refuse the new one (the key is unique).
      if (stored)
        await payload.db.deleteOne({
          collection: integrationSlugs.idempotencyRecords,
          where: { id: { equals: stored.id } },
          req,
        })
      await payload.create({
        collection: integrationSlugs.idempotencyRecords,
        req,
        overrideAccess: true,
        depth: 0,
        data: {
          authority: caller.authorityId,
          key,
          requestHash,
          responseStatus: result.status,
          responseBody: result.body,
        },
      })
      return jsonResponse(result.body, result.status)
    })
  } catch (error) {
    // A concurrent twin of this request may have committed first: answer as it was answered.
    const twin = await storedOfKey()
      .then(replay)
      .catch((problem: unknown) => {
        if (problem instanceof ProblemError) throw problem
        return null
      })
    if (twin) return twin
    throw error
  }
}

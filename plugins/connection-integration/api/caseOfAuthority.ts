import type { PayloadRequest } from 'payload'

import { slugs } from '../../../src/collections/slugs'
import type { Case } from '../../../src/payload-types'
import type { IntegrationCaller } from './authenticateApiKey'
import { notFound } from './problem'

/** True when a route parameter can be a record id of this database (never a query error). */
export const isIdLike = (req: PayloadRequest, value: unknown): value is string =>
  typeof value === 'string' &&
  (req.payload.db.defaultIDType === 'number' ? /^\d{1,15}$/.test(value) : /^[A-Za-z0-9_-]{1,64}$/.test(value))

/**
 * The caller's case with that id. Another authority's case and an unknown id are both
 * 404, so the API never tells whether a case exists.
 */
export const caseOfAuthority = async ({
  req,
  caller,
  caseId,
}: {
  req: PayloadRequest
  caller: IntegrationCaller
  caseId: unknown
}): Promise<Case> => {
  if (!isIdLike(req, caseId)) throw notFound()
  const { docs } = await req.payload.find({
    collection: slugs.cases,
    where: { and: [{ id: { equals: caseId } }, { authority: { equals: caller.authorityId } }] },
    req,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
  })
  if (!docs[0]) throw notFound()
  return docs[0]
}

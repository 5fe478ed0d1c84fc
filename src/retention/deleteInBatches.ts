import type { CollectionSlug, PayloadRequest, SelectType, Where } from 'payload'

import type { RetentionPolicy } from './retentionPolicy'

/** Records of a batch to keep after all, told by the fields `select` reads. */
export type Keep = { select: SelectType; isKept: (doc: object) => boolean }

/**
 * Deletes the records of `collection` matching `where` (less those `keep` keeps), oldest id
 * first, `batchSize` per statement and at most `batchesPerRun` batches: a backlog is worked
 * off over several runs rather than by one long transaction. Bypasses hooks: for records
 * nothing hooks into.
 */
export const deleteInBatches = async ({
  req,
  collection,
  where,
  keep,
  policy,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  where: Where
  keep?: Keep
  policy: Pick<RetentionPolicy, 'batchSize' | 'batchesPerRun'>
}) => {
  const { payload } = req
  let deleted = 0
  // Past the records kept so far, so that they do not fill every batch.
  let after: number | string | undefined
  for (let batch = 0; batch < policy.batchesPerRun; batch += 1) {
    const { docs } = await payload.find({
      collection,
      where: after === undefined ? where : { and: [where, { id: { greater_than: after } }] },
      sort: 'id',
      limit: policy.batchSize,
      pagination: false,
      depth: 0,
      select: keep?.select ?? {},
      overrideAccess: true,
      req,
    })
    if (docs.length === 0) break
    const ids = docs.filter((doc) => !keep?.isKept(doc)).map((doc) => doc.id)
    if (ids.length > 0) await payload.db.deleteMany({ collection, where: { id: { in: ids } }, req })
    deleted += ids.length
    after = docs.at(-1)?.id
    if (docs.length < policy.batchSize) break
  }
  return deleted
}

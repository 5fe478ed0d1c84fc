import type { Payload } from 'payload'

import { slugs } from '../../../src/collections/slugs'
import type { Locale } from '../../../src/domain/types'

export type BundleSummary = { key: string; name: string; description: string; permitCount: number }

/** Published bundles, as an anonymous visitor may see them. */
export const listBundles = async ({
  payload,
  locale,
}: {
  payload: Payload
  locale: Locale
}): Promise<BundleSummary[]> => {
  const { docs } = await payload.find({
    collection: slugs.permitBundles,
    overrideAccess: false,
    user: null,
    locale,
    fallbackLocale: 'fi',
    depth: 0,
    limit: 100,
    sort: 'name',
  })
  return docs.map((doc) => ({
    key: String(doc.key),
    name: String(doc.name ?? ''),
    description: String(doc.description ?? ''),
    permitCount: Array.isArray(doc.permits) ? doc.permits.length : 0,
  }))
}

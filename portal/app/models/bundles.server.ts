import type { Payload } from 'payload'

import { cachedContent } from '../../../src/catalogue/contentCache'
import { slugs } from '../../../src/collections/slugs'
import { searchDocuments, type SearchDocument } from '../../../src/domain/search'
import type { Locale } from '../../../src/domain/types'
import { localizedTextOf, textOf } from './authorityLabels.server'

/** A published bundle as the home page shows it: what it is for and what it covers. */
export type BundleSummary = {
  key: string
  name: string
  description: string
  /** Names of the permits and notifications of the bundle, in bundle order. */
  permits: string[]
}

export type BundleSearch = {
  /** The bundles that match the query, best first; every bundle when there is no query. */
  bundles: BundleSummary[]
  /** Every published bundle to browse instead, when a query found nothing; else empty. */
  browse: { key: string; name: string }[]
}

/**
 * Published bundles, as an anonymous visitor may see them, in the language with Finnish
 * fallback, sorted by name; with a query, those that match it, ranked (see
 * `searchDocuments`: names, keywords, descriptions and permit names in fi, sv and en,
 * inflected forms included). The bundles are few, so they are matched here rather than by
 * the database: the same on SQLite and PostgreSQL, and nothing stored to keep in step when
 * a permit type is renamed.
 */
export const searchBundles = async ({
  payload,
  locale,
  query = '',
}: {
  payload: Payload
  locale: Locale
  query?: string
}): Promise<BundleSearch> => {
  const docs = await cachedContent(payload, 'published-bundles', async () => {
    const { docs: published } = await payload.find({
      collection: slugs.permitBundles,
      overrideAccess: false,
      user: null,
      locale: 'all',
      depth: 1,
      pagination: false,
      select: { key: true, name: true, description: true, keywords: true, permits: { permitType: true } },
      populate: { [slugs.permitTypes]: { name: true } },
    })
    return published
  })
  const bundles = docs.map((doc) => {
    const permitNames = (doc.permits ?? [])
      .map((entry) => entry.permitType)
      .filter((permitType) => typeof permitType === 'object' && permitType !== null)
      .map((permitType) => localizedTextOf(permitType.name))
    const document: SearchDocument = {
      key: doc.key,
      name: [localizedTextOf(doc.name)],
      keywords: [localizedTextOf(doc.keywords)],
      description: [localizedTextOf(doc.description)],
      permits: permitNames,
    }
    const summary: BundleSummary = {
      key: doc.key,
      name: textOf(doc.name, locale),
      description: textOf(doc.description, locale),
      permits: permitNames.map((name) => textOf(name, locale)).filter(Boolean),
    }
    return { document, summary }
  })
  bundles.sort((a, b) => a.summary.name.localeCompare(b.summary.name, locale))
  const summaries = new Map(bundles.map(({ summary }) => [summary.key, summary]))
  const found = searchDocuments({ documents: bundles.map(({ document }) => document), query }).map((hit) =>
    summaries.get(hit.key)!,
  )
  return {
    bundles: found,
    browse:
      found.length === 0 && query.trim()
        ? bundles.map(({ summary }) => ({ key: summary.key, name: summary.name }))
        : [],
  }
}

import type { Payload } from 'payload'

import { slugs } from '../../../src/collections/slugs'
import type { Locale } from '../../../src/domain/types'
import { textOf } from './authorityLabels.server'

/** A published bundle as the home page shows it: what it is for and what it covers. */
export type BundleSummary = {
  key: string
  name: string
  description: string
  /** Names of the permits and notifications of the bundle, in bundle order. */
  permits: string[]
}

/** Lower case, without accents or repeated spaces, so that "saannot" finds "säännöt". */
export const normalizeForSearch = (value: string): string =>
  value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fi').replace(/\s+/g, ' ').trim()

/** True when every word of the query appears in the bundle's name, description or permit names. */
export const matchesQuery = (bundle: BundleSummary, query: string): boolean => {
  const words = normalizeForSearch(query).split(' ').filter(Boolean)
  if (words.length === 0) return true
  const haystack = normalizeForSearch([bundle.name, bundle.description, ...bundle.permits].join(' '))
  return words.every((word) => haystack.includes(word))
}

/**
 * Published bundles, as an anonymous visitor may see them, in the language with Finnish
 * fallback; with a query, only those that match it (see {@link matchesQuery}).
 */
export const listBundles = async ({
  payload,
  locale,
  query = '',
}: {
  payload: Payload
  locale: Locale
  query?: string
}): Promise<BundleSummary[]> => {
  const { docs } = await payload.find({
    collection: slugs.permitBundles,
    overrideAccess: false,
    user: null,
    locale: 'all',
    depth: 1,
    limit: 100,
    sort: 'key',
    select: { key: true, name: true, description: true, permits: { permitType: true } },
    populate: { [slugs.permitTypes]: { name: true } },
  })
  const bundles = docs.map((doc): BundleSummary => ({
    key: doc.key,
    name: textOf(doc.name, locale),
    description: textOf(doc.description, locale),
    permits: (doc.permits ?? [])
      .map((entry) => entry.permitType)
      .filter((permitType) => typeof permitType === 'object' && permitType !== null)
      .map((permitType) => textOf(permitType.name, locale))
      .filter(Boolean),
  }))
  return bundles
    .filter((bundle) => matchesQuery(bundle, query))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
}

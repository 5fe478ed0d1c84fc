import type { Payload } from 'payload'

import { slugs } from '../../../src/collections/slugs'
import { localize } from '../../../src/domain/localize'
import type { Locale, LocalizedText } from '../../../src/domain/types'

/** A published bundle as the home page shows it: what it is for and what it covers. */
export type BundleSummary = {
  key: string
  name: string
  description: string
  /** Names of the permits and notifications of the bundle, in bundle order. */
  permits: string[]
}

type Localized = LocalizedText | string | null | undefined

const text = (value: Localized, locale: Locale): string =>
  typeof value === 'string' ? value : localize(value, locale)

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
  const bundles = docs.map((doc): BundleSummary => {
    const entries = (doc.permits ?? []) as { permitType?: unknown }[]
    return {
      key: String(doc.key),
      name: text(doc.name as Localized, locale),
      description: text(doc.description as Localized, locale),
      permits: entries
        .map((entry) => entry.permitType)
        .filter(
          (permitType): permitType is { name: Localized } => typeof permitType === 'object' && !!permitType,
        )
        .map((permitType) => text(permitType.name, locale))
        .filter(Boolean),
    }
  })
  return bundles
    .filter((bundle) => matchesQuery(bundle, query))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
}

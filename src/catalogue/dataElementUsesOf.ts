import type { PayloadRequest } from 'payload'

import { slugs } from '../collections/slugs'
import { message } from '../domain/messages'
import type { Locale } from '../domain/types'
import type { DataElement } from '../payload-types'
import { readerOf } from './readerOf'
import { quoted, usesOf } from './usesOf'

/**
 * Whether a JSON Logic condition reads the answer `key`: a `var` of it (or of a part of
 * it) or a `missing` / `missing_some` that names it.
 */
const readsKey = (node: unknown, key: string): boolean => {
  if (Array.isArray(node)) return node.some((item) => readsKey(item, key))
  if (!node || typeof node !== 'object') return false
  return Object.entries(node).some(([operation, args]) => {
    const isReading = operation === 'var' || operation === 'missing' || operation === 'missing_some'
    const names = isReading ? [args].flat(2) : []
    return (
      names.some((name) => typeof name === 'string' && (name === key || name.startsWith(`${key}.`))) ||
      readsKey(args, key)
    )
  })
}

/**
 * Where a data element is used, each described in the locale: the data of permit types,
 * the routing of permit types (their municipality element), the analysis questions of
 * bundles and the conditions of bundle rules. Empty when it may be deleted.
 */
export const dataElementUsesOf = async ({
  req,
  element,
  locale,
}: {
  req: PayloadRequest
  element: Pick<DataElement, 'id' | 'key'>
  locale: Locale
}): Promise<string[]> => {
  const system = { req: readerOf(req), overrideAccess: true, depth: 0, locale, pagination: false } as const
  const { docs: dataOf } = await req.payload.find({
    collection: slugs.permitTypes,
    where: { 'elements.element': { equals: element.id } },
    select: { name: true },
    ...system,
  })
  const { docs: routedBy } = await req.payload.find({
    collection: slugs.permitTypes,
    where: { municipalityElement: { equals: element.id } },
    select: { name: true },
    ...system,
  })
  const { docs: bundles } = await req.payload.find({
    collection: slugs.permitBundles,
    select: { name: true, analysisElements: true, permits: true },
    ...system,
  })
  const isSame = (id: unknown) => String(id) === String(element.id)
  const analysedIn = bundles.filter((bundle) => (bundle.analysisElements ?? []).some(isSame))
  return [
    ...usesOf(locale, 'used-in-permit-type-data', dataOf),
    ...usesOf(locale, 'used-in-permit-type-routing', routedBy),
    ...usesOf(locale, 'used-in-bundle-analysis', analysedIn),
    ...bundles.flatMap(({ name, permits }) => {
      const rules = (permits ?? [])
        .flatMap((permit) => permit.rules ?? [])
        .filter((rule) => readsKey(rule.when, element.key))
        .map((rule) => rule.ruleId)
      return rules.length === 0
        ? []
        : [message('used-in-bundle-rule', locale, { name, rules: quoted(rules) })]
    }),
  ]
}

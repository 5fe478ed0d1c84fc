import type { CollectionBeforeValidateHook, PayloadRequest, Where } from 'payload'

import { fillRowKeys, firstFreeKey, hasKey, keyBaseOf, keyCandidatesOf, type KeyStyle } from '../domain/keys'
import { readerOf } from './readerOf'
import type { CatalogueSlug } from './titleOf'

/**
 * The Finnish text of a name as being saved: a localised value read in every language gives
 * its `fi`; a plain string is the text in the request's language (Finnish, the admin's
 * default content language, unless the admin switched).
 */
const finnishOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && 'fi' in value) {
    const fi = (value as { fi?: unknown }).fi
    return typeof fi === 'string' ? fi : undefined
  }
  return undefined
}

/** The keys of the collection's other records among the candidates. */
const takenKeys = async ({
  req,
  collection,
  candidates,
  id,
}: {
  req: PayloadRequest
  collection: CatalogueSlug
  candidates: string[]
  id?: number | string
}): Promise<string[]> => {
  const byKey: Where = { key: { in: candidates } }
  const { docs } = await req.payload.find({
    collection,
    where: id === undefined ? byKey : { and: [byKey, { id: { not_equals: id } }] },
    limit: candidates.length,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: readerOf(req),
  })
  return docs.map((doc) => doc.key)
}

/**
 * A catalogue collection's `beforeValidate` hook: a record saved without a key (a new one
 * without `key`, or any with an empty one) gets one derived from its Finnish `from` field
 * (see `src/domain/keys.ts`), unique in the collection. A given key is left alone; the key's
 * validator (uniqueKey with `derived`) accepts it empty because of this hook.
 */
export const deriveKey =
  ({
    collection,
    from,
    style,
    fallback,
  }: {
    collection: CatalogueSlug
    /** The field the key is made of: `name`, or `label` for data elements. */
    from: string
    style: KeyStyle
    /** The key's base when the name has no letter or digit, e.g. `element`. */
    fallback: string
  }): CollectionBeforeValidateHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (!data) return data
    const key: unknown = data.key
    const isMissing = key === undefined ? operation === 'create' : !hasKey(key)
    if (!isMissing) return data
    const text =
      finnishOf(data[from]) ?? finnishOf((originalDoc as Record<string, unknown> | undefined)?.[from])
    const base = keyBaseOf(text, style, { fallback }) || fallback
    const taken = await takenKeys({
      req,
      collection,
      candidates: keyCandidatesOf(base, style),
      id: (originalDoc as { id?: number | string } | undefined)?.id,
    })
    return { ...data, key: firstFreeKey(base, style, taken) }
  }

type StepRow = { key?: unknown; title?: unknown }
type RuleRow = { ruleId?: unknown; reason?: unknown }
type PermitRow = { rules?: RuleRow[] | null }

/**
 * A bundle's `beforeValidate` hook: steps saved without a key get one from their title, rules
 * without an id one from their reason (kebab-case, unique among the bundle's steps and among
 * the permit's rules).
 */
export const deriveBundleRowKeys: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  const steps = Array.isArray(data.steps)
    ? fillRowKeys<StepRow>({
        rows: data.steps as StepRow[],
        keyField: 'key',
        textOf: (row) => finnishOf(row.title),
        style: 'kebab',
        fallback: 'step',
      })
    : data.steps
  const permits = Array.isArray(data.permits)
    ? (data.permits as PermitRow[]).map((permit) =>
        Array.isArray(permit.rules)
          ? {
              ...permit,
              rules: fillRowKeys<RuleRow>({
                rows: permit.rules,
                keyField: 'ruleId',
                textOf: (row) => finnishOf(row.reason),
                style: 'kebab',
                fallback: 'rule',
              }),
            }
          : permit,
      )
    : data.permits
  return { ...data, ...(steps === undefined ? {} : { steps }), ...(permits === undefined ? {} : { permits }) }
}

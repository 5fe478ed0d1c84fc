import type { PayloadRequest } from 'payload'

import { slugs } from '../collections/slugs'
import type { Authority, DataElement, PermitBundle, PermitType } from '../domain/types'
import { idOf, idsOf } from '../collections/relations'
import type { Id } from '../collections/relations'
import type {
  Authority as AuthorityDoc,
  DataElement as DataElementDoc,
  PermitBundle as PermitBundleDoc,
  PermitType as PermitTypeDoc,
} from '../payload-types'
import { cachedContent } from './contentCache'
import { loadRoutingCatalogue } from './loadRoutingCatalogue'
import { isStaff, userOf } from '../access/roles'
import { localizedTextOf as text } from './localizedTextOf'

/** A bundle with everything the domain rules need, in domain shapes, plus the ids behind the keys. */
export type BundleContext = {
  bundle: PermitBundle
  bundleId: PermitBundleDoc['id']
  permitTypes: PermitType[]
  elements: DataElement[]
  /** The authorities in the service, with the permit types of the bundle they have joined. */
  authorities: Authority[]
  permitTypeIds: Map<string, PermitTypeDoc['id']>
  authorityIds: Map<string, AuthorityDoc['id']>
  /** The key of the element that names the application (the event's name), if the bundle has one. */
  titleElement: string | null
  /** The key of the element whose date the deadlines count back from (the event's start), if any. */
  startDateElement: string | null
}

/** A bundle asked for by id or by key, as one string (the content cache keys reads by it). */
export const bundleRefKey = (bundle: { id: Id } | { key: string }) =>
  'id' in bundle ? `id:${bundle.id}` : `key:${bundle.key}`

export class BundleNotFoundError extends Error {
  constructor() {
    super('Permit bundle not found')
    this.name = 'BundleNotFoundError'
  }
}

/** A data element document (read with `locale: 'all'`) in the domain's shape. */
export const toElement = (doc: DataElementDoc): DataElement => ({
  key: doc.key,
  type: doc.type,
  label: text(doc.label),
  help: doc.help ? text(doc.help) : null,
  step: doc.step ?? '',
  order: doc.order ?? 0,
  options: (doc.options ?? []).map((option) => ({ value: option.value, label: text(option.label) })),
  min: doc.min ?? null,
  max: doc.max ?? null,
  maxLength: doc.maxLength ?? null,
  prefill: doc.prefill ?? null,
})

/**
 * Loads a bundle by id or key, in all languages. The bundle itself is read with the
 * request's access (an unpublished bundle is invisible to customers); the catalogue
 * behind it is public data and read as the system. Callers share the result: they must
 * not change it.
 */
export const loadBundleContext = ({
  req,
  bundle: wanted,
}: {
  req: PayloadRequest
  bundle: { id: Id } | { key: string }
}): Promise<BundleContext> =>
  // Staff may see unpublished bundles; everyone else sees what an anonymous visitor sees,
  // the same for all of them, so that is kept until the content changes.
  isStaff(userOf(req))
    ? readBundleContext({ req, wanted, user: req.user })
    : cachedContent(
        req.payload,
        `bundle-context:${bundleRefKey(wanted)}`,
        () => readBundleContext({ req, wanted, user: null }),
        req,
      )

const readBundleContext = async ({
  req,
  wanted,
  user,
}: {
  req: PayloadRequest
  wanted: { id: Id } | { key: string }
  user: PayloadRequest['user']
}): Promise<BundleContext> => {
  const { payload } = req
  const bundles = await payload.find({
    collection: slugs.permitBundles,
    where: 'id' in wanted ? { id: { equals: wanted.id } } : { key: { equals: wanted.key } },
    locale: 'all',
    depth: 0,
    limit: 1,
    pagination: false,
    req,
    overrideAccess: false,
    user,
  })
  const bundleDoc = bundles.docs[0]
  if (!bundleDoc) throw new BundleNotFoundError()
  const entries = bundleDoc.permits ?? []
  const catalogue = await loadRoutingCatalogue({
    req,
    permitTypeIds: idsOf(entries.map((entry) => entry.permitType)),
  })
  const loaded = new Set(catalogue.elementDocs.map((doc) => String(doc.id)))
  const analysisOnly = idsOf(bundleDoc.analysisElements).filter((id) => !loaded.has(String(id)))
  const elementDocs = [
    ...catalogue.elementDocs,
    ...(analysisOnly.length === 0
      ? []
      : (
          await payload.find({
            collection: slugs.dataElements,
            where: { id: { in: analysisOnly } },
            req,
            overrideAccess: true,
            depth: 0,
            locale: 'all',
            pagination: false,
          })
        ).docs),
  ]
  const elementKeyById = new Map(elementDocs.map((doc) => [String(doc.id), doc.key]))
  const permitTypeKeyById = new Map(catalogue.permitTypeDocs.map((doc) => [String(doc.id), doc.key]))

  const bundle: PermitBundle = {
    key: bundleDoc.key,
    name: text(bundleDoc.name),
    analysisElements: idsOf(bundleDoc.analysisElements)
      .map((id) => elementKeyById.get(String(id)))
      .filter((key): key is string => Boolean(key)),
    steps: (bundleDoc.steps ?? []).map((step) => ({ key: step.key, title: text(step.title) })),
    permits: entries
      .filter((entry) => permitTypeKeyById.has(String(idOf(entry.permitType))))
      .map((entry) => ({
        permitType: permitTypeKeyById.get(String(idOf(entry.permitType)))!,
        rules: (entry.rules ?? []).map((rule) => ({
          id: rule.ruleId,
          when: rule.when,
          reason: text(rule.reason),
        })),
        notNeededReason: text(entry.notNeededReason),
      })),
  }

  return {
    bundle,
    bundleId: bundleDoc.id,
    permitTypes: catalogue.permitTypes,
    elements: elementDocs.map(toElement),
    authorities: catalogue.authorities,
    permitTypeIds: catalogue.permitTypeIds,
    authorityIds: catalogue.authorityIds,
    titleElement: elementKeyById.get(String(idOf(bundleDoc.titleElement))) ?? null,
    startDateElement: elementKeyById.get(String(idOf(bundleDoc.startDateElement))) ?? null,
  }
}

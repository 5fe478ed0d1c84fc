import type { PayloadRequest } from 'payload'

import { slugs } from '../collections/slugs'
import type { Authority, DataElement, LocalizedText, PermitBundle, PermitType } from '../domain/types'
import { idOf, idsOf } from '../collections/relations'
import type { Id } from '../collections/relations'
import type {
  Authority as AuthorityDoc,
  DataElement as DataElementDoc,
  PermitBundle as PermitBundleDoc,
  PermitType as PermitTypeDoc,
} from '../payload-types'

/**
 * A localised field read with `locale: 'all'`: the generated types say `string` (one
 * locale), the document holds the texts per locale.
 */
const text = (value: unknown): LocalizedText =>
  value && typeof value === 'object' ? (value as LocalizedText) : { fi: String(value ?? '') }

/** A bundle with everything the domain rules need, in domain shapes, plus the ids behind the keys. */
export type BundleContext = {
  bundle: PermitBundle
  bundleId: PermitBundleDoc['id']
  permitTypes: PermitType[]
  elements: DataElement[]
  authorities: Authority[]
  permitTypeIds: Map<string, PermitTypeDoc['id']>
  authorityIds: Map<string, AuthorityDoc['id']>
}

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
  step: doc.step,
  order: doc.order ?? 0,
  options: (doc.options ?? []).map((option) => ({ value: option.value, label: text(option.label) })),
  min: doc.min ?? null,
  max: doc.max ?? null,
  maxLength: doc.maxLength ?? null,
})

/**
 * Loads a bundle by id or key, in all languages. The bundle itself is read with the
 * request's access (an unpublished bundle is invisible to customers); the catalogue
 * behind it is public data and read as the system.
 */
export const loadBundleContext = async ({
  req,
  bundle: wanted,
}: {
  req: PayloadRequest
  bundle: { id: Id } | { key: string }
}): Promise<BundleContext> => {
  const { payload } = req
  const bundles = await payload.find({
    collection: slugs.permitBundles,
    where: 'id' in wanted ? { id: { equals: wanted.id } } : { key: { equals: wanted.key } },
    locale: 'all',
    depth: 0,
    limit: 1,
    req,
    overrideAccess: false,
    user: req.user,
  })
  const bundleDoc = bundles.docs[0]
  if (!bundleDoc) throw new BundleNotFoundError()
  const entries = bundleDoc.permits ?? []
  const system = { req, overrideAccess: true, depth: 0, locale: 'all', pagination: false } as const
  const { docs: permitTypeDocs } = await payload.find({
    collection: slugs.permitTypes,
    where: { id: { in: idsOf(entries.map((entry) => entry.permitType)) } },
    ...system,
  })
  const elementIds = new Set<Id>(idsOf(bundleDoc.analysisElements))
  for (const permitType of permitTypeDocs) {
    for (const id of idsOf((permitType.elements ?? []).map((row) => row.element))) elementIds.add(id)
  }
  const { docs: elementDocs } = await payload.find({
    collection: slugs.dataElements,
    where: { id: { in: [...elementIds] } },
    ...system,
  })
  const elementKeyById = new Map(elementDocs.map((doc) => [String(doc.id), doc.key]))
  const { docs: authorityDocs } = await payload.find({
    collection: slugs.authorities,
    where: { isActive: { equals: true } },
    ...system,
  })
  const authorityKeyById = new Map(authorityDocs.map((doc) => [String(doc.id), doc.key]))

  const permitTypes: PermitType[] = permitTypeDocs.map((doc) => ({
    key: doc.key,
    name: text(doc.name),
    elements: (doc.elements ?? []).map((row) => ({
      key: elementKeyById.get(String(idOf(row.element))) ?? '',
      isRequired: Boolean(row.isRequired),
    })),
    routing:
      doc.routingKind === 'fixed'
        ? { kind: 'fixed', authority: authorityKeyById.get(String(idOf(doc.authority))) ?? '' }
        : {
            kind: 'by-municipality',
            authorityKind: doc.authorityKind ?? '',
            municipalityElement: doc.municipalityElement ?? 'municipality',
          },
    leadTime: {
      amount: Number(doc.leadTime?.amount ?? 0),
      unit: doc.leadTime?.unit ?? 'calendar-days',
    },
    processingDays: doc.processingDays ?? null,
  }))
  const permitTypeKeyById = new Map(permitTypeDocs.map((doc) => [String(doc.id), doc.key]))

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
    permitTypes,
    elements: elementDocs.map(toElement),
    authorities: authorityDocs.map((doc) => ({
      key: doc.key,
      kind: doc.kind,
      municipalities: (doc.municipalities ?? []).map(String),
    })),
    permitTypeIds: new Map(permitTypeDocs.map((doc) => [doc.key, doc.id])),
    authorityIds: new Map(authorityDocs.map((doc) => [doc.key, doc.id])),
  }
}

import type { PayloadRequest } from 'payload'

import { slugs } from '../collections/slugs'
import type { Authority, DataElement, LocalizedText, PermitBundle, PermitType } from '../domain/types'
import { idOf } from '../collections/relations'
import type { Id, Rel } from '../collections/relations'

type Doc = Record<string, unknown> & { id: Id }

const text = (value: unknown): LocalizedText =>
  value && typeof value === 'object' ? (value as LocalizedText) : { fi: String(value ?? '') }

/** A bundle with everything the domain rules need, in domain shapes, plus the ids behind the keys. */
export type BundleContext = {
  bundle: PermitBundle
  bundleId: Id
  permitTypes: PermitType[]
  elements: DataElement[]
  authorities: Authority[]
  permitTypeIds: Map<string, Id>
  authorityIds: Map<string, Id>
}

export class BundleNotFoundError extends Error {
  constructor() {
    super('Permit bundle not found')
    this.name = 'BundleNotFoundError'
  }
}

/** A data element document (read with `locale: 'all'`) in the domain's shape. */
export const toElement = (doc: Doc): DataElement => ({
  key: String(doc.key),
  type: doc.type as DataElement['type'],
  label: text(doc.label),
  help: doc.help ? text(doc.help) : null,
  step: String(doc.step),
  order: (doc.order as number | null) ?? 0,
  options: ((doc.options as Doc[] | null) ?? []).map((option) => ({
    value: String(option.value),
    label: text(option.label),
  })),
  min: (doc.min as number | null) ?? null,
  max: (doc.max as number | null) ?? null,
  maxLength: (doc.maxLength as number | null) ?? null,
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
  const bundleDoc = bundles.docs[0] as unknown as Doc | undefined
  if (!bundleDoc) throw new BundleNotFoundError()
  const entries = (bundleDoc.permits as Doc[] | null) ?? []
  const permitTypeIdList = entries.map((entry) => idOf(entry.permitType as Rel)).filter((id) => id !== null)
  const system = { req, overrideAccess: true, depth: 0, locale: 'all', pagination: false } as const
  const permitTypeDocs = (
    await payload.find({ collection: slugs.permitTypes, where: { id: { in: permitTypeIdList } }, ...system })
  ).docs as unknown as Doc[]
  const elementIds = new Set<Id>(
    ((bundleDoc.analysisElements as Rel[] | null) ?? []).map((rel) => idOf(rel)!),
  )
  for (const permitType of permitTypeDocs) {
    for (const row of (permitType.elements as Doc[] | null) ?? []) elementIds.add(idOf(row.element as Rel)!)
  }
  const elementDocs = (
    await payload.find({ collection: slugs.dataElements, where: { id: { in: [...elementIds] } }, ...system })
  ).docs as unknown as Doc[]
  const elementKeyById = new Map(elementDocs.map((doc) => [String(doc.id), String(doc.key)]))
  const authorityDocs = (
    await payload.find({ collection: slugs.authorities, where: { isActive: { equals: true } }, ...system })
  ).docs as unknown as Doc[]
  const authorityKeyById = new Map(authorityDocs.map((doc) => [String(doc.id), String(doc.key)]))

  const permitTypes: PermitType[] = permitTypeDocs.map((doc) => ({
    key: String(doc.key),
    name: text(doc.name),
    elements: ((doc.elements as Doc[] | null) ?? []).map((row) => ({
      key: elementKeyById.get(String(idOf(row.element as Rel))) ?? '',
      isRequired: Boolean(row.isRequired),
    })),
    routing:
      doc.routingKind === 'fixed'
        ? { kind: 'fixed', authority: authorityKeyById.get(String(idOf(doc.authority as Rel))) ?? '' }
        : {
            kind: 'by-municipality',
            authorityKind: String(doc.authorityKind ?? ''),
            municipalityElement: String(doc.municipalityElement ?? 'municipality'),
          },
    leadTime: {
      amount: Number((doc.leadTime as Doc | null)?.amount ?? 0),
      unit: ((doc.leadTime as Doc | null)?.unit as PermitType['leadTime']['unit']) ?? 'calendar-days',
    },
    processingDays: (doc.processingDays as number | null) ?? null,
  }))
  const permitTypeKeyById = new Map(permitTypeDocs.map((doc) => [String(doc.id), String(doc.key)]))

  const bundle: PermitBundle = {
    key: String(bundleDoc.key),
    name: text(bundleDoc.name),
    analysisElements: ((bundleDoc.analysisElements as Rel[] | null) ?? [])
      .map((rel) => elementKeyById.get(String(idOf(rel))))
      .filter((key): key is string => Boolean(key)),
    steps: ((bundleDoc.steps as Doc[] | null) ?? []).map((step) => ({
      key: String(step.key),
      title: text(step.title),
    })),
    permits: entries
      .filter((entry) => permitTypeKeyById.has(String(idOf(entry.permitType as Rel))))
      .map((entry) => ({
        permitType: permitTypeKeyById.get(String(idOf(entry.permitType as Rel)))!,
        rules: ((entry.rules as Doc[] | null) ?? []).map((rule) => ({
          id: String(rule.ruleId),
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
      key: String(doc.key),
      kind: String(doc.kind),
      municipalities: ((doc.municipalities as string[] | null) ?? []).map(String),
    })),
    permitTypeIds: new Map(permitTypeDocs.map((doc) => [String(doc.key), doc.id])),
    authorityIds: new Map(authorityDocs.map((doc) => [String(doc.key), doc.id])),
  }
}

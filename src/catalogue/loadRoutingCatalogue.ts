import type { PayloadRequest } from 'payload'

import { idOf, idsOf } from '../collections/relations'
import type { Id } from '../collections/relations'
import { slugs } from '../collections/slugs'
import type { Authority, PermitType } from '../domain/types'
import type {
  Authority as AuthorityDoc,
  AuthorityKind as AuthorityKindDoc,
  DataElement as DataElementDoc,
  PermitType as PermitTypeDoc,
} from '../payload-types'
import { cachedContent } from './contentCache'
import { localizedTextOf } from './localizedTextOf'

/** Permit types and the authorities that may receive their cases, in the domain's shapes. */
export type RoutingCatalogue = {
  permitTypes: PermitType[]
  /**
   * The authorities in the service (active), each with the permit types it has joined
   * among those loaded.
   */
  authorities: Authority[]
  /** The permit types as stored, read in every locale. */
  permitTypeDocs: PermitTypeDoc[]
  /** The authorities as stored, read in every locale. */
  authorityDocs: AuthorityDoc[]
  /** The authority kinds, read in every locale. */
  kindDocs: AuthorityKindDoc[]
  /** The data elements the permit types list or read the municipality from, in every locale. */
  elementDocs: DataElementDoc[]
  permitTypeIds: Map<string, PermitTypeDoc['id']>
  authorityIds: Map<string, AuthorityDoc['id']>
}

const keysById = (docs: { id: Id; key: string }[]) => new Map(docs.map((doc) => [String(doc.id), doc.key]))

/**
 * Loads permit types (the given ones, or all) with what routing reads: their authority
 * kinds, municipality elements and the authorities in the service, the relationships
 * turned into the keys the domain rules work on. Catalogue data is public: read as the
 * system, and kept until the content changes (see contentCache). Callers share the result:
 * they must not change it.
 */
export const loadRoutingCatalogue = ({
  req,
  permitTypeIds,
}: {
  req: PayloadRequest
  permitTypeIds?: Id[]
}): Promise<RoutingCatalogue> =>
  cachedContent(
    req.payload,
    `routing-catalogue:${permitTypeIds ? permitTypeIds.map(String).sort().join(',') : '*'}`,
    () => readRoutingCatalogue({ req, permitTypeIds }),
    req,
  )

const readRoutingCatalogue = async ({
  req,
  permitTypeIds,
}: {
  req: PayloadRequest
  permitTypeIds?: Id[]
}): Promise<RoutingCatalogue> => {
  const { payload } = req
  const system = { req, overrideAccess: true, depth: 0, locale: 'all', pagination: false } as const
  const { docs: permitTypeDocs } = await payload.find({
    collection: slugs.permitTypes,
    ...(permitTypeIds ? { where: { id: { in: permitTypeIds } } } : {}),
    ...system,
  })
  const { docs: kindDocs } = await payload.find({ collection: slugs.authorityKinds, ...system })
  const { docs: authorityDocs } = await payload.find({
    collection: slugs.authorities,
    where: { isActive: { equals: true } },
    ...system,
  })
  const elementIds = new Set<Id>()
  for (const doc of permitTypeDocs) {
    for (const id of idsOf([...(doc.elements ?? []).map((row) => row.element), doc.municipalityElement]))
      elementIds.add(id)
  }
  const { docs: elementDocs } = await payload.find({
    collection: slugs.dataElements,
    where: { id: { in: [...elementIds] } },
    ...system,
  })

  const kindKeyById = keysById(kindDocs)
  const elementKeyById = keysById(elementDocs)
  const authorityKeyById = keysById(authorityDocs)
  const permitTypeKeyById = keysById(permitTypeDocs)
  const keyOf = (keys: Map<string, string>, value: Parameters<typeof idOf>[0]) =>
    keys.get(String(idOf(value))) ?? ''

  const permitTypes: PermitType[] = permitTypeDocs.map((doc) => ({
    key: doc.key,
    name: localizedTextOf(doc.name),
    elements: (doc.elements ?? []).map((row) => ({
      key: keyOf(elementKeyById, row.element),
      isRequired: Boolean(row.isRequired),
    })),
    routing:
      doc.routingKind === 'fixed'
        ? { kind: 'fixed', authority: keyOf(authorityKeyById, doc.authority) }
        : {
            kind: 'by-municipality',
            authorityKind: keyOf(kindKeyById, doc.authorityKind),
            municipalityElement: keyOf(elementKeyById, doc.municipalityElement),
          },
    leadTime: {
      amount: Number(doc.leadTime?.amount ?? 0),
      unit: doc.leadTime?.unit ?? 'calendar-days',
    },
    processingDays: doc.processingDays ?? null,
  }))
  const authorities: Authority[] = authorityDocs.map((doc) => ({
    key: doc.key,
    kind: keyOf(kindKeyById, doc.kind),
    municipalities: (doc.municipalities ?? []).map(String),
    permitTypes: idsOf(doc.joinedPermitTypes)
      .map((id) => permitTypeKeyById.get(String(id)))
      .filter((key) => key !== undefined),
  }))
  return {
    permitTypes,
    authorities,
    permitTypeDocs,
    authorityDocs,
    kindDocs,
    elementDocs,
    permitTypeIds: new Map(permitTypeDocs.map((doc) => [doc.key, doc.id])),
    authorityIds: new Map(authorityDocs.map((doc) => [doc.key, doc.id])),
  }
}

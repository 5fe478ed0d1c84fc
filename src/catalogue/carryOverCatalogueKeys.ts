import type { PayloadRequest } from 'payload'

import { idOf, idsOf } from '../collections/relations'
import type { Id } from '../collections/relations'
import { slugs } from '../collections/slugs'
import { locales } from '../domain/types'
import type { LocalizedText } from '../domain/types'
import { demoAuthorityKinds } from '../seed/public-event'

/*
 * Carrying the catalogue's typed keys over to the relationships that replace them: the
 * free-text `kind` of authorities and `authorityKind` of permit types become relationships
 * to `authority-kinds`, the permit type's `municipalityElement` a relationship to
 * `data-elements`. Routing now sends a case only to an authority that has joined its
 * permit type, so an authority that has joined nothing joins what it was routed before.
 */

/** What the columns the schema change drops held, read before they are dropped. */
export type LegacyCatalogueKeys = {
  authorities: { id: Id; kind: string | null }[]
  permitTypes: { id: Id; authorityKind: string | null; municipalityElement: string | null }[]
}

/** The SELECTs that read them, in SQL that SQLite and PostgreSQL both take. */
export const legacyCatalogueKeysQueries = {
  authorities: 'SELECT "id", "kind" FROM "authorities"',
  permitTypes:
    'SELECT "id", "authority_kind" AS "authorityKind", "municipality_element" AS "municipalityElement" FROM "permit_types"',
} as const

const textOrNull = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null
const idOfRow = (value: unknown): Id =>
  typeof value === 'number' || typeof value === 'string' ? value : String(value)

/**
 * Reads the legacy columns with the migration's own query function, e.g. on SQLite
 * `(text) => db.all(sql.raw(text))` and on PostgreSQL
 * `async (text) => (await db.execute(sql.raw(text))).rows`.
 */
export const readLegacyCatalogueKeys = async (
  query: (sql: string) => Promise<Record<string, unknown>[]>,
): Promise<LegacyCatalogueKeys> => ({
  authorities: (await query(legacyCatalogueKeysQueries.authorities)).map((row) => ({
    id: idOfRow(row.id),
    kind: textOrNull(row.kind),
  })),
  permitTypes: (await query(legacyCatalogueKeysQueries.permitTypes)).map((row) => ({
    id: idOfRow(row.id),
    authorityKind: textOrNull(row.authorityKind),
    municipalityElement: textOrNull(row.municipalityElement),
  })),
})

/** The catalogue as it is after the schema change, as far as the carry-over reads it. */
export type CatalogueAfterChange = {
  kinds: { id: Id; key: string }[]
  elements: { id: Id; key: string }[]
  authorities: { id: Id; joinedPermitTypes: Id[] }[]
  permitTypes: { id: Id; routingKind: 'fixed' | 'by-municipality'; authority: Id | null }[]
}

/** What to write. Relationships to kinds are by key: the kinds may not exist yet. */
export type CatalogueCarryOver = {
  /** Kinds to create: the demo's with their names, any other with its key as its name. */
  kindsToCreate: { key: string; name: LocalizedText }[]
  authorities: {
    id: Id
    /** The kind's key; null when the authority had none. */
    kind: string | null
    /** The permit types it joins; null leaves its list as it is (it had joined some). */
    joinedPermitTypes: Id[] | null
  }[]
  permitTypes: { id: Id; authorityKind: string | null; municipalityElement: Id | null }[]
  /** What could not be carried over, to be fixed in the admin (the coverage shows it too). */
  problems: string[]
}

/**
 * The carry-over, as a pure function of the legacy values and the catalogue after the
 * change: a kind per distinct legacy kind text (the same key; nothing renamed), each
 * authority and permit type linked to the kind of its text, each municipality element
 * found by its key, and each authority that has joined nothing joining the permit types
 * it was routed before (those of its kind, and those fixed to it), so that routing goes on
 * as it did. An authority that has joined some keeps its list: it was kept up on purpose.
 */
export const planCatalogueCarryOver = ({
  legacy,
  now,
  kindNames = new Map(demoAuthorityKinds.map((kind) => [kind.key, kind.name])),
}: {
  legacy: LegacyCatalogueKeys
  now: CatalogueAfterChange
  /** Names of known kinds. @default the demo's kinds */
  kindNames?: Map<string, LocalizedText>
}): CatalogueCarryOver => {
  const existing = new Set(now.kinds.map((kind) => kind.key))
  const isFixed = new Set(
    now.permitTypes
      .filter((permitType) => permitType.routingKind === 'fixed')
      .map((permitType) => String(permitType.id)),
  )
  const used = [
    ...legacy.authorities.map((row) => row.kind),
    ...legacy.permitTypes.filter((row) => !isFixed.has(String(row.id))).map((row) => row.authorityKind),
  ].filter((key): key is string => key !== null)
  const kindsToCreate = [...new Set(used)]
    .filter((key) => !existing.has(key))
    .map((key) => ({ key, name: kindNames.get(key) ?? { fi: key, sv: key, en: key } }))

  const elementIds = new Map(now.elements.map((element) => [element.key, element.id]))
  const legacyPermitType = new Map(legacy.permitTypes.map((row) => [String(row.id), row]))
  const problems: string[] = []
  const permitTypes = now.permitTypes.map((permitType) => {
    const row = legacyPermitType.get(String(permitType.id))
    if (permitType.routingKind === 'fixed')
      return { id: permitType.id, authorityKind: null, municipalityElement: null }
    const authorityKind = row?.authorityKind ?? null
    const elementKey = row?.municipalityElement ?? null
    const municipalityElement = elementKey === null ? null : (elementIds.get(elementKey) ?? null)
    if (authorityKind === null)
      problems.push(`Permit type ${permitType.id} is routed by municipality but had no authority kind.`)
    if (municipalityElement === null)
      problems.push(
        `Permit type ${permitType.id}: no data element "${elementKey ?? ''}" to read the municipality from.`,
      )
    return { id: permitType.id, authorityKind, municipalityElement }
  })

  const legacyKindOf = new Map(legacy.authorities.map((row) => [String(row.id), row.kind]))
  const authorities = now.authorities.map((authority) => {
    const kind = legacyKindOf.get(String(authority.id)) ?? null
    if (kind === null) problems.push(`Authority ${authority.id} had no kind.`)
    if (authority.joinedPermitTypes.length > 0) return { id: authority.id, kind, joinedPermitTypes: null }
    const routedHere = now.permitTypes.filter((permitType) =>
      permitType.routingKind === 'fixed'
        ? String(permitType.authority) === String(authority.id)
        : kind !== null && legacyPermitType.get(String(permitType.id))?.authorityKind === kind,
    )
    return { id: authority.id, kind, joinedPermitTypes: routedHere.map((permitType) => permitType.id) }
  })
  return { kindsToCreate, authorities, permitTypes, problems }
}

/**
 * Carries the legacy values over (see {@link planCatalogueCarryOver}), for the migration
 * to call after it has added the new columns and tables and before it makes `kind_id`
 * required: creates the kinds with their names in every locale, then writes the
 * relationships straight to the database (no hooks: nothing else changes, nothing is
 * audited or re-validated). Run it inside the migration's transaction (its `req`); the
 * problems are logged and returned.
 */
export const carryOverCatalogueKeys = async ({
  req,
  legacy,
}: {
  req: PayloadRequest
  legacy: LegacyCatalogueKeys
}): Promise<CatalogueCarryOver> => {
  const { payload } = req
  const system = { req, overrideAccess: true, depth: 0, pagination: false } as const
  const kinds = await payload.find({ collection: slugs.authorityKinds, select: { key: true }, ...system })
  const elements = await payload.find({ collection: slugs.dataElements, select: { key: true }, ...system })
  const authorities = await payload.find({
    collection: slugs.authorities,
    select: { joinedPermitTypes: true },
    ...system,
  })
  const permitTypes = await payload.find({
    collection: slugs.permitTypes,
    select: { routingKind: true, authority: true },
    ...system,
  })
  const plan = planCatalogueCarryOver({
    legacy,
    now: {
      kinds: kinds.docs,
      elements: elements.docs,
      authorities: authorities.docs.map((doc) => ({
        id: doc.id,
        joinedPermitTypes: idsOf(doc.joinedPermitTypes),
      })),
      permitTypes: permitTypes.docs.map((doc) => ({
        id: doc.id,
        routingKind: doc.routingKind,
        authority: idOf(doc.authority),
      })),
    },
  })
  const kindIds = new Map(kinds.docs.map((kind) => [kind.key, kind.id]))
  const write = { req, overrideAccess: true, depth: 0 } as const
  for (const kind of plan.kindsToCreate) {
    const created = await payload.create({
      collection: slugs.authorityKinds,
      data: { key: kind.key, name: kind.name.fi },
      locale: 'fi',
      ...write,
    })
    for (const locale of locales.filter((code) => code !== 'fi'))
      await payload.update({
        collection: slugs.authorityKinds,
        id: created.id,
        data: { name: kind.name[locale] ?? kind.name.fi },
        locale,
        ...write,
      })
    kindIds.set(kind.key, created.id)
  }
  const kindId = (key: string | null) => (key === null ? null : (kindIds.get(key) ?? null))
  for (const authority of plan.authorities) {
    // Apart: the adapter updates a column in place, but writes a has-many list with an upsert
    // of the whole row when a column comes with it.
    await payload.db.updateOne({
      collection: slugs.authorities,
      id: authority.id,
      data: { kind: kindId(authority.kind) },
      req,
      // Nothing read back: the row may have columns a later migration adds.
      returning: false,
    })
    if (authority.joinedPermitTypes)
      await payload.db.updateOne({
        collection: slugs.authorities,
        id: authority.id,
        data: { joinedPermitTypes: authority.joinedPermitTypes },
        req,
        returning: false,
      })
  }
  for (const permitType of plan.permitTypes)
    await payload.db.updateOne({
      collection: slugs.permitTypes,
      id: permitType.id,
      data: {
        authorityKind: kindId(permitType.authorityKind),
        municipalityElement: permitType.municipalityElement,
      },
      req,
      returning: false,
    })
  for (const problem of plan.problems) payload.logger.warn({ msg: `Catalogue carry-over: ${problem}` })
  return plan
}

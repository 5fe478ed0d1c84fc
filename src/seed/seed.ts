import type { DataFromCollectionSlug, Payload, PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'
import { createLocalReq } from 'payload'

import { customOf } from '../config/custom'
import { slugs } from '../collections/slugs'
import { withWriteOwner } from '../db/serialiseSqliteWrites'
import { withTransaction } from '../db/withTransaction'
import { locales } from '../domain/types'
import type { Locale, LocalizedText } from '../domain/types'
import type {
  Authority,
  AuthorityKind,
  DataElement,
  PermitBundle as StoredPermitBundle,
  PermitType,
  User,
} from '../payload-types'
import type { PermitBundle } from '../domain/types'
import { submitApplication } from '../submission/submitApplication'
import {
  dataElements,
  demoAuthorityKinds,
  permitTypes,
  publicEventBundle,
  publicEventBundleDescription,
  workedExampleAnswers,
  workedExampleApplication,
} from './public-event'
import { decisionTextsOf } from './decisionTexts'
import { publicEventTexts } from './publicEventTexts'
import {
  demoCatalogueAuthorities,
  restaurantBundle,
  restaurantBundleDescription,
  restaurantDataElements,
  restaurantPermitTypes,
  restaurantTexts,
} from './restaurant'
import { seedPublicDocuments } from './publicDocuments'
import { richTextFromPlain } from './richText'

/** The catalogue collections, whose records the seed finds again by `key`. */
type KeyedSlug =
  | typeof slugs.authorityKinds
  | typeof slugs.authorities
  | typeof slugs.dataElements
  | typeof slugs.permitTypes
  | typeof slugs.permitBundles

/** The password of every demo user; demo users cannot log in in production. */
export const demoPassword = 'lupa-demo'

export const demoUsers = [
  { email: 'owner@lupa.localhost', name: 'Olli Omistaja', role: 'owner' },
  { email: 'producer@lupa.localhost', name: 'Paula Palvelutuottaja', role: 'service-producer' },
  {
    email: 'police@lupa.localhost',
    name: 'Pekka Poliisi',
    role: 'authority-user',
    authority: 'police-helsinki',
  },
  {
    email: 'environment@lupa.localhost',
    name: 'Ymmi Ympäristö',
    role: 'authority-user',
    authority: 'environmental-protection-helsinki',
  },
  {
    email: 'customer@lupa.localhost',
    name: 'Maria Virtanen',
    role: 'customer',
    organisation: '3012345-8',
    phone: '+358 40 123 4567',
  },
  { email: 'customer2@lupa.localhost', name: 'Kalle Kuntalainen', role: 'customer' },
] as const

const text = (value: LocalizedText, locale: Locale) => value[locale] ?? value.fi
const textOrNull = (value: LocalizedText | null | undefined, locale: Locale) =>
  value ? text(value, locale) : null

/** A field of a stored value, when it is an object. */
const fieldOf = (value: unknown, key: string): unknown =>
  value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined

/**
 * Copies array row ids from the stored document by position, so other locales update the
 * same rows. The data keeps its type: rows only get the `id` they may carry.
 */
const withRowIds = <T>(data: T, stored: unknown): T => {
  if (Array.isArray(data)) {
    return data.map((item: unknown, index) => {
      const row: unknown = Array.isArray(stored) ? stored[index] : undefined
      const merged = withRowIds(item, row)
      const id = fieldOf(row, 'id')
      const isRow = merged !== null && typeof merged === 'object' && !Array.isArray(merged)
      return isRow && id !== undefined ? { ...merged, id } : merged
    }) as T
  }
  if (data && typeof data === 'object' && !('root' in data)) {
    return Object.fromEntries(
      Object.entries(data).map(([key, value]) => [key, withRowIds(value, fieldOf(stored, key))]),
    ) as T
  }
  return data
}

/** Creates or updates a document by its `key`, writing each language's texts. */
const upsert = async <S extends KeyedSlug>({
  req,
  collection,
  key,
  build,
}: {
  req: PayloadRequest
  collection: S
  key: string
  build: (locale: Locale) => RequiredDataFromCollectionSlug<S>
}): Promise<DataFromCollectionSlug<S>['id']> => {
  const { payload } = req
  // Payload cannot relate a generic collection's data to its update type; the union of the
  // keyed collections it can (callers stay checked against their own collection).
  const keyed: KeyedSlug = collection
  const dataOf = (locale: Locale): RequiredDataFromCollectionSlug<KeyedSlug> => build(locale)
  const system = { collection: keyed, depth: 0, req, overrideAccess: true } as const
  const found = await payload.find({ ...system, where: { key: { equals: key } }, limit: 1 })
  const existing = found.docs[0]
  const stored = existing
    ? await payload.update({ ...system, id: existing.id, data: dataOf('fi'), locale: 'fi' })
    : await payload.create({ ...system, data: dataOf('fi'), locale: 'fi' })
  const { id } = stored
  for (const locale of locales.filter((code) => code !== 'fi')) {
    await payload.update({ ...system, id, data: withRowIds(dataOf(locale), stored), locale })
  }
  return id
}

/** The bundle fields of a bundle's own words in one language (see `bundleTextFields.ts`). */
type BundleWording = (args: {
  locale: Locale
  elementIds: Map<string, DataElement['id']>
}) => Pick<StoredPermitBundle, 'keywords' | 'titleElement' | 'startDateElement' | 'isRepeatOffered' | 'texts'>

/** A demo bundle as the seed writes it: the bundle with its rules, description and own words. */
type BundleDefinition = { bundle: PermitBundle; description: LocalizedText; wording: BundleWording }

/** The demo bundles, in the order they are written; the first is the public event. */
const demoBundles: BundleDefinition[] = [
  { bundle: publicEventBundle, description: publicEventBundleDescription, wording: publicEventTexts },
  { bundle: restaurantBundle, description: restaurantBundleDescription, wording: restaurantTexts },
]

/**
 * The demo catalogue: the data elements and permit types of all demo bundles (the
 * authorities, `demoCatalogueAuthorities`, have joined the permit types of their kind).
 */
const catalogueElements = [...dataElements, ...restaurantDataElements]
const cataloguePermitTypes = [...permitTypes, ...restaurantPermitTypes]

/**
 * Writes the demo bundles ("organise a public event", "starting a restaurant"): authority
 * kinds, authorities, data elements, permit types (joined by the authorities of their kind)
 * and each bundle with its rules and its own words, in Finnish, Swedish and English; and the
 * public documents (privacy statement, terms of use, accessibility statement) when missing.
 * Safe to run again. `bundleId` is the public event's; `bundleIds` has every bundle's by key.
 */
export const seedCatalogue = async (payload: Payload) => {
  const req = await createLocalReq({}, payload)
  // One transaction: the whole catalogue or none of it, and one commit instead of a
  // thousand (on SQLite each commit is a sync to disk).
  return withWriteOwner(() => withTransaction(req, () => writeCatalogue(payload, req)))
}

const writeCatalogue = async (payload: Payload, req: PayloadRequest) => {
  const kindIds = new Map<string, AuthorityKind['id']>()
  for (const kind of demoAuthorityKinds) {
    kindIds.set(
      kind.key,
      await upsert({
        req,
        collection: slugs.authorityKinds,
        key: kind.key,
        build: (locale) => ({ key: kind.key, name: text(kind.name, locale) }),
      }),
    )
  }
  const authorityIds = new Map<string, Authority['id']>()
  for (const authority of demoCatalogueAuthorities) {
    authorityIds.set(
      authority.key,
      await upsert({
        req,
        collection: slugs.authorities,
        key: authority.key,
        build: (locale) => ({
          key: authority.key,
          name: text(authority.name, locale),
          kind: kindIds.get(authority.kind)!,
          businessId: authority.businessId,
          municipalities: authority.municipalities,
          noticeEmail: authority.noticeEmail,
          contact: {
            email: authority.contact.email,
            website: text(authority.contact.website, locale),
            hours: text(authority.contact.hours, locale),
          },
          isActive: true,
        }),
      }),
    )
  }
  const elementIds = new Map<string, DataElement['id']>()
  for (const element of catalogueElements) {
    elementIds.set(
      element.key,
      await upsert({
        req,
        collection: slugs.dataElements,
        key: element.key,
        build: (locale) => ({
          key: element.key,
          type: element.type,
          label: text(element.label, locale),
          help: textOrNull(element.help, locale),
          step: element.step,
          order: element.order ?? 0,
          options: (element.options ?? []).map((option) => ({
            value: option.value,
            label: text(option.label, locale),
          })),
          min: element.min ?? null,
          max: element.max ?? null,
          maxLength: element.maxLength ?? null,
          prefill: element.prefill ?? null,
        }),
      }),
    )
  }
  const permitTypeIds = new Map<string, PermitType['id']>()
  for (const permitType of cataloguePermitTypes) {
    permitTypeIds.set(
      permitType.key,
      await upsert({
        req,
        collection: slugs.permitTypes,
        key: permitType.key,
        build: (locale) => ({
          key: permitType.key,
          name: text(permitType.name, locale),
          routingKind: permitType.routing.kind,
          authorityKind:
            permitType.routing.kind === 'by-municipality'
              ? kindIds.get(permitType.routing.authorityKind)
              : null,
          municipalityElement:
            permitType.routing.kind === 'by-municipality'
              ? elementIds.get(permitType.routing.municipalityElement)
              : null,
          authority:
            permitType.routing.kind === 'fixed' ? authorityIds.get(permitType.routing.authority) : null,
          elements: permitType.elements.map((element) => ({
            element: elementIds.get(element.key)!,
            isRequired: element.isRequired,
          })),
          leadTime: permitType.leadTime,
          processingDays: permitType.processingDays,
          kind: decisionTextsOf(permitType.key).kind,
          appealInstructions: {
            kind: decisionTextsOf(permitType.key).appealKind,
            text: text(decisionTextsOf(permitType.key).appealText, locale),
          },
          guidance: richTextFromPlain(text(permitType.guidance, locale) ?? ''),
          legalBasis: permitType.legalBasis,
        }),
      }),
    )
  }
  for (const authority of demoCatalogueAuthorities) {
    await payload.update({
      collection: slugs.authorities,
      id: authorityIds.get(authority.key)!,
      data: { joinedPermitTypes: authority.permitTypes.map((key) => permitTypeIds.get(key)!) },
      req,
      overrideAccess: true,
      depth: 0,
    })
  }
  const bundleIds = new Map<string, StoredPermitBundle['id']>()
  for (const { bundle, description, wording } of demoBundles) {
    bundleIds.set(
      bundle.key,
      await upsert({
        req,
        collection: slugs.permitBundles,
        key: bundle.key,
        build: (locale) => ({
          key: bundle.key,
          name: text(bundle.name, locale),
          description: text(description, locale),
          isPublished: true,
          analysisElements: bundle.analysisElements.map((key) => elementIds.get(key)!),
          steps: bundle.steps.map((step) => ({ key: step.key, title: text(step.title, locale) })),
          permits: bundle.permits.map((entry) => ({
            permitType: permitTypeIds.get(entry.permitType)!,
            rules: entry.rules.map((rule) => ({
              ruleId: rule.id,
              when: rule.when,
              reason: text(rule.reason, locale),
            })),
            notNeededReason: text(entry.notNeededReason, locale),
          })),
          ...wording({ locale, elementIds }),
        }),
      }),
    )
  }
  await seedPublicDocuments({ payload, req })
  const bundleId = bundleIds.get(publicEventBundle.key)!
  return { bundleId, bundleIds, kindIds, authorityIds, elementIds, permitTypeIds }
}

/** Sets each demo authority's connection mode as the demo data says. */
const connectDemoAuthorities = async ({
  payload,
  req,
  authorityIds,
}: {
  payload: Payload
  req: PayloadRequest
  authorityIds: Map<string, Authority['id']>
}) => {
  for (const authority of demoCatalogueAuthorities) {
    await payload.update({
      collection: slugs.authorities,
      id: authorityIds.get(authority.key)!,
      req,
      overrideAccess: true,
      data: { connectionMode: authority.connectionMode },
    })
  }
}

/**
 * Demo organisations and users for every role, and one submitted demo application.
 * Refused in production: demo users have a published password.
 */
export const seedDemo = async (
  payload: Payload,
  { isProduction, dataDir }: { isProduction: boolean; dataDir: string },
) => {
  if (isProduction) throw new Error('Demo users are not created in production.')
  const { bundleId, authorityIds } = await seedCatalogue(payload)
  const req = await createLocalReq({}, payload)
  await connectDemoAuthorities({ payload, req, authorityIds })
  // Officials of this Virtu home organisation sign in as police users (npm run demo:identity).
  await payload.update({
    collection: slugs.authorities,
    id: authorityIds.get('police-helsinki')!,
    data: { virtuHomeOrganizations: ['poliisi.fi'] },
    req,
    overrideAccess: true,
  })
  const organisation =
    (
      await payload.find({
        collection: slugs.organisations,
        where: { businessId: { equals: '3012345-8' } },
        req,
        overrideAccess: true,
      })
    ).docs[0] ??
    (await payload.create({
      collection: slugs.organisations,
      req,
      overrideAccess: true,
      data: { name: 'Puistosoitto ry', businessId: '3012345-8', type: 'association' },
    }))
  const userIds = new Map<string, User['id']>()
  for (const demo of demoUsers) {
    const existing = await payload.find({
      collection: slugs.users,
      where: { email: { equals: demo.email } },
      req,
      overrideAccess: true,
    })
    const data = {
      email: demo.email,
      name: demo.name,
      role: demo.role,
      isDemo: true,
      authority: 'authority' in demo ? authorityIds.get(demo.authority) : null,
      organisations: 'organisation' in demo ? [organisation.id] : [],
      phone: 'phone' in demo ? demo.phone : null,
    }
    const user = existing.docs[0]
      ? await payload.update({
          collection: slugs.users,
          id: existing.docs[0].id,
          data,
          req,
          overrideAccess: true,
        })
      : await payload.create({
          collection: slugs.users,
          data: { ...data, password: demoPassword },
          req,
          overrideAccess: true,
        })
    userIds.set(demo.email, user.id)
  }
  const customer = await payload.findByID({
    collection: slugs.users,
    id: userIds.get('customer@lupa.localhost')!,
    overrideAccess: true,
  })
  const hasApplications =
    (await payload.count({ collection: slugs.applications, overrideAccess: true })).totalDocs > 0
  if (!hasApplications) {
    const customerReq = await createLocalReq({ user: { ...customer, collection: slugs.users } }, payload)
    const draft = await payload.create({
      collection: slugs.applications,
      req: customerReq,
      overrideAccess: false,
      user: customerReq.user,
      data: {
        // Required by the type; the collection sets every new application's status to draft.
        status: 'draft',
        bundle: bundleId,
        onBehalfOf: organisation.id,
        answers: workedExampleAnswers,
        values: workedExampleApplication,
      },
    })
    await submitApplication({ req: customerReq, applicationId: draft.id, locale: 'fi' })
  }
  for (const demoSeed of customOf(payload.config).demoSeeds ?? [])
    await demoSeed({ payload, req, dataDir, authorityIds, userIds })
  return { bundleId, userIds }
}

import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { z } from 'zod'

import { idOf } from '../../src/collections/relations'
import { slugs } from '../../src/collections/slugs'
import { withTransaction } from '../../src/db/withTransaction'
import { locales } from '../../src/domain/types'
import type { Locale } from '../../src/domain/types'
import type { Authority, PermitType, ServiceDescription } from '../../src/payload-types'
import { richTextFromPlain } from '../../src/seed/richText'
import type { CatalogueText } from './localizedTextOf'
import { localizedTextOf, textIn } from './localizedTextOf'
import { municipalitiesOf } from './municipalitiesOf'
import type { PtvExport, PtvOrganization, PtvService, PtvServiceChannel } from './ptvFormat'
import { parsePtvExport } from './ptvFormat'

/**
 * Explicit links for records the catalogue's identifiers cannot find on their own: the
 * first import of an authority that shares its business ID with others (a city's units),
 * and every permit type (PTV has no Lupa keys). Once imported, the PTV id stored on the
 * record links it and the entry is no longer needed.
 */
export type CatalogueLinks = {
  /** Authority key → PTV organisation id. */
  authorities?: Record<string, string>
  /** Permit type key → PTV service id. */
  permitTypes?: Record<string, string>
}

const guid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'not a PTV id')
const linksSchema = z.object({
  authorities: z.record(z.string(), guid).default({}),
  permitTypes: z.record(z.string(), guid).default({}),
})

export type ImportOutcome = 'created' | 'updated' | 'unchanged' | 'skipped'

/** What the import did with one catalogue item, or to one Lupa record because of it. */
export type ImportEntry = {
  entity: 'organization' | 'service' | 'serviceChannel'
  ptvId: string
  /** The item's name in Finnish (or its first language). */
  name: string
  outcome: ImportOutcome
  /** The Lupa record written, as `<collection>/<key or title>`. */
  record?: string
  /** The fields an update changed. */
  changes?: string[]
  /** Why an item was skipped, or what was deliberately left as it was. */
  reason?: string
}

export type ImportReport = { entries: ImportEntry[]; totals: Record<ImportOutcome, number> }

/** The import cannot run as asked (e.g. a link names a record that does not exist); nothing was written. */
export class CatalogueImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CatalogueImportError'
  }
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').toLowerCase() === (b ?? '').toLowerCase()

const nameOf = (text: CatalogueText) => text.fi ?? text.sv ?? text.en ?? ''

const paragraphs = (text: string | null) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .join('\n\n')

/** The plain text of rich text written by `richTextFromPlain`, to compare with PTV's text. */
const plainOf = (richText: unknown): string => {
  const root = (richText as { root?: { children?: { children?: { text?: string }[] }[] } } | null)?.root
  return (root?.children ?? [])
    .map((paragraph) => (paragraph.children ?? []).map((node) => node.text ?? '').join(''))
    .join('\n\n')
}

/**
 * A localised field's value in one locale, of a description read with `locale: 'all'`:
 * Payload answers an object of values per locale there, which the generated types (one
 * locale's value) do not describe.
 */
const inLocale = (value: unknown, locale: Locale): unknown =>
  value && typeof value === 'object' && locale in value ? (value as Record<Locale, unknown>)[locale] : null

const localeValue = (value: unknown, locale: Locale): string | null => {
  const text = inLocale(value, locale)
  return typeof text === 'string' && text !== '' ? text : null
}

/** Copies array row ids from the stored document by position, so each language updates the same rows. */
const withRowIds = <T extends object>(rows: T[], stored: ServiceDescription['channels']) =>
  rows.map((row, index) => {
    const id = stored?.[index]?.id
    return id === undefined ? row : { ...row, id }
  })

type Channel = { name: CatalogueText; url: string | null; phone: string | null }

type Description = {
  title: CatalogueText
  summary: CatalogueText
  description: CatalogueText
  authority: number | null
  permitType: number | null
  ptvId: string
  areaType: ServiceDescription['areaType']
  municipalities: string[]
  channels: Channel[]
}

/** The title in a language: its own, else Finnish, Swedish or English (the title is required). */
const titleIn = (title: CatalogueText, locale: Locale) => title[locale] ?? textIn(title, 'fi')

const channelOf = (channel: PtvServiceChannel): Channel => {
  const web = channel.webPages?.find((page) => page.language === 'fi') ?? channel.webPages?.[0]
  const phone = [...(channel.phoneNumbers ?? []), ...(channel.supportPhones ?? [])][0]
  return {
    name: localizedTextOf(channel.serviceChannelNames, 'Name'),
    url: web?.url ?? null,
    phone: phone ? `${phone.prefixNumber ?? ''}${phone.number}`.replace(/\s+/g, ' ').trim() : null,
  }
}

/** The fields of a stored description (read in every locale) that differ from the wanted one. */
const descriptionChanges = (stored: ServiceDescription, wanted: Description): string[] => {
  const changes: string[] = []
  const storedChannels = stored.channels ?? []
  for (const locale of locales) {
    if (localeValue(stored.title, locale) !== titleIn(wanted.title, locale)) changes.push(`title.${locale}`)
    if (localeValue(stored.summary, locale) !== wanted.summary[locale]) changes.push(`summary.${locale}`)
    const storedDescription = plainOf(inLocale(stored.description, locale))
    if (storedDescription !== paragraphs(wanted.description[locale])) changes.push(`description.${locale}`)
  }
  if (String(idOf(stored.authority) ?? '') !== String(wanted.authority ?? '')) changes.push('authority')
  if (String(idOf(stored.permitType) ?? '') !== String(wanted.permitType ?? '')) changes.push('permitType')
  if ((stored.areaType ?? null) !== wanted.areaType) changes.push('areaType')
  if (JSON.stringify(stored.municipalities ?? []) !== JSON.stringify(wanted.municipalities)) {
    changes.push('municipalities')
  }
  const channelsDiffer =
    storedChannels.length !== wanted.channels.length ||
    wanted.channels.some((channel, index) => {
      const row = storedChannels[index]
      return (
        (row.url ?? null) !== channel.url ||
        (row.phone ?? null) !== channel.phone ||
        locales.some((locale) => localeValue(row.name, locale) !== channel.name[locale])
      )
    })
  if (channelsDiffer) changes.push('channels')
  return changes
}

const descriptionData = (wanted: Description, locale: Locale) => {
  const description = paragraphs(wanted.description[locale])
  return {
    // A service with no name in Lupa's languages has none to give: the required title refuses it.
    title: titleIn(wanted.title, locale) ?? '',
    summary: wanted.summary[locale],
    description: description ? richTextFromPlain(description) : null,
    authority: wanted.authority,
    permitType: wanted.permitType,
    ptvId: wanted.ptvId,
    areaType: wanted.areaType,
    municipalities: wanted.municipalities,
    channels: wanted.channels.map((channel) => ({
      name: channel.name[locale],
      url: channel.url,
      phone: channel.phone,
    })),
  }
}

/**
 * Imports organisations, `PermitOrObligation` services and service channels from PTV v11
 * JSON (see docs/service-catalogue.md for the mapping):
 * - an organisation updates the authority it is linked to (PTV id, else `links`, else a
 *   business ID that picks exactly one authority and one organisation): its PTV id, and its
 *   municipalities from the organisation's area unless the authority opts out;
 * - a service becomes a service description (matched on its PTV id) with its channels,
 *   linked to the responsible organisation's authority and to its permit type.
 * Everything is written in one transaction: bad input or a failed write leaves the
 * database as it was. Re-importing the same data reports every record unchanged.
 */
export async function importServiceCatalogue({
  payload,
  input,
  links: rawLinks = {},
}: {
  payload: Payload
  /** PTV JSON as text or parsed; validated here. */
  input: unknown
  links?: CatalogueLinks
}): Promise<ImportReport> {
  const catalogue = parsePtvExport(input)
  const linked = linksSchema.safeParse(rawLinks)
  if (!linked.success) {
    throw new CatalogueImportError(
      `Invalid links: ${linked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    )
  }
  // The importer is an operator's tool (the script, or a staff-only endpoint that has checked
  // the user), so it writes as the system.
  const req = await createLocalReq({}, payload)
  return withTransaction(req, () => importInTransaction({ req, catalogue, links: linked.data }))
}

async function importInTransaction({
  req,
  catalogue,
  links,
}: {
  req: PayloadRequest
  catalogue: PtvExport
  links: z.infer<typeof linksSchema>
}): Promise<ImportReport> {
  const { payload } = req
  const system = { req, overrideAccess: true, depth: 0, pagination: false } as const
  const authorities = (await payload.find({ collection: slugs.authorities, ...system })).docs
  const permitTypes = (await payload.find({ collection: slugs.permitTypes, ...system })).docs
  const byKey = <T extends { key: string }>(docs: T[], key: string) => docs.find((doc) => doc.key === key)
  for (const key of Object.keys(links.authorities)) {
    if (!byKey(authorities, key)) throw new CatalogueImportError(`links.authorities: no authority "${key}"`)
  }
  for (const key of Object.keys(links.permitTypes)) {
    if (!byKey(permitTypes, key)) throw new CatalogueImportError(`links.permitTypes: no permit type "${key}"`)
  }

  const entries: ImportEntry[] = []
  const authorityOfOrganization = new Map<string, Authority>()
  for (const organization of catalogue.organizations) {
    const entry = await importOrganization({
      req,
      organization,
      catalogue,
      authorities,
      links,
      authorityOfOrganization,
    })
    entries.push(entry)
  }

  const usedChannels = new Set<string>()
  for (const service of catalogue.services) {
    entries.push(
      ...(await importService({ req, service, catalogue, authorities, permitTypes, links, usedChannels })),
    )
  }
  for (const channel of catalogue.serviceChannels) {
    if (usedChannels.has(channel.id.toLowerCase())) continue
    entries.push({
      entity: 'serviceChannel',
      ptvId: channel.id,
      name: nameOf(localizedTextOf(channel.serviceChannelNames, 'Name')),
      outcome: 'skipped',
      reason: 'not linked to an imported PermitOrObligation service',
    })
  }

  const totals = { created: 0, updated: 0, unchanged: 0, skipped: 0 }
  for (const entry of entries) totals[entry.outcome] += 1
  return { entries, totals }
}

async function importOrganization({
  req,
  organization,
  catalogue,
  authorities,
  links,
  authorityOfOrganization,
}: {
  req: PayloadRequest
  organization: PtvOrganization
  catalogue: PtvExport
  authorities: Authority[]
  links: z.infer<typeof linksSchema>
  authorityOfOrganization: Map<string, Authority>
}): Promise<ImportEntry> {
  const base = {
    entity: 'organization' as const,
    ptvId: organization.id,
    name: nameOf(localizedTextOf(organization.organizationNames, 'Name')),
  }
  if (organization.publishingStatus && organization.publishingStatus !== 'Published') {
    return { ...base, outcome: 'skipped', reason: `publishing status is ${organization.publishingStatus}` }
  }
  const found = authorityFor({ organization, catalogue, authorities, links })
  if ('reason' in found) return { ...base, outcome: 'skipped', reason: found.reason }
  const { authority } = found
  const claimedBy = [...authorityOfOrganization.entries()].find(([, doc]) => doc === authority)?.[0]
  if (claimedBy) {
    return {
      ...base,
      outcome: 'skipped',
      reason: `authority "${authority.key}" is already linked to organisation ${claimedBy} in this file`,
    }
  }
  authorityOfOrganization.set(organization.id, authority)

  const data: Pick<Authority, 'ptvId' | 'municipalities'> = {}
  let reason: string | undefined
  if (!same(authority.ptvId, organization.id)) data.ptvId = organization.id
  const municipalities = municipalitiesOf(organization)
  if (authority.isAreaFromCatalogue === false) {
    reason = 'municipalities kept: the authority does not take its area from the catalogue'
  } else if (!municipalities) {
    reason = `municipalities kept: the catalogue gives no municipalities (area type ${organization.areaType ?? 'not given'})`
  } else {
    const current = [...(authority.municipalities ?? [])].sort()
    if (JSON.stringify(current) !== JSON.stringify(municipalities)) data.municipalities = municipalities
  }
  const record = `${slugs.authorities}/${authority.key}`
  const changes = Object.keys(data)
  if (changes.length === 0) return { ...base, outcome: 'unchanged', record, ...(reason ? { reason } : {}) }
  const updated = await req.payload.update({
    collection: slugs.authorities,
    id: authority.id,
    data,
    req,
    overrideAccess: true,
    depth: 0,
  })
  Object.assign(authority, updated)
  return { ...base, outcome: 'updated', record, changes, ...(reason ? { reason } : {}) }
}

/** The authority an organisation updates, or why there is none. */
function authorityFor({
  organization,
  catalogue,
  authorities,
  links,
}: {
  organization: PtvOrganization
  catalogue: PtvExport
  authorities: Authority[]
  links: z.infer<typeof linksSchema>
}): { authority: Authority } | { reason: string } {
  const linkedKey = Object.entries(links.authorities).find(([, id]) => same(id, organization.id))?.[0]
  if (linkedKey) return { authority: authorities.find((doc) => doc.key === linkedKey)! }
  const byPtvId = authorities.filter((doc) => same(doc.ptvId, organization.id))
  if (byPtvId.length === 1) return { authority: byPtvId[0] }
  if (byPtvId.length > 1) {
    return {
      reason: `several authorities have this PTV id: ${byPtvId.map((doc) => doc.key).join(', ')}`,
    }
  }
  const businessCode = organization.businessCode?.trim()
  if (!businessCode)
    return { reason: 'no authority has this PTV id, and the organisation has no business ID' }
  const sharingOrganizations = catalogue.organizations.filter(
    (other) => other.businessCode?.trim() === businessCode,
  )
  const candidates = authorities.filter((doc) => doc.businessId === businessCode && !doc.ptvId)
  if (candidates.length === 1 && sharingOrganizations.length === 1) return { authority: candidates[0] }
  if (candidates.length === 0)
    return { reason: `no authority has this PTV id or business ID ${businessCode}` }
  return {
    reason:
      candidates.length > 1
        ? `business ID ${businessCode} is shared by authorities ${candidates.map((doc) => doc.key).join(', ')}: link one in the links file or set its PTV id`
        : `business ID ${businessCode} is shared by ${sharingOrganizations.length} organisations in the file: link the authority in the links file or set its PTV id`,
  }
}

async function importService({
  req,
  service,
  catalogue,
  authorities,
  permitTypes,
  links,
  usedChannels,
}: {
  req: PayloadRequest
  service: PtvService
  catalogue: PtvExport
  authorities: Authority[]
  permitTypes: PermitType[]
  links: z.infer<typeof linksSchema>
  usedChannels: Set<string>
}): Promise<ImportEntry[]> {
  const { payload } = req
  const title = localizedTextOf(service.serviceNames, 'Name')
  const base = { entity: 'service' as const, ptvId: service.id, name: nameOf(title) }
  if (service.type !== 'PermitOrObligation') {
    return [
      {
        ...base,
        outcome: 'skipped',
        reason: `type ${service.type}: only PermitOrObligation services are imported`,
      },
    ]
  }
  if (service.publishingStatus && service.publishingStatus !== 'Published') {
    return [{ ...base, outcome: 'skipped', reason: `publishing status is ${service.publishingStatus}` }]
  }
  const entries: ImportEntry[] = []
  const notes: string[] = []

  // The permit type: the explicit link, else the one that already carries the service's id.
  const linkedKey = Object.entries(links.permitTypes).find(([, id]) => same(id, service.id))?.[0]
  const permitType = linkedKey
    ? permitTypes.find((doc) => doc.key === linkedKey)!
    : permitTypes.find((doc) => same(doc.ptvServiceId, service.id))
  if (permitType) {
    const record = `${slugs.permitTypes}/${permitType.key}`
    if (same(permitType.ptvServiceId, service.id)) {
      entries.push({ ...base, outcome: 'unchanged', record })
    } else {
      await payload.update({
        collection: slugs.permitTypes,
        id: permitType.id,
        data: { ptvServiceId: service.id },
        req,
        overrideAccess: true,
        depth: 0,
      })
      permitType.ptvServiceId = service.id
      entries.push({ ...base, outcome: 'updated', record, changes: ['ptvServiceId'] })
    }
  } else {
    notes.push('no permit type is linked to this service')
  }

  const responsible = service.organizations?.find((role) => role.roleType === 'Responsible')?.organization?.id
  const authority = responsible ? authorities.find((doc) => same(doc.ptvId, responsible)) : undefined
  if (!responsible) notes.push('the service names no responsible organisation')
  else if (!authority) notes.push(`the responsible organisation ${responsible} is not linked to an authority`)

  const channelIds = new Set([
    ...(service.serviceChannels ?? []).map((link) => link.serviceChannel.id.toLowerCase()),
    ...catalogue.serviceChannels
      .filter((channel) => channel.services?.some((link) => same(link.service.id, service.id)))
      .map((channel) => channel.id.toLowerCase()),
  ])
  const channels = catalogue.serviceChannels.filter(
    (channel) =>
      channelIds.has(channel.id.toLowerCase()) &&
      (!channel.publishingStatus || channel.publishingStatus === 'Published'),
  )
  for (const channel of channels) usedChannels.add(channel.id.toLowerCase())
  const missing = channelIds.size - channels.length
  if (missing > 0) notes.push(`${missing} linked channel(s) are not in the file or not published`)

  const wanted: Description = {
    title,
    summary: localizedTextOf(service.serviceDescriptions, 'Summary'),
    description: localizedTextOf(service.serviceDescriptions, 'Description'),
    authority: authority?.id ?? null,
    permitType: permitType?.id ?? null,
    ptvId: service.id,
    areaType: service.areaType ?? null,
    municipalities: municipalitiesOf(service) ?? [],
    channels: channels.map(channelOf),
  }
  const reason = notes.length > 0 ? notes.join('; ') : undefined
  const record = `${slugs.serviceDescriptions}/${nameOf(title)}`
  const stored = (
    await payload.find({
      collection: slugs.serviceDescriptions,
      where: { ptvId: { equals: service.id } },
      limit: 1,
      locale: 'all',
      req,
      overrideAccess: true,
      depth: 0,
    })
  ).docs.at(0)
  const changes = stored ? descriptionChanges(stored, wanted) : []
  if (stored && changes.length === 0) {
    entries.unshift({ ...base, outcome: 'unchanged', record, ...(reason ? { reason } : {}) })
    return entries
  }
  let id = stored?.id
  if (id === undefined) {
    const created = await payload.create({
      collection: slugs.serviceDescriptions,
      data: descriptionData(wanted, 'fi'),
      locale: 'fi',
      req,
      overrideAccess: true,
      depth: 0,
    })
    id = created.id
  } else {
    await payload.update({
      collection: slugs.serviceDescriptions,
      id,
      data: descriptionData(wanted, 'fi'),
      locale: 'fi',
      req,
      overrideAccess: true,
      depth: 0,
    })
  }
  const rows = (
    await payload.findByID({
      collection: slugs.serviceDescriptions,
      id,
      locale: 'fi',
      req,
      overrideAccess: true,
      depth: 0,
    })
  ).channels
  for (const locale of locales.filter((code) => code !== 'fi')) {
    const data = descriptionData(wanted, locale)
    await payload.update({
      collection: slugs.serviceDescriptions,
      id,
      data: { ...data, channels: withRowIds(data.channels, rows) },
      locale,
      req,
      overrideAccess: true,
      depth: 0,
    })
  }
  entries.unshift({
    ...base,
    outcome: stored ? 'updated' : 'created',
    record,
    ...(stored ? { changes } : {}),
    ...(reason ? { reason } : {}),
  })
  return entries
}

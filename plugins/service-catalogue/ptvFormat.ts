import { z } from 'zod'

/*
 * The parts of the Finnish Service Catalogue (PTV) open API v11 JSON that Lupa imports,
 * modelled on the published models (V11VmOpenApiService, V10VmOpenApiOrganization, which
 * the v11 Organization endpoints return, and the V11 service channel models). Fields Lupa
 * does not use are accepted and ignored, so a full API response parses as it is.
 */

const guid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'not a PTV id (GUID)')

/** VmOpenApiLocalizedListItem: a text in one language with its type (Name, Summary, …). */
const localizedListItem = z.object({ language: z.string().min(2), value: z.string(), type: z.string() })

/** VmOpenApiLanguageItem: a text in one language. */
const languageItem = z.object({ language: z.string().min(2), value: z.string() })

/** VmOpenApiMunicipality: a Statistics Finland municipality code with its names. */
const municipality = z.object({
  code: z.string().regex(/^\d{3}$/, 'not a three-digit municipality code'),
  name: z.array(languageItem).optional(),
})

/** VmOpenApiArea: a municipality, region, business sub-region or hospital district. */
const area = z
  .object({
    type: z.enum(['Municipality', 'Region', 'BusinessSubRegion', 'HospitalDistrict']),
    code: z.string().optional(),
    name: z.array(languageItem).optional(),
    municipalities: z.array(municipality).optional(),
  })
  .refine((value) => value.type !== 'Municipality' || /^\d{3}$/.test(value.code ?? ''), {
    message: 'a Municipality area needs its three-digit municipality code',
    path: ['code'],
  })

const areaType = z.enum(['Nationwide', 'NationwideExceptAlandIslands', 'LimitedType'])
const publishingStatus = z.enum(['Draft', 'Published', 'Deleted', 'Modified', 'Archived', 'Withdrawn'])

/** VmOpenApiItem: a reference to another entity. */
const item = z.object({ id: guid, name: z.string().nullish() })

const hasName = (names: { type: string }[]) => names.some((name) => name.type === 'Name')

/** An organisation (GET /api/v11/Organization/{id}). */
export const ptvOrganizationSchema = z.object({
  id: guid,
  oid: z.string().nullish(),
  organizationType: z.string().nullish(),
  businessCode: z.string().nullish(),
  organizationNames: z.array(localizedListItem).refine(hasName, 'has no name of type "Name"'),
  organizationDescriptions: z.array(localizedListItem).optional(),
  areaType: areaType.nullish(),
  areas: z.array(area).optional(),
  areaMunicipalities: z.array(municipality).optional(),
  municipality: municipality.nullish(),
  parentOrganizationId: guid.nullish(),
  publishingStatus: publishingStatus.optional(),
  modified: z.string().optional(),
})

/** A service (GET /api/v11/Service/{id}). */
export const ptvServiceSchema = z.object({
  id: guid,
  type: z.enum(['Service', 'PermitOrObligation', 'ProfessionalQualification']),
  serviceNames: z.array(localizedListItem).refine(hasName, 'has no name of type "Name"'),
  serviceDescriptions: z.array(localizedListItem).optional(),
  areaType: areaType.nullish(),
  areas: z.array(area).optional(),
  organizations: z
    .array(
      z.object({
        roleType: z.enum(['Responsible', 'Producer', 'OtherResponsible']),
        organization: item.nullish(),
        provisionType: z.string().nullish(),
      }),
    )
    .optional(),
  serviceChannels: z.array(z.object({ serviceChannel: item })).optional(),
  publishingStatus: publishingStatus.optional(),
  modified: z.string().optional(),
})

const phone = z.object({ number: z.string(), prefixNumber: z.string().nullish(), language: z.string() })

/** A service channel (GET /api/v11/ServiceChannel/{id}); every channel type shares these fields. */
export const ptvServiceChannelSchema = z.object({
  id: guid,
  serviceChannelType: z.enum(['EChannel', 'WebPage', 'PrintableForm', 'Phone', 'ServiceLocation']),
  organizationId: guid.nullish(),
  serviceChannelNames: z.array(localizedListItem).refine(hasName, 'has no name of type "Name"'),
  serviceChannelDescriptions: z.array(localizedListItem).optional(),
  areaType: areaType.nullish(),
  areas: z.array(area).optional(),
  webPages: z
    .array(z.object({ url: z.string(), language: z.string(), value: z.string().nullish() }))
    .optional(),
  phoneNumbers: z.array(phone).optional(),
  supportPhones: z.array(phone).optional(),
  services: z.array(z.object({ service: item })).optional(),
  publishingStatus: publishingStatus.optional(),
  modified: z.string().optional(),
})

export type PtvOrganization = z.infer<typeof ptvOrganizationSchema>
export type PtvService = z.infer<typeof ptvServiceSchema>
export type PtvServiceChannel = z.infer<typeof ptvServiceChannelSchema>
export type PtvLocalizedListItem = z.infer<typeof localizedListItem>
export type PtvArea = z.infer<typeof area>
export type PtvMunicipality = z.infer<typeof municipality>

/**
 * What `npm run import:ptv` reads: the v11 organisations, services and service channels
 * side by side. PTV has no single export endpoint, so this envelope gathers the answers
 * of its Organization, Service and ServiceChannel endpoints; each item is exactly v11.
 * Each list may also be one `/list` answer (`{ pageNumber, pageSize, pageCount, itemList }`).
 */
export const ptvExportSchema = z.object({
  organizations: z.array(ptvOrganizationSchema).default([]),
  services: z.array(ptvServiceSchema).default([]),
  serviceChannels: z.array(ptvServiceChannelSchema).default([]),
})

export type PtvExport = z.infer<typeof ptvExportSchema>

/** The input is not PTV v11 JSON; `problems` say where and what, one line each. */
export class PtvFormatError extends Error {
  readonly problems: string[]

  constructor(problems: string[]) {
    super(`The file is not valid PTV v11 JSON:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    this.name = 'PtvFormatError'
    this.problems = problems
  }
}

const pathOf = (path: PropertyKey[]) =>
  path.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part),
    '',
  )

const listKeys = ['organizations', 'services', 'serviceChannels'] as const

/**
 * The items of a list: an array as it is, or the `itemList` of a page. A page that is not
 * the only one means the file holds part of the list, which would import a partial
 * catalogue: refused.
 */
const itemsOf = (key: string, list: unknown, problems: string[]): unknown => {
  if (list === null || typeof list !== 'object' || Array.isArray(list) || !('itemList' in list)) return list
  const page = list as { pageCount?: unknown; itemList?: unknown }
  if (typeof page.pageCount === 'number' && page.pageCount > 1) {
    problems.push(`${key}: is one page of ${page.pageCount}: fetch every page into one list`)
  }
  return page.itemList ?? []
}

/** Parses JSON text or a parsed value into a {@link PtvExport}; throws {@link PtvFormatError}. */
export function parsePtvExport(input: unknown): PtvExport {
  let value = input
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input)
    } catch (error) {
      throw new PtvFormatError([`not JSON (${(error as Error).message})`])
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new PtvFormatError(['expected an object with "organizations", "services" and "serviceChannels"'])
  }
  if (!listKeys.some((key) => key in value)) {
    throw new PtvFormatError([`none of ${listKeys.map((key) => `"${key}"`).join(', ')} is present`])
  }
  const pageProblems: string[] = []
  const lists = Object.fromEntries(
    listKeys.map((key) => [key, itemsOf(key, (value as Record<string, unknown>)[key], pageProblems)]),
  )
  if (pageProblems.length > 0) throw new PtvFormatError(pageProblems)
  const result = ptvExportSchema.safeParse(lists)
  if (!result.success) {
    throw new PtvFormatError(
      result.error.issues.map((issue) => `${pathOf(issue.path) || '(root)'}: ${issue.message}`),
    )
  }
  const problems = duplicateIds(result.data)
  if (problems.length > 0) throw new PtvFormatError(problems)
  return result.data
}

const duplicateIds = (data: PtvExport) =>
  listKeys.flatMap((key) => {
    const seen = new Set<string>()
    return data[key].flatMap((entity, index) => {
      const id = entity.id.toLowerCase()
      if (seen.has(id)) return [`${key}[${index}].id: ${entity.id} appears twice`]
      seen.add(id)
      return []
    })
  })

import { isMissing, validateValues } from './once-only'
import type { DataElement, DataValues, Locale } from './types'

/**
 * Prefill: data the customer need not type because Lupa already knows them — their own
 * name, email and phone (from the identification and their profile) and, when they act for
 * an organisation, its name, business ID and address (from the organisation record and the
 * business register). A data element names its source in the CMS; a new draft gets the
 * values, each remembered as prefilled (with where it came from) and editable like any
 * other. Analysis answers are never prefilled: they decide which permits are needed, and a
 * value the customer did not give must not add or remove a permit.
 */

/** Where a data element's value may come from (stored on data elements: never rename). */
export const prefillSources = [
  /** The organisation's name when acting for one, else the person's own name. */
  'applicant-name',
  'person-name',
  'person-email',
  'person-phone',
  'organisation-name',
  'organisation-business-id',
  'organisation-street-address',
  'organisation-postcode',
  'organisation-post-office',
  'organisation-website',
] as const
export type PrefillSource = (typeof prefillSources)[number]

export const isPrefillSource = (value: unknown): value is PrefillSource =>
  prefillSources.includes(value as PrefillSource)

/** Where a prefilled value came from, as the wizard tells the customer. */
export type PrefillOrigin = 'profile' | 'organisation' | 'business-register'

/** An organisation's details as the business register gives them (blank parts null). */
export type OrganisationDetails = {
  businessId: string
  name: string | null
  streetAddress: string | null
  postcode: string | null
  postOffice: string | null
  website: string | null
}

/** What is known of the customer and of the organisation they act for. */
export type PrefillFacts = {
  person: { name: string | null; email: string | null; phone: string | null }
  /** The organisation the draft is made for (its record in Lupa), or null for oneself. */
  organisation: { name: string; businessId: string } | null
  /** The business register's details of that organisation, when it answered. */
  register: OrganisationDetails | null
}

/** A prefilled value and its origin, as a draft remembers it (`applications.prefilled`). */
export type PrefilledEntry = { origin: PrefillOrigin; value: unknown }
export type PrefilledRecord = Record<string, PrefilledEntry>

const given = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null)

/** The value of a source from the facts, with its origin; null when nothing is known. */
export function prefillValueOf(
  source: PrefillSource,
  facts: PrefillFacts,
): { value: string; origin: PrefillOrigin } | null {
  const { person, organisation, register } = facts
  const fromProfile = (value: string | null) =>
    given(value) ? { value: given(value)!, origin: 'profile' as const } : null
  /** The register's value when it answered, else the organisation record's. */
  const fromOrganisation = (recordValue: string | null, registerValue: string | null) => {
    if (!organisation) return null
    if (given(registerValue)) return { value: given(registerValue)!, origin: 'business-register' as const }
    return given(recordValue) ? { value: given(recordValue)!, origin: 'organisation' as const } : null
  }
  const fromRegister = (value: string | null | undefined) =>
    organisation && given(value) ? { value: given(value)!, origin: 'business-register' as const } : null
  switch (source) {
    case 'applicant-name':
      return organisation
        ? fromOrganisation(organisation.name, register?.name ?? null)
        : fromProfile(person.name)
    case 'person-name':
      return fromProfile(person.name)
    case 'person-email':
      return fromProfile(person.email)
    case 'person-phone':
      return fromProfile(person.phone)
    case 'organisation-name':
      return fromOrganisation(organisation?.name ?? null, register?.name ?? null)
    case 'organisation-business-id':
      // The organisation's own record holds the ID Suomi.fi Mandates confirmed.
      return organisation ? fromOrganisation(organisation.businessId, null) : null
    case 'organisation-street-address':
      return fromRegister(register?.streetAddress)
    case 'organisation-postcode':
      return fromRegister(register?.postcode)
    case 'organisation-post-office':
      return fromRegister(register?.postOffice)
    case 'organisation-website':
      return fromRegister(register?.website)
    default: {
      const unknownSource: never = source
      throw new Error(`Unknown prefill source "${String(unknownSource)}"`)
    }
  }
}

/** A value that fits the element (a register's postcode of the wrong shape is left out). */
const fits = (element: DataElement, value: unknown, locale: Locale) =>
  validateValues({
    form: {
      steps: [{ key: 'prefill', title: { fi: '' }, fields: [{ element, isRequired: true, usedBy: [] }] }],
    },
    values: { [element.key]: value },
    locale,
    isDraft: false,
  }).isValid

/**
 * The draft's values with what the facts can fill: for each element that names a source,
 * is not an analysis element and has no value yet, the source's value when it fits the
 * element. Never overwrites a value; returns the new values and what was prefilled.
 */
export function prefillDraft({
  elements,
  analysisElements,
  values,
  facts,
  locale = 'fi',
}: {
  elements: DataElement[]
  analysisElements: readonly string[]
  values: DataValues
  facts: PrefillFacts
  locale?: Locale
}): { values: DataValues; prefilled: PrefilledRecord } {
  const result: DataValues = { ...values }
  const prefilled: PrefilledRecord = {}
  for (const element of elements) {
    if (!element.prefill || element.type === 'attachment') continue
    if (analysisElements.includes(element.key) || !isMissing(result[element.key])) continue
    const found = prefillValueOf(element.prefill, facts)
    if (!found || !fits(element, found.value, locale)) continue
    result[element.key] = found.value
    prefilled[element.key] = { origin: found.origin, value: found.value }
  }
  return { values: result, prefilled }
}

/** The values a draft was given by prefill alone (to tell an untouched draft). */
export function prefilledValuesOf(record: PrefilledRecord | null | undefined): DataValues {
  return Object.fromEntries(Object.entries(record ?? {}).map(([key, entry]) => [key, entry.value]))
}

/**
 * Where a value came from when it is still the prefilled one; null once the customer has
 * changed it (then it is theirs, no longer marked).
 */
export function prefillOriginOf({
  record,
  key,
  value,
}: {
  record: PrefilledRecord | null | undefined
  key: string
  value: unknown
}): PrefillOrigin | null {
  const entry = record?.[key]
  if (!entry || isMissing(value)) return null
  return JSON.stringify(entry.value) === JSON.stringify(value) ? entry.origin : null
}

/** A stored `prefilled` record, keeping only well-formed entries. */
export function prefilledRecordOf(stored: unknown): PrefilledRecord {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {}
  const origins: PrefillOrigin[] = ['profile', 'organisation', 'business-register']
  const record: PrefilledRecord = {}
  for (const [key, entry] of Object.entries(stored as Record<string, unknown>)) {
    if (!entry || typeof entry !== 'object') continue
    const { origin, value } = entry as { origin?: unknown; value?: unknown }
    if (origins.includes(origin as PrefillOrigin) && value !== undefined)
      record[key] = { origin: origin as PrefillOrigin, value }
  }
  return record
}

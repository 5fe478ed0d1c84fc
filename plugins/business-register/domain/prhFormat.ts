import { z } from 'zod'

import type { OrganisationDetails } from '../../../src/domain/prefill-sources'
import type { Locale } from '../../../src/domain/types'

/*
 * The Finnish business register's open data (PRH, YTJ open data API v3,
 * `GET /opendata-ytj-api/v3/companies?businessId=…`) as JSON, and the organisation details
 * Lupa prefills from it. Only the parts read here are checked; everything else may change.
 */

/** YTJ's language codes: 1 Finnish, 2 Swedish, 3 English. */
const languageCodes: Record<Locale, string> = { fi: '1', sv: '2', en: '3' }

/** Address types: 1 street (visiting) address, 2 postal address. */
export const prhAddressTypes = { street: 1, postal: 2 } as const

const text = z.string().nullish()

const nameSchema = z.object({
  name: z.string(),
  /** 1 the name, 2 a parallel name, 3 an auxiliary name… */
  type: z.union([z.string(), z.number()]).transform(String).nullish(),
  registrationDate: text,
  endDate: text,
  /** 1 current, 2 historical. */
  version: z.number().nullish(),
})

const addressSchema = z.object({
  type: z.union([z.string(), z.number()]).transform(Number),
  street: text,
  postCode: text,
  postOffices: z
    .array(
      z.object({
        city: z.string(),
        languageCode: z.union([z.string(), z.number()]).transform(String).nullish(),
      }),
    )
    .nullish(),
  postOfficeBox: text,
  buildingNumber: text,
  entrance: text,
  apartmentNumber: text,
  apartmentIdSuffix: text,
  co: text,
  country: text,
  freeAddressLine: text,
  registrationDate: text,
})

const companySchema = z.object({
  businessId: z.object({ value: z.string(), registrationDate: text, source: text }),
  names: z.array(nameSchema).nullish(),
  addresses: z.array(addressSchema).nullish(),
  website: z.object({ url: z.string().nullish() }).nullish(),
  endDate: text,
})

/** The answer of `/companies`: how many matched, and the companies (as many as asked for). */
export const prhCompaniesSchema = z.object({
  totalResults: z.number().nullish(),
  companies: z.array(companySchema).nullish(),
})

export type PrhCompanies = z.infer<typeof prhCompaniesSchema>
export type PrhCompany = z.infer<typeof companySchema>
export type PrhAddress = z.infer<typeof addressSchema>

const given = (value: string | null | undefined) => {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}

const isCurrent = (entry: { endDate?: string | null; version?: number | null }, today: string) =>
  (!entry.endDate || entry.endDate > today) && (entry.version == null || entry.version === 1)

/** The company's current name (type 1), else any current name, the latest registered first. */
export const currentNameOf = (company: PrhCompany, today: string): string | null => {
  const current = (company.names ?? [])
    .filter((entry) => isCurrent(entry, today) && given(entry.name))
    .sort((a, b) => (b.registrationDate ?? '').localeCompare(a.registrationDate ?? ''))
  return given((current.find((entry) => entry.type === '1') ?? current.at(0))?.name)
}

/** 'Tehtaankatu 12 A 3': the street, building, entrance and apartment; else the PO box. */
export const streetAddressOf = (address: PrhAddress): string | null => {
  const apartment = [given(address.apartmentNumber), given(address.apartmentIdSuffix)]
    .filter(Boolean)
    .join('')
  const street = [given(address.street), given(address.buildingNumber), given(address.entrance), apartment]
    .filter(Boolean)
    .join(' ')
  if (given(address.street)) return street
  const box = given(address.postOfficeBox)
  return box ? (/^\d+$/.test(box) ? `PL ${box}` : box) : given(address.freeAddressLine)
}

/** The address to write to: the street address, else the postal address (a Finnish one only). */
const addressOf = (company: PrhCompany): PrhAddress | null => {
  const addresses = (company.addresses ?? []).filter(
    (address) => !given(address.country) || given(address.country)?.toUpperCase() === 'FI',
  )
  const withStreet = (type: number) =>
    addresses.find((address) => address.type === type && given(address.street) && given(address.postCode))
  return (
    withStreet(prhAddressTypes.street) ??
    withStreet(prhAddressTypes.postal) ??
    addresses.find((address) => address.type === prhAddressTypes.postal && streetAddressOf(address)) ??
    null
  )
}

/** 'HELSINKI' as 'Helsinki', 'KOKKOLA-KARLEBY' as 'Kokkola-Karleby': the register writes place names in capitals. */
export const placeNameOf = (name: string) =>
  name === name.toUpperCase()
    ? name
        .toLowerCase()
        .replace(
          /(^|[\s-])(\p{L})/gu,
          (_, separator: string, letter: string) => separator + letter.toUpperCase(),
        )
    : name

/** The post office in the language, else in Finnish, else the first one given. */
const postOfficeOf = (address: PrhAddress, locale: Locale): string | null => {
  const offices = address.postOffices ?? []
  const inLanguage = (code: string) => given(offices.find((office) => office.languageCode === code)?.city)
  const city = inLanguage(languageCodes[locale]) ?? inLanguage(languageCodes.fi) ?? given(offices.at(0)?.city)
  return city ? placeNameOf(city) : null
}

/** A website as a link: YTJ often gives it without the scheme ('www.example.fi'). */
const websiteOf = (url: string | null | undefined): string | null => {
  const value = given(url)
  if (!value) return null
  return /^https?:\/\//i.test(value) ? value : `https://${value}`
}

/**
 * The organisation details of the business ID from an answer of `/companies`, or null when
 * the answer has no such company. `today` (YYYY-MM-DD) tells ended names from current ones.
 */
export const organisationDetailsOf = ({
  answer,
  businessId,
  locale = 'fi',
  today,
}: {
  answer: PrhCompanies
  businessId: string
  locale?: Locale
  today: string
}): OrganisationDetails | null => {
  const company = (answer.companies ?? []).find(
    (candidate) => candidate.businessId.value.trim() === businessId,
  )
  if (!company) return null
  const address = addressOf(company)
  const postcode = given(address?.postCode)
  return {
    businessId,
    name: currentNameOf(company, today),
    streetAddress: address ? streetAddressOf(address) : null,
    postcode: postcode && /^\d{5}$/.test(postcode) ? postcode : null,
    postOffice: address ? postOfficeOf(address, locale) : null,
    website: websiteOf(company.website?.url),
  }
}

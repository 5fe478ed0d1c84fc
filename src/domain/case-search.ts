/**
 * The data elements a case's free-text search covers besides its case number: the
 * applicant and contact person, and the event's or restaurant's name and address (a case
 * carries only its permit type's elements, so it is found by those it has).
 */
export const searchedDataKeys = [
  'organiserName',
  'contactName',
  'eventName',
  'eventAddress',
  'organiserAddress',
  'restaurantTradeName',
  'restaurantAddress',
] as const

/** The data elements that say where the case's event or business is, in order of preference. */
const placeDataKeys = ['eventAddress', 'restaurantAddress'] as const

/** Where the case's event or business is, as its data say; null when they do not. */
export const placeOf = (data: Record<string, unknown> | null | undefined): string | null => {
  for (const key of placeDataKeys) {
    const value = data?.[key]
    if (typeof value === 'string' && value.trim()) return value.trim()
  }
  return null
}

/** Text as the search compares it: lower case (Finnish rules), single spaces. */
export const searchableTextOf = (text: string) => text.toLocaleLowerCase('fi').replace(/\s+/g, ' ').trim()

/** What a case is found by, as one lower-case text (stored with the case). */
export const caseSearchTextOf = ({
  caseNumber,
  data,
}: {
  caseNumber: string | null | undefined
  data: Record<string, unknown> | null | undefined
}) =>
  searchableTextOf(
    [caseNumber, ...searchedDataKeys.map((key) => data?.[key])]
      .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
      .join(' | '),
  )

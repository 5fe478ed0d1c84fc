import { locales } from '../../src/domain/types'
import type { Locale } from '../../src/domain/types'
import type { PtvLocalizedListItem } from './ptvFormat'

/** A text in Lupa's languages; a language PTV does not have is null. */
export type CatalogueText = Record<Locale, string | null>

/**
 * The texts of one type (e.g. `Name`, `Summary`, `Description`) in Finnish, Swedish and
 * English. Other languages in PTV (Sámi languages) are left out; blank values count as
 * missing. When a language has several texts of the type, the first one wins.
 */
export function localizedTextOf(items: PtvLocalizedListItem[] | undefined, type: string): CatalogueText {
  const text = Object.fromEntries(locales.map((locale) => [locale, null])) as CatalogueText
  for (const item of items ?? []) {
    const locale = item.language.toLowerCase() as Locale
    if (item.type !== type || !locales.includes(locale) || text[locale] !== null) continue
    const value = item.value.trim()
    if (value !== '') text[locale] = value
  }
  return text
}

/**
 * The text to store in a language: its own, or for Finnish (Lupa's required language) the
 * Swedish or English text when PTV has no Finnish one (PTV requires Finnish or Swedish).
 */
export function textIn(text: CatalogueText, locale: Locale): string | null {
  if (locale !== 'fi') return text[locale]
  return text.fi ?? text.sv ?? text.en
}

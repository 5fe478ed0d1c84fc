import type { Locale } from '../../../src/domain/types'

/**
 * The UI languages, Finnish first (the default). The same list as the domain's locales,
 * repeated here so that browser code does not import from src/ (type imports only).
 */
export const uiLocales = ['fi', 'sv', 'en'] as const satisfies readonly Locale[]

export const defaultUiLocale: Locale = 'fi'

/** True when the value is one of the UI languages. */
export const isUiLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (uiLocales as readonly string[]).includes(value)

// Fails to compile if the domain gains a locale the UI does not have.
type MissingLocale = Exclude<Locale, (typeof uiLocales)[number]>
export const allLocalesCovered: MissingLocale extends never ? true : never = true

import { defaultLocale, locales, type Locale, type LocalizedText } from './types'

/**
 * The text in the wanted locale, or the Finnish text when that translation is missing or
 * blank. A missing text gives an empty string, so callers can render it without checks.
 */
export function localize(text: LocalizedText | null | undefined, locale: Locale): string {
  if (!text) return ''
  const translated = text[locale]
  if (typeof translated === 'string' && translated.trim() !== '') return translated
  return text.fi ?? ''
}

/**
 * The language of the text {@link localize} gives when that is not the wanted one: Finnish
 * when the translation is missing and the Finnish text stands in (for a `lang` attribute, so
 * that a screen reader reads it in Finnish); otherwise undefined.
 */
export function fallbackLangOf(text: LocalizedText | null | undefined, locale: Locale): 'fi' | undefined {
  if (!text || locale === defaultLocale) return undefined
  const translated = text[locale]
  if (typeof translated === 'string' && translated.trim() !== '') return undefined
  return text.fi?.trim() ? 'fi' : undefined
}

/** True when the value is one of the supported locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/**
 * The supported locale asked for by a locale code ('sv', 'sv-FI') or an Accept-Language
 * header ('sv-FI,sv;q=0.9,en;q=0.8'). Entries are taken by descending quality (`q`),
 * keeping their written order on ties, and the first supported one wins; entries with
 * `q=0` are refused. Anything else gives Finnish.
 */
export function pickLocale(input: string | null | undefined): Locale {
  if (!input) return defaultLocale
  const ranges = input
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.split(';').map((piece) => piece.trim())
      const qualityParameter = parameters.find((parameter) => /^q=/i.test(parameter))
      const quality = qualityParameter === undefined ? 1 : Number(qualityParameter.slice(2))
      return {
        language: tag.toLowerCase().split(/[-_]/)[0] ?? '',
        quality: Number.isFinite(quality) ? quality : 0,
        index,
      }
    })
    .filter((range) => range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  const supported = ranges.find((range) => isLocale(range.language))
  return supported ? (supported.language as Locale) : defaultLocale
}

/**
 * The Finnish text of a localised field as Payload returns it: a string when read in one
 * locale (`locale: 'fi'`), an object of texts per locale when read with `locale: 'all'`.
 */
export function finnishTextOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && 'fi' in value && typeof value.fi === 'string') return value.fi
  return ''
}

/** Name of the cookie that keeps the chosen language: a plain `fi`, `sv` or `en`. */
export const languageCookieName = 'lng'

/** The language chosen earlier, from the plain `lng` cookie; null when none or unsupported. */
export const languageFromCookie = (cookieHeader: string | null | undefined): Locale | null => {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name !== languageCookieName) continue
    // Only a plain code counts: no decoding, so a malformed escape cannot throw.
    const value = rest.join('=').trim()
    if (isLocale(value)) return value
  }
  return null
}

/**
 * The language of a request: the `lng` cookie set by the language switcher, then the
 * browser's Accept-Language, then Finnish. The portal renders in it and the host's page
 * cache keys pages by it: one rule for both.
 */
export const localeOfRequest = ({
  cookie,
  acceptLanguage,
}: {
  cookie: string | null | undefined
  acceptLanguage: string | null | undefined
}): Locale => languageFromCookie(cookie) ?? pickLocale(acceptLanguage)

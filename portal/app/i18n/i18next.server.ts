import { RemixI18Next } from 'remix-i18next/server'

import { defaultLocale, locales, type Locale } from '../../../src/domain/types'
import { isLocale } from '../../../src/domain/localize'
import { i18nOptions } from './resources'

/** Name of the cookie that keeps the chosen language: a plain `fi`, `sv` or `en`. */
export const languageCookieName = 'lng'

const oneYearInSeconds = 365 * 24 * 60 * 60

/** The language chosen earlier, from the plain `lng` cookie; null when none or unsupported. */
export const languageFromCookie = (cookieHeader: string | null): Locale | null => {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name !== languageCookieName) continue
    const value = decodeURIComponent(rest.join('=')).trim()
    if (isLocale(value)) return value
  }
  return null
}

/** A Set-Cookie value that keeps the language for a year; Secure when served over HTTPS. */
export const serializeLanguageCookie = ({ locale, isSecure }: { locale: Locale; isSecure: boolean }) =>
  [
    `${languageCookieName}=${locale}`,
    'Path=/',
    `Max-Age=${oneYearInSeconds}`,
    'SameSite=Lax',
    'HttpOnly',
    ...(isSecure ? ['Secure'] : []),
  ].join('; ')

/**
 * Server-side language detection: the `lng` cookie set by the language switcher, then the
 * browser's Accept-Language, then Finnish.
 */
export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...locales],
    fallbackLanguage: defaultLocale,
    order: ['custom', 'header'],
    findLocale: async (request) => languageFromCookie(request.headers.get('Cookie')),
  },
  i18next: i18nOptions,
})

/** The language of a request, as one of the supported locales. */
export const getLocale = async (request: Request): Promise<Locale> => {
  const detected = await i18nServer.getLocale(request)
  return isLocale(detected) ? detected : defaultLocale
}

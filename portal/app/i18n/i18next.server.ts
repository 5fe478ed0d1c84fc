import { createInstance, type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'

import type { Locale } from '../../../src/domain/types'
import { languageCookieName, localeOfRequest } from '../../../src/domain/localize'
import { defaultNS, i18nOptions, type Namespace } from './resources'

export { languageCookieName, languageFromCookie } from '../../../src/domain/localize'

const oneYearInSeconds = 365 * 24 * 60 * 60

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

/** The language of a request, as one of the supported locales. */
export const getLocale = async (request: Request): Promise<Locale> =>
  localeOfRequest({
    cookie: request.headers.get('Cookie'),
    acceptLanguage: request.headers.get('Accept-Language'),
  })

const instances = new Map<Locale, Promise<i18n>>()

/**
 * The i18next instance of a language, built once and shared by every request: all strings
 * are in memory, and the server never changes an instance's language, so one per language
 * serves every render and every loader's `t` (building one per request cost each page).
 */
export const i18nOf = (locale: Locale): Promise<i18n> => {
  let instance = instances.get(locale)
  if (!instance) {
    const created = createInstance()
    instance = created
      .use(initReactI18next)
      .init({ ...i18nOptions, lng: locale })
      .then(() => created)
    instances.set(locale, instance)
  }
  return instance
}

/** The strings of a language in a namespace (the common one when none is given). */
export const getFixedT = async <N extends Namespace = typeof defaultNS>(locale: Locale, ns?: N) =>
  (await i18nOf(locale)).getFixedT<N>(locale, ns ?? (defaultNS as N))

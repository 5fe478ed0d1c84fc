import type { InitOptions } from 'i18next'

import en from './en.json'
import fi from './fi.json'
import { defaultUiLocale, uiLocales } from './locales'
import sv from './sv.json'

/** The one namespace of the portal's UI strings. */
export const defaultNS = 'common'

/** Every UI string in every language; small enough to ship to the browser whole. */
export const resources = {
  fi: { common: fi },
  sv: { common: sv },
  en: { common: en },
} as const

/** Options shared by the server's per-request instances and the browser's one instance. */
export const i18nOptions = {
  supportedLngs: [...uiLocales],
  fallbackLng: defaultUiLocale,
  defaultNS,
  ns: [defaultNS],
  resources,
  // React escapes what it renders; escaping here too would double-escape.
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
} satisfies InitOptions

import type { InitOptions } from 'i18next'

import { defaultUiLocale, uiLocales } from './locales'

/** The namespace of strings shared by every page (header, footer, errors, home, analysis). */
export const defaultNS = 'common'

/** One namespace per area of the portal. */
export const namespaces = ['common', 'account', 'applications', 'wizard', 'authority', 'servicedesk'] as const
export type Namespace = (typeof namespaces)[number]

/** Options shared by the server's per-request instances and the browser's one instance (no strings). */
export const baseI18nOptions = {
  supportedLngs: [...uiLocales],
  fallbackLng: defaultUiLocale,
  defaultNS,
  ns: [...namespaces],
  // React escapes what it renders; escaping here too would double-escape.
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
} satisfies InitOptions

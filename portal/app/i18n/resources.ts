import type { InitOptions } from 'i18next'

import accountEn from './account/en.json'
import accountFi from './account/fi.json'
import accountSv from './account/sv.json'
import applicationsEn from './applications/en.json'
import applicationsFi from './applications/fi.json'
import applicationsSv from './applications/sv.json'
import authorityEn from './authority/en.json'
import authorityFi from './authority/fi.json'
import authoritySv from './authority/sv.json'
import en from './en.json'
import fi from './fi.json'
import { defaultUiLocale, uiLocales } from './locales'
import sv from './sv.json'
import servicedeskEn from './servicedesk/en.json'
import servicedeskFi from './servicedesk/fi.json'
import servicedeskSv from './servicedesk/sv.json'
import wizardEn from './wizard/en.json'
import wizardFi from './wizard/fi.json'
import wizardSv from './wizard/sv.json'

/** The namespace of strings shared by every page (header, footer, errors, home, analysis). */
export const defaultNS = 'common'

/**
 * Every UI string in every language, one namespace per area of the portal; small enough to
 * ship to the browser whole. Finnish is the reference (tests check sv and en against it).
 */
export const resources = {
  fi: {
    common: fi,
    account: accountFi,
    applications: applicationsFi,
    wizard: wizardFi,
    authority: authorityFi,
    servicedesk: servicedeskFi,
  },
  sv: {
    common: sv,
    account: accountSv,
    applications: applicationsSv,
    wizard: wizardSv,
    authority: authoritySv,
    servicedesk: servicedeskSv,
  },
  en: {
    common: en,
    account: accountEn,
    applications: applicationsEn,
    wizard: wizardEn,
    authority: authorityEn,
    servicedesk: servicedeskEn,
  },
} as const

export type Namespace = keyof (typeof resources)['fi']
export const namespaces = Object.keys(resources.fi) as Namespace[]

/** Options shared by the server's per-request instances and the browser's one instance. */
export const i18nOptions = {
  supportedLngs: [...uiLocales],
  fallbackLng: defaultUiLocale,
  defaultNS,
  ns: namespaces,
  resources,
  // React escapes what it renders; escaping here too would double-escape.
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
} satisfies InitOptions

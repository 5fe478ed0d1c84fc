import type { InitOptions } from 'i18next'

import { messages as en } from './messages.en'
import { messages as fi } from './messages.fi'
import { messages as sv } from './messages.sv'
import { baseI18nOptions, type Namespace } from './options'

export { defaultNS, namespaces, type Namespace } from './options'

/**
 * Every UI string in every language, for the server; the browser loads only the language it
 * shows (loadMessages). Finnish is the reference (tests check sv and en against it).
 */
export const resources = { fi, sv, en } as const satisfies Record<string, Record<Namespace, object>>

export const i18nOptions = { ...baseI18nOptions, resources } satisfies InitOptions

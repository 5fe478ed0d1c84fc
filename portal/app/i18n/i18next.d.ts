import 'i18next'

import type { resources } from './resources'

// Typed translation keys: `t('home.title')` and `t('inbox.title', { ns: 'authority' })` are
// checked against the Finnish files, the reference (tests/unit/portal-i18n.test.ts checks
// that sv and en have the same keys).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: (typeof resources)['fi']
  }
}

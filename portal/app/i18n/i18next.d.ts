import 'i18next'

import type fi from './fi.json'

// Typed translation keys: `t('home.title')` is checked against the Finnish file, which is the
// reference (tests/unit/portal-i18n.test.ts checks that sv and en have the same keys).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: { common: typeof fi }
  }
}

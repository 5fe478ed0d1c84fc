import type { Plugin } from 'payload'

import { migrations as postgres } from './migrations/postgres'
import { migrations as sqlite } from './migrations/sqlite'
import { businessRegisterOptionsFromEnv, businessRegisterPlugin } from './plugins/business-register'
import { integrationPlugin } from './plugins/connection-integration'
import { simplifiedPlugin } from './plugins/connection-simplified'
import { identityOptionsFromEnv, identitySamlPlugin, personalIdentityCodeOf } from './plugins/identity-saml'
import { mandatesPlugin, mandatesSettingsOf, verifyCivilServantMandate } from './plugins/mandates'
import { onboardingPlugin } from './plugins/onboarding'
import { reportsPlugin } from './plugins/reports'
import { serviceCataloguePlugin } from './plugins/service-catalogue'
import { serviceDeskPlugin } from './plugins/service-desk'
import { supervisionPlugin } from './plugins/supervision'
import { createConfig } from './src/config/createConfig'
import { env } from './src/env'

/** Lupa's plugins, one line each (tests build their configs with the same list). */
export const plugins: Plugin[] = [
  simplifiedPlugin(),
  integrationPlugin(),
  serviceDeskPlugin(),
  onboardingPlugin(),
  serviceCataloguePlugin(),
  reportsPlugin({ isProbeScheduled: env().NODE_ENV !== 'test' }), // test runs run the probe themselves
  identitySamlPlugin({
    ...identityOptionsFromEnv(env()),
    // An official identified through Suomi.fi gets a session only with a civil-servant mandate.
    admitUser: async ({ payload, user }) => (await verifyCivilServantMandate(payload, user)).isValid,
  }),
  mandatesPlugin({
    settings: mandatesSettingsOf(env()),
    personalIdentityCodeOf: (payload, userId) => personalIdentityCodeOf({ payload, userId }),
  }),
  businessRegisterPlugin(businessRegisterOptionsFromEnv(env())),
  supervisionPlugin(),
]

/** The committed migrations of each SQL dialect (`npm run migrate` applies them too). */
export const migrations = { sqlite, postgres }

/** Composition root: Lupa's configuration from the environment. */
export default createConfig({ env: env(), migrations, plugins })

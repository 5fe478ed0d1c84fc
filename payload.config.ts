import type { Plugin } from 'payload'

import { migrations as postgres } from './migrations/postgres'
import { migrations as sqlite } from './migrations/sqlite'
import { integrationPlugin } from './plugins/connection-integration'
import { simplifiedPlugin } from './plugins/connection-simplified'
import { createConfig } from './src/config/createConfig'
import { env } from './src/env'

/** Lupa's plugins, one line each (tests build their configs with the same list). */
export const plugins: Plugin[] = [simplifiedPlugin(), integrationPlugin()]

/** Composition root: Lupa's configuration from the environment. */
export default createConfig({ env: env(), migrations: { sqlite, postgres }, plugins })

import { migrations as postgres } from './migrations/postgres'
import { migrations as sqlite } from './migrations/sqlite'
import { createConfig } from './src/config/createConfig'
import { env } from './src/env'

/** Composition root: Lupa's configuration from the environment, plugins one line each. */
export default createConfig({
  env: env(),
  migrations: { sqlite, postgres },
  plugins: [],
})

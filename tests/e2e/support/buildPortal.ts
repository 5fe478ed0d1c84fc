import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { ensureAdminBuilt } from './buildAdmin'

/**
 * Vitest global setup of the e2e project: builds the portal once (about 5 s), and the admin
 * when it is missing or stale (see buildAdmin.ts), so that the tests drive the production
 * builds, as `npm start` serves them.
 */
export const setup = async () => {
  const result = spawnSync(path.resolve('node_modules/.bin/react-router'), ['build', 'portal'], {
    stdio: 'pipe',
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) {
    throw new Error(`Building the portal failed:\n${result.stdout}\n${result.stderr}`)
  }
  await ensureAdminBuilt()
}

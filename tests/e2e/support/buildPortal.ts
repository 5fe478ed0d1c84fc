import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { ensureAdminBuilt } from './buildAdmin'

/** Builds the portal for production (about 5 s), as `npm start` serves it. */
export const buildPortal = () => {
  const result = spawnSync(path.resolve('node_modules/.bin/react-router'), ['build', 'portal'], {
    stdio: 'pipe',
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) {
    throw new Error(`Building the portal failed:\n${result.stdout}\n${result.stderr}`)
  }
}

/**
 * Vitest global setup of the e2e project: builds the portal once, and the admin when it is
 * missing or stale (see buildAdmin.ts), so that the tests drive the production builds.
 */
export const setup = async () => {
  buildPortal()
  await ensureAdminBuilt()
}

import { spawnSync } from 'node:child_process'
import path from 'node:path'

/**
 * Vitest global setup of the e2e project: builds the portal once (about 5 s), so that the
 * tests drive the production build, as `npm start` serves it.
 */
export const setup = () => {
  const result = spawnSync(path.resolve('node_modules/.bin/react-router'), ['build', 'portal'], {
    stdio: 'pipe',
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) {
    throw new Error(`Building the portal failed:\n${result.stdout}\n${result.stderr}`)
  }
}

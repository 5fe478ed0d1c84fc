import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Payload, SanitizedConfig } from 'payload'

import { createApp } from '../../src/server/createApp'

export type PortalServer = { baseUrl: string; close: () => Promise<void> }

/**
 * A production build of the portal, made for the calling test file alone (other test runs
 * may build theirs side by side), and its express handlers; `close` removes the build. The
 * portal module reads its build folder when first loaded, so one test file can build one.
 */
export const buildTestPortal = async ({ payload, name }: { payload: Payload; name: string }) => {
  const buildDir = path.resolve(`build/portal-${name}-${randomBytes(4).toString('hex')}`)
  const built = spawnSync(path.resolve('node_modules/.bin/react-router'), ['build', 'portal'], {
    stdio: 'pipe',
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', LUPA_PORTAL_BUILD_DIR: buildDir },
  })
  if (built.status !== 0) throw new Error(`Building the portal failed:\n${built.stdout}\n${built.stderr}`)
  const previous = process.env.LUPA_PORTAL_BUILD_DIR
  process.env.LUPA_PORTAL_BUILD_DIR = buildDir
  const portalModule = await import('../../src/server/portal')
  if (previous === undefined) delete process.env.LUPA_PORTAL_BUILD_DIR
  else process.env.LUPA_PORTAL_BUILD_DIR = previous
  if (portalModule.portalBuildDir !== buildDir) throw new Error('The portal module was loaded before')
  const portal = await portalModule.createPortal({ payload, isDevelopment: false })
  return {
    handlers: portal.handlers,
    close: async () => {
      await portal.close()
      rmSync(buildDir, { recursive: true, force: true })
    },
  }
}

/** The express host serving a production build of the portal, as `npm start` serves it. */
export const startPortalServer = async ({
  payload,
  config,
  name,
}: {
  payload: Payload
  config: SanitizedConfig
  name: string
}): Promise<PortalServer> => {
  const portal = await buildTestPortal({ payload, name })
  const app = createApp({
    payload,
    config,
    publicUrl: 'http://localhost:3999',
    isDevelopment: false,
    portal: portal.handlers,
  })
  const server = app.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', resolve))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await portal.close()
    },
  }
}

import path from 'node:path'

import type { RequestHandler } from 'express'
import next from 'next'

import { seedDemo } from '../../../src/seed/seed'
import { createApp } from '../../../src/server/createApp'
import { createPortal } from '../../../src/server/portal'
import { startTestPayload, type TestPayload } from '../../support/testPayload'
import { freePort } from './portalTestServer'

export type AdminTestServer = {
  url: string
  test: TestPayload
  close: () => Promise<void>
}

/**
 * The express host with the built admin (see buildAdmin.ts) mounted as `npm start` mounts it
 * (src/server/main.ts), over Payload on a temporary SQLite database with the demo data
 * (demo users, catalogue, a submitted application with its cases and deliveries), on a free
 * local port. Next's handlers reuse this Payload instance (Payload keeps it on a global).
 * With `portal`, the built portal (see buildPortal.ts) is served beside it, as `npm start`
 * serves both.
 */
export const startAdminTestServer = async ({
  portal: withPortal = false,
  env = {},
}: {
  portal?: boolean
  /** Environment variables of this server's configuration (as parseEnv reads them). */
  env?: Record<string, string>
} = {}): Promise<AdminTestServer> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const test = await startTestPayload({ env: { ...env, PUBLIC_URL: url } })
  await seedDemo(test.payload, { isProduction: false, dataDir: test.dataDir })
  const nextApp = next({ dev: false, dir: path.resolve('admin') })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()
  const admin: RequestHandler = (req, res) => handle(req, res)
  const portal = withPortal ? await createPortal({ payload: test.payload, isDevelopment: false }) : null
  const app = createApp({
    payload: test.payload,
    config: test.config,
    publicUrl: url,
    isDevelopment: false,
    admin,
    ...(portal ? { portal: portal.handlers } : {}),
  })
  const server = app.listen(port, '127.0.0.1')
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  return {
    url,
    test,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await nextApp.close()
      await portal?.close()
      await test.close()
    },
  }
}

// Lupa's test server in a process of its own, on the database and storage its environment
// names (see serverProcess.ts); the test's own instance has set the database up. With
// LUPA_TEST_PORTAL=true it serves the built portal too, and PUBLIC_URL is its public address;
// with LUPA_TEST_UNLIMITED=true no rate limit applies (a load test's clients share one address).
import { getPayload } from 'payload'

import { plugins } from '../../payload.config'
import { createConfig } from '../../src/config/createConfig'
import { closeDatabase } from '../../src/db/databaseAdapter'
import { parseEnv } from '../../src/env'
import { createPortal } from '../../src/server/portal'
import { startTestServer } from './testPayload'

const env = parseEnv()
const config = await createConfig({ env, plugins })
const payload = await getPayload({ config })
const portal =
  process.env.LUPA_TEST_PORTAL === 'true' ? await createPortal({ payload, isDevelopment: false }) : null
const unlimited = 1_000_000_000
const server = await startTestServer({
  payload,
  config,
  limits:
    process.env.LUPA_TEST_UNLIMITED === 'true'
      ? { login: unlimited, submit: unlimited, integration: unlimited, windowMs: 60_000 }
      : undefined,
  portal: portal?.handlers,
  publicUrl: portal ? env.PUBLIC_URL : undefined,
  trustedProxies: env.TRUSTED_PROXIES,
})
process.once('SIGTERM', () => {
  void server
    .close()
    .then(() => portal?.close())
    .then(() => closeDatabase(payload))
    .finally(() => process.exit(0))
})
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`)

// Lupa's test server in a process of its own, on the database and storage its environment
// names (see serverProcess.ts); the test's own instance has set the database up.
import { getPayload } from 'payload'

import { plugins } from '../../payload.config'
import { createConfig } from '../../src/config/createConfig'
import { closeDatabase } from '../../src/db/databaseAdapter'
import { parseEnv } from '../../src/env'
import { startTestServer } from './testPayload'

const config = await createConfig({ env: parseEnv(), plugins })
const payload = await getPayload({ config })
const server = await startTestServer({ payload, config })
process.once('SIGTERM', () => {
  void server
    .close()
    .then(() => closeDatabase(payload))
    .finally(() => process.exit(0))
})
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`)

import { randomBytes } from 'node:crypto'
import path from 'node:path'

import type { Payload } from 'payload'
import { getPayload } from 'payload'

import { migrations, plugins } from '../../payload.config'
import { createConfig } from '../../src/config/createConfig'
import { parseEnv } from '../../src/env'

/**
 * Payload that leaves the schema alone (the tests allow pushing it, but not while migrating),
 * by default on a new SQLite file in `dataDir` with no schema at all, so that the committed
 * migrations build it; or on `databaseUrl` as it is. `key` keeps Payload's cached instance
 * apart from others.
 */
export const startMigratingPayload = async ({
  dataDir,
  key,
  databaseUrl = `file:${path.join(dataDir, 'migrated.db')}`,
}: {
  dataDir: string
  key: string
  databaseUrl?: string
}): Promise<Payload> => {
  const env = parseEnv({
    NODE_ENV: 'test',
    LUPA_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PUBLIC_URL: 'http://localhost:3999',
    LOG_LEVEL: 'error',
  })
  const config = await createConfig({ env, migrations, plugins })
  const wasMigrating = process.env.PAYLOAD_MIGRATING
  process.env.PAYLOAD_MIGRATING = 'true'
  try {
    return await getPayload({ config, key })
  } finally {
    if (wasMigrating === undefined) delete process.env.PAYLOAD_MIGRATING
    else process.env.PAYLOAD_MIGRATING = wasMigrating
  }
}

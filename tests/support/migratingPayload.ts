import { randomBytes } from 'node:crypto'
import path from 'node:path'

import type { Payload } from 'payload'
import { getPayload } from 'payload'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'
import { plugins } from '../../payload.config'
import { createConfig } from '../../src/config/createConfig'
import { parseEnv } from '../../src/env'

/**
 * Payload on a new SQLite file in `dataDir` with no schema at all, so that the committed
 * migrations build it (the SQLite adapter pushes the schema on connect outside production,
 * unless it is migrating). `key` keeps Payload's cached instance apart from others.
 */
export const startMigratingPayload = async ({
  dataDir,
  key,
}: {
  dataDir: string
  key: string
}): Promise<Payload> => {
  const env = parseEnv({
    NODE_ENV: 'test',
    LUPA_ENV: 'test',
    DATABASE_URL: `file:${path.join(dataDir, 'migrated.db')}`,
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PUBLIC_URL: 'http://localhost:3999',
    LOG_LEVEL: 'error',
  })
  const config = await createConfig({
    env,
    migrations: { sqlite: sqliteMigrations, postgres: postgresMigrations },
    plugins,
  })
  const wasMigrating = process.env.PAYLOAD_MIGRATING
  process.env.PAYLOAD_MIGRATING = 'true'
  try {
    return await getPayload({ config, key })
  } finally {
    if (wasMigrating === undefined) delete process.env.PAYLOAD_MIGRATING
    else process.env.PAYLOAD_MIGRATING = wasMigrating
  }
}

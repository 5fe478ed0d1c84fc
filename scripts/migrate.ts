import { getPayload } from 'payload'

import { migrations, plugins } from '../payload.config'
import { createConfig } from '../src/config/createConfig'
import { closeDatabase, dialectOf } from '../src/db/databaseAdapter'
import { migrateDatabase } from '../src/db/migrate'
import { env } from '../src/env'

// Applies the committed migrations of DATABASE_URL's dialect (migrations/sqlite or
// migrations/postgres) that the database has not recorded, and says which. The config gets
// no migrations, so connecting does not apply them first (as it does under NODE_ENV=production),
// and no onInit runs (plugins schedule jobs there, into tables that may not exist yet).
process.env.DISABLE_PAYLOAD_HMR ??= 'true'

const main = async () => {
  const settings = env()
  if (dialectOf(settings.DATABASE_URL) === 'mongodb') return 'MongoDB has no migrations: nothing to apply.'
  const payload = await getPayload({
    config: await createConfig({ env: settings, plugins }),
    disableOnInit: true,
  })
  try {
    const applied = await migrateDatabase(payload, migrations)
    return applied.length === 0
      ? 'Nothing to apply: the database has every committed migration.'
      : `Applied ${applied.length} migration${applied.length === 1 ? '' : 's'}:\n${applied.map((name) => `  ${name}`).join('\n')}`
  } finally {
    await closeDatabase(payload)
  }
}

main().then(
  (summary) => {
    process.stdout.write(`${summary}\n`)
    process.exit(0)
  },
  (error: unknown) => {
    console.error(`npm run migrate failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)

import { getPayload } from 'payload'

import configPromise from '../payload.config'
import { closeDatabase } from '../src/db/databaseAdapter'

// Applies pending migrations of DATABASE_URL's dialect (migrations/sqlite or migrations/postgres).
process.env.PAYLOAD_MIGRATING = 'true'
process.env.DISABLE_PAYLOAD_HMR ??= 'true'
const payload = await getPayload({ config: await configPromise })
await payload.db.migrate()
await closeDatabase(payload)
process.exit(0)

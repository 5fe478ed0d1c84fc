import { getPayload } from 'payload'

import configPromise from '../payload.config'
import { closeDatabase } from '../src/db/databaseAdapter'
import { env } from '../src/env'
import { seedCatalogue, seedDemo } from '../src/seed/seed'

// Production gets the bundle catalogue only; elsewhere also demo users and a demo application.
process.env.DISABLE_PAYLOAD_HMR ??= 'true'
const payload = await getPayload({ config: await configPromise })
const { isProduction, DATA_DIR } = env()
if (isProduction) await seedCatalogue(payload)
else await seedDemo(payload, { isProduction, dataDir: DATA_DIR })
payload.logger.info(isProduction ? 'Seeded the catalogue' : 'Seeded the catalogue and demo data')
await closeDatabase(payload)
process.exit(0)

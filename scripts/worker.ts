import { getPayload } from 'payload'

import configPromise from '../payload.config'
import { closeDatabase } from '../src/db/databaseAdapter'
import { startWorker } from '../src/server/worker'

// The production job worker. On SQLite and PostgreSQL any number may share the queue (jobs
// are claimed with a lease); on MongoDB run one. SIGTERM lets running jobs finish or
// releases them (see docs/decisions/0013).
process.env.DISABLE_PAYLOAD_HMR ??= 'true'
const payload = await getPayload({ config: await configPromise })
const worker = await startWorker({ payload })
payload.logger.info('Lupa worker is running')

const stop = async () => {
  await worker.stop()
  await closeDatabase(payload)
  process.exit(0)
}
process.once('SIGINT', () => void stop())
process.once('SIGTERM', () => void stop())

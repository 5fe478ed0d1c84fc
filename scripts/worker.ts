import { getPayload } from 'payload'

import configPromise from '../payload.config'
import { closeDatabase } from '../src/db/databaseAdapter'
import { startWorker } from '../src/server/worker'

// The production job worker: run exactly one per queue (see docs/decisions/0004).
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

import { getPayload } from 'payload'

import { closeDatabase } from '../src/db/databaseAdapter'
import { startWorker } from '../src/server/worker'

// The production job worker: run exactly one per queue (see docs/decisions).
process.env.DISABLE_PAYLOAD_HMR ??= 'true'
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config: await config })
const worker = await startWorker({ payload })
payload.logger.info('Lupa worker is running')

const stop = async () => {
  await worker.stop()
  await closeDatabase(payload)
  process.exit(0)
}
process.once('SIGINT', () => void stop())
process.once('SIGTERM', () => void stop())

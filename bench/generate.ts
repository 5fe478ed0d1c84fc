import { parseArgs } from 'node:util'

import { closeDatabase } from '../src/db/databaseAdapter'
import { seedDemo } from '../src/seed/seed'
import { generateScaleData } from './generateData'
import type { ScaleDialect } from './scaleDatabase'
import { recreateDatabase, scaleDataDir, scaleDatabaseUrl, startScalePayload } from './scaleDatabase'

/*
 * `npm run bench:generate -- --cases=1000000 [--db=sqlite|postgres] [--database=<file, name or URL>]`:
 * a fresh database (the old one of that size is removed) with the committed migrations, the
 * demo catalogue and users, and `--cases` generated cases with their applications, events,
 * messages, supplement requests, decisions and deliveries. See bench/README.md, "Scale".
 */
const { values: options } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    db: { type: 'string', default: 'sqlite' },
    database: { type: 'string' },
    chunk: { type: 'string', default: '1000' },
  },
})
const log = (line: string) => process.stderr.write(`${line}\n`)
const cases = Number(options.cases)
if (!Number.isInteger(cases) || cases < 1) throw new Error('--cases must be a positive whole number')
const dialect: ScaleDialect = options.db === 'postgres' ? 'postgres' : 'sqlite'
const databaseUrl = scaleDatabaseUrl({ dialect, cases, target: options.database })

const startedAt = Date.now()
await recreateDatabase(databaseUrl)
log(`Generating ${cases.toLocaleString('en')} cases into ${databaseUrl}`)
const payload = await startScalePayload(databaseUrl)
await seedDemo(payload, { isProduction: false, dataDir: scaleDataDir })
log(`Migrated and seeded the demo data in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)
const counts = await generateScaleData(payload, { cases, chunkApplications: Number(options.chunk), log })
await closeDatabase(payload)
const seconds = (Date.now() - startedAt) / 1000
process.stdout.write(
  `${JSON.stringify({ database: databaseUrl, dialect, seconds: Math.round(seconds), ...counts }, null, 2)}\n`,
)
process.exit(0)

import { spawnSync } from 'node:child_process'
import path from 'node:path'

import pg from 'pg'

// A vitest project against PostgreSQL (the integration suite unless `--project` names
// another, e.g. the fault-injection suite): each test file creates a throwaway database on
// TEST_DATABASE_URL's server and drops it when done.
const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const probe = new pg.Client({ connectionString: server })
try {
  await probe.connect()
  await probe.end()
} catch (error) {
  console.error(`PostgreSQL is not reachable at ${server}: ${(error as Error).message}`)
  process.exit(1)
}

const args = process.argv.slice(2)
const result = spawnSync(
  path.resolve('node_modules/.bin/vitest'),
  ['run', ...(args.includes('--project') ? [] : ['--project', 'int']), ...args],
  {
    stdio: 'inherit',
    env: { ...process.env, LUPA_TEST_DB: 'postgres', TEST_DATABASE_URL: server },
  },
)
process.exit(result.status ?? 1)

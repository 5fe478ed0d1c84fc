import { performance } from 'node:perf_hooks'

import { createLocalReq } from 'payload'

import { seedCatalogue } from '../src/seed/seed'
import { submitApplication } from '../src/submission/submitApplication'
import { createDraft, createUser } from '../tests/support/factories'
import { startTestPayload } from '../tests/support/testPayload'

// Submission latency on a fresh database (SQLite, or PostgreSQL with LUPA_TEST_DB=postgres):
// prints figures, asserts nothing. `npm run bench -- 50` submits 50 applications.
process.env.DISABLE_PAYLOAD_HMR = 'true'
const rounds = Number(process.argv[2] ?? 30)
const test = await startTestPayload()
const { payload } = test
const seedStarted = performance.now()
const { bundleId } = await seedCatalogue(payload)
const seedMs = performance.now() - seedStarted
const customer = await createUser(payload, { role: 'customer' })
const req = await createLocalReq({ user: customer as never }, payload)

const timings: number[] = []
for (let round = 0; round < rounds; round += 1) {
  const draft = await createDraft(payload, { customer, bundleId })
  const started = performance.now()
  await submitApplication({ req, applicationId: draft.id, locale: 'fi' })
  timings.push(performance.now() - started)
}
timings.sort((a, b) => a - b)
const at = (share: number) => timings[Math.min(timings.length - 1, Math.floor(share * timings.length))]
const database = process.env.LUPA_TEST_DB === 'postgres' ? 'postgres' : 'sqlite'
process.stdout.write(
  [
    `database: ${database}`,
    `seed (catalogue, 3 languages): ${seedMs.toFixed(0)} ms`,
    `submit (9 cases, 9 events, 9 jobs, one transaction), ${rounds} rounds:`,
    `  p50 ${at(0.5).toFixed(1)} ms  p95 ${at(0.95).toFixed(1)} ms  max ${timings.at(-1)!.toFixed(1)} ms`,
    '',
  ].join('\n'),
)
await test.close()
process.exit(0)

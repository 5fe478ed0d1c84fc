import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { demoReceiverUrl } from '../plugins/connection-integration/demoSeed'
import { generateSigningSecret } from '../plugins/connection-integration/signingSecrets'
import { demoPassword } from '../src/seed/seed'
import { workedExampleAnswers, workedExampleApplication } from '../src/seed/public-event'
import { createPostgresDatabase } from '../tests/support/testPayload'
import { formatDeliveryTable, measureDelivery } from './delivery'
import type { LoadResult, LoadTarget } from './load'
import { idempotencyHeaders, load } from './load'
import type { Child } from './processes'
import { freePort, helloWorldScript, peakRssMb, startNode, waitUntilReady } from './processes'
import { startWebhookReceiver } from './receiver'

/*
 * `npm run bench [-- --db=postgres --seconds=8 --connections=32 --only=<name> --profile=<dir>
 * --rounds=10 --parallel=20]` (`--profile` writes the CPU profiles of the web process and the workers there, for
 * Chrome's DevTools): Lupa under load as `npm start` runs it (production build, demo data; on
 * SQLite the worker in the web process, on PostgreSQL two worker processes as production runs
 * them), beside a bare express "Hello World" measured in the same run as the machine's
 * ceiling; and the time from submission to the authority system's verified webhook
 * (`--only=delivery` measures only that). Prints tables of figures; asserts nothing (see
 * bench/README.md for targets and the latest tables).
 */
const { values: options } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    seconds: { type: 'string', default: '8' },
    'warm-up': { type: 'string', default: '2' },
    connections: { type: 'string', default: '32' },
    submissions: { type: 'string', default: '400' },
    rounds: { type: 'string', default: '10' },
    parallel: { type: 'string', default: '20' },
    only: { type: 'string' },
    profile: { type: 'string' },
  },
})
const settings = {
  connections: Number(options.connections),
  seconds: Number(options.seconds),
  warmUpSeconds: Number(options['warm-up']),
}
const children: Child[] = []
const cleanups: (() => Promise<void> | void)[] = []

const log = (line: string) => process.stderr.write(`${line}\n`)

const submitRoute = 'POST /api/applications/:id/submit'
const deliveryName = 'delivery'
const isMeasured = (name: string) => !options.only || name.includes(options.only)
/** On PostgreSQL workers run apart from the web process, as in production (issue 12). */
const workerCount = options.db === 'postgres' ? 2 : 0

/** A database of the run's own: a SQLite file in a temporary folder, or a scratch PostgreSQL database. */
const createDatabase = async (dataDir: string) => {
  if (options.db !== 'postgres') return `file:${path.join(dataDir, 'bench.db')}`
  const { url, drop } = await createPostgresDatabase('lupa_bench')
  cleanups.push(drop)
  return url
}

const measureCeiling = async () => {
  const port = await freePort()
  const child = startNode(['--input-type=module', '-e', helloWorldScript], { PORT: String(port) })
  children.push(child)
  await waitUntilReady(child, `http://127.0.0.1:${port}/`, 10_000)
  const result = await load(
    `http://127.0.0.1:${port}`,
    { name: 'express "Hello World" (ceiling)', target: 1, path: '/' },
    settings,
  )
  await child.stop()
  return result
}

type Session = { cookie: string; authorization: string }

const signIn = async (origin: string, email: string): Promise<Session> => {
  const response = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  })
  if (!response.ok) throw new Error(`${email} could not sign in: ${response.status}`)
  const { token } = (await response.json()) as { token: string }
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ')
  return { cookie, authorization: `JWT ${token}` }
}

const api = async <T>(origin: string, session: Session, route: string, body?: unknown): Promise<T> => {
  const response = await fetch(`${origin}${route}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: session.authorization, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

type Doc = { id: number | string }

/**
 * Everything the measured routes and the delivery measurement need: sessions, a submitted
 * application, drafts, an API key, the authorities in integration mode.
 */
const prepare = async (origin: string, submissions: number) => {
  // The submissions' drafts belong to another customer: the measured customer's own pages
  // keep what a customer has (a few applications), not hundreds of drafts.
  const [customer, submitter, police, owner] = await Promise.all(
    [
      'customer@lupa.localhost',
      'customer2@lupa.localhost',
      'police@lupa.localhost',
      'owner@lupa.localhost',
    ].map((email) => signIn(origin, email)),
  )
  const { docs: applications } = await api<{
    docs: (Doc & { bundle: number | string; onBehalfOf?: unknown })[]
  }>(origin, customer, '/api/applications?depth=0&where[status][equals]=submitted&limit=1')
  const application = applications[0]
  if (!application) throw new Error('the demo data has no submitted application')
  const { docs: cases } = await api<{ docs: (Doc & { authority: number | string })[] }>(
    origin,
    police,
    '/api/cases?depth=0&limit=1',
  )
  const policeCase = cases[0]
  if (!policeCase) throw new Error('the police user sees no case')
  const { key } = await api<{ key: string }>(
    origin,
    owner,
    `/api/authorities/${policeCase.authority}/integration/credentials`,
    { label: `bench ${new Date().toISOString()}` },
  )
  for (const status of ['received', 'in-processing'])
    await fetch(`${origin}/api/integration/v1/cases/${policeCase.id}/status`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/json',
        ...idempotencyHeaders(),
      },
      body: JSON.stringify({ status }),
    })
  const newDraft = (session: Session, onBehalfOf?: unknown) =>
    api<{ doc: Doc }>(origin, session, '/api/applications', {
      bundle: application.bundle,
      onBehalfOf,
      answers: workedExampleAnswers,
      values: workedExampleApplication,
    }).then(({ doc }) => doc.id)
  const wizardDraft = await newDraft(customer, application.onBehalfOf)
  const drafts: (number | string)[] = []
  for (let index = 0; index < submissions; index += 1) drafts.push(await newDraft(submitter))
  const { docs: integrationAuthorities } = await api<{ docs: { key: string }[] }>(
    origin,
    owner,
    '/api/authorities?depth=0&limit=1000&where[connectionMode][equals]=integration',
  )
  return {
    customer,
    submitter,
    police,
    apiKey: key,
    application,
    policeCase,
    wizardDraft,
    drafts,
    integrationAuthorities: new Set(integrationAuthorities.map((authority) => authority.key)),
  }
}

const targetsOf = (prepared: Awaited<ReturnType<typeof prepare>>): LoadTarget[] => {
  const { customer, submitter, police, apiKey, application, policeCase, wizardDraft, drafts } = prepared
  const asCustomer = { cookie: customer.cookie }
  const asPolice = { cookie: police.cookie }
  const integration = { authorization: `Bearer ${apiKey}` }
  return [
    { name: '/ (anonymous)', target: 0.08, path: '/' },
    { name: '/analysis/public-event (anonymous)', target: 0.08, path: '/analysis/public-event' },
    { name: 'GET /api/permit-bundles?depth=0', target: 0.06, path: '/api/permit-bundles?depth=0' },
    { name: '/applications (customer)', target: 0.03, path: '/applications', headers: asCustomer },
    {
      name: '/applications/:id (customer, 9 cases)',
      target: 0.03,
      path: `/applications/${application.id}`,
      headers: asCustomer,
    },
    {
      name: '/applications/:id/edit?step=organiser (wizard step)',
      target: 0.03,
      path: `/applications/${wizardDraft}/edit?step=organiser`,
      headers: asCustomer,
    },
    { name: '/decisions (customer)', target: 0.03, path: '/decisions', headers: asCustomer },
    { name: '/authority (inbox)', target: 0.03, path: '/authority', headers: asPolice },
    {
      name: '/authority/cases/:id',
      target: 0.03,
      path: `/authority/cases/${policeCase.id}`,
      headers: asPolice,
    },
    {
      name: 'GET /api/integration/v1/cases/:id',
      target: 0.06,
      path: `/api/integration/v1/cases/${policeCase.id}`,
      headers: integration,
    },
    {
      name: 'POST /api/integration/v1/cases/:id/status',
      target: 0.06,
      path: `/api/integration/v1/cases/${policeCase.id}/status`,
      method: 'POST',
      headers: { ...integration, 'content-type': 'application/json' },
      // The case is in processing (see prepare): the authority system says so again.
      next: () => ({
        path: `/api/integration/v1/cases/${policeCase.id}/status`,
        body: JSON.stringify({ status: 'in-processing' }),
        headers: idempotencyHeaders(),
      }),
    },
    {
      name: submitRoute,
      // Submissions are counted per second, not as a share: ≥ 50/s on PostgreSQL.
      target: 0,
      path: '',
      method: 'POST',
      headers: { authorization: submitter.authorization },
      amount: drafts.length,
      next: () => ({ path: `/api/applications/${drafts.shift()}/submit?locale=fi` }),
    },
  ]
}

const formatTable = (ceiling: LoadResult, results: LoadResult[], rssMb: number) => {
  const rows = [ceiling, ...results].map((result) => {
    const ratio = result.requestsPerSecond / ceiling.requestsPerSecond
    const goal =
      result.target === 1 ? '' : result.target ? `≥ ${(result.target * 100).toFixed(0)} %` : '≥ 50/s (PG)'
    const met =
      result.target === 1
        ? ''
        : (result.target ? ratio >= result.target : result.requestsPerSecond >= 50) && result.p975 <= 150
          ? 'yes'
          : 'no'
    return [
      result.name,
      result.requestsPerSecond.toFixed(0),
      `${(ratio * 100).toFixed(2)} %`,
      `${result.p50} / ${result.p975} / ${result.p99}`,
      String(result.non2xx + result.errors),
      (result.bytesPerResponse / 1024).toFixed(1),
      goal,
      met,
    ]
  })
  const header = [
    'route',
    'req/s',
    'of ceiling',
    'p50 / p97.5 / p99 ms',
    'non-2xx',
    'KB/resp',
    'target',
    'met',
  ]
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`)
  const failures = results
    .filter((result) => result.failure)
    .map((result) => `- ${result.name}: first refusal ${result.failure}`)
  return [
    ...lines,
    '',
    `Peak RSS of the web process: ${rssMb.toFixed(0)} MB (target ≤ 500 MB)`,
    ...(failures.length > 0 ? ['', ...failures] : []),
  ].join('\n')
}

/** Lupa's processes: the web process, and on PostgreSQL its separate workers. */
const startLupa = async (dataDir: string) => {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const env = {
    LUPA_ENV: 'development',
    DATABASE_URL: await createDatabase(dataDir),
    DATA_DIR: dataDir,
    PUBLIC_URL: origin,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
  }
  const profiling = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.profile)}`] : []
  const server = startNode([...profiling, 'scripts/run.mjs', '--node-env=production', 'bench/server.ts'], {
    ...env,
    PORT: String(port),
    JOBS_IN_PROCESS: workerCount > 0 ? 'false' : 'true',
  })
  children.push(server)
  log(`Lupa on ${options.db} (builds first if the code changed)…`)
  await waitUntilReady(server, `${origin}/readyz`, 15 * 60_000)
  // Started once the web process has migrated the database and seeded the demo data.
  const workers = Array.from({ length: workerCount }, () =>
    startNode([...profiling, 'scripts/run.mjs', 'scripts/worker.ts'], { ...env, NODE_ENV: 'production' }),
  )
  children.push(...workers)
  const checkWorkers = () => {
    const stopped = workers.find((worker) => worker.process.exitCode !== null)
    if (stopped) throw new Error(`a worker exited (${stopped.process.exitCode}):\n${stopped.output()}`)
  }
  const processes = [server, ...workers].map((child, index) => ({
    name: index === 0 ? 'web' : `worker ${index}`,
    pid: child.process.pid!,
  }))
  return { origin, server, processes, checkWorkers }
}

const main = async () => {
  const started = Date.now()
  const measuresRoutes = options.only !== deliveryName
  const measuresDelivery = isMeasured(deliveryName)
  const rounds = Number(options.rounds)
  const parallel = Number(options.parallel)
  let ceiling: LoadResult | undefined
  if (measuresRoutes) {
    log(`Ceiling: express "Hello World" at ${settings.connections} connections…`)
    ceiling = await measureCeiling()
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lupa-bench-'))
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
  // The integration authorities' system, listening where the demo data points them (the
  // seed keeps a signing secret it finds in the data directory).
  const secret = generateSigningSecret()
  writeFileSync(path.join(dataDir, 'demo-receiver-secret'), secret, { mode: 0o600 })
  const receiver = await startWebhookReceiver({ port: Number(new URL(demoReceiverUrl).port), secret })
  cleanups.push(() => receiver.close())
  const { origin, server, processes, checkWorkers } = await startLupa(dataDir)
  const routeDrafts = measuresRoutes && isMeasured(submitRoute) ? Number(options.submissions) : 0
  const deliveryDrafts = measuresDelivery ? (rounds + 1) * parallel : 0
  log(`Preparing (${routeDrafts + deliveryDrafts} drafts)…`)
  const prepared = await prepare(origin, routeDrafts + deliveryDrafts)
  const topology =
    workerCount > 0 ? `web process and ${workerCount} worker processes` : 'worker in the web process'
  const sections: string[] = []
  // Before the routes: the submission route leaves hundreds of deliveries queued, which
  // this would otherwise measure.
  if (measuresDelivery) {
    log(`  delivery: ${rounds} rounds of ${parallel} parallel submissions…`)
    const delivery = await measureDelivery({
      origin,
      authorization: prepared.submitter.authorization,
      drafts: prepared.drafts.splice(0, deliveryDrafts),
      rounds,
      parallel,
      integrationAuthorities: prepared.integrationAuthorities,
      receiver,
      processes,
    })
    checkWorkers()
    sections.push(formatDeliveryTable(delivery, topology))
  }
  if (ceiling) {
    const results: LoadResult[] = []
    for (const target of targetsOf(prepared)) {
      if (!isMeasured(target.name)) continue
      log(`  ${target.name}…`)
      results.push(await load(origin, target, settings))
    }
    checkWorkers()
    sections.unshift(
      [
        `${settings.connections} connections, ${settings.seconds} s per route after ${settings.warmUpSeconds} s warm-up`,
        '',
        formatTable(ceiling, results, peakRssMb(server.process.pid!)),
      ].join('\n'),
    )
  }
  const cpus = os.cpus()
  process.stdout.write(
    [
      `Lupa bench, ${new Date().toISOString().slice(0, 10)}, database ${options.db}, ${topology}`,
      `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
      '',
      sections.join('\n\n'),
      '',
      `(${((Date.now() - started) / 1000).toFixed(0)} s in all)`,
      '',
    ].join('\n'),
  )
}

try {
  await main()
} finally {
  for (const child of children) await child.stop()
  for (const cleanup of cleanups) await cleanup()
}
process.exit(0)

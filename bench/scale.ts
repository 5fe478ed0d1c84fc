import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'

import type { InArgs, InStatement } from '@libsql/client'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { caseOfAuthority } from '../plugins/connection-integration/api/caseOfAuthority'
import { loadApplicationView } from '../portal/app/models/applications.server'
import type { AuthorityUser } from '../portal/app/models/authority.server'
import { loadInbox } from '../portal/app/models/authorityInbox.server'
import type { PortalUser } from '../portal/app/models/session.server'
import { caseDetailOf } from '../src/cases/caseViews'
import { idOf } from '../src/collections/relations'
import { slugs } from '../src/collections/slugs'
import { closeDatabase, postgresPoolOf, sqliteClientOf } from '../src/db/databaseAdapter'
import type { ScaleDialect } from './scaleDatabase'
import { scaleDatabaseUrl, startScalePayload } from './scaleDatabase'

/*
 * `npm run bench:scale -- [--db=postgres] [--sizes=10000,1000000] [--runs=21] [--explain]`:
 * the read paths whose cost must not grow with the history (issue 11: at a million cases at
 * most 1.5 × their time at ten thousand), timed in this process through the code the routes
 * run: the customer's application view (its loader's model), the authority inbox (its
 * loader's model, with filters, sorts and pages) and the integration API's case read (the
 * route's own functions). Needs the databases of `npm run bench:generate` for each size.
 * `--explain` prints each statement a path issues with its plan (SQLite's EXPLAIN QUERY
 * PLAN, PostgreSQL's EXPLAIN ANALYZE) at each size.
 */
const { values: options } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    sizes: { type: 'string', default: '10000,1000000' },
    runs: { type: 'string', default: '21' },
    'warm-up': { type: 'string', default: '3' },
    explain: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
})
const dialect: ScaleDialect = options.db === 'postgres' ? 'postgres' : 'sqlite'
const sizes = options.sizes.split(',').map(Number)
const runs = Number(options.runs)
const warmUp = Number(options['warm-up'])
const log = (line: string) => process.stderr.write(`${line}\n`)

type Path = { name: string; run: () => Promise<unknown> }

const userByEmail = async (payload: Payload, email: string): Promise<PortalUser> => {
  const { docs } = await payload.find({
    collection: slugs.users,
    where: { email: { equals: email } },
    overrideAccess: true,
    depth: 0,
    limit: 1,
  })
  if (!docs[0]) throw new Error(`No user ${email}: generate the database first`)
  return { ...docs[0], collection: slugs.users }
}

/** An official of the authority with that key (created once in the scale database). */
const officialOf = async (payload: Payload, key: string): Promise<AuthorityUser> => {
  const email = `scale-${key}@lupa.localhost`
  const { docs } = await payload.find({
    collection: slugs.authorities,
    where: { key: { equals: key } },
    overrideAccess: true,
    depth: 0,
    limit: 1,
  })
  const authority = docs[0]
  if (!authority) throw new Error(`No authority ${key}`)
  const existing = await payload.find({
    collection: slugs.users,
    where: { email: { equals: email } },
    overrideAccess: true,
    depth: 0,
    limit: 1,
  })
  if (!existing.docs[0])
    await payload.create({
      collection: slugs.users,
      data: {
        email,
        name: `Virkailija (${key})`,
        role: 'authority-user',
        authority: authority.id,
        password: randomBytes(24).toString('hex'),
      },
      overrideAccess: true,
    })
  return (await userByEmail(payload, email)) as AuthorityUser
}

/** The measured paths on one database: the same records' kind at every size. */
const pathsOf = async (payload: Payload): Promise<Path[]> => {
  const customer = await userByEmail(payload, 'customer@lupa.localhost')
  const police = (await userByEmail(payload, 'police@lupa.localhost')) as AuthorityUser
  const authorityId = Number(idOf(police.authority))
  // The demo customer's newest generated application with every case of the demo's own.
  const { docs: demoApplications } = await payload.find({
    collection: slugs.applications,
    sort: 'id',
    limit: 1,
    overrideAccess: true,
    depth: 0,
    select: { status: true },
  })
  const demoApplication = demoApplications[0]?.id ?? 0
  const casesOf = async (application: number | string) =>
    (await payload.count({ collection: slugs.cases, where: { application: { equals: application } } }))
      .totalDocs
  const fullCount = await casesOf(demoApplication)
  const { docs: applications } = await payload.find({
    collection: slugs.applications,
    where: { and: [{ applicant: { equals: customer.id } }, { id: { not_equals: demoApplication } }] },
    sort: '-submittedAt',
    limit: 5,
    overrideAccess: true,
    depth: 0,
    select: { status: true },
  })
  let applicationId = ''
  for (const application of applications)
    if (!applicationId && (await casesOf(application.id)) === fullCount)
      applicationId = String(application.id)
  if (!applicationId) throw new Error('The demo customer has no generated application')
  // A recent case of the police: its permit type filters the inbox, the API reads it.
  const { docs: cases } = await payload.find({
    collection: slugs.cases,
    where: { authority: { equals: authorityId } },
    sort: '-createdAt',
    limit: 1,
    overrideAccess: true,
    depth: 0,
    select: { permitType: true },
  })
  const policeCase = cases[0]
  if (!policeCase) throw new Error('The police have no case')
  const permitType = String(idOf(policeCase.permitType))
  const inbox = (user: AuthorityUser, query: string) => async (): Promise<number> =>
    (await loadInbox({ payload, user, locale: 'fi', params: new URLSearchParams(query) })).rows.length
  // Later pages at the busiest authority (every application has a case there), so that they
  // are full at ten thousand cases too.
  const agency = await officialOf(payload, 'permit-agency')
  const integrationReq = await createLocalReq({ user: police }, payload)
  integrationReq.context.caseActor = 'authority'
  return [
    {
      name: `customer: /applications/:id (${fullCount} cases)`,
      run: () => loadApplicationView({ payload, user: customer, id: applicationId, locale: 'fi' }),
    },
    { name: 'inbox: open, oldest, page 1', run: inbox(police, 'status=open&sort=oldest') },
    { name: 'inbox: open, newest, page 1', run: inbox(police, 'status=open&sort=newest') },
    { name: 'inbox: open, decision date, page 1', run: inbox(police, 'status=open&sort=decision-date') },
    {
      name: 'inbox: open, permit type, newest, page 1',
      run: inbox(police, `status=open&permitType=${permitType}&sort=newest`),
    },
    {
      name: 'inbox (permit agency): open, oldest, page 3',
      run: inbox(agency, 'status=open&sort=oldest&page=3'),
    },
    {
      name: 'inbox (permit agency): in processing, decision date, page 2',
      run: inbox(agency, 'status=in-processing&sort=decision-date&page=2'),
    },
    {
      name: 'integration API: GET /cases/:id',
      run: async () => {
        const caseDoc = await caseOfAuthority({
          req: integrationReq,
          caller: { authorityId, credentialId: 0 },
          caseId: String(policeCase.id),
        })
        return caseDetailOf(integrationReq, caseDoc)
      },
    },
  ]
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** A statement as sent, and its plan as the database would run it now. */
type Statement = { sql: string; args: unknown; plan: () => Promise<string> }

const linesOf = (rows: unknown[], column: string) =>
  rows
    .map((row) => `    ${String(row && typeof row === 'object' ? Reflect.get(row, column) : row)}`)
    .join('\n')

/** Every statement `work` sends to the database, in order. */
const statementsOf = async (payload: Payload, work: () => Promise<unknown>): Promise<Statement[]> => {
  const statements: Statement[] = []
  const client = sqliteClientOf(payload)
  const pool = postgresPoolOf(payload)
  if (client) {
    const execute = client.execute
    client.execute = (statement: InStatement, args?: InArgs) => {
      const sql = typeof statement === 'string' ? statement : statement.sql
      const bound = (typeof statement === 'string' ? args : statement.args) ?? []
      statements.push({
        sql,
        args: bound,
        // Asked after `work`, when the client has its own `execute` back.
        plan: async () =>
          linesOf((await client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: bound })).rows, 'detail'),
      })
      return execute.call(client, { sql, args: bound })
    }
    try {
      await work()
    } finally {
      client.execute = execute
    }
  } else if (pool) {
    const query = pool.query
    pool.query = ((config: unknown, values?: unknown) => {
      const sql =
        config && typeof config === 'object' && 'text' in config
          ? String(config.text)
          : typeof config === 'string'
            ? config
            : null
      if (sql !== null) {
        const bound: unknown[] =
          config && typeof config === 'object' && 'values' in config && Array.isArray(config.values)
            ? config.values
            : Array.isArray(values)
              ? values
              : []
        statements.push({
          sql,
          args: bound,
          plan: async () => linesOf((await pool.query(`EXPLAIN ANALYZE ${sql}`, bound)).rows, 'QUERY PLAN'),
        })
      }
      return (query as (...args: unknown[]) => unknown).call(pool, config, values)
    }) as typeof pool.query
    try {
      await work()
    } finally {
      pool.query = query
    }
  }
  return statements
}

const explain = async (payload: Payload, path: Path) => {
  await path.run()
  const statements = await statementsOf(payload, path.run)
  log(`\n## ${path.name}: ${statements.length} statements`)
  for (const statement of statements) {
    if (!/^\s*select/i.test(statement.sql)) continue
    log(
      `  ${statement.sql.replace(/\s+/g, ' ').slice(0, 400)}\n    args ${JSON.stringify(statement.args).slice(0, 200)}`,
    )
    log(await statement.plan())
  }
}

// Every size's Payload is started first and the runs alternate between the sizes, so that
// neither is measured in a colder process (JIT, caches) or a quieter minute than the other.
const instances: { size: number; payload: Payload; paths: Path[] }[] = []
for (const size of sizes) {
  const databaseUrl = scaleDatabaseUrl({ dialect, cases: size })
  log(`# ${size.toLocaleString('en')} cases: ${databaseUrl}`)
  const payload = await startScalePayload(databaseUrl)
  const paths = (await pathsOf(payload)).filter((path) => !options.only || path.name.includes(options.only))
  instances.push({ size, payload, paths })
}
const results = new Map<string, Map<number, number>>()
for (const [index, { name }] of instances[0].paths.entries()) {
  const times = new Map<number, number[]>(instances.map(({ size }) => [size, []]))
  for (const { size, payload, paths } of instances) {
    if (options.explain) {
      log(`\n# ${size.toLocaleString('en')} cases`)
      await explain(payload, paths[index])
    }
    const rows = await paths[index].run()
    if (typeof rows === 'number') log(`${name} at ${size.toLocaleString('en')}: ${rows} rows on the page`)
    for (let run = 0; run < warmUp; run += 1) await paths[index].run()
  }
  for (let run = 0; run < runs; run += 1)
    for (const { size, paths } of instances) {
      const started = performance.now()
      await paths[index].run()
      times.get(size)!.push(performance.now() - started)
    }
  const bySize = new Map([...times].map(([size, values]) => [size, median(values)]))
  log(
    `${name}: ${[...bySize].map(([size, ms]) => `${ms.toFixed(2)} ms at ${size.toLocaleString('en')}`).join(', ')}`,
  )
  results.set(name, bySize)
}
for (const { payload } of instances) await closeDatabase(payload)

const [small, large] = [Math.min(...sizes), Math.max(...sizes)]
const label = (size: number) => (size >= 1_000_000 ? `${size / 1_000_000} M` : `${size / 1000} k`)
const lines = [
  `Lupa scale, ${new Date().toISOString().slice(0, 10)}, database ${dialect}, median of ${runs} runs after ${warmUp} warm-up runs`,
  '',
  `| path | ${label(small)} cases, ms | ${label(large)} cases, ms | ratio | ≤ 1.5 |`,
  '| --- | --- | --- | --- | --- |',
  ...[...results].map(([name, bySize]) => {
    const a = bySize.get(small) ?? NaN
    const b = bySize.get(large) ?? NaN
    const ratio = b / a
    return `| ${name} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${ratio.toFixed(2)} | ${ratio <= 1.5 ? 'yes' : 'no'} |`
  }),
]
process.stdout.write(`\n${lines.join('\n')}\n`)
process.exit(0)

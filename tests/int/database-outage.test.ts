import { sql } from '@payloadcms/db-postgres'
import pg from 'pg'
import { createLocalReq } from 'payload'
import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { postgresPoolOf, sqliteClientOf } from '../../src/db/databaseAdapter'
import { withTransaction } from '../../src/db/withTransaction'
import { createUser, tokenOf } from '../support/factories'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

let test: TestPayload
let server: Awaited<ReturnType<typeof startTestServer>>

beforeAll(async () => {
  test = await startTestPayload()
  server = await startTestServer(test)
})

afterAll(async () => {
  await server?.close()
  await test?.close()
})

/**
 * Cuts the database off from Lupa: PostgreSQL refuses new connections to it and ends the
 * open ones; answers how to let it back in. A SQLite file cannot go away apart from its
 * process: its connection is closed, for good.
 */
const cutDatabase = async (): Promise<(() => Promise<void>) | null> => {
  if (!test.databaseUrl.startsWith('postgres')) {
    sqliteClientOf(test.payload)!.close()
    return null
  }
  const url = new URL(test.databaseUrl)
  const database = url.pathname.slice(1)
  url.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: url.toString() })
  await admin.connect()
  await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`)
  await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database])
  return async () => {
    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`)
    await admin.end()
  }
}

const waitFor = async (check: () => Promise<boolean>, timeoutMs = 20_000) => {
  const until = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** The connection of a request's open transaction, to run raw SQL in it. */
type RawTransaction = {
  execute?: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }>
  run?: (query: ReturnType<typeof sql>) => Promise<unknown>
}
const isRawTransaction = (value: unknown): value is RawTransaction =>
  typeof value === 'object' && value !== null && ('execute' in value || 'run' in value)
const transactionOf = (req: PayloadRequest): RawTransaction => {
  const session: unknown = test.payload.db.sessions?.[String(req.transactionID)]
  const transaction: unknown = session && typeof session === 'object' ? Reflect.get(session, 'db') : null
  if (!isRawTransaction(transaction)) throw new Error('No open SQL transaction')
  return transaction
}

/**
 * Makes the commit of a request's transaction fail, as an outage between the last write and
 * the commit does: PostgreSQL loses the transaction's connection; SQLite finds a foreign key
 * broken when it checks the deferred ones, at the commit.
 */
const failCommitOf = async (req: PayloadRequest, userId: number | string) => {
  const transaction = transactionOf(req)
  if (transaction.execute) {
    const { rows } = await transaction.execute(sql`SELECT pg_backend_pid() AS pid`)
    const admin = new pg.Client({ connectionString: test.databaseUrl })
    await admin.connect()
    await admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid])
    await admin.end()
    return
  }
  await transaction.run!(sql`PRAGMA defer_foreign_keys = ON`)
  await transaction.run!(sql`UPDATE users SET authority_id = 99999999 WHERE id = ${userId}`)
}

describe('a commit that fails', () => {
  it('should fail the operation it ends, not answer as if its writes were stored', async () => {
    const user = await createUser(test.payload, { role: 'customer' })
    const req = await createLocalReq({}, test.payload)
    const attempt = withTransaction(req, async () => {
      await test.payload.update({
        collection: slugs.users,
        id: user.id,
        data: { name: 'Never stored' },
        req,
        overrideAccess: true,
      })
      await failCommitOf(req, user.id)
    })
    await expect(attempt).rejects.toThrow()
    const stored = await test.payload.findByID({ collection: slugs.users, id: user.id, overrideAccess: true })
    expect(stored.name).not.toBe('Never stored')
    // The next write goes through.
    await test.payload.update({
      collection: slugs.users,
      id: user.id,
      data: { name: 'Stored' },
      overrideAccess: true,
    })
    expect(
      (await test.payload.findByID({ collection: slugs.users, id: user.id, overrideAccess: true })).name,
    ).toBe('Stored')
  })
})

describe('a database outage', () => {
  it('should answer a signed-in request 503 with Retry-After, not 401, and recover by itself', async () => {
    const user = await createUser(test.payload, { role: 'customer' })
    const token = await tokenOf(test.payload, user)
    const me = () =>
      fetch(`${server.url}/api/users/me`, {
        headers: { authorization: `JWT ${token}`, 'accept-language': 'sv' },
      })
    expect((await me()).status).toBe(200)

    const restore = await cutDatabase()
    // The last answer is trusted for a second: past it, the database is asked again.
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const refused = await me()
    expect(refused.status).toBe(503)
    expect(refused.headers.get('retry-after')).toBeTruthy()
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /tillfälligt otillgänglig/,
    )
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)

    if (restore) {
      await restore()
      await waitFor(async () => (await me()).status === 200)
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
    }
  })

  // A pool of connections to wait for: PostgreSQL's.
  const itOnPostgres = process.env.LUPA_TEST_DB === 'postgres' ? it : () => undefined
  itOnPostgres(
    'should call a busy database up: a ping waiting for a pool connection is not an outage',
    async () => {
      const pool = postgresPoolOf(test.payload)!
      const user = await createUser(test.payload, { role: 'customer' })
      const token = await tokenOf(test.payload, user)
      // Every connection of the pool busy for longer than the guard and /readyz wait.
      const busy = Array.from({ length: pool.options.max ?? 10 }, () => pool.query('SELECT pg_sleep(4)'))
      await new Promise((resolve) => setTimeout(resolve, 1100))
      const [ready, me] = await Promise.all([
        fetch(`${server.url}/readyz`),
        fetch(`${server.url}/api/users/me`, { headers: { authorization: `JWT ${token}` } }),
      ])
      await Promise.all(busy)
      expect(ready.status).toBe(200)
      expect(me.status).toBe(200)
    },
  )
})

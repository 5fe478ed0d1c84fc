import type { InArgs } from '@libsql/client'
import type { Options, Store } from 'express-rate-limit'
import { MemoryStore } from 'express-rate-limit'
import type { Payload } from 'payload'

import { postgresPoolOf, sqliteClientOf } from '../db/databaseAdapter'

type Row = { hits: unknown; reset_at: unknown }
type Run = (sql: string, args: unknown[]) => Promise<Row[]>

/** One dialect's way to run a statement; parameters are `$1`… on PostgreSQL, `?1`… on SQLite. */
type Dialect = { run: Run; param: (index: number) => string; time: (date: Date) => unknown }

const table = 'rate_limit_counters'

/**
 * A rate limiter's counters in the database (the `rate-limit-counters` collection), so every
 * web process behind a load balancer counts the same hits. One statement increments or
 * starts a window, so two processes never lose a hit between them.
 */
class DatabaseStore implements Store {
  private windowMs = 60_000
  private increments = 0
  readonly localKeys = false

  constructor(
    private readonly dialect: Dialect,
    readonly prefix: string,
  ) {}

  init(options: Options) {
    this.windowMs = options.windowMs
  }

  private key(key: string) {
    return `${this.prefix}:${key}`
  }

  async increment(key: string) {
    const { run, param, time } = this.dialect
    const now = new Date()
    const resetAt = new Date(now.getTime() + this.windowMs)
    const [row] = await run(
      `INSERT INTO ${table} (key, hits, reset_at, updated_at, created_at)
       VALUES (${param(1)}, 1, ${param(2)}, ${param(3)}, ${param(3)})
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN ${table}.reset_at <= ${param(3)} THEN 1 ELSE ${table}.hits + 1 END,
         reset_at = CASE WHEN ${table}.reset_at <= ${param(3)} THEN ${param(2)} ELSE ${table}.reset_at END,
         updated_at = ${param(3)}
       RETURNING hits, reset_at`,
      [this.key(key), time(resetAt), time(now)],
    )
    // Now and then, windows long over go: the table holds only recent clients.
    if ((this.increments += 1) % 500 === 0)
      await run(`DELETE FROM ${table} WHERE reset_at < ${param(1)}`, [
        time(new Date(now.getTime() - this.windowMs)),
      ])
    return {
      totalHits: Number(row.hits),
      resetTime: row.reset_at instanceof Date ? row.reset_at : new Date(String(row.reset_at)),
    }
  }

  async decrement(key: string) {
    const { run, param } = this.dialect
    await run(`UPDATE ${table} SET hits = hits - 1 WHERE key = ${param(1)} AND hits > 0`, [this.key(key)])
  }

  async resetKey(key: string) {
    const { run, param } = this.dialect
    await run(`DELETE FROM ${table} WHERE key = ${param(1)}`, [this.key(key)])
  }
}

/**
 * The store of each rate limiter, by its name: in the database on SQL databases, in the
 * process's memory on MongoDB (run one web process there, or accept per-process limits).
 */
export const rateLimitStoreOf = (payload: Payload): ((name: string) => Store) => {
  const client = sqliteClientOf(payload)
  const pool = postgresPoolOf(payload)
  const dialect: Dialect | null = client
    ? {
        run: async (sql, args) =>
          (await client.execute({ sql, args: args as InArgs })).rows.map((row) => ({
            hits: row.hits,
            reset_at: row.reset_at,
          })),
        param: (index) => `?${index}`,
        time: (date) => date.toISOString(),
      }
    : pool
      ? {
          run: async (sql, args) => (await pool.query<Row>(sql, args)).rows,
          param: (index) => `$${index}`,
          time: (date) => date,
        }
      : null
  return (name) => (dialect ? new DatabaseStore(dialect, name) : new MemoryStore())
}

import type { Client, InStatement, Transaction } from '@libsql/client'
import type pg from 'pg'
import type { Payload } from 'payload'

import { postgresPoolOf, sqliteClientOf } from '../../src/db/databaseAdapter'

/** What one measured piece of work sent to the database. */
export type QueryCount = {
  /** The number of SQL statements. */
  count: number
  /** Their SQL text, in the order they were sent (parameters left out). */
  statements: string[]
}

export type QueryCounter = {
  /** Forgets what was counted so far. */
  reset: () => void
  /** What was counted since the last reset. */
  read: () => QueryCount
  /**
   * Counts the statements of `work` (e.g. one HTTP request, its answer read in full), and of
   * anything it leaves running, until the database has been quiet for a moment.
   */
  measure: (work: () => Promise<unknown>) => Promise<QueryCount>
  /** Stops counting and gives the driver back its own methods. */
  stop: () => void
}

type Recorder = {
  record: (sql: string) => void
  /** Tracks a call until it settles, so that `measure` waits for it. */
  track: <T>(result: T) => T
}

const sqlOfLibsql = (statement: InStatement) => (typeof statement === 'string' ? statement : statement.sql)

/**
 * SQLite: the libsql client Payload's adapter holds (already wrapped by serialiseSqliteWrites).
 * Counted: each `execute`, each statement of a `batch` or `migrate`, one for
 * `executeMultiple`; `transaction()` counts its BEGIN, and on the transaction each statement,
 * its COMMIT or ROLLBACK. The write lock hands a plain write to the request's transaction
 * synchronously; a guard keeps that one statement from being counted twice.
 */
const wrapLibsql = (client: Client, { record, track }: Recorder) => {
  const previous = {
    execute: client.execute,
    batch: client.batch,
    migrate: client.migrate,
    executeMultiple: client.executeMultiple,
    transaction: client.transaction,
  }
  let handingOn = 0
  /** Calls the wrapped method; what it hands on to a transaction at once is already counted. */
  const handOn = <T>(call: () => T): T => {
    handingOn += 1
    try {
      return track(call())
    } finally {
      handingOn -= 1
    }
  }
  const recordUnlessHandedOn = (sql: string) => {
    if (handingOn === 0) record(sql)
  }
  const wrapTransaction = (transaction: Transaction) => {
    const own = {
      execute: transaction.execute.bind(transaction),
      batch: transaction.batch.bind(transaction),
      executeMultiple: transaction.executeMultiple.bind(transaction),
      commit: transaction.commit.bind(transaction),
      rollback: transaction.rollback.bind(transaction),
    }
    return Object.assign(transaction, {
      execute: (statement: InStatement) => {
        recordUnlessHandedOn(sqlOfLibsql(statement))
        return track(own.execute(statement))
      },
      batch: (statements: InStatement[]) => {
        for (const statement of statements) recordUnlessHandedOn(sqlOfLibsql(statement))
        return track(own.batch(statements))
      },
      executeMultiple: (sql: string) => {
        recordUnlessHandedOn(sql)
        return track(own.executeMultiple(sql))
      },
      commit: () => {
        record('COMMIT')
        return track(own.commit())
      },
      rollback: () => {
        record('ROLLBACK')
        return track(own.rollback())
      },
    })
  }
  Object.assign(client, {
    execute: (statement: InStatement | string, args?: unknown) => {
      record(sqlOfLibsql(statement))
      return handOn(() => (previous.execute as (...all: unknown[]) => unknown).call(client, statement, args))
    },
    batch: (statements: InStatement[], ...rest: unknown[]) => {
      for (const statement of statements) record(sqlOfLibsql(statement))
      return handOn(() =>
        (previous.batch as (...all: unknown[]) => unknown).call(client, statements, ...rest),
      )
    },
    migrate: (statements: InStatement[]) => {
      for (const statement of statements) record(sqlOfLibsql(statement))
      return handOn(() => previous.migrate.call(client, statements))
    },
    executeMultiple: (sql: string) => {
      record(sql)
      return handOn(() => previous.executeMultiple.call(client, sql))
    },
    transaction: (...args: Parameters<Client['transaction']>) => {
      record('BEGIN')
      return track(previous.transaction.apply(client, args).then(wrapTransaction))
    },
  })
  return () => {
    Object.assign(client, previous)
  }
}

const sqlOfPg = (query: unknown): string => {
  if (typeof query === 'string') return query
  if (query && typeof query === 'object' && 'text' in query) return String(query.text)
  return String(query)
}

/**
 * PostgreSQL: every `query` of every client of Payload's pool (the pool's own `query`
 * checks a client out and runs it there, so it is counted there, once). Clients are wrapped
 * as the pool hands them out; drizzle's BEGIN and COMMIT are queries like any other.
 */
const wrapPgPool = (pool: pg.Pool, { record, track }: Recorder) => {
  let isStopped = false
  const wrapped = new WeakSet<object>()
  const wrapClient = <C extends object>(client: C): C => {
    if (wrapped.has(client)) return client
    wrapped.add(client)
    // pg's `query` has many overloads: it is replaced as a plain function.
    const query: unknown = Reflect.get(client, 'query')
    if (typeof query !== 'function') return client
    Reflect.set(client, 'query', (...args: unknown[]) => {
      if (!isStopped) record(sqlOfPg(args[0]))
      return track(Reflect.apply(query, client, args))
    })
    return client
  }
  const original = pool.connect
  const connect = original.bind(pool)
  const wrappedConnect = (...args: unknown[]) => {
    const [callback] = args
    if (typeof callback === 'function')
      return connect((error, client, done) => {
        callback(error, client && wrapClient(client), done)
      })
    return connect().then(wrapClient)
  }
  Reflect.set(pool, 'connect', wrappedConnect)
  return () => {
    isStopped = true
    Reflect.set(pool, 'connect', original)
  }
}

/**
 * A statement without what varies with the data: placeholders read `?` (PostgreSQL numbers
 * them) and a list of them one `(?…)`, so that one query for more rows has the same shape.
 */
export const shapeOf = (sql: string) => sql.replace(/\$\d+/g, '?').replace(/\(\?(?:, \?)*\)/g, '(?…)')

const quietMs = 50
const settleTimeoutMs = 5_000

/**
 * Counts the SQL statements Payload sends to its database driver: on SQLite the libsql
 * client's, on PostgreSQL the `pg` pool's. Install it on a running Payload instance; it
 * counts until `stop`.
 */
export const countQueries = (payload: Payload): QueryCounter => {
  let statements: string[] = []
  let inFlight = 0
  let lastActivity = Date.now()
  const recorder: Recorder = {
    record: (sql) => {
      statements.push(sql.replace(/\s+/g, ' ').trim())
      lastActivity = Date.now()
    },
    track: (result) => {
      if (result instanceof Promise) {
        inFlight += 1
        const done = () => {
          inFlight -= 1
          lastActivity = Date.now()
        }
        result.then(done, done)
      }
      return result
    },
  }
  const pool = postgresPoolOf(payload)
  const client = sqliteClientOf(payload)
  let restore: () => void
  if (pool) restore = wrapPgPool(pool, recorder)
  else if (client) restore = wrapLibsql(client, recorder)
  else throw new Error(`countQueries knows SQLite and PostgreSQL, not ${payload.db.name}`)

  const settle = async () => {
    const started = Date.now()
    while (inFlight > 0 || Date.now() - lastActivity < quietMs) {
      if (Date.now() - started > settleTimeoutMs) throw new Error('The database did not go quiet')
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
  const read = (): QueryCount => ({ count: statements.length, statements: [...statements] })
  return {
    reset: () => {
      statements = []
    },
    read,
    measure: async (work) => {
      await settle()
      statements = []
      await work()
      await settle()
      return read()
    },
    stop: restore,
  }
}

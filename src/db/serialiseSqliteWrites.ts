import type { Client, InStatement, Transaction, TransactionMode } from '@libsql/client'

/** How long a write waits for another write transaction of this process before failing. */
const lockTimeoutMs = 30_000

const createLock = () => {
  let tail: Promise<void> = Promise.resolve()
  return {
    acquire: (): Promise<() => void> => {
      let release!: () => void
      const held = new Promise<void>((resolve) => (release = resolve))
      const previous = tail
      tail = previous.then(() => held)
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('SQLITE_BUSY: timed out waiting for the write lock')),
          lockTimeoutMs,
        )
      })
      return Promise.race([previous.then(() => release), timeout]).finally(() => clearTimeout(timer))
    },
  }
}

const isRead = (statement: InStatement) =>
  /^\s*(select|pragma)\b/i.test(typeof statement === 'string' ? statement : statement.sql)

/**
 * SQLite has one writer at a time, and libsql's driver is synchronous: a write waiting on
 * a busy database would block the whole event loop, and the connections libsql opens
 * after each transaction start without a busy timeout. So this process takes turns at
 * writing through an async lock: write transactions and plain writes wait here, without
 * blocking; reads go straight through (WAL lets them run beside a writer).
 */
export const serialiseSqliteWrites = (client: Client, busyTimeoutMs: number) => {
  const lock = createLock()
  const original = {
    execute: client.execute.bind(client) as (
      statement: InStatement,
      args?: unknown,
    ) => ReturnType<Client['execute']>,
    batch: client.batch.bind(client),
    migrate: client.migrate.bind(client),
    executeMultiple: client.executeMultiple.bind(client),
    transaction: client.transaction.bind(client),
  }
  const locked = async <T>(work: () => Promise<T>): Promise<T> => {
    const release = await lock.acquire()
    try {
      return await work()
    } finally {
      release()
    }
  }
  Object.assign(client, {
    execute: (statement: InStatement, args?: unknown) =>
      isRead(statement) ? original.execute(statement, args) : locked(() => original.execute(statement, args)),
    batch: (...args: Parameters<Client['batch']>) => locked(() => original.batch(...args)),
    migrate: (...args: Parameters<Client['migrate']>) => locked(() => original.migrate(...args)),
    executeMultiple: (sql: string) => locked(() => original.executeMultiple(sql)),
    transaction: async (mode?: TransactionMode): Promise<Transaction> => {
      const release = await lock.acquire()
      try {
        const transaction = await original.transaction(mode)
        // libsql hands its connection to the transaction and opens a new one for what
        // follows; give that one the busy timeout too (other processes may write).
        await original.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
        let isReleased = false
        const releaseOnce = () => {
          if (!isReleased) {
            isReleased = true
            release()
          }
        }
        const commit = transaction.commit.bind(transaction)
        const rollback = transaction.rollback.bind(transaction)
        const close = transaction.close.bind(transaction)
        return Object.assign(transaction, {
          commit: () => commit().finally(releaseOnce),
          rollback: () => rollback().finally(releaseOnce),
          close: () => {
            close()
            releaseOnce()
          },
        })
      } catch (error) {
        release()
        throw error
      }
    },
  })
}

import { AsyncLocalStorage } from 'node:async_hooks'

import type { Client, InArgs, InStatement, Transaction, TransactionMode } from '@libsql/client'

/** Thrown to a write that waited too long for the lock: it fails alone. */
export class WriteLockTimeoutError extends Error {
  constructor() {
    super('SQLITE_BUSY: timed out waiting for the write lock')
    this.name = 'WriteLockTimeoutError'
  }
}

/** What `/readyz` reads: how long the current writer has held the lock, and who waits. */
export type WriteLockHealth = {
  heldForMs: number
  waiting: number
  /** The writer has held the lock so long that every write behind it times out. */
  isJammed: boolean
}

const createLock = (timeoutMs: number) => {
  let tail: Promise<void> = Promise.resolve()
  let heldSince: number | null = null
  let waiting = 0
  return {
    /** Resolves with the release function once every earlier writer has released. */
    acquire: (): Promise<() => void> => {
      let free!: () => void
      const held = new Promise<void>((resolve) => (free = resolve))
      const previous = tail
      tail = previous.then(() => held)
      waiting += 1
      return new Promise((resolve, reject) => {
        let isTimedOut = false
        const timer = setTimeout(() => {
          isTimedOut = true
          waiting -= 1
          reject(new WriteLockTimeoutError())
        }, timeoutMs)
        void previous.then(() => {
          // A waiter that gave up still holds its place in the queue: hand it on at once.
          if (isTimedOut) return free()
          clearTimeout(timer)
          waiting -= 1
          heldSince = Date.now()
          let isReleased = false
          resolve(() => {
            if (isReleased) return
            isReleased = true
            heldSince = null
            free()
          })
        })
      })
    },
    health: (): WriteLockHealth => {
      const heldForMs = heldSince === null ? 0 : Date.now() - heldSince
      return { heldForMs, waiting, isJammed: heldForMs >= timeoutMs }
    },
  }
}

/**
 * The write transaction a unit of work (one HTTP request) holds, so that a write the same
 * request makes outside it (Payload's password reset reserves the user that way) joins it
 * instead of waiting for a lock its own request holds.
 */
type WriteOwner = { transaction: Transaction | null }
const writeOwners = new AsyncLocalStorage<WriteOwner>()

/** Runs `work` as its own unit of writes (express runs each request through this). */
export const withWriteOwner = <T>(work: () => T): T => writeOwners.run({ transaction: null }, work)

const healthOfClient = new WeakMap<object, () => WriteLockHealth>()

/** The write lock's health of a client wrapped by {@link serialiseSqliteWrites}, else null. */
export const writeLockHealthOf = (client: unknown): WriteLockHealth | null =>
  client && typeof client === 'object' ? (healthOfClient.get(client)?.() ?? null) : null

const isRead = (statement: InStatement) =>
  /^\s*(select|pragma)\b/i.test(typeof statement === 'string' ? statement : statement.sql)

/**
 * SQLite has one writer at a time, and libsql's driver is synchronous: a write waiting on
 * a busy database would block the whole event loop, and the connections libsql opens
 * after each transaction start without a busy timeout. So this process takes turns at
 * writing through an async lock: write transactions and plain writes wait here, without
 * blocking; reads go straight through (WAL lets them run beside a writer). A write whose
 * own request holds the lock runs in that request's transaction.
 */
export const serialiseSqliteWrites = (
  client: Client,
  {
    busyTimeoutMs,
    lockTimeoutMs = 30_000,
  }: {
    /** SQLite's busy timeout on every connection (writers in other processes). */
    busyTimeoutMs: number
    /** How long a write waits for another write of this process before failing. */
    lockTimeoutMs?: number
  },
) => {
  const lock = createLock(lockTimeoutMs)
  healthOfClient.set(client, lock.health)
  const execute = client.execute.bind(client)
  const original = {
    execute: (statement: InStatement) => execute(statement),
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
  const heldTransaction = () => writeOwners.getStore()?.transaction ?? null
  Object.assign(client, {
    execute: (sqlOrStatement: InStatement, args?: InArgs) => {
      const statement: InStatement =
        typeof sqlOrStatement === 'string' && args !== undefined
          ? { sql: sqlOrStatement, args }
          : sqlOrStatement
      if (isRead(statement)) return original.execute(statement)
      const transaction = heldTransaction()
      if (transaction) return transaction.execute(statement)
      return locked(() => original.execute(statement))
    },
    batch: (...args: Parameters<Client['batch']>) => {
      const transaction = heldTransaction()
      if (transaction) return transaction.batch(args[0])
      return locked(() => original.batch(...args))
    },
    migrate: (...args: Parameters<Client['migrate']>) => locked(() => original.migrate(...args)),
    executeMultiple: (sql: string) => {
      const transaction = heldTransaction()
      if (transaction) return transaction.executeMultiple(sql)
      return locked(() => original.executeMultiple(sql))
    },
    transaction: async (mode?: TransactionMode): Promise<Transaction> => {
      const owner = writeOwners.getStore()
      const release = await lock.acquire()
      try {
        const transaction = await original.transaction(mode)
        // libsql hands its connection to the transaction and opens a new one for what
        // follows; give that one the busy timeout too (other processes may write).
        await original.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
        const isOwned = owner !== undefined && owner.transaction === null
        if (isOwned) owner.transaction = transaction
        let isReleased = false
        const releaseOnce = () => {
          if (isReleased) return
          isReleased = true
          if (isOwned && owner.transaction === transaction) owner.transaction = null
          release()
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

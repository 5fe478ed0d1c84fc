import { randomUUID } from 'node:crypto'

type Session<Tx> = { db: Tx; resolve: () => Promise<void>; reject: () => Promise<void> }

/** What this module needs of Payload's SQL adapters (both are drizzle adapters). */
type DrizzleTransactions<Tx> = {
  drizzle: { transaction(work: (tx: Tx) => Promise<void>, config?: unknown): Promise<void> }
  initializing: Promise<void>
  sessions: Record<string, Session<unknown>>
  transactionOptions: unknown
  beginTransaction: (options?: Record<string, unknown>) => Promise<null | number | string>
  commitTransaction: (id: number | Promise<number | string> | string) => Promise<void>
}

/**
 * Payload's SQL adapters (3.90) swallow a failed COMMIT: the connection lost between the last
 * write and the commit, the operation goes on as if stored, and a submission answers 201
 * with nothing written. These replace the adapter's begin and commit so that a commit that
 * fails throws to the operation (which answers an error, and its caller may retry).
 */
export const surfaceCommitFailures = <Tx>(adapter: DrizzleTransactions<Tx>) => {
  adapter.beginTransaction = async (options) => {
    await adapter.initializing
    const session = await new Promise<Session<unknown>>((opened, failed) => {
      const done: Promise<void> = adapter.drizzle.transaction(
        (tx) =>
          new Promise<void>((commit, rollback) =>
            opened({
              db: tx,
              resolve: () => {
                commit()
                return done
              },
              // A rollback that fails (the connection lost) has stored nothing either.
              reject: () => {
                rollback(new Error('Rolled back'))
                return done.catch(() => undefined)
              },
            }),
          ),
        options ?? adapter.transactionOptions,
      )
      // Before the work began (no connection), this fails the begin; later it is the
      // caller's `resolve` or `reject` that hears it.
      done.catch(failed)
    })
    const id = randomUUID()
    adapter.sessions[id] = session
    return id
  }
  adapter.commitTransaction = async (incoming) => {
    const id = await incoming
    const session = adapter.sessions[id]
    // Already ended by another operation sharing the transaction.
    if (!session) return
    delete adapter.sessions[id]
    await session.resolve()
  }
}

import { AsyncLocalStorage } from 'node:async_hooks'

/** What every log line written while handling a request or running a job carries. */
export type LogContext = {
  /** The request's id (X-Request-Id); a job carries the id of the request that queued it. */
  requestId?: string
  jobId?: number | string
  task?: string
}

// On a global: Next bundles its own copy of this module for the admin, whose hooks (and
// their log lines and queued jobs) must see the context the express host started.
const state = globalThis as typeof globalThis & { __lupaLogContext?: AsyncLocalStorage<LogContext> }
const storage = (state.__lupaLogContext ??= new AsyncLocalStorage<LogContext>())

/** Runs `work` with `context` in every log line it writes, also after it awaits. */
export const withLogContext = <T>(context: LogContext, work: () => T): T => storage.run(context, work)

/**
 * The context of the running request or job: the logger's mixin adds it to each line. A
 * copy, as pino merges the line's own fields into what its mixin answers.
 */
export const logContext = (): LogContext => ({ ...storage.getStore() })

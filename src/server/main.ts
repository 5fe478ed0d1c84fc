import type { Server } from 'node:http'
import path from 'node:path'

import next from 'next'
import type { RequestHandler } from 'express'
import { getPayload } from 'payload'

import { closeDatabase } from '../db/databaseAdapter'
import { EnvError, parseEnv } from '../env'
import { demoPassword, demoUsers, seedDemo } from '../seed/seed'
import { createApp } from './createApp'
import { createPortal } from './portal'
import type { RateLimits } from './rateLimits'
import { startWorker } from './worker'

// Config changes restart the process; Payload's dev websocket to Next's HMR is not needed.
process.env.DISABLE_PAYLOAD_HMR ??= 'true'

/** How long a stopping process lets requests and jobs in flight finish. */
const shutdownGraceMs = 10_000

/**
 * Stops taking connections and waits for the requests in flight (idle keep-alive
 * connections are closed at once), cutting what is left after `graceMs`.
 */
const closeServer = (server: Server, graceMs: number) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections()
      resolve()
    }, graceMs)
    server.close(() => {
      clearTimeout(timer)
      resolve()
    })
    server.closeIdleConnections()
  })

const fail = (message: string, error?: unknown): never => {
  console.error(`\nLupa could not start: ${message}`)
  if (error && !(error instanceof EnvError)) console.error(error)
  process.exit(1)
}

/**
 * Starts Lupa: Payload, demo data when empty, the worker, the admin, the portal, the HTTP host.
 * `limits` replaces the default rate limits (the benchmark raises them).
 */
export const startServer = async ({ limits }: { limits?: RateLimits } = {}) => {
  let env
  try {
    env = parseEnv()
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error), error)
  }
  const isDevelopment = process.env.NODE_ENV !== 'production'
  // Loaded after the environment is checked, so a bad variable gets its message, not a stack.
  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
  const payload = await getPayload({ config })

  const isEmpty =
    (await payload.count({ collection: 'permit-bundles', overrideAccess: true })).totalDocs === 0
  if (isEmpty && !env.isProduction) {
    payload.logger.info('Empty database: seeding the demo data…')
    await seedDemo(payload, { isProduction: env.isProduction, dataDir: env.DATA_DIR })
  }

  const hasWorker = env.JOBS_IN_PROCESS ? env.JOBS_IN_PROCESS === 'true' : !env.isProduction
  const worker = hasWorker ? await startWorker({ payload }) : null

  const nextApp = next({ dev: isDevelopment, dir: path.resolve('admin') })
  await nextApp.prepare()
  const nextHandler = nextApp.getRequestHandler()
  const admin: RequestHandler = (req, res) => nextHandler(req, res)

  const portal = await createPortal({ payload, isDevelopment })
  const app = createApp({
    payload,
    config,
    publicUrl: env.PUBLIC_URL,
    isDevelopment,
    admin,
    portal: portal.handlers,
    limits,
    trustedProxies: env.TRUSTED_PROXIES,
    metricsToken: env.METRICS_TOKEN,
  })

  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(env.PORT, (error?: Error) => {
      if (error) return fail(`cannot listen on port ${env.PORT} (${error.message})`, error)
      const url = env.PUBLIC_URL
      const logins = env.isProduction
        ? ''
        : `\n  Demo logins (password "${demoPassword}"):\n${demoUsers.map((user) => `    ${user.role.padEnd(17)} ${user.email}`).join('\n')}`
      // A banner for the person who started Lupa, not a log record.
      process.stdout.write(
        `\nLupa is running\n  Portal: ${url}/\n  Admin:  ${url}/admin\n  API:    ${url}/api\n  Health: ${url}/healthz  ${url}/readyz${logins}\n\n`,
      )
      resolve(listening)
    })
  })

  const shutdown = async (signal: string) => {
    payload.logger.info(`${signal}: shutting down`)
    await closeServer(server, shutdownGraceMs)
    await worker?.stop({ graceMs: shutdownGraceMs })
    await portal.close()
    await closeDatabase(payload)
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown('SIGINT'))
  process.once('SIGTERM', () => void shutdown('SIGTERM'))
}

import { randomBytes } from 'node:crypto'
import { createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import { generateSigningSecret, sealSecret } from '../../plugins/connection-integration/signingSecrets'
import { slugs } from '../../src/collections/slugs'
import { seedCatalogue } from '../../src/seed/seed'
import { authorityId } from './factories'
import type { LupaProcess, ServerProcess } from './serverProcess'
import { startServerProcess, startWorkerProcess } from './serverProcess'
import type { TestSmtpServer } from './smtpServer'
import { startSmtpServer } from './smtpServer'
import type { TestPayload } from './testPayload'
import { startTestPayload } from './testPayload'
import type { WebhookReceiver } from './webhookReceiver'
import { startWebhookReceiver } from './webhookReceiver'

/**
 * Points an authority at a receiver in integration mode with a new signing secret, which
 * the receiver verifies with (as an owner sets it up in the admin).
 */
export const connectAuthority = async (payload: Payload, key: string, receiver: WebhookReceiver) => {
  const secret = generateSigningSecret()
  receiver.state.secrets = [secret]
  const id = await authorityId(payload, key)
  await payload.update({
    collection: slugs.authorities,
    id,
    overrideAccess: true,
    data: {
      connectionMode: 'integration',
      integrationSettings: {
        endpointUrl: receiver.url(),
        signingSecret: sealSecret(secret, payload.secret),
        secretRotatedAt: new Date().toISOString(),
      },
    },
  })
  return id
}

/**
 * A load balancer in front of the web processes: each request goes to the next one in
 * turn, with the client's address in `X-Forwarded-For` (the processes trust 127.0.0.1).
 */
const startBalancer = async (targets: () => string[]) => {
  let turn = 0
  const server = createServer((req, res) => {
    const live = targets()
    const target = new URL(live[turn++ % live.length])
    const forwarded = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '127.0.0.1' },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        // A process killed mid-answer cuts the client's connection too, as a real balancer does.
        answer.on('error', () => res.destroy())
        answer.pipe(res)
      },
    )
    forwarded.on('error', () => {
      if (res.headersSent) return void res.destroy()
      res.writeHead(502)
      res.end()
    })
    req.on('error', () => forwarded.destroy())
    req.pipe(forwarded)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type Topology = Awaited<ReturnType<typeof startTopology>>

/**
 * Lupa as it runs in production, on the test's database (PostgreSQL with
 * `LUPA_TEST_DB=postgres`): `webs` web processes without workers behind a round-robin load
 * balancer, and `workers` worker processes, sharing nothing but the database, the mail
 * server and (with `env` from a bucket) object storage. The public-event catalogue is
 * seeded; the Helsinki police and the permit agency deliver in integration mode to receivers
 * of their own; the other authorities are in simplified mode (email notices). The test's own Payload instance
 * (`test.payload`) sets up and inspects; it runs no jobs.
 */
export const startTopology = async ({
  webs = 2,
  workers = 2,
  withPortal = false,
  env = {},
}: {
  webs?: number
  workers?: number
  withPortal?: boolean
  env?: Record<string, string>
} = {}) => {
  const smtp: TestSmtpServer = await startSmtpServer()
  const receivers = { police: await startWebhookReceiver(), agency: await startWebhookReceiver() }
  const webProcesses: ServerProcess[] = []
  const balancer = await startBalancer(() => webProcesses.map((web) => web.url))
  const secret = randomBytes(32).toString('hex')
  const shared = {
    PAYLOAD_SECRET: secret,
    SMTP_URL: smtp.url,
    PUBLIC_URL: balancer.url,
    TRUSTED_PROXIES: '127.0.0.1',
    ...env,
  }
  const test: TestPayload = await startTestPayload({ env: shared })
  const { payload } = test
  const { bundleId } = await seedCatalogue(payload)
  await payload.update({
    collection: slugs.authorities,
    where: {},
    overrideAccess: true,
    data: { connectionMode: 'simplified' },
  })
  await connectAuthority(payload, 'police-helsinki', receivers.police)
  await connectAuthority(payload, 'permit-agency', receivers.agency)
  const processEnv = {
    ...shared,
    DATABASE_URL: test.databaseUrl,
    DATA_DIR: test.dataDir,
    JOBS_IN_PROCESS: 'false',
    // The load comes from one address, which the anti-automation limits would answer with 429.
    LUPA_TEST_UNLIMITED: 'true',
    ...(withPortal ? { LUPA_TEST_PORTAL: 'true' } : {}),
  }
  const startWeb = async () => {
    const web = await startServerProcess(processEnv)
    webProcesses.push(web)
    return web
  }
  const workerProcesses: LupaProcess[] = []
  const startWorker = async () => {
    const worker = await startWorkerProcess(processEnv)
    workerProcesses.push(worker)
    return worker
  }
  for (let index = 0; index < webs; index += 1) await startWeb()
  for (let index = 0; index < workers; index += 1) await startWorker()

  /** Ends a process at once and takes it out of the topology. */
  const kill = async (child: LupaProcess) => {
    await child.kill()
    for (const list of [webProcesses, workerProcesses] as LupaProcess[][]) {
      const index = list.indexOf(child)
      if (index >= 0) list.splice(index, 1)
    }
  }

  return {
    test,
    payload,
    bundleId,
    smtp,
    receivers,
    /** Where clients reach Lupa: the load balancer. */
    url: balancer.url,
    webs: webProcesses,
    workers: workerProcesses,
    startWeb,
    startWorker,
    kill,
    /** What the running processes printed last, for a failed test's report. */
    outputs: () =>
      [...webProcesses, ...workerProcesses]
        .map((child) => `--- process ${child.pid} ---\n${child.output().slice(-4000)}`)
        .join('\n'),
    close: async () => {
      await Promise.all([...webProcesses, ...workerProcesses].map((child) => child.close()))
      await balancer.close()
      await receivers.police.stop()
      await receivers.agency.stop()
      await smtp.stop()
      await test.close()
    },
  }
}

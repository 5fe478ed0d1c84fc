import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { sendEmailTaskSlug } from '../../src/notifications/sendEmailTask'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendEmailWithin } from '../../src/notifications/sendEmailWithin'
import { createApp } from '../../src/server/createApp'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

type Server = { url: string; close: () => Promise<void> }
type Sample = { name: string; labels: Record<string, string>; value: number }

let test: TestPayload
let payload: Payload
/** The test host as other tests start it: no METRICS_TOKEN, so loopback only. */
let open: Server
/** The same app with a token, as `npm start` builds it from METRICS_TOKEN. */
let guarded: Server
const token = 'metrics-token-'.padEnd(40, 'x')

// Ids in request paths that must never reach a label.
const rawIds = ['987654321', '424242', '31337']

/** Listens on a free loopback port, as startTestServer does, for an app built with options it does not take. */
const listen = async (app: ReturnType<typeof createApp>): Promise<Server> => {
  const server = app.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * Parses Prometheus' text format (version 0.0.4) strictly enough to fail on anything a
 * scraper would refuse: every line is a comment, blank, or `name{labels} value`.
 */
const parsePrometheus = (text: string): Sample[] => {
  const samples: Sample[] = []
  const labelPattern = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g
  for (const line of text.split('\n')) {
    if (line === '' || /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .*$/.test(line)) continue
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)(?: -?\d+)?$/.exec(line)
    if (!match) throw new Error(`Not Prometheus text: ${JSON.stringify(line)}`)
    const [, name, labelText = '', valueText] = match
    const labels = Object.fromEntries(
      [...labelText.matchAll(labelPattern)].map(([, key, value]) => [key, value]),
    )
    // Prometheus reads NaN and ±Inf in any case (prom-client writes `Nan`).
    const value = /^nan$/i.test(valueText) ? NaN : Number(valueText.replace(/^([+-]?)inf$/i, '$1Infinity'))
    if (Number.isNaN(value) && !/^nan$/i.test(valueText)) throw new Error(`Not a sample value: ${line}`)
    samples.push({ name, labels, value })
  }
  return samples
}

const scrape = async (server: Server = open, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.url}/metrics`, { headers })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const text = await response.text()
  return { text, samples: parsePrometheus(text) }
}

const valueOf = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples.find(
    (sample) =>
      sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  )?.value

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  open = await startTestServer(test)
  guarded = await listen(
    createApp({
      payload,
      config: test.config,
      publicUrl: 'http://localhost:3999',
      isDevelopment: false,
      metricsToken: token,
    }),
  )
})

afterAll(async () => {
  await guarded?.close()
  await open?.close()
  await test?.close()
})

describe('/metrics', () => {
  it('should count requests by method, route template and status class, never by raw path', async () => {
    for (const path of [
      '/healthz',
      '/api/permit-bundles',
      '/api/permit-bundles/987654321',
      '/applications/424242/receipt',
      '/no/such/page/31337',
    ])
      await (await fetch(`${open.url}${path}`)).arrayBuffer()

    const { text, samples } = await scrape()
    const count = (route: string, status: string) =>
      valueOf(samples, 'lupa_http_request_duration_seconds_count', { method: 'GET', route, status })
    expect(count('/healthz', '2xx')).toBeGreaterThanOrEqual(1)
    expect(count('/api/permit-bundles', '2xx')).toBeGreaterThanOrEqual(1)
    expect(count('/api/permit-bundles/:id', '4xx')).toBeGreaterThanOrEqual(1)
    // No portal in this host: the page is a 404, still labelled by its React Router pattern.
    expect(count('/applications/:id/receipt', '4xx')).toBeGreaterThanOrEqual(1)
    expect(count('other', '4xx')).toBeGreaterThanOrEqual(1)
    for (const id of rawIds) expect(text).not.toContain(id)
    expect(
      valueOf(samples, 'lupa_http_request_duration_seconds_bucket', { route: '/healthz', le: '+Inf' }),
    ).toBe(count('/healthz', '2xx'))
  })

  it("should report prom-client's default process metrics", async () => {
    const { samples } = await scrape()
    expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0)
    expect(valueOf(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0)
  })

  it('should show a queued job in the queue depth and the age of the oldest due job', async () => {
    const before = (await scrape()).samples
    const task = sendEmailTaskSlug
    expect(valueOf(before, 'lupa_jobs_queued', { task })).toBe(0)
    expect(valueOf(before, 'lupa_jobs_oldest_due_age_seconds', { task })).toBe(0)

    // Due two minutes ago; no worker runs in this test.
    await payload.jobs.queue({
      task,
      input: { to: 'a@example.fi', subject: 'Queued', text: '.' },
      waitUntil: new Date(Date.now() - 120_000),
    })
    // Not due for an hour: queued, not yet due.
    await payload.jobs.queue({
      task,
      input: { to: 'a@example.fi', subject: 'Queued', text: '.' },
      waitUntil: new Date(Date.now() + 3_600_000),
    })

    const after = (await scrape()).samples
    expect(valueOf(after, 'lupa_jobs_queued', { task })).toBe(2)
    expect(valueOf(after, 'lupa_jobs_processing', { task })).toBe(0)
    expect(valueOf(after, 'lupa_jobs_oldest_due_age_seconds', { task })).toBeGreaterThanOrEqual(119)
    expect(valueOf(after, 'lupa_jobs_oldest_due_age_seconds', { task })).toBeLessThan(600)
  })

  it('should count open service desk records by SLA state', async () => {
    await payload.create({
      collection: 'incidents',
      data: { title: 'Portal does not load', description: 'The front page times out.', status: 'reported' },
      overrideAccess: true,
    })
    const { samples } = await scrape()
    const open = ['on-track', 'at-risk', 'paused', 'breached', 'met', 'unknown'].reduce(
      (sum, state) =>
        sum + (valueOf(samples, 'lupa_sla_open_items', { collection: 'incidents', state }) ?? 0),
      0,
    )
    expect(open).toBe(1)
    expect(
      valueOf(samples, 'lupa_sla_open_items', { collection: 'service-requests', state: 'breached' }),
    ).toBe(0)
  })

  it('should count the emails this process sent', async () => {
    const sent = valueOf((await scrape()).samples, 'lupa_emails_total', { outcome: 'sent' }) ?? 0
    await sendEmailWithin({
      payload,
      message: { to: 'someone@lupa.localhost', subject: 'Metrics', text: 'Counted.' },
      timeoutMs: 5000,
    })
    expect(valueOf((await scrape()).samples, 'lupa_emails_total', { outcome: 'sent' })).toBe(sent + 1)
  })

  it("should report the database's connections or write lock", async () => {
    const { text, samples } = await scrape()
    expect(text).toContain('# TYPE lupa_deliveries gauge')
    if (process.env.LUPA_TEST_DB === 'postgres') {
      expect(valueOf(samples, 'lupa_db_pool_connections', { state: 'total' })).toBeGreaterThan(0)
      expect(valueOf(samples, 'lupa_db_pool_connections', { state: 'waiting' })).toBe(0)
    } else {
      expect(valueOf(samples, 'lupa_db_write_lock_waiting')).toBe(0)
      expect(valueOf(samples, 'lupa_db_write_lock_held_seconds')).toBeGreaterThanOrEqual(0)
    }
    expect(valueOf(samples, 'lupa_metrics_source_errors_total', { source: 'jobs' })).toBe(0)
  })

  it('should answer a scrape quickly on a small database', async () => {
    await scrape()
    const started = performance.now()
    await scrape()
    expect(performance.now() - started).toBeLessThan(250)
  })
})

describe('/metrics access', () => {
  it('should refuse a scraper without the token, or with a wrong one, asking for a bearer token', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { Authorization: 'Bearer wrong-token' },
      { Authorization: `Bearer ${token}x` },
      { Authorization: `JWT ${token}` },
    ]) {
      const response = await fetch(`${guarded.url}/metrics`, { headers })
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toBe('Bearer')
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(await response.text()).not.toContain('lupa_')
    }
  })

  it('should answer a scraper with the token', async () => {
    const { samples } = await scrape(guarded, { Authorization: `Bearer ${token}` })
    expect(samples.some((sample) => sample.name === 'lupa_jobs_queued')).toBe(true)
  })

  it('should answer only direct loopback requests when no token is set', async () => {
    await scrape(open)
    const forwarded: Record<string, string>[] = [
      { 'X-Forwarded-For': '203.0.113.7' },
      { Forwarded: 'for=203.0.113.7' },
    ]
    for (const headers of forwarded) {
      const response = await fetch(`${open.url}/metrics`, { headers })
      expect(response.status).toBe(403)
      expect(await response.text()).not.toContain('lupa_')
    }
  })

  it('should keep the apps of one process apart, each with its own registry', async () => {
    await (await fetch(`${guarded.url}/healthz`)).arrayBuffer()
    const { samples } = await scrape(guarded, { Authorization: `Bearer ${token}` })
    // The guarded app saw no request to the API: its figures are not the open app's.
    expect(
      valueOf(samples, 'lupa_http_request_duration_seconds_count', { route: '/api/permit-bundles' }),
    ).toBeUndefined()
  })
})

import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { probe, reportsSlugs, reportsTaskSlugs } from '../../plugins/reports'
import { serviceDeskSlugs } from '../../plugins/service-desk'
import type { MonthlyReport } from '../../plugins/reports/domain/reports'
import type { TestUser } from '../support/factories'
import { createUser, tokenOf } from '../support/factories'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

/** A stand-in for Lupa's host: answers 200 when up, 503 when down, nothing at all when hanging. */
let state: 'up' | 'down' | 'hanging' = 'up'
const target = http.createServer((req, res) => {
  if (state === 'hanging') return
  res.statusCode = state === 'up' ? 200 : 503
  res.end(req.url === '/readyz' ? 'ready' : '<html>portal</html>')
})
let port: number
const listen = () => new Promise<void>((resolve) => target.listen(port, '127.0.0.1', resolve))
const stopTarget = () =>
  new Promise<void>((resolve) => {
    target.closeAllConnections()
    target.close(() => resolve())
  })

let test: TestPayload
let payload: Payload
let host: Awaited<ReturnType<typeof startTestServer>>
let now = new Date('2026-03-03T08:00:00Z')
let owner: TestUser
let customer: TestUser
const probeToken = 'p'.repeat(40)

const outages = async () =>
  (
    await payload.find({
      collection: reportsSlugs.availabilityOutages,
      sort: 'startedAt',
      overrideAccess: true,
      pagination: false,
    })
  ).docs

const pendingProbes = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: reportsTaskSlugs.availabilityProbe }, completedAt: { exists: false } },
      overrideAccess: true,
      pagination: false,
    })
  ).docs

/** Runs the waiting probe job at `iso` (Lupa's clock), whatever its wait, and gives its outcome. */
const probeAt = async (iso: string) => {
  now = new Date(iso)
  const [job] = await pendingProbes()
  await payload.jobs.runByID({ id: job.id })
  const done = await payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
  const output = done.log?.at(-1)?.output
  return output && typeof output === 'object' && 'outcome' in output ? output.outcome : undefined
}

beforeAll(async () => {
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve))
  port = (target.address() as AddressInfo).port
  test = await startTestPayload({
    env: { PUBLIC_URL: `http://127.0.0.1:${port}`, PROBE_TOKEN: probeToken },
    clock: () => now,
  })
  payload = test.payload
  host = await startTestServer(test)
  owner = await createUser(payload, { role: 'owner' })
  customer = await createUser(payload, { role: 'customer' })
  await payload.jobs.queue({ task: reportsTaskSlugs.availabilityProbe, input: {} })
})

afterAll(async () => {
  await host?.close()
  if (target.listening) await stopTarget()
  await test?.close()
})

describe('availability probe', () => {
  it('records nothing while the host answers, and keeps one run waiting a minute ahead', async () => {
    expect(await probeAt('2026-03-03T08:00:00Z')).toBe('up')
    expect(await outages()).toHaveLength(0)
    const waiting = await pendingProbes()
    expect(waiting).toHaveLength(1)
    expect(new Date(String(waiting[0].waitUntil)).toISOString()).toBe('2026-03-03T08:01:00.000Z')
  })

  it('opens one outage at the first failure and extends it while the host stays down', async () => {
    state = 'down'
    expect(await probeAt('2026-03-03T08:01:00Z')).toBe('down')
    await stopTarget()
    expect(await probeAt('2026-03-03T08:02:00Z')).toBe('down')
    const [outage, ...others] = await outages()
    expect(others).toHaveLength(0)
    expect(outage).toMatchObject({
      startedAt: '2026-03-03T08:01:00.000Z',
      lastFailedAt: '2026-03-03T08:02:00.000Z',
      failedProbes: 2,
      failedChecks: ['readyz', 'portal'],
    })
    expect(outage.endedAt ?? null).toBeNull()
    expect(String(outage.lastProblem)).toMatch(/^\/readyz: .+; \/: .+$/)
    expect(await pendingProbes()).toHaveLength(1)
  })

  it('closes the outage at the first success and leaves it closed', async () => {
    await listen()
    state = 'up'
    expect(await probeAt('2026-03-03T08:03:00Z')).toBe('recovered')
    expect(await probeAt('2026-03-03T08:04:00Z')).toBe('up')
    const [outage, ...others] = await outages()
    expect(others).toHaveLength(0)
    expect(outage.endedAt).toBe('2026-03-03T08:03:00.000Z')
  })

  it('fails a check that gets no answer within the timeout', async () => {
    state = 'hanging'
    const started = Date.now()
    const results = await probe({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 300 })
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(results).toEqual([
      { check: 'readyz', problem: 'no answer in 300 ms' },
      { check: 'portal', problem: 'no answer in 300 ms' },
    ])
    target.closeAllConnections()
    state = 'up'
  })

  it('computes March’s availability over service time, without night outages or announced maintenance', async () => {
    // Down Tuesday 3 March 22:00–23:00 (closed) and Wednesday 4 March 12:00–13:00 during a
    // published break 11:00–14:00; the 2 minutes of Tuesday morning count.
    for (const [iso, answer] of [
      ['2026-03-03T20:00:00Z', 'down'],
      ['2026-03-03T21:00:00Z', 'up'],
      ['2026-03-04T10:00:00Z', 'down'],
      ['2026-03-04T11:00:00Z', 'up'],
    ] as const) {
      state = answer
      await probeAt(iso)
    }
    expect(await outages()).toHaveLength(3)
    await payload.create({
      collection: serviceDeskSlugs.maintenanceNotices,
      data: {
        title: 'Database upgrade',
        description: 'The service is down for a database upgrade.',
        startsAt: '2026-03-04T09:00:00Z',
        endsAt: '2026-03-04T12:00:00Z',
        status: 'published',
        isShortNoticeAccepted: true,
      },
      overrideAccess: true,
    })

    now = new Date('2026-04-10T08:00:00Z')
    const response = await fetch(`${host.url}/api/reports/monthly?from=2026-03&to=2026-04`, {
      headers: { authorization: `JWT ${await tokenOf(payload, owner)}` },
    })
    expect(response.status).toBe(200)
    const report = (await response.json()) as MonthlyReport
    const [march, april] = report.months
    // Probed in service time: up at 10:00, 10:03 and 10:04, down 10:01–10:03; the rest of
    // the month nobody checked.
    const serviceMinutes = 22 * 480 - 180
    expect(march.availability).toEqual({
      month: '2026-03',
      serviceMinutes,
      maintenanceMinutes: 180,
      upMinutes: 3,
      degradedMinutes: 0,
      downMinutes: 2,
      unknownMinutes: serviceMinutes - 5,
      availability: 3 / 5,
      meetsTarget: null,
    })
    // April so far: Wed 1, Thu 2, (Good Friday, Easter Monday), Tue 7 – Thu 9, Fri 10 until 11:00.
    expect(april.availability).toMatchObject({
      serviceMinutes: 5 * 480 + 180,
      upMinutes: 0,
      downMinutes: 0,
      unknownMinutes: 5 * 480 + 180,
      availability: null,
      meetsTarget: null,
    })
  })
})

const postProbe = (body: unknown, { token = probeToken, language = 'en' } = {}) =>
  fetch(`${host.url}/api/availability/probes`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': language,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

const samples = async (source: string) =>
  (
    await payload.find({
      collection: reportsSlugs.availabilitySamples,
      where: { source: { equals: source } },
      sort: 'at',
      overrideAccess: true,
      pagination: false,
    })
  ).docs

type Problems = { errors: { path?: string; message: string }[] }

describe('results from outside monitors', () => {
  it('records the probe’s own checks as samples of the web, so its absence shows', async () => {
    const own = await samples('self-probe')
    expect(own.map((s) => [s.at, s.status, s.component])).toContainEqual([
      '2026-03-03T08:01:00.000Z',
      'down',
      'web',
    ])
    expect(own.every((s) => typeof s.latencyMs === 'number')).toBe(true)
  })

  it('refuses a result without the monitors’ token, in the caller’s language', async () => {
    now = new Date('2026-05-05T08:30:00Z')
    for (const token of ['', 'q'.repeat(40), `${probeToken}x`]) {
      const response = await postProbe({ status: 'up' }, { token, language: 'sv' })
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toBe('Bearer')
      expect(((await response.json()) as Problems).errors[0].message).toMatch(/övervakningens token/)
    }
    expect(await samples('external')).toHaveLength(0)
  })

  it('refuses bad results with one localised message per field, and oversized or non-JSON bodies', async () => {
    const response = await postProbe(
      { status: 'sideways', component: 'disk', latencyMs: -1, detail: 'x'.repeat(501), at: 'yesterday' },
      { language: 'fi' },
    )
    expect(response.status).toBe(400)
    expect(((await response.json()) as Problems).errors).toEqual([
      { path: 'at', message: 'Anna aika ISO 8601 -muodossa aikavyöhykkeineen' },
      { path: 'status', message: 'Valitse jokin vaihtoehdoista' },
      { path: 'component', message: 'Valitse jokin vaihtoehdoista' },
      { path: 'latencyMs', message: 'Anna vasteaika millisekunteina (0–600 000)' },
      { path: 'detail', message: 'Enintään 500 merkkiä' },
    ])
    const missing = await postProbe({})
    expect(((await missing.json()) as Problems).errors).toEqual([
      { path: 'status', message: 'This is required' },
    ])
    const future = await postProbe({ status: 'up', at: '2026-05-05T08:32:00Z' })
    expect(((await future.json()) as Problems).errors).toEqual([
      { path: 'at', message: 'The time cannot be in the future' },
    ])
    const old = await postProbe({ status: 'up', at: '2026-05-05T07:29:00+00:00' })
    expect(old.status).toBe(400)
    expect(((await old.json()) as Problems).errors[0].path).toBe('at')
    expect((await postProbe('{not json')).status).toBe(400)
    expect((await postProbe('[]')).status).toBe(400)
    expect((await postProbe({ status: 'up', detail: 'x'.repeat(5000) })).status).toBe(413)
    expect(await samples('external')).toHaveLength(0)
  })

  it('records a result, at now by default, with its source', async () => {
    const response = await postProbe({ status: 'up', latencyMs: 123.4, detail: ' from Hetzner ' })
    expect(response.status).toBe(201)
    const [sample, ...others] = await samples('external')
    expect(others).toHaveLength(0)
    expect(sample).toMatchObject({
      at: '2026-05-05T08:30:00.000Z',
      status: 'up',
      component: 'web',
      source: 'external',
      latencyMs: 123,
      detail: 'from Hetzner',
    })
    // Only what the endpoint writes: staff read samples, nobody writes them through the API.
    const write = await fetch(`${host.url}/api/${reportsSlugs.availabilitySamples}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${await tokenOf(payload, owner)}` },
      body: JSON.stringify({ at: now.toISOString(), status: 'up', component: 'web', source: 'external' }),
    })
    expect(write.status).toBe(403)
  })
})

describe('outages staff record by hand', () => {
  const outagesApi = `/api/${reportsSlugs.availabilityOutages}`
  const call = async (user: TestUser, method: string, path: string, body?: unknown, language = 'en') =>
    fetch(`${host.url}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        'accept-language': language,
        authorization: `JWT ${await tokenOf(payload, user)}`,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })

  it('are staff’s only: others can neither record nor read them', async () => {
    const data = { startedAt: '2026-05-05T08:01:00Z', endedAt: '2026-05-05T08:02:00Z', component: 'web' }
    expect((await call(customer, 'POST', outagesApi, data)).status).toBe(403)
    expect((await call(customer, 'GET', outagesApi)).status).toBe(403)
    const anonymous = await fetch(`${host.url}${outagesApi}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(data),
    })
    expect(anonymous.status).toBe(403)
  })

  it('refuses an outage that ends before it starts, in the user’s language', async () => {
    const response = await call(
      owner,
      'POST',
      outagesApi,
      { startedAt: '2026-05-05T08:05:00Z', endedAt: '2026-05-05T08:04:00Z' },
      'fi',
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('Katko ei voi päättyä ennen kuin se alkaa')
  })

  it('count as down over checks that found the web up, and leave the probe’s outages alone', async () => {
    for (const [minute, status, component] of [
      ['00', 'up', 'web'],
      ['01', 'up', 'web'],
      ['02', 'up', 'web'],
      ['03', 'down', 'database'],
      ['04', 'down', 'worker'],
    ] as const)
      expect((await postProbe({ at: `2026-05-05T08:${minute}:00Z`, status, component })).status).toBe(201)

    const response = await call(owner, 'POST', outagesApi, {
      startedAt: '2026-05-05T08:01:00Z',
      endedAt: '2026-05-05T08:02:00Z',
      component: 'web',
      description: 'The load balancer dropped every request.',
      // Staff cannot pass their outage off as the probe's.
      source: 'probe',
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number | string; source: string } }
    expect(doc.source).toBe('manual')
    const [probeFound] = await outages()
    const edit = await call(owner, 'PATCH', `${outagesApi}/${probeFound.id}`, { endedAt: null })
    expect([403, 404]).toContain(edit.status)
    expect((await outages())[0].endedAt).toBe(probeFound.endedAt)

    now = new Date('2026-05-05T09:00:00Z')
    const report = (await (
      await call(owner, 'GET', '/api/reports/monthly?from=2026-05&to=2026-05')
    ).json()) as MonthlyReport
    const [may] = report.months
    // Up 08:00 and 08:02; down 08:01 (recorded by hand over an up check) and 08:03 (the
    // database); degraded 08:04 (the worker); the 08:30 check up as well.
    expect(may.availability).toMatchObject({ upMinutes: 3, downMinutes: 2, degradedMinutes: 1 })
    expect(may.availability.unknownMinutes).toBe(may.availability.serviceMinutes - 6)
    expect(may.availability.availability).toBeCloseTo(4 / 6, 10)
  })
})

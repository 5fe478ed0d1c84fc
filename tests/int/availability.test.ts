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
  test = await startTestPayload({ env: { PUBLIC_URL: `http://127.0.0.1:${port}` }, clock: () => now })
  payload = test.payload
  host = await startTestServer(test)
  owner = await createUser(payload, { role: 'owner' })
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
    expect(march.availability).toEqual({
      month: '2026-03',
      measuredMinutes: 22 * 480 - 180,
      maintenanceMinutes: 180,
      downMinutes: 2,
      availability: (22 * 480 - 180 - 2) / (22 * 480 - 180),
      meetsTarget: true,
    })
    // April so far: Wed 1, Thu 2, (Good Friday, Easter Monday), Tue 7 – Thu 9, Fri 10 until 11:00.
    expect(april.availability).toMatchObject({
      measuredMinutes: 5 * 480 + 180,
      downMinutes: 0,
      availability: 1,
    })
  })
})

import type { PayloadRequest, TaskConfig } from 'payload'

import { nowOf } from '../../src/clock'
import { queueNextRun } from '../../src/jobs/scheduling'
import { reportsSlugs, reportsTaskSlugs } from './reportsSlugs'

/** What the probe checks: the host's readiness and the portal's home page. */
export const probeChecks = ['readyz', 'portal'] as const
export type ProbeCheck = (typeof probeChecks)[number]

export type ProbeResult = { check: ProbeCheck; problem: string | null }

const pathOf: Record<ProbeCheck, string> = { readyz: '/readyz', portal: '/' }

/** Requests each checked address of `baseUrl` once; a check fails on an error status, a network error or the timeout. */
export const probe = async ({
  baseUrl,
  timeoutMs,
}: {
  baseUrl: string
  timeoutMs: number
}): Promise<ProbeResult[]> =>
  Promise.all(
    probeChecks.map(async (check): Promise<ProbeResult> => {
      try {
        const response = await fetch(new URL(pathOf[check], baseUrl), {
          signal: AbortSignal.timeout(timeoutMs),
          headers: { 'user-agent': 'Lupa availability probe' },
        })
        await response.body?.cancel()
        return { check, problem: response.ok ? null : `HTTP ${response.status}` }
      } catch (error) {
        const name = (error as Error).name
        const reason =
          name === 'TimeoutError'
            ? `no answer in ${timeoutMs} ms`
            : ((error as Error).cause as Error | undefined)?.message
        return { check, problem: reason ?? (error as Error).message }
      }
    }),
  )

export type ProbeOutcome = 'up' | 'down' | 'recovered'

/**
 * Records what one probe at `now` found: a sample of the web (the report's evidence for
 * that minute) and the outage it belongs to. A failure opens an outage or extends the open
 * one the probe found (there is at most one; outages staff recorded are theirs); the first
 * success after it closes it at `now`. Running it again for the same findings changes
 * nothing new but the sample: a second failure extends, a second success finds nothing open.
 */
export const recordProbe = async ({
  req,
  now,
  results,
  latencyMs,
}: {
  req: PayloadRequest
  now: Date
  results: ProbeResult[]
  /** How long the slowest check took. */
  latencyMs?: number
}): Promise<ProbeOutcome> => {
  const { payload } = req
  const failed = results.filter((result) => result.problem !== null)
  const lastProblem = failed.map((result) => `${pathOf[result.check]}: ${result.problem}`).join('; ')
  await payload.create({
    collection: reportsSlugs.availabilitySamples,
    data: {
      at: now.toISOString(),
      status: failed.length === 0 ? 'up' : 'down',
      component: 'web',
      source: 'self-probe',
      latencyMs: latencyMs === undefined ? null : Math.round(latencyMs),
      detail: lastProblem.slice(0, 500) || null,
    },
    overrideAccess: true,
    req,
  })
  const open = (
    await payload.find({
      collection: reportsSlugs.availabilityOutages,
      // Outages from before `source` existed are the probe's too.
      where: { and: [{ endedAt: { exists: false } }, { source: { not_equals: 'manual' } }] },
      sort: '-startedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).docs.at(0)
  if (failed.length === 0) {
    if (!open) return 'up'
    await payload.update({
      collection: reportsSlugs.availabilityOutages,
      id: open.id,
      data: { endedAt: now.toISOString() },
      overrideAccess: true,
      req,
    })
    return 'recovered'
  }
  const checks = failed.map((result) => result.check)
  if (open)
    await payload.update({
      collection: reportsSlugs.availabilityOutages,
      id: open.id,
      data: {
        lastFailedAt: now.toISOString(),
        failedProbes: (open.failedProbes ?? 0) + 1,
        failedChecks: probeChecks.filter(
          (check) => checks.includes(check) || open.failedChecks?.includes(check),
        ),
        lastProblem,
      },
      overrideAccess: true,
      req,
    })
  else
    await payload.create({
      collection: reportsSlugs.availabilityOutages,
      data: {
        source: 'probe',
        startedAt: now.toISOString(),
        lastFailedAt: now.toISOString(),
        failedProbes: 1,
        failedChecks: checks,
        lastProblem,
      },
      overrideAccess: true,
      req,
    })
  return 'down'
}

export const probeIntervalMs = 60_000

/**
 * The availability probe: checks `baseUrl` (the public address by default), records the
 * outcome and queues its own next run a minute later (the worker runs queued jobs only).
 */
export const availabilityProbeTask = ({
  url,
  timeoutMs,
}: {
  url?: string
  timeoutMs: number
}): TaskConfig<{ input: object; output: { outcome: string } }> => ({
  slug: reportsTaskSlugs.availabilityProbe,
  label: 'Check that Lupa answers and record outages',
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  // A failed run is not retried: the next minute's run checks again.
  retries: 0,
  handler: async ({ req, job }) => {
    const now = nowOf(req.payload)
    // The next run is queued first: a failure to record this one must not end the schedule.
    await queueNextRun({
      req,
      task: reportsTaskSlugs.availabilityProbe,
      afterMs: probeIntervalMs,
      currentJobId: job.id,
    })
    const startedMs = performance.now()
    const results = await probe({ baseUrl: url ?? req.payload.config.serverURL, timeoutMs })
    const latencyMs = performance.now() - startedMs
    return { output: { outcome: await recordProbe({ req, now, results, latencyMs }) } }
  },
})

import { createHash, timingSafeEqual } from 'node:crypto'

import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { nowOf } from '../../src/clock'
import { customOf } from '../../src/config/custom'
import { probeComponents, probeStatuses } from './domain/availability'
import type { AvailabilityProblemCode } from './problems'
import { localeOf, problemText } from './problems'
import { reportsSlugs } from './reportsSlugs'

/** One result a request: a monitor has no reason to send more, and nobody can make us read more. */
export const maxProbeBodyBytes = 4096
/** Results come as they are made; an older one would rewrite a past the report already showed. */
export const maxProbeAgeMs = 60 * 60_000
/** The monitor's clock may run a little ahead of Lupa's. */
const clockSkewMs = 60_000

const resultSchema = z.object({
  at: z.iso.datetime({ offset: true }).optional(),
  status: z.enum(probeStatuses),
  component: z.enum(probeComponents).default('web'),
  latencyMs: z.number().min(0).max(600_000).optional(),
  detail: z.string().trim().max(500).optional(),
})

const codeOf: Record<string, AvailabilityProblemCode> = {
  at: 'not-a-time',
  status: 'not-an-option',
  component: 'not-an-option',
  latencyMs: 'not-a-latency',
}

const digest = (value: string) => createHash('sha256').update(value).digest()

/** Compares digests, so neither the token's content nor its length leaks through timing. */
const hasToken = (req: PayloadRequest, token: string) => {
  const given = /^Bearer +(\S+) *$/i.exec(req.headers.get('authorization') ?? '')?.[1]
  return given !== undefined && timingSafeEqual(digest(given), digest(token))
}

const problems = (errors: { path: string; message: string }[], status = 400) =>
  Response.json({ errors }, { status })

/**
 * `POST /api/availability/probes` with `{ at?, status, component?, latencyMs?, detail? }`:
 * an outside monitor's result, so that the availability report does not rest on Lupa's own
 * probe alone (which runs in the job worker and sees nothing when the worker is down).
 * `Authorization: Bearer <PROBE_TOKEN>`, else 401 (always, when no token is configured).
 * `at` defaults to now and may be at most an hour old; 400 with one localised message per
 * bad field, 413 for more than 4 kB. Answers 201 with the sample recorded.
 */
export const probeResultsEndpoint: Endpoint = {
  path: '/availability/probes',
  method: 'post',
  handler: async (req) => {
    const locale = localeOf(req)
    const token = customOf(req.payload.config).probeToken
    if (!token || !hasToken(req, token))
      return Response.json(
        { errors: [{ message: problemText('no-token', locale) }] },
        { status: 401, headers: { 'www-authenticate': 'Bearer' } },
      )
    if (Number(req.headers.get('content-length') ?? 0) > maxProbeBodyBytes)
      return problems([{ path: 'body', message: problemText('not-json', locale) }], 413)
    const text = (await req.text?.().catch(() => null)) ?? null
    if (text === null || Buffer.byteLength(text) > maxProbeBodyBytes)
      return problems([{ path: 'body', message: problemText('not-json', locale) }], 413)
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch {
      raw = null
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return problems([{ path: 'body', message: problemText('not-json', locale) }])

    const parsed = resultSchema.safeParse(raw)
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))]
      return problems(
        fields.map((path) => {
          const value = (raw as Record<string, unknown>)[path]
          const code: AvailabilityProblemCode =
            value === undefined || value === null
              ? 'required'
              : path === 'detail'
                ? typeof value === 'string'
                  ? 'too-long'
                  : 'not-text'
                : codeOf[path]
          return { path, message: problemText(code, locale) }
        }),
      )
    }
    const now = nowOf(req.payload)
    const at = parsed.data.at ? new Date(parsed.data.at) : now
    if (at.getTime() > now.getTime() + clockSkewMs)
      return problems([{ path: 'at', message: problemText('in-future', locale) }])
    if (at.getTime() < now.getTime() - maxProbeAgeMs)
      return problems([{ path: 'at', message: problemText('too-old', locale) }])

    const { status, component, latencyMs, detail } = parsed.data
    const sample = await req.payload.create({
      collection: reportsSlugs.availabilitySamples,
      data: {
        at: at.toISOString(),
        status,
        component,
        source: 'external',
        latencyMs: latencyMs === undefined ? null : Math.round(latencyMs),
        detail: detail || null,
      },
      overrideAccess: true,
      req,
    })
    return Response.json(
      { sample: { id: sample.id, at: sample.at, status, component, source: sample.source } },
      { status: 201 },
    )
  },
}

import { deepMergeSimple } from '@payloadcms/translations/utilities'
import type { Plugin } from 'payload'
import { z } from 'zod'

import { ensureScheduled } from '../../src/jobs/scheduling'
import { availabilityProbeTask } from './availabilityProbe'
import { withAvailabilityRollUps } from './availabilityRollUps'
import { AvailabilityOutages } from './collections/AvailabilityOutages'
import { AvailabilitySamples } from './collections/AvailabilitySamples'
import { probeResultsEndpoint } from './probeResultsEndpoint'
import { monthlyReportEndpoint } from './reportsEndpoint'
import { reportsTaskSlugs } from './reportsSlugs'
import { reportsTranslations } from './translations'

export { probe, recordProbe } from './availabilityProbe'
export { reportsSlugs, reportsTaskSlugs } from './reportsSlugs'

export type ReportsPluginOptions = {
  /**
   * Where the availability probe checks `/readyz` and the portal home.
   * @default the public address (`PUBLIC_URL`)
   */
  probeUrl?: string
  /** How long the probe waits for each answer. @default 10 000 ms */
  probeTimeoutMs?: number
  /**
   * Whether start-up makes sure the probe runs every minute. Test runs set it off and run
   * the probe themselves.
   * @default true
   */
  isProbeScheduled?: boolean
}

const optionsSchema = z.object({
  probeUrl: z.url().optional(),
  probeTimeoutMs: z.number().int().min(100).max(60_000).default(10_000),
  isProbeScheduled: z.boolean().default(true),
})

/**
 * Reports for the owner: an availability probe that records a sample and outages every
 * minute, outside monitors' results (`POST /api/availability/probes`), outages staff
 * record, the monthly report (`GET /api/reports/monthly`, JSON or CSV) and its admin view
 * with charts, whose texts join the admin's translations (the config's own translations win).
 */
export const reportsPlugin =
  (options: ReportsPluginOptions = {}): Plugin =>
  (config) => {
    const incoming = withAvailabilityRollUps(config)
    const { probeUrl, probeTimeoutMs, isProbeScheduled } = optionsSchema.parse(options)
    return {
      ...incoming,
      collections: [...(incoming.collections ?? []), AvailabilityOutages, AvailabilitySamples],
      endpoints: [...(incoming.endpoints ?? []), monthlyReportEndpoint, probeResultsEndpoint],
      admin: {
        ...incoming.admin,
        components: {
          ...incoming.admin?.components,
          afterNavLinks: [
            ...(incoming.admin?.components?.afterNavLinks ?? []),
            '/components/Reports/ReportsNavLink#ReportsNavLink',
          ],
          views: {
            ...incoming.admin?.components?.views,
            reports: { Component: '/components/Reports/ReportsView#ReportsView', path: '/reports' },
          },
        },
      },
      i18n: {
        ...incoming.i18n,
        translations: deepMergeSimple(reportsTranslations, incoming.i18n?.translations ?? {}),
      },
      jobs: {
        ...incoming.jobs,
        tasks: [
          ...(incoming.jobs?.tasks ?? []),
          availabilityProbeTask({ url: probeUrl, timeoutMs: probeTimeoutMs }),
        ],
      },
      onInit: async (payload) => {
        await incoming.onInit?.(payload)
        if (isProbeScheduled) await ensureScheduled({ payload, tasks: [reportsTaskSlugs.availabilityProbe] })
      },
    }
  }

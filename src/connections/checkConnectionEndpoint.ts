import type { Endpoint } from 'payload'

import { recordOfRoute, requireStaff } from '../access/requireStaff'
import { slugs } from '../collections/slugs'
import { findConnectionMode } from './registry'
import { InvalidConnectionConfigError, storedSettingsOf } from './types'
import { finnishTextOf } from '../domain/localize'

export const checkConnectionPath = '/:id/check-connection'

/**
 * `POST /api/authorities/:id/check-connection` (staff): "Test connection" for any mode.
 * Validates the authority's stored settings with its mode's schema, then runs the mode's
 * read-only `checkConfig`. Answers `200 { ok, mode, problems }`; it never delivers a case.
 */
export const checkConnectionEndpoint: Endpoint = {
  path: checkConnectionPath,
  method: 'post',
  handler: async (req) => {
    requireStaff(req, 'test connections')
    const authority = await recordOfRoute(req, slugs.authorities, { locale: 'fi' })
    const modeSlug = String(authority.connectionMode ?? 'none')
    const answer = (problems: string[]) =>
      Response.json(
        { ok: problems.length === 0, mode: modeSlug, problems },
        { headers: { 'cache-control': 'no-store' } },
      )
    const mode = findConnectionMode(req.payload.config, modeSlug)
    if (!mode) return answer([`No connection mode "${modeSlug}" is available for this authority.`])
    const options = mode.optionsSchema.safeParse(storedSettingsOf(authority, mode.slug))
    if (!options.success) {
      return answer(
        options.error.issues.map((issue) => `${issue.path.join('.') || 'settings'}: ${issue.message}`),
      )
    }
    try {
      await mode.checkConfig?.({
        options: options.data as never,
        authority: {
          id: authority.id,
          key: String(authority.key),
          name: finnishTextOf(authority.name),
          noticeEmail: (authority.noticeEmail as string | null) ?? null,
        },
        payload: req.payload,
      })
      return answer([])
    } catch (error) {
      if (error instanceof InvalidConnectionConfigError) return answer(error.problems)
      req.payload.logger.error({ err: error, msg: `Test connection of ${mode.slug} failed unexpectedly` })
      return answer(['The check failed unexpectedly; see the server log.'])
    }
  },
}

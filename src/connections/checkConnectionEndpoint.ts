import type { Endpoint } from 'payload'

import { recordOfRoute, requireStaff } from '../access/requireStaff'
import { slugs } from '../collections/slugs'
import { findConnectionMode } from './registry'
import { InvalidConnectionConfigError } from './types'

export const checkConnectionPath = '/:id/check-connection'

/**
 * `POST /api/authorities/:id/check-connection` (staff): "Test connection" for any mode.
 * The authority's mode checks its stored settings with its schema, then runs its read-only
 * check. Answers `200 { ok, mode, problems }`; it never delivers a case.
 */
export const checkConnectionEndpoint: Endpoint = {
  path: checkConnectionPath,
  method: 'post',
  handler: async (req) => {
    requireStaff(req, 'test connections')
    const authority = await recordOfRoute(req, slugs.authorities, { locale: 'fi' })
    const modeSlug = authority.connectionMode ?? 'none'
    const answer = (problems: string[]) =>
      Response.json(
        { ok: problems.length === 0, mode: modeSlug, problems },
        { headers: { 'cache-control': 'no-store' } },
      )
    const mode = findConnectionMode(req.payload.config, modeSlug)
    if (!mode) return answer([`No connection mode "${modeSlug}" is available for this authority.`])
    try {
      await mode.checkConfig({ authority, payload: req.payload })
      return answer([])
    } catch (error) {
      if (error instanceof InvalidConnectionConfigError) return answer(error.problems)
      req.payload.logger.error({ err: error, msg: `Test connection of ${mode.slug} failed unexpectedly` })
      return answer(['The check failed unexpectedly; see the server log.'])
    }
  },
}

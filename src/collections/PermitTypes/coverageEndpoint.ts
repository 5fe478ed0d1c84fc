import type { Endpoint } from 'payload'

import { requireStaff } from '../../access/requireStaff'
import { loadCoverage } from '../../catalogue/loadCoverage'
import { requestLocaleOf } from '../../catalogue/requestLocaleOf'

/**
 * `GET /api/permit-types/coverage[?permitType=<id>]` (staff): for each permit type (or the
 * one asked for), which authority receives its cases from each municipality, and the gaps
 * (nobody anywhere, a municipality nobody serves, several authorities for one), named in
 * the admin's language. Answers `200 { permitTypes }`.
 */
export const coverageEndpoint: Endpoint = {
  path: '/coverage',
  method: 'get',
  handler: async (req) => {
    requireStaff(req, 'see the coverage of permit types')
    const wanted = req.searchParams.get('permitType')
    const isNumeric = req.payload.db.defaultIDType === 'number'
    // An id the database cannot hold matches nothing.
    const isValid = wanted === null || (isNumeric ? /^\d{1,15}$/.test(wanted) : wanted !== '')
    const permitTypes = isValid
      ? await loadCoverage({
          req,
          locale: requestLocaleOf(req),
          permitTypeId: wanted === null ? undefined : isNumeric ? Number(wanted) : wanted,
        })
      : []
    return Response.json({ permitTypes }, { headers: { 'cache-control': 'no-store' } })
  },
}

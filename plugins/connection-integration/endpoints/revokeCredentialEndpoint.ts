import type { Endpoint } from 'payload'

import { nowOf } from '../../../src/clock'
import { integrationSlugs } from '../integrationSlugs'
import { recordOfRoute, requireStaff } from '../../../src/access/requireStaff'

/** `POST /api/integration-credentials/:id/revoke` (staff): the key stops working at once, for good. */
export const revokeCredentialEndpoint: Endpoint = {
  path: '/:id/revoke',
  method: 'post',
  handler: async (req) => {
    requireStaff(req, 'revoke API keys')
    const credential = await recordOfRoute(req, integrationSlugs.credentials)
    const revokedAt = credential.revokedAt ?? nowOf(req.payload).toISOString()
    if (!credential.revokedAt)
      await req.payload.update({
        collection: integrationSlugs.credentials,
        id: credential.id,
        req,
        overrideAccess: true,
        depth: 0,
        data: { revokedAt },
      })
    return Response.json({ id: credential.id, revokedAt }, { headers: { 'cache-control': 'no-store' } })
  },
}

import type { Endpoint } from 'payload'
import { z } from 'zod'

import { slugs } from '../../../src/collections/slugs'
import { generateApiKey, hashApiKey } from '../apiKeys'
import { integrationSlugs } from '../integrationSlugs'
import { serviceUserOf } from '../serviceUserOf'
import { recordOfRoute, requireStaff } from '../../../src/access/requireStaff'
import { staffBodyOf } from './staffRequest'
import { withTransaction } from '../../../src/db/withTransaction'

const credentialBody = z.strictObject({ label: z.string().trim().min(1).max(100) })

/**
 * `POST /api/authorities/:id/integration/credentials` (staff) `{ label }`: issues an API key
 * for the authority's system and answers it, the only time it is ever shown.
 */
export const createCredentialEndpoint: Endpoint = {
  path: '/:id/integration/credentials',
  method: 'post',
  handler: async (req) => {
    requireStaff(req, 'issue API keys')
    const { label } = await staffBodyOf(req, credentialBody)
    const authority = await recordOfRoute(req, slugs.authorities)
    const { key, prefix } = generateApiKey()
    return withTransaction(req, async () => {
      const serviceUser = await serviceUserOf({ req, authority })
      const credential = await req.payload.create({
        collection: integrationSlugs.credentials,
        req,
        overrideAccess: true,
        depth: 0,
        data: {
          authority: authority.id,
          label,
          keyPrefix: prefix,
          keyHash: hashApiKey(key, req.payload.secret),
          serviceUser,
          createdBy: req.user?.id,
        },
      })
      return Response.json(
        { id: credential.id, authority: authority.id, label, keyPrefix: prefix, key },
        { status: 201, headers: { 'cache-control': 'no-store' } },
      )
    })
  },
}

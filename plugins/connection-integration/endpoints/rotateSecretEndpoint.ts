import type { Endpoint } from 'payload'
import { z } from 'zod'

import { slugs } from '../../../src/collections/slugs'
import { nowOf } from '../../../src/clock'
import { generateSigningSecret, sealSecret } from '../signingSecrets'
import { recordOfRoute, requireStaff } from '../../../src/access/requireStaff'
import { staffBodyOf } from './staffRequest'

const rotateBody = z.strictObject({
  /** How long the replaced secret keeps signing; 0 drops it at once (e.g. after a leak). */
  overlapHours: z
    .number()
    .min(0)
    .max(24 * 14)
    .optional(),
})

/**
 * `POST /api/authorities/:id/integration/rotate-secret` (staff): creates a new signing
 * secret and answers it, the only time it is ever shown. The replaced secret keeps signing
 * alongside the new one until the overlap ends, so the authority can switch without losing
 * a message.
 */
export const rotateSecretEndpoint = ({ secretOverlapMs }: { secretOverlapMs: number }): Endpoint => ({
  path: '/:id/integration/rotate-secret',
  method: 'post',
  handler: async (req) => {
    requireStaff(req, 'rotate signing secrets')
    const { overlapHours } = await staffBodyOf(req, rotateBody)
    const authority = await recordOfRoute(req, slugs.authorities)
    const settings = authority.integrationSettings ?? {}
    const now = nowOf(req.payload)
    const overlapMs = overlapHours === undefined ? secretOverlapMs : overlapHours * 60 * 60 * 1000
    const isKeepingPrevious = Boolean(settings.signingSecret) && overlapMs > 0
    const secret = generateSigningSecret()
    const previousSecretExpiresAt = isKeepingPrevious
      ? new Date(now.getTime() + overlapMs).toISOString()
      : null
    await req.payload.update({
      collection: slugs.authorities,
      id: authority.id,
      req,
      overrideAccess: true,
      depth: 0,
      data: {
        integrationSettings: {
          ...settings,
          signingSecret: sealSecret(secret, req.payload.secret),
          previousSigningSecret: isKeepingPrevious ? settings.signingSecret : null,
          previousSecretExpiresAt,
          secretRotatedAt: now.toISOString(),
        },
      },
    })
    return Response.json(
      { secret, secretRotatedAt: now.toISOString(), previousSecretExpiresAt },
      { headers: { 'cache-control': 'no-store' } },
    )
  },
})

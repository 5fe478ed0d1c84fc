import type { Endpoint } from 'payload'
import { APIError } from 'payload'

import { recordOfRoute } from '../../access/requireStaff'
import { isStaff, userOf } from '../../access/roles'
import { queueDeliveryJob } from '../../connections/enqueueDelivery'
import { slugs } from '../slugs'
import { withTransaction } from '../../db/withTransaction'

/**
 * `POST /api/deliveries/:id/replay`: staff send a dead-lettered (or unconfigured) message
 * again, with the same message id, once the cause is fixed.
 */
export const replayEndpoint: Endpoint = {
  path: '/:id/replay',
  method: 'post',
  handler: async (req) => {
    if (!isStaff(userOf(req)))
      throw new APIError('Only the service staff can replay deliveries.', 403, undefined, true)
    const delivery = await recordOfRoute(req, slugs.deliveries)
    if (delivery.status !== 'dead-lettered' && delivery.status !== 'not-configured') {
      throw new APIError(
        'Only a dead-lettered or unconfigured delivery can be replayed.',
        409,
        undefined,
        true,
      )
    }
    await withTransaction(req, async () => {
      await req.payload.update({
        collection: slugs.deliveries,
        id: delivery.id,
        req,
        overrideAccess: true,
        data: { status: 'pending', nextAttemptAt: null, queuedAt: new Date().toISOString() },
      })
      await queueDeliveryJob({ req, delivery })
    })
    return Response.json({ id: delivery.id, status: 'pending' }, { status: 202 })
  },
}

import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { nowOf } from '../../src/clock'
import { activeMaintenance } from './maintenance'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])
/** Served during a break: health checks, the admin (to end the break) and the API. */
const alwaysServed = ['/api', '/admin', '/_next', '/__nextjs', '/healthz', '/readyz']

/**
 * During a published maintenance break the portal takes no form posts: a change made then
 * could be lost in the maintenance. Pages still load (the portal shows its maintenance page).
 */
export const maintenanceGuard =
  ({ payload }: { payload: Payload }): RequestHandler =>
  async (req, res, next) => {
    if (safeMethods.has(req.method) || alwaysServed.some((path) => req.path.startsWith(path))) return next()
    try {
      const notice = await activeMaintenance(payload, nowOf(payload))
      if (!notice) return next()
      const seconds = Math.max(1, Math.ceil((Date.parse(notice.endsAt) - nowOf(payload).getTime()) / 1000))
      res
        .status(503)
        .set('Retry-After', String(seconds))
        .type('text/plain')
        .send('Lupa on huoltokatkolla. / Lupa har ett serviceavbrott. / Lupa is down for maintenance.')
    } catch (error) {
      next(error)
    }
  }

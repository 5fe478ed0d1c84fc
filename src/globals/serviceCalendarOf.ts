import type { PayloadRequest } from 'payload'

import { globalSlugs } from '../collections/slugs'
import { serviceCalendarFromSettings } from '../domain/service-calendar'
import type { ServiceCalendar } from '../domain/service-time'

const cacheKey = 'serviceCalendar'

/**
 * The service calendar the owner keeps in the `service-calendar` global, read with the
 * system's rights (jobs and hooks of every user need it; it holds nothing secret) and kept
 * for the rest of the request.
 */
export const serviceCalendarOf = async (req: PayloadRequest): Promise<ServiceCalendar> => {
  const cached = req.context?.[cacheKey] as ServiceCalendar | undefined
  if (cached) return cached
  const settings = await req.payload.findGlobal({
    slug: globalSlugs.serviceCalendar,
    req,
    overrideAccess: true,
    depth: 0,
  })
  const calendar = serviceCalendarFromSettings(settings)
  if (req.context) req.context[cacheKey] = calendar
  return calendar
}

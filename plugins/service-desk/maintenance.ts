import type { Payload } from 'payload'

import { cachedContent } from '../../src/catalogue/contentCache'
import { isBreakOn } from './domain/maintenance'
import type { LocalizedText } from '../../src/domain/types'
import { serviceDeskSlugs } from './serviceDeskSlugs'

/** A published maintenance break as the portal shows it (texts in all three languages). */
export type MaintenanceNoticeView = {
  id: number | string
  title: LocalizedText
  description: LocalizedText
  /** ISO instants. */
  startsAt: string
  endsAt: string
}

/**
 * A text read with `locale: 'all'`: Payload answers an object of texts per locale there,
 * which the generated types (one locale's string) do not describe.
 */
export const textsOf = (value: unknown): LocalizedText =>
  value && typeof value === 'object' ? (value as LocalizedText) : { fi: String(value ?? '') }

/**
 * Published breaks that have not ended by `now` (the one going on first), soonest first:
 * what the portal's banner announces. Public information, read with the system's rights.
 */
export const upcomingNotices = async (payload: Payload, now: Date): Promise<MaintenanceNoticeView[]> =>
  (await publishedNotices(payload, now)).filter((notice) => Date.parse(notice.endsAt) > now.getTime())

/**
 * Published breaks not ended when read, kept until the content changes (see contentCache):
 * every page shows them. Those that end later drop out in `upcomingNotices`.
 */
const publishedNotices = (payload: Payload, now: Date) =>
  cachedContent(payload, 'maintenance-notices', async () => {
    const { docs } = await payload.find({
      collection: serviceDeskSlugs.maintenanceNotices,
      where: { status: { equals: 'published' }, endsAt: { greater_than: now.toISOString() } },
      sort: 'startsAt',
      locale: 'all',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    return docs.map((doc): MaintenanceNoticeView => ({
      id: doc.id,
      title: textsOf(doc.title),
      description: textsOf(doc.description),
      startsAt: new Date(doc.startsAt).toISOString(),
      endsAt: new Date(doc.endsAt).toISOString(),
    }))
  })

/** The published break going on at `now`, or null: while there is one the portal shows its maintenance page. */
export const activeMaintenance = async (payload: Payload, now: Date): Promise<MaintenanceNoticeView | null> =>
  (await upcomingNotices(payload, now)).find((notice) =>
    isBreakOn({ startsAt: new Date(notice.startsAt), endsAt: new Date(notice.endsAt), now }),
  ) ?? null

import type { Payload } from 'payload'

import { activeMaintenance, upcomingNotices } from '../../../plugins/service-desk'
import type { MaintenanceNoticeView } from '../../../plugins/service-desk'
import { nowOf } from '../../../src/clock'
import { localize } from '../../../src/domain/localize'
import type { Locale } from '../../../src/domain/types'
import { formatDateTime } from '../i18n/format'

/** A maintenance break as the portal shows it, in the chosen language. */
export type MaintenanceNotice = {
  id: number | string
  title: string
  description: string
  startsText: string
  endsText: string
  endsAt: string
}

const noticeOf = (notice: MaintenanceNoticeView, locale: Locale): MaintenanceNotice => ({
  id: notice.id,
  title: localize(notice.title, locale),
  description: localize(notice.description, locale),
  startsText: formatDateTime({ instant: notice.startsAt, locale }),
  endsText: formatDateTime({ instant: notice.endsAt, locale }),
  endsAt: notice.endsAt,
})

/** Published breaks not yet over (for the banner) and the one going on now, if any. */
export const loadMaintenance = async ({ payload, locale }: { payload: Payload; locale: Locale }) => {
  const now = nowOf(payload)
  const [upcoming, active] = await Promise.all([
    upcomingNotices(payload, now),
    activeMaintenance(payload, now),
  ])
  return {
    upcoming: upcoming.map((notice) => noticeOf(notice, locale)),
    active: active ? noticeOf(active, locale) : null,
    secondsLeft: active ? Math.max(1, Math.ceil((Date.parse(active.endsAt) - now.getTime()) / 1000)) : 0,
  }
}

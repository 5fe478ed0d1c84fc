import { addCalendarDays, calendarDaysBetween, isIsoDate } from './calendar-date'
import { addServiceDays, defaultServiceCalendar, type ServiceCalendar } from './service-time'
import type { LeadTime } from './types'

/**
 * The last date ('YYYY-MM-DD') on which an application can be submitted for an event.
 *
 * - `calendar-days`: the event date minus `amount` days (5 days before 2026-06-10 is
 *   2026-06-05).
 * - `service-days`: the latest date D such that the days from D up to but excluding the
 *   event date hold at least `amount` service days. D itself counts when it is a service
 *   day, so D is always the `amount`-th service day before the event (4 service days before
 *   Friday 2026-04-10 is Thursday 2026-04-02, skipping Easter Monday, the weekend and Good
 *   Friday).
 *
 * An amount of 0 gives the event date itself.
 */
export function latestSubmissionDate({
  eventDate,
  leadTime,
  calendar = defaultServiceCalendar,
}: {
  eventDate: string
  leadTime: LeadTime
  calendar?: ServiceCalendar
}): string {
  if (!isIsoDate(eventDate)) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${eventDate}"`)
  }
  const { amount, unit } = leadTime
  if (!Number.isInteger(amount) || amount < 0) {
    throw new RangeError(`Lead time must be a whole number of days, zero or more: ${amount}`)
  }
  if (unit === 'calendar-days') return addCalendarDays({ date: eventDate, days: -amount })
  if (unit === 'service-days') return addServiceDays(eventDate, -amount, calendar)
  throw new RangeError(`Unknown lead time unit: ${String(unit)}`)
}

/** One permit of a {@link DeadlinePlan}. */
export type DeadlinePlanItem = {
  permitType: string
  /** Last date to submit ('YYYY-MM-DD'), see {@link latestSubmissionDate}. */
  latestDate: string
  /** Calendar days from today to latestDate; 0 on the day itself, negative once passed. */
  daysLeft: number
  /** True when latestDate is before today. */
  isPassed: boolean
}

/** Submission deadlines of the permits of one event. */
export type DeadlinePlan = {
  /** Sorted by latestDate, earliest first; permits with the same date keep their order. */
  items: DeadlinePlanItem[]
  /** The permit types that must be submitted first (all that share the earliest latestDate). */
  criticalPath: string[]
}

/** The submission deadlines of the permits an event needs, earliest first. */
export function deadlinePlan({
  eventDate,
  today,
  permits,
  calendar = defaultServiceCalendar,
}: {
  eventDate: string
  today: string
  permits: { permitType: string; leadTime: LeadTime }[]
  calendar?: ServiceCalendar
}): DeadlinePlan {
  const items = permits
    .map(({ permitType, leadTime }): DeadlinePlanItem => {
      const latestDate = latestSubmissionDate({ eventDate, leadTime, calendar })
      const daysLeft = calendarDaysBetween({ from: today, to: latestDate })
      return { permitType, latestDate, daysLeft, isPassed: daysLeft < 0 }
    })
    .sort((a, b) => a.daysLeft - b.daysLeft)
  const earliest = items[0]?.latestDate
  return {
    items,
    criticalPath: items.filter((item) => item.latestDate === earliest).map((item) => item.permitType),
  }
}

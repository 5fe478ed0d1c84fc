import { isIsoDate, utcMsToIsoDate } from './calendar-date'
import type { ChangedHours, ServiceCalendar } from './service-time'
import { defaultServiceCalendar } from './service-time'

/**
 * The owner-edited `service-calendar` global as Payload returns it: extra closed days and
 * date ranges with other opening hours. Dates are Payload date values (an ISO timestamp;
 * the admin's day picker stores noon UTC of the picked day) or plain 'YYYY-MM-DD'.
 */
export type ServiceCalendarSettings = {
  closedDays?: { date?: string | null; reason?: unknown }[] | null
  changedHours?:
    { from?: string | null; to?: string | null; opensAt?: string | null; closesAt?: string | null }[] | null
}

export type ServiceCalendarProblemCode =
  'date-missing' | 'time-invalid' | 'closing-not-after-opening' | 'range-reversed' | 'ranges-overlap'

/** A problem of the settings at a field path (`changedHours.1.closesAt`). */
export type ServiceCalendarProblem = { path: string; code: ServiceCalendarProblemCode }

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/

/** Minutes after midnight of 'HH:MM' ('24:00' is the end of the day), or null when not a time. */
export function minuteOfTime(value: unknown): number | null {
  if (value === '24:00') return 24 * 60
  const match = typeof value === 'string' ? timePattern.exec(value) : null
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

/** The calendar date of a stored date value: its UTC date, or null when it has none. */
export function calendarDateOf(value: unknown): string | null {
  if (typeof value !== 'string') return null
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return isIsoDate(value) ? value : null
  const ms = new Date(value).getTime()
  return Number.isNaN(ms) ? null : utcMsToIsoDate(ms)
}

/** Everything wrong with the settings, each at its field; empty when they are usable. */
export function serviceCalendarProblems(settings: ServiceCalendarSettings): ServiceCalendarProblem[] {
  const problems: ServiceCalendarProblem[] = []
  ;(settings.closedDays ?? []).forEach((day, index) => {
    if (!calendarDateOf(day.date)) problems.push({ path: `closedDays.${index}.date`, code: 'date-missing' })
  })
  const ranges: { index: number; from: string; to: string }[] = []
  ;(settings.changedHours ?? []).forEach((row, index) => {
    const at = (field: string) => `changedHours.${index}.${field}`
    const from = calendarDateOf(row.from)
    const to = calendarDateOf(row.to)
    if (!from) problems.push({ path: at('from'), code: 'date-missing' })
    if (!to) problems.push({ path: at('to'), code: 'date-missing' })
    if (from && to && to < from) problems.push({ path: at('to'), code: 'range-reversed' })
    else if (from && to) ranges.push({ index, from, to })
    const opens = minuteOfTime(row.opensAt)
    const closes = minuteOfTime(row.closesAt)
    if (opens === null || opens === 24 * 60) problems.push({ path: at('opensAt'), code: 'time-invalid' })
    if (closes === null) problems.push({ path: at('closesAt'), code: 'time-invalid' })
    else if (opens !== null && closes <= opens)
      problems.push({ path: at('closesAt'), code: 'closing-not-after-opening' })
  })
  for (const range of ranges) {
    const overlapping = ranges.find(
      (other) => other.index < range.index && other.from <= range.to && range.from <= other.to,
    )
    if (overlapping) problems.push({ path: `changedHours.${range.index}.from`, code: 'ranges-overlap' })
  }
  return problems
}

/**
 * The calendar the service-time engine counts in: `base` (weekdays 08–16 Europe/Helsinki,
 * Finnish holidays closed) with the owner's extra closed days and changed opening hours.
 * Throws a RangeError on settings {@link serviceCalendarProblems} would refuse.
 */
export function serviceCalendarFromSettings(
  settings: ServiceCalendarSettings | null | undefined,
  base: ServiceCalendar = defaultServiceCalendar,
): ServiceCalendar {
  const problems = serviceCalendarProblems(settings ?? {})
  if (problems.length > 0) {
    throw new RangeError(
      `Service calendar settings are not valid: ${problems.map((p) => `${p.path} ${p.code}`).join(', ')}`,
    )
  }
  const closedDates = (settings?.closedDays ?? []).map((day) => calendarDateOf(day.date)!)
  const changedHours: ChangedHours[] = (settings?.changedHours ?? []).map((row) => ({
    from: calendarDateOf(row.from)!,
    to: calendarDateOf(row.to)!,
    openingMinute: minuteOfTime(row.opensAt)!,
    closingMinute: minuteOfTime(row.closesAt)!,
  }))
  return {
    ...base,
    extraClosedDates: [...new Set([...base.extraClosedDates, ...closedDates])].sort(),
    changedHours: [...(base.changedHours ?? []), ...changedHours].sort((a, b) => (a.from < b.from ? -1 : 1)),
  }
}

import type { ServiceCalendar } from '../../../src/domain/service-time'
import { defaultServiceCalendar, serviceMinutesBetween } from '../../../src/domain/service-time'

/** The service description's availability commitment: 99 % of service time in a month. */
export const availabilityTarget = 0.99

/** A time when a probe found Lupa down; `endedAt` null while it still is. */
export type Outage = { startedAt: Date; endedAt: Date | null }

/** An announced (published) maintenance break: not counted as available time or as downtime. */
export type MaintenanceWindow = { startsAt: Date; endsAt: Date }

/** Availability of one calendar month, in service minutes. */
export type MonthAvailability = {
  /** 'YYYY-MM'. */
  month: string
  /** Service minutes of the month (up to `now` for the month in progress), maintenance excluded. */
  measuredMinutes: number
  /** Service minutes inside announced maintenance breaks. */
  maintenanceMinutes: number
  /** Service minutes of outages outside maintenance. */
  downMinutes: number
  /** Share of the measured minutes that were up (0–1); null when nothing was measured. */
  availability: number | null
  /** Whether the month meets {@link availabilityTarget}; null when nothing was measured. */
  meetsTarget: boolean | null
}

type Interval = { fromMs: number; toMs: number }

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/

/** True for a month written 'YYYY-MM'. */
export const isMonth = (value: unknown): value is string =>
  typeof value === 'string' && monthPattern.test(value)

const parseMonth = (month: string) => {
  const match = monthPattern.exec(month)
  if (!match) throw new RangeError(`Not a month (YYYY-MM): "${month}"`)
  return { year: Number(match[1]), month: Number(match[2]) }
}

/** The month after 'YYYY-MM'. */
export const nextMonth = (month: string): string => {
  const { year, month: number } = parseMonth(month)
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export const monthsBetween = (from: string, to: string): string[] => {
  parseMonth(from)
  parseMonth(to)
  const months: string[] = []
  for (let month = from; month <= to; month = nextMonth(month)) months.push(month)
  return months
}

/** Offset of the time zone from UTC at an instant, in milliseconds. */
const offsetMs = (instantMs: number, timeZone: string) => {
  const parts: Record<string, number> = {}
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
  for (const part of format.formatToParts(new Date(instantMs)))
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second)
  return wall - (instantMs - (((instantMs % 1000) + 1000) % 1000))
}

/** The instant of local midnight starting the first day of a month in the time zone. */
export const monthStart = (month: string, timeZone = defaultServiceCalendar.timeZone): Date => {
  const { year, month: number } = parseMonth(month)
  const wallMs = Date.UTC(year, number - 1, 1)
  const guess = wallMs - offsetMs(wallMs, timeZone)
  return new Date(wallMs - offsetMs(guess, timeZone))
}

/** The month ('YYYY-MM') an instant falls in, in the time zone. */
export const monthOf = (instant: Date, timeZone = defaultServiceCalendar.timeZone): string =>
  new Date(instant.getTime() + offsetMs(instant.getTime(), timeZone)).toISOString().slice(0, 7)

/** Sorted, non-overlapping union of intervals (empty ones dropped). */
const merged = (intervals: Interval[]): Interval[] => {
  const sorted = intervals.filter((i) => i.toMs > i.fromMs).sort((a, b) => a.fromMs - b.fromMs)
  const result: Interval[] = []
  for (const interval of sorted) {
    const last = result.at(-1)
    if (last && interval.fromMs <= last.toMs) last.toMs = Math.max(last.toMs, interval.toMs)
    else result.push({ ...interval })
  }
  return result
}

/** The parts of `intervals` outside every interval of `holes` (both merged). */
const without = (intervals: Interval[], holes: Interval[]): Interval[] =>
  intervals.flatMap((interval) => {
    const pieces: Interval[] = []
    let fromMs = interval.fromMs
    for (const hole of holes) {
      if (hole.toMs <= fromMs || hole.fromMs >= interval.toMs) continue
      if (hole.fromMs > fromMs) pieces.push({ fromMs, toMs: hole.fromMs })
      fromMs = Math.max(fromMs, hole.toMs)
    }
    if (fromMs < interval.toMs) pieces.push({ fromMs, toMs: interval.toMs })
    return pieces
  })

const clipped = (intervals: Interval[], window: Interval): Interval[] =>
  intervals
    .map((i) => ({ fromMs: Math.max(i.fromMs, window.fromMs), toMs: Math.min(i.toMs, window.toMs) }))
    .filter((i) => i.toMs > i.fromMs)

const serviceMinutesOf = (intervals: Interval[], calendar: ServiceCalendar) =>
  intervals.reduce((sum, i) => sum + serviceMinutesBetween(new Date(i.fromMs), new Date(i.toMs), calendar), 0)

/**
 * Availability of a month counted in service time only: downtime outside opening hours
 * does not count, and announced maintenance is neither available time nor downtime. The
 * month runs from local midnight to local midnight in the calendar's time zone; the month
 * in progress is measured up to `now`, and an outage still going on lasts until `now`.
 */
export function monthlyAvailability({
  month,
  outages,
  maintenance,
  now,
  calendar = defaultServiceCalendar,
}: {
  month: string
  outages: Outage[]
  maintenance: MaintenanceWindow[]
  now: Date
  calendar?: ServiceCalendar
}): MonthAvailability {
  const window: Interval = {
    fromMs: monthStart(month, calendar.timeZone).getTime(),
    toMs: Math.min(monthStart(nextMonth(month), calendar.timeZone).getTime(), now.getTime()),
  }
  const breaks = merged(maintenance.map((m) => ({ fromMs: m.startsAt.getTime(), toMs: m.endsAt.getTime() })))
  const down = merged(
    outages.map((o) => ({ fromMs: o.startedAt.getTime(), toMs: (o.endedAt ?? now).getTime() })),
  )
  const monthMinutes = window.toMs > window.fromMs ? serviceMinutesOf([window], calendar) : 0
  const maintenanceMinutes = serviceMinutesOf(clipped(breaks, window), calendar)
  const measuredMinutes = monthMinutes - maintenanceMinutes
  const downMinutes = serviceMinutesOf(clipped(without(down, breaks), window), calendar)
  const availability = measuredMinutes > 0 ? (measuredMinutes - downMinutes) / measuredMinutes : null
  return {
    month,
    measuredMinutes,
    maintenanceMinutes,
    downMinutes,
    availability,
    // Compared without division so that exactly 99 % meets the target.
    meetsTarget:
      measuredMinutes > 0
        ? (measuredMinutes - downMinutes) * 100 >= availabilityTarget * 100 * measuredMinutes
        : null,
  }
}

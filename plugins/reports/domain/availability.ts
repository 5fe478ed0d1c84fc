import type { ServiceCalendar } from '../../../src/domain/service-time'
import { defaultServiceCalendar, serviceMinutesBetween } from '../../../src/domain/service-time'

/** The service description's availability commitment: 99 % of service time in a month. */
export const availabilityTarget = 0.99

/** What a check found. */
export const probeStatuses = ['up', 'degraded', 'down'] as const
export type ProbeStatus = (typeof probeStatuses)[number]

/** What a check looked at: the web (what a visitor sees), the database or the job worker. */
export const probeComponents = ['web', 'database', 'worker'] as const
export type ProbeComponent = (typeof probeComponents)[number]

/** One check at one moment, by Lupa's own probe or an outside monitor. */
export type ProbeSample = { at: Date; status: ProbeStatus; component: ProbeComponent }

/**
 * A stretch of time with one finding: the minute of a sample, or a run of minutes that a
 * roll-up of samples kept. Time that no observation covers is unknown.
 */
export type Observation = { from: Date; to: Date; status: ProbeStatus }

/**
 * A time known to be down (recorded by staff, or found by the probe); `endedAt` null while
 * it still is. An outage of the job worker alone leaves the portal answering: degraded.
 */
export type Outage = { startedAt: Date; endedAt: Date | null; component?: ProbeComponent | null }

/** An announced (published) maintenance break: not counted as available time or as downtime. */
export type MaintenanceWindow = { startsAt: Date; endsAt: Date }

/** Availability of one calendar month, in service minutes. */
export type MonthAvailability = {
  /** 'YYYY-MM'. */
  month: string
  /** Service minutes of the month (up to `now` for the month in progress), maintenance excluded. */
  serviceMinutes: number
  /** Service minutes inside announced maintenance breaks. */
  maintenanceMinutes: number
  /** Service minutes a check of the web found up, with nothing found wrong. */
  upMinutes: number
  /** Service minutes that answered but worse than usual (also a worker that is down). */
  degradedMinutes: number
  /** Service minutes of outages, or that a check found down. */
  downMinutes: number
  /** Service minutes that nothing checked: neither up nor down. */
  unknownMinutes: number
  /** (up + degraded) / (up + degraded + down), unknown minutes left out (0–1); null when nothing was known. */
  availability: number | null
  /**
   * Whether the month meets {@link availabilityTarget} even if every unknown minute was
   * down (true), misses it even if every one was up (false), or the unknown minutes decide
   * it (null; also when the month has no service time).
   */
  meetsTarget: boolean | null
}

const minuteMs = 60_000

/**
 * The minute a sample falls in, with what it says of the service: only the web shows a
 * minute up (the worker or the database answering does not mean visitors are served), and
 * a worker that is down leaves the portal answering while background work waits: degraded.
 */
export const observationOf = (sample: ProbeSample): Observation | null => {
  if (sample.status === 'up' && sample.component !== 'web') return null
  const fromMs = Math.floor(sample.at.getTime() / minuteMs) * minuteMs
  const status = sample.component === 'worker' && sample.status === 'down' ? 'degraded' : sample.status
  return { from: new Date(fromMs), to: new Date(fromMs + minuteMs), status }
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

/** The parts of `intervals` outside every interval of `holes` (both merged, so one sweep will do). */
const without = (intervals: Interval[], holes: Interval[]): Interval[] => {
  const pieces: Interval[] = []
  let first = 0
  for (const interval of intervals) {
    while (first < holes.length && holes[first].toMs <= interval.fromMs) first++
    let fromMs = interval.fromMs
    for (let h = first; h < holes.length && holes[h].fromMs < interval.toMs; h++) {
      if (holes[h].fromMs > fromMs) pieces.push({ fromMs, toMs: holes[h].fromMs })
      fromMs = Math.max(fromMs, holes[h].toMs)
    }
    if (fromMs < interval.toMs) pieces.push({ fromMs, toMs: interval.toMs })
  }
  return pieces
}

const clipped = (intervals: Interval[], window: Interval): Interval[] =>
  intervals
    .map((i) => ({ fromMs: Math.max(i.fromMs, window.fromMs), toMs: Math.min(i.toMs, window.toMs) }))
    .filter((i) => i.toMs > i.fromMs)

const serviceMinutesOf = (intervals: Interval[], calendar: ServiceCalendar) =>
  intervals.reduce((sum, i) => sum + serviceMinutesBetween(new Date(i.fromMs), new Date(i.toMs), calendar), 0)

const intervalsOf = (observations: Observation[], status: ProbeStatus) =>
  observations
    .filter((o) => o.status === status)
    .map((o) => ({ fromMs: o.from.getTime(), toMs: o.to.getTime() }))

/**
 * Availability of a month counted in service time only: time outside opening hours does
 * not count, and announced maintenance is neither available time nor downtime. Each
 * service minute is down when an outage covers it or any check found it down (an outage
 * staff recorded overrides checks that found it up), else degraded when a check or a
 * worker outage says so, else up when a check of the web found it up, else unknown: time nobody checked is
 * not counted as up. The month runs from local midnight to local midnight in the
 * calendar's time zone; the month in progress is measured up to `now`, and an outage still
 * going on lasts until `now`.
 */
export function monthlyAvailability({
  month,
  observations,
  outages,
  maintenance,
  now,
  calendar = defaultServiceCalendar,
}: {
  month: string
  /** What the checks found (see {@link observationOf}). */
  observations: Observation[]
  outages: Outage[]
  maintenance: MaintenanceWindow[]
  now: Date
  calendar?: ServiceCalendar
}): MonthAvailability {
  const window: Interval = {
    fromMs: monthStart(month, calendar.timeZone).getTime(),
    toMs: Math.min(monthStart(nextMonth(month), calendar.timeZone).getTime(), now.getTime()),
  }
  const minutesOf = (intervals: Interval[]) => serviceMinutesOf(clipped(intervals, window), calendar)
  const breaks = merged(maintenance.map((m) => ({ fromMs: m.startsAt.getTime(), toMs: m.endsAt.getTime() })))
  const outageIntervals = (isWorker: boolean) =>
    outages
      .filter((o) => (o.component === 'worker') === isWorker)
      .map((o) => ({ fromMs: o.startedAt.getTime(), toMs: (o.endedAt ?? now).getTime() }))
  const down = merged([...outageIntervals(false), ...intervalsOf(observations, 'down')])
  const degraded = without(merged([...outageIntervals(true), ...intervalsOf(observations, 'degraded')]), down)
  const up = without(without(merged(intervalsOf(observations, 'up')), down), degraded)
  const monthMinutes = window.toMs > window.fromMs ? serviceMinutesOf([window], calendar) : 0
  const maintenanceMinutes = minutesOf(breaks)
  const serviceMinutes = monthMinutes - maintenanceMinutes
  const downMinutes = minutesOf(without(down, breaks))
  const degradedMinutes = minutesOf(without(degraded, breaks))
  const upMinutes = minutesOf(without(up, breaks))
  const availableMinutes = upMinutes + degradedMinutes
  const knownMinutes = availableMinutes + downMinutes
  // Sums of fractional minutes may miss by a rounding error; never below zero.
  const unknownMinutes = Math.max(0, serviceMinutes - knownMinutes)
  // Compared without division so that exactly 99 % meets the target.
  const meets = (available: number) => available * 100 >= availabilityTarget * 100 * serviceMinutes
  return {
    month,
    serviceMinutes,
    maintenanceMinutes,
    upMinutes,
    degradedMinutes,
    downMinutes,
    unknownMinutes,
    availability: knownMinutes > 0 ? availableMinutes / knownMinutes : null,
    meetsTarget:
      serviceMinutes <= 0
        ? null
        : meets(availableMinutes)
          ? true
          : meets(availableMinutes + unknownMinutes)
            ? null
            : false,
  }
}

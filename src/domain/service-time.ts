import { addCalendarDays, isIsoDate, isoDateToUtcMs, isoWeekday, utcMsToIsoDate } from './calendar-date'

/** A public holiday (or a de facto day off such as Midsummer Eve) in Finland. */
export type FinnishHoliday = { date: string; name: { fi: string; sv: string; en: string } }

/**
 * When the service desk is open. Service-level clocks run only inside these hours.
 */
export type ServiceCalendar = {
  /** IANA time zone the opening hours are given in. */
  timeZone: string
  /** Opening time as minutes after local midnight (480 = 08:00). */
  openingMinute: number
  /** Closing time as minutes after local midnight (960 = 16:00); after openingMinute. */
  closingMinute: number
  /** Open ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[]
  /** Further closed dates ('YYYY-MM-DD'), e.g. a day off announced for the desk. */
  extraClosedDates: string[]
  /** Whether the Finnish holidays of {@link finnishHolidays} are closed. */
  isHolidayClosed: boolean
  /**
   * Other opening hours on some dates (e.g. summer hours), as inclusive date ranges that do
   * not overlap. They change the hours of open days only: a closed day stays closed.
   */
  changedHours?: ChangedHours[]
}

/** Opening hours that differ from the calendar's own from `from` to `to` ('YYYY-MM-DD', inclusive). */
export type ChangedHours = { from: string; to: string; openingMinute: number; closingMinute: number }

/** Weekdays 08:00–16:00 Finnish time, closed on Finnish holidays. */
export const defaultServiceCalendar: ServiceCalendar = {
  timeZone: 'Europe/Helsinki',
  openingMinute: 8 * 60,
  closingMinute: 16 * 60,
  weekdays: [1, 2, 3, 4, 5],
  extraClosedDates: [],
  isHolidayClosed: true,
}

const minuteMs = 60_000
/** A calendar with no open day would loop forever; no real calendar is closed this long. */
const maxClosedDaysInARow = 3_660

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return isoDate(year, month, day)
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The first date on or after `from` that falls on the ISO weekday. */
function nextWeekday(from: string, weekday: number): string {
  return addCalendarDays({ date: from, days: (weekday - isoWeekday(from) + 7) % 7 })
}

const holidayCache = new Map<number, FinnishHoliday[]>()

/**
 * Finnish public holidays of a year that fall or may fall on a weekday, plus Midsummer Eve
 * and Christmas Eve (not holidays by law but days off in practice), sorted by date.
 */
export function finnishHolidays(year: number): FinnishHoliday[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`Not a supported year: ${year}`)
  }
  const cached = holidayCache.get(year)
  if (cached) return cached.map((holiday) => ({ ...holiday, name: { ...holiday.name } }))
  const easter = easterSunday(year)
  const fromEaster = (days: number): string => addCalendarDays({ date: easter, days })
  const midsummerEve = nextWeekday(isoDate(year, 6, 19), 5)
  const holidays: FinnishHoliday[] = [
    {
      date: isoDate(year, 1, 1),
      name: { fi: 'Uudenvuodenpäivä', sv: 'Nyårsdagen', en: "New Year's Day" },
    },
    { date: isoDate(year, 1, 6), name: { fi: 'Loppiainen', sv: 'Trettondagen', en: 'Epiphany' } },
    { date: fromEaster(-2), name: { fi: 'Pitkäperjantai', sv: 'Långfredagen', en: 'Good Friday' } },
    {
      date: fromEaster(1),
      name: { fi: 'Toinen pääsiäispäivä', sv: 'Annandag påsk', en: 'Easter Monday' },
    },
    { date: isoDate(year, 5, 1), name: { fi: 'Vappu', sv: 'Första maj', en: 'May Day' } },
    {
      date: fromEaster(39),
      name: { fi: 'Helatorstai', sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' },
    },
    {
      date: midsummerEve,
      name: { fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' },
    },
    {
      date: addCalendarDays({ date: midsummerEve, days: 1 }),
      name: { fi: 'Juhannuspäivä', sv: 'Midsommardagen', en: 'Midsummer Day' },
    },
    {
      date: nextWeekday(isoDate(year, 10, 31), 6),
      name: { fi: 'Pyhäinpäivä', sv: 'Alla helgons dag', en: "All Saints' Day" },
    },
    {
      date: isoDate(year, 12, 6),
      name: { fi: 'Itsenäisyyspäivä', sv: 'Självständighetsdagen', en: 'Independence Day' },
    },
    {
      date: isoDate(year, 12, 24),
      name: { fi: 'Jouluaatto', sv: 'Julafton', en: 'Christmas Eve' },
    },
    {
      date: isoDate(year, 12, 25),
      name: { fi: 'Joulupäivä', sv: 'Juldagen', en: 'Christmas Day' },
    },
    {
      date: isoDate(year, 12, 26),
      name: { fi: 'Tapaninpäivä', sv: 'Annandag jul', en: 'Boxing Day' },
    },
  ]
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  holidayCache.set(year, holidays)
  return finnishHolidays(year)
}

function isHoliday(date: string): boolean {
  return finnishHolidays(Number(date.slice(0, 4))).some((holiday) => holiday.date === date)
}

function assertHours({ openingMinute, closingMinute }: { openingMinute: number; closingMinute: number }) {
  if (
    !Number.isFinite(openingMinute) ||
    !Number.isFinite(closingMinute) ||
    openingMinute < 0 ||
    closingMinute > 24 * 60 ||
    openingMinute >= closingMinute
  ) {
    throw new RangeError(`Service calendar hours are not valid: ${openingMinute}..${closingMinute}`)
  }
}

function assertCalendar(calendar: ServiceCalendar): void {
  assertHours(calendar)
  if (!calendar.weekdays.some((weekday) => Number.isInteger(weekday) && weekday >= 1 && weekday <= 7)) {
    throw new RangeError('Service calendar has no open weekday')
  }
  for (const changed of calendar.changedHours ?? []) {
    if (!isIsoDate(changed.from) || !isIsoDate(changed.to) || changed.to < changed.from) {
      throw new RangeError(`Changed hours need a date range: ${changed.from}..${changed.to}`)
    }
    assertHours(changed)
  }
}

/** The opening hours of a date: its changed hours, else the calendar's own. */
function hoursOf(date: string, calendar: ServiceCalendar): { openingMinute: number; closingMinute: number } {
  return calendar.changedHours?.find((changed) => changed.from <= date && date <= changed.to) ?? calendar
}

/** True when the date ('YYYY-MM-DD') is an open day of the calendar. */
export function isServiceDay(date: string, calendar: ServiceCalendar = defaultServiceCalendar): boolean {
  if (!calendar.weekdays.includes(isoWeekday(date))) return false
  if (calendar.extraClosedDates.includes(date)) return false
  return !(calendar.isHolidayClosed && isHoliday(date))
}

/**
 * The date `days` service days after `date` (before it when negative), counting only
 * service days and not `date` itself; 0 gives `date` unchanged even when it is closed.
 * E.g. Thursday 2026-04-02 plus 1 is Tuesday 2026-04-07 (Easter in between).
 */
export function addServiceDays(
  date: string,
  days: number,
  calendar: ServiceCalendar = defaultServiceCalendar,
): string {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be a whole number: ${days}`)
  assertCalendar(calendar)
  const step = days < 0 ? -1 : 1
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}"`)
  let current = date
  let counted = 0
  let closedInARow = 0
  while (counted < Math.abs(days)) {
    current = addCalendarDays({ date: current, days: step })
    if (isServiceDay(current, calendar)) {
      counted += 1
      closedInARow = 0
    } else if (++closedInARow > maxClosedDaysInARow) {
      throw new RangeError('Service calendar has no open day')
    }
  }
  return current
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The local wall-clock time of an instant, written as if it were a UTC timestamp. */
function wallClockMs(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  const wall = new Date(
    Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second),
  )
  wall.setUTCFullYear(parts.year)
  const milliseconds = ((instantMs % 1000) + 1000) % 1000
  return wall.getTime() + milliseconds
}

function localDate(instantMs: number, timeZone: string): string {
  return utcMsToIsoDate(wallClockMs(instantMs, timeZone))
}

/** The calendar date ('YYYY-MM-DD') of an instant in the calendar's time zone. */
export function serviceDateOf(instant: Date, calendar: ServiceCalendar = defaultServiceCalendar): string {
  return localDate(instant.getTime(), calendar.timeZone)
}

/**
 * The instant of a local wall-clock time. The offset is looked up at a first guess and
 * again at the corrected instant, which settles across a DST change; a wall time that does
 * not exist (skipped in spring) lands just after the gap.
 */
function localToInstant({
  date,
  minuteOfDay,
  timeZone,
}: {
  date: string
  minuteOfDay: number
  timeZone: string
}): number {
  const wallMs = isoDateToUtcMs(date) + minuteOfDay * minuteMs
  const firstGuess = wallMs - (wallClockMs(wallMs, timeZone) - wallMs)
  const offset = wallClockMs(firstGuess, timeZone) - firstGuess
  return wallMs - offset
}

/**
 * The instant of a wall-clock time in the calendar's time zone, as a form's date-time field
 * gives it ('YYYY-MM-DDTHH:MM'); null when the text is not one.
 */
export function serviceInstantOf(
  localDateTime: string,
  calendar: ServiceCalendar = defaultServiceCalendar,
): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(localDateTime)
  if (!match || !isIsoDate(match[1]) || Number(match[2]) > 23 || Number(match[3]) > 59) return null
  const minuteOfDay = Number(match[2]) * 60 + Number(match[3])
  return new Date(localToInstant({ date: match[1], minuteOfDay, timeZone: calendar.timeZone }))
}

/** The open window of a local date as instants, or null when the day is closed. */
function openWindow(date: string, calendar: ServiceCalendar): { openMs: number; closeMs: number } | null {
  if (!isServiceDay(date, calendar)) return null
  const { timeZone } = calendar
  const { openingMinute, closingMinute } = hoursOf(date, calendar)
  return {
    openMs: localToInstant({ date, minuteOfDay: openingMinute, timeZone }),
    closeMs: localToInstant({ date, minuteOfDay: closingMinute, timeZone }),
  }
}

/**
 * The instant `minutes` service minutes after `start`. A start outside service time counts
 * from the next opening; a deadline that uses up a day exactly ends at that day's closing
 * time (not at the next opening); 0 minutes gives the start unchanged.
 */
export function addServiceMinutes(
  start: Date,
  minutes: number,
  calendar: ServiceCalendar = defaultServiceCalendar,
): Date {
  const startMs = start.getTime()
  if (Number.isNaN(startMs)) throw new RangeError('Start is not a valid date')
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Service minutes must be zero or more: ${minutes}`)
  }
  if (minutes === 0) return new Date(startMs)
  assertCalendar(calendar)
  let remainingMs = minutes * minuteMs
  let date = localDate(startMs, calendar.timeZone)
  let closedInARow = 0
  for (;;) {
    const window = openWindow(date, calendar)
    if (window) {
      closedInARow = 0
      const fromMs = Math.max(startMs, window.openMs)
      if (fromMs < window.closeMs) {
        const availableMs = window.closeMs - fromMs
        if (remainingMs <= availableMs) return new Date(fromMs + remainingMs)
        remainingMs -= availableMs
      }
    } else if (++closedInARow > maxClosedDaysInARow) {
      throw new RangeError('Service calendar has no open day')
    }
    date = addCalendarDays({ date, days: 1 })
  }
}

/** Service minutes between two instants (only open time counts); 0 when `to` is not after `from`. */
export function serviceMinutesBetween(
  from: Date,
  to: Date,
  calendar: ServiceCalendar = defaultServiceCalendar,
): number {
  const fromMs = from.getTime()
  const toMs = to.getTime()
  if (Number.isNaN(fromMs) || Number.isNaN(toMs)) throw new RangeError('Not a valid date')
  if (toMs <= fromMs) return 0
  assertCalendar(calendar)
  const lastDate = localDate(toMs, calendar.timeZone)
  let totalMs = 0
  for (let date = localDate(fromMs, calendar.timeZone); date <= lastDate;) {
    const window = openWindow(date, calendar)
    if (window) {
      const overlapMs = Math.min(toMs, window.closeMs) - Math.max(fromMs, window.openMs)
      if (overlapMs > 0) totalMs += overlapMs
    }
    date = addCalendarDays({ date, days: 1 })
  }
  return totalMs / minuteMs
}

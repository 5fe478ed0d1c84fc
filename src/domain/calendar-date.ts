/**
 * Arithmetic on calendar dates written 'YYYY-MM-DD'. Dates carry no time zone; they are
 * handled as UTC midnights internally so that no local offset can shift them.
 */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/
const dayMs = 86_400_000

/** True when the value is a 'YYYY-MM-DD' string naming a real calendar date. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = isoDatePattern.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  // Years below 100 are remapped by Date.UTC, so set the full year explicitly.
  date.setUTCFullYear(year)
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** The UTC-midnight timestamp of a date; throws a RangeError on a malformed date. */
export function isoDateToUtcMs(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}"`)
  const [year, month, day] = date.split('-').map(Number)
  const result = new Date(Date.UTC(year, month - 1, day))
  result.setUTCFullYear(year)
  return result.getTime()
}

/** The 'YYYY-MM-DD' date of a UTC timestamp. */
export function utcMsToIsoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** The date `days` calendar days after `date` (before when negative). */
export function addCalendarDays({ date, days }: { date: string; days: number }): string {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be a whole number: ${days}`)
  return utcMsToIsoDate(isoDateToUtcMs(date) + days * dayMs)
}

/** Calendar days from `from` to `to`; negative when `to` is earlier. */
export function calendarDaysBetween({ from, to }: { from: string; to: string }): number {
  return Math.round((isoDateToUtcMs(to) - isoDateToUtcMs(from)) / dayMs)
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const weekday = new Date(isoDateToUtcMs(date)).getUTCDay()
  return weekday === 0 ? 7 : weekday
}

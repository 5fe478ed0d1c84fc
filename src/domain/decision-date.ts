import { addCalendarDays } from './calendar-date'
import type { ServiceCalendar } from './service-time'
import { addServiceDays, defaultServiceCalendar, isServiceDay } from './service-time'

/**
 * A stretch in which the case waits for the customer: a supplement request, from the day it
 * was made to the day it was answered or cancelled, or while it is open, to its due date
 * (dates 'YYYY-MM-DD' in the calendar's time zone).
 */
export type Pause = { from: string; to: string }

/** The open days after `from` up to and including `to`. */
const serviceDaysBetween = ({ from, to }: Pause, calendar: ServiceCalendar) => {
  let count = 0
  for (
    let date = addCalendarDays({ date: from, days: 1 });
    date <= to;
    date = addCalendarDays({ date, days: 1 })
  )
    if (isServiceDay(date, calendar)) count += 1
  return count
}

/** Overlapping or touching pauses as one: a day is waited for once. */
const merged = (pauses: Pause[]) =>
  [...pauses]
    .filter(({ from, to }) => from < to)
    .sort((a, b) => a.from.localeCompare(b.from))
    .reduce<Pause[]>((result, pause) => {
      const last = result.at(-1)
      if (last && pause.from <= last.to) last.to = pause.to > last.to ? pause.to : last.to
      else result.push({ ...pause })
      return result
    }, [])

/**
 * The expected decision date of a case: its permit type's processing time in service days
 * from the day it was received, moved on by every service day it waited for the customer.
 * It is always an open day of the calendar (a processing time of 0 gives the first open day
 * from the day it was received).
 */
export function expectedDecisionDate({
  receivedOn,
  serviceDays,
  pauses = [],
  calendar = defaultServiceCalendar,
}: {
  receivedOn: string
  serviceDays: number
  pauses?: Pause[]
  calendar?: ServiceCalendar
}): string {
  const waited = merged(pauses).reduce((sum, pause) => sum + serviceDaysBetween(pause, calendar), 0)
  const days = serviceDays + waited
  if (days > 0) return addServiceDays(receivedOn, days, calendar)
  return isServiceDay(receivedOn, calendar) ? receivedOn : addServiceDays(receivedOn, 1, calendar)
}

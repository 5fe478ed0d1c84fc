import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { addCalendarDays } from '../../src/domain/calendar-date'
import { expectedDecisionDate } from '../../src/domain/decision-date'
import type { ServiceCalendar } from '../../src/domain/service-time'
import { defaultServiceCalendar, isServiceDay, serviceDateOf } from '../../src/domain/service-time'

describe('expected decision date', () => {
  it('should count working days, never landing on a weekend or a holiday', () => {
    // Friday 18 December 2026 plus 5 working days: Christmas Eve, Christmas and Boxing Day are closed.
    expect(expectedDecisionDate({ receivedOn: '2026-12-18', serviceDays: 5 })).toBe('2026-12-29')
    // The case of issue 14: 27 December 2026 is a Sunday; the calendar-day count landed on it.
    expect(expectedDecisionDate({ receivedOn: '2026-12-17', serviceDays: 3 })).toBe('2026-12-22')
    // Received on a Saturday: counting starts from the next open day.
    expect(expectedDecisionDate({ receivedOn: '2026-12-05', serviceDays: 1 })).toBe('2026-12-07')
    expect(expectedDecisionDate({ receivedOn: '2026-12-05', serviceDays: 0 })).toBe('2026-12-07')
  })

  it('should move on by the working days the case waited for a supplement, counting overlaps once', () => {
    const base = { receivedOn: '2026-11-02', serviceDays: 10 }
    expect(expectedDecisionDate(base)).toBe('2026-11-16')
    // Requested on Thursday 5 November, answered on Monday 9 November: Friday and Monday waited.
    const pause = { from: '2026-11-05', to: '2026-11-09' }
    expect(expectedDecisionDate({ ...base, pauses: [pause] })).toBe('2026-11-18')
    expect(expectedDecisionDate({ ...base, pauses: [pause, { from: '2026-11-06', to: '2026-11-09' }] })).toBe(
      '2026-11-18',
    )
    // Answered the day it was asked: nothing waited.
    expect(expectedDecisionDate({ ...base, pauses: [{ from: '2026-11-05', to: '2026-11-05' }] })).toBe(
      '2026-11-16',
    )
  })

  it('should date an instant in Finnish time, not UTC', () => {
    // 00:30 in Helsinki on 1 December is still 30 November in UTC.
    expect(serviceDateOf(new Date('2026-11-30T22:30:00Z'))).toBe('2026-12-01')
  })
})

const dates = fc
  .integer({ min: 0, max: 8 * 366 })
  .map((days) => addCalendarDays({ date: '2024-01-01', days }))
const calendars = fc
  .record({
    weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    extraClosed: fc.array(dates, { maxLength: 10 }),
    isHolidayClosed: fc.boolean(),
  })
  .map(({ weekdays, extraClosed, isHolidayClosed }): ServiceCalendar => ({
    ...defaultServiceCalendar,
    weekdays,
    extraClosedDates: extraClosed,
    isHolidayClosed,
  }))
const anyCalendar = fc.oneof(fc.constant(defaultServiceCalendar), calendars)
const pauses = fc.array(
  fc.tuple(dates, fc.integer({ min: 0, max: 40 })).map(([from, length]) => ({
    from,
    to: addCalendarDays({ date: from, days: length }),
  })),
  { maxLength: 4 },
)

describe('expected decision date, properties (fast-check)', { timeout: 30_000 }, () => {
  it('should always be an open day of the calendar, on or after the day received', () => {
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 0, max: 90 }),
        pauses,
        anyCalendar,
        (receivedOn, days, waits, calendar) => {
          const date = expectedDecisionDate({ receivedOn, serviceDays: days, pauses: waits, calendar })
          expect(isServiceDay(date, calendar)).toBe(true)
          expect(date >= receivedOn).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('should never come earlier for a longer processing time or a further pause', () => {
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 0, max: 60 }),
        pauses,
        pauses,
        anyCalendar,
        (receivedOn, days, waits, more, calendar) => {
          const date = expectedDecisionDate({ receivedOn, serviceDays: days, pauses: waits, calendar })
          const later = expectedDecisionDate({ receivedOn, serviceDays: days + 1, pauses: waits, calendar })
          // 0 days is the first open day from the day received, and 1 the first after it: the
          // same day when the case came in on a closed day; every further day is a later one.
          expect(days === 0 ? later >= date : later > date).toBe(true)
          expect(
            expectedDecisionDate({ receivedOn, serviceDays: days, pauses: [...waits, ...more], calendar }) >=
              date,
          ).toBe(true)
        },
      ),
      { numRuns: 200 },
    )
  })
})

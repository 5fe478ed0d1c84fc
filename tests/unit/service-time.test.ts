import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  addServiceDays,
  addServiceMinutes,
  defaultServiceCalendar,
  finnishHolidays,
  isServiceDay,
  serviceInstantOf,
  serviceMinutesBetween,
  type ServiceCalendar,
} from '../../src/domain/service-time'

// Helsinki is UTC+2 in winter and UTC+3 from 2026-03-29 to 2026-10-25; instants are
// written in UTC with the local time in the test name.
const at = (iso: string): Date => new Date(iso)

function holidayDates(year: number): string[] {
  return finnishHolidays(year).map((holiday) => holiday.date)
}

function holidayDate(year: number, englishName: string): string | undefined {
  return finnishHolidays(year).find((holiday) => holiday.name.en === englishName)?.date
}

describe('finnishHolidays', () => {
  it('should list every holiday of 2026 in date order', () => {
    expect(holidayDates(2026)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-06-19',
      '2026-06-20',
      '2026-10-31',
      '2026-12-06',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
    ])
  })

  it.each([
    [2024, '2024-03-29', '2024-04-01', '2024-05-09'],
    [2025, '2025-04-18', '2025-04-21', '2025-05-29'],
    [2026, '2026-04-03', '2026-04-06', '2026-05-14'],
    [2038, '2038-04-23', '2038-04-26', '2038-06-03'],
  ])('should compute the Easter holidays of %i', (year, goodFriday, easterMonday, ascension) => {
    expect([
      holidayDate(year, 'Good Friday'),
      holidayDate(year, 'Easter Monday'),
      holidayDate(year, 'Ascension Day'),
    ]).toEqual([goodFriday, easterMonday, ascension])
  })

  it.each([
    [2024, '2024-06-21', '2024-06-22', '2024-11-02'],
    [2025, '2025-06-20', '2025-06-21', '2025-11-01'],
    [2026, '2026-06-19', '2026-06-20', '2026-10-31'],
    [2038, '2038-06-25', '2038-06-26', '2038-11-06'],
  ])('should compute Midsummer and All Saints of %i', (year, eve, day, allSaints) => {
    expect([
      holidayDate(year, 'Midsummer Eve'),
      holidayDate(year, 'Midsummer Day'),
      holidayDate(year, "All Saints' Day"),
    ]).toEqual([eve, day, allSaints])
  })

  it('should name holidays in Finnish and Swedish', () => {
    expect(finnishHolidays(2026).find((holiday) => holiday.date === '2026-12-06')?.name).toEqual({
      fi: 'Itsenäisyyspäivä',
      sv: 'Självständighetsdagen',
      en: 'Independence Day',
    })
  })

  it('should not let a caller change the holidays of later calls', () => {
    finnishHolidays(2027)[0].date = '2027-02-02'
    expect(finnishHolidays(2027)[0].date).toBe('2027-01-01')
  })
})

describe('isServiceDay', () => {
  it('should open on an ordinary weekday', () => {
    expect(isServiceDay('2026-01-13')).toBe(true)
  })

  it('should close on a Saturday', () => {
    expect(isServiceDay('2026-01-17')).toBe(false)
  })

  it('should close on a holiday', () => {
    expect(isServiceDay('2026-06-19')).toBe(false)
  })

  it('should open on a holiday when holidays are not closed', () => {
    const calendar: ServiceCalendar = { ...defaultServiceCalendar, isHolidayClosed: false }
    expect(isServiceDay('2026-06-19', calendar)).toBe(true)
  })

  it('should close on an extra closed date', () => {
    const calendar: ServiceCalendar = {
      ...defaultServiceCalendar,
      extraClosedDates: ['2026-01-13'],
    }
    expect(isServiceDay('2026-01-13', calendar)).toBe(false)
  })
})

describe('addServiceDays', () => {
  it('should skip Easter going forward', () => {
    expect(addServiceDays('2026-04-02', 1)).toBe('2026-04-07')
  })

  it('should skip Easter going back', () => {
    expect(addServiceDays('2026-04-07', -1)).toBe('2026-04-02')
  })

  it('should skip a weekend', () => {
    expect(addServiceDays('2026-01-12', 5)).toBe('2026-01-19')
  })

  it('should return the date unchanged for zero days', () => {
    expect(addServiceDays('2026-01-17', 0)).toBe('2026-01-17')
  })
})

describe('addServiceMinutes', () => {
  it('should add minutes inside one service day (Tue 09:00 + 60 min = 10:00)', () => {
    expect(addServiceMinutes(at('2026-01-13T07:00:00Z'), 60).toISOString()).toBe('2026-01-13T08:00:00.000Z')
  })

  it('should count from the opening when starting at night (Tue 02:00 + 60 min = 09:00)', () => {
    expect(addServiceMinutes(at('2026-01-13T00:00:00Z'), 60).toISOString()).toBe('2026-01-13T07:00:00.000Z')
  })

  it('should count from the next opening when starting after closing (Tue 17:00 + 30 min = Wed 08:30)', () => {
    expect(addServiceMinutes(at('2026-01-13T15:00:00Z'), 30).toISOString()).toBe('2026-01-14T06:30:00.000Z')
  })

  it('should count from Monday when starting on a weekend (Sat 10:00 + 60 min = Mon 09:00)', () => {
    expect(addServiceMinutes(at('2026-01-17T08:00:00Z'), 60).toISOString()).toBe('2026-01-19T07:00:00.000Z')
  })

  it('should skip a holiday (Epiphany Tue 10:00 + 60 min = Wed 09:00)', () => {
    expect(addServiceMinutes(at('2026-01-06T08:00:00Z'), 60).toISOString()).toBe('2026-01-07T07:00:00.000Z')
  })

  it('should end at 16:00 when the minutes run out exactly at closing (Tue 08:00 + 480 min)', () => {
    expect(addServiceMinutes(at('2026-01-13T06:00:00Z'), 480).toISOString()).toBe('2026-01-13T14:00:00.000Z')
  })

  it('should carry over to the next morning (Tue 15:00 + 120 min = Wed 09:00)', () => {
    expect(addServiceMinutes(at('2026-01-13T13:00:00Z'), 120).toISOString()).toBe('2026-01-14T07:00:00.000Z')
  })

  it('should return the start unchanged for zero minutes, even outside service time', () => {
    expect(addServiceMinutes(at('2026-01-17T01:00:00Z'), 0).toISOString()).toBe('2026-01-17T01:00:00.000Z')
  })

  it('should follow the spring DST change (Fri 15:00 EET + 120 min = Mon 09:00 EEST)', () => {
    expect(addServiceMinutes(at('2026-03-27T13:00:00Z'), 120).toISOString()).toBe('2026-03-30T06:00:00.000Z')
  })

  it('should follow the autumn DST change (Fri 15:00 EEST + 120 min = Mon 09:00 EET)', () => {
    expect(addServiceMinutes(at('2026-10-23T12:00:00Z'), 120).toISOString()).toBe('2026-10-26T07:00:00.000Z')
  })

  it('should skip Midsummer (Thu 15:00 + 120 min = Mon 09:00)', () => {
    expect(addServiceMinutes(at('2026-06-18T12:00:00Z'), 120).toISOString()).toBe('2026-06-22T06:00:00.000Z')
  })

  it('should skip Christmas (Wed 2026-12-23 15:00 + 120 min = Mon 2026-12-28 09:00)', () => {
    expect(addServiceMinutes(at('2026-12-23T13:00:00Z'), 120).toISOString()).toBe('2026-12-28T07:00:00.000Z')
  })

  it('should cross the year end (Thu 2026-12-31 15:00 + 120 min = Mon 2027-01-04 09:00)', () => {
    expect(addServiceMinutes(at('2026-12-31T13:00:00Z'), 120).toISOString()).toBe('2027-01-04T07:00:00.000Z')
  })

  it('should use the hours of the given calendar', () => {
    const calendar: ServiceCalendar = {
      ...defaultServiceCalendar,
      openingMinute: 9 * 60,
      closingMinute: 17 * 60,
    }
    expect(addServiceMinutes(at('2026-01-13T00:00:00Z'), 60, calendar).toISOString()).toBe(
      '2026-01-13T08:00:00.000Z',
    )
  })

  it('should reject negative minutes', () => {
    expect(() => addServiceMinutes(at('2026-01-13T07:00:00Z'), -1)).toThrow(RangeError)
  })
})

describe('serviceMinutesBetween', () => {
  it('should count only open minutes (Fri 15:00 to Mon 09:00 = 120)', () => {
    expect(serviceMinutesBetween(at('2026-01-16T13:00:00Z'), at('2026-01-19T07:00:00Z'))).toBe(120)
  })

  it('should return 0 when the end is before the start', () => {
    expect(serviceMinutesBetween(at('2026-01-19T07:00:00Z'), at('2026-01-16T13:00:00Z'))).toBe(0)
  })

  it('should count a full week across the spring DST change as five days', () => {
    expect(serviceMinutesBetween(at('2026-03-23T06:00:00Z'), at('2026-03-30T05:00:00Z'))).toBe(5 * 480)
  })

  it('should count a full week across the autumn DST change as five days', () => {
    expect(serviceMinutesBetween(at('2026-10-19T05:00:00Z'), at('2026-10-26T06:00:00Z'))).toBe(5 * 480)
  })

  it('should count nothing over Easter', () => {
    expect(serviceMinutesBetween(at('2026-04-02T14:00:00Z'), at('2026-04-07T05:00:00Z'))).toBe(0)
  })

  const starts = [
    '2026-01-13T06:00:00Z',
    '2026-01-16T13:37:00Z',
    '2026-03-27T11:00:00Z',
    '2026-03-30T05:15:00Z',
    '2026-10-23T12:59:00Z',
    '2026-12-23T06:01:00Z',
    '2026-12-31T13:59:00Z',
  ]
  const amounts = [1, 59, 480, 481, 2_400, 9_999]
  it.each(starts.flatMap((start) => amounts.map((minutes) => [start, minutes] as const)))(
    'should count back the minutes added from %s (+%i)',
    (start, minutes) => {
      const end = addServiceMinutes(at(start), minutes)
      expect(serviceMinutesBetween(at(start), end)).toBe(minutes)
    },
  )
})

/** Local date ('YYYY-MM-DD') and minute of the day of an instant in Helsinki. */
const helsinki = (instant: Date) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Helsinki',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  )
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minute: Number(parts.hour) * 60 + Number(parts.minute) + Number(parts.second) / 60,
  }
}

/** Any instant from 2024 to 2031 (DST changes, Easters and Midsummers included), to the second. */
const instants = fc
  .integer({ min: Date.UTC(2024, 0, 1) / 1000, max: Date.UTC(2031, 11, 31) / 1000 })
  .map((seconds) => new Date(seconds * 1000))
/** Up to ten weeks of service minutes. */
const minutes = fc.integer({ min: 0, max: 10 * 5 * 8 * 60 })

/** A calendar the owner changed: other hours, an extra closed day, weekends possibly open. */
const calendars = fc
  .record({
    openingMinute: fc.integer({ min: 0, max: 12 * 60 }),
    length: fc.integer({ min: 30, max: 12 * 60 }),
    weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    extraClosedDates: fc.array(
      fc.date({ min: new Date('2024-01-01'), max: new Date('2031-12-31'), noInvalidDate: true }),
      { maxLength: 5 },
    ),
  })
  .map(({ openingMinute, length, weekdays, extraClosedDates }): ServiceCalendar => ({
    ...defaultServiceCalendar,
    openingMinute,
    closingMinute: openingMinute + length,
    weekdays,
    extraClosedDates: extraClosedDates.map((date) => date.toISOString().slice(0, 10)),
  }))
const anyCalendar = fc.oneof(fc.constant(defaultServiceCalendar), calendars)

// A hundred runs each over weeks of minutes: more than the default 5 s on a busy machine.
describe('service time, properties (fast-check)', { timeout: 30_000 }, () => {
  it('should measure exactly the minutes added (adding then measuring round-trips)', () => {
    fc.assert(
      fc.property(instants, minutes, anyCalendar, (start, added, calendar) => {
        const end = addServiceMinutes(start, added, calendar)
        expect(serviceMinutesBetween(start, end, calendar)).toBeCloseTo(added, 6)
      }),
    )
  })

  it('should always end inside opening hours on an open day', () => {
    fc.assert(
      fc.property(
        instants,
        minutes.filter((added) => added > 0),
        anyCalendar,
        (start, added, calendar) => {
          const { date, minute } = helsinki(addServiceMinutes(start, added, calendar))
          expect(isServiceDay(date, calendar)).toBe(true)
          expect(minute).toBeGreaterThan(calendar.openingMinute)
          expect(minute).toBeLessThanOrEqual(calendar.closingMinute)
        },
      ),
    )
  })

  it('should be monotonic in the minutes added', () => {
    fc.assert(
      fc.property(instants, minutes, minutes, anyCalendar, (start, first, second, calendar) => {
        const [fewer, more] = first <= second ? [first, second] : [second, first]
        expect(addServiceMinutes(start, fewer, calendar).getTime()).toBeLessThanOrEqual(
          addServiceMinutes(start, more, calendar).getTime(),
        )
      }),
    )
  })

  it('should add up the open minutes of consecutive spans', () => {
    const days = fc.integer({ min: 0, max: 60 * 24 * 60 }).map((minute) => minute * 60_000)
    fc.assert(
      fc.property(instants, days, days, anyCalendar, (a, first, second, calendar) => {
        const b = new Date(a.getTime() + first)
        const c = new Date(b.getTime() + second)
        expect(serviceMinutesBetween(a, b, calendar) + serviceMinutesBetween(b, c, calendar)).toBeCloseTo(
          serviceMinutesBetween(a, c, calendar),
          6,
        )
      }),
    )
  })
})

describe('a form’s local date and time as an instant', () => {
  it('should read it in Finnish time, summer and winter, and refuse what is not one', () => {
    expect(serviceInstantOf('2027-06-12T15:00')?.toISOString()).toBe('2027-06-12T12:00:00.000Z')
    expect(serviceInstantOf('2027-01-12T15:00')?.toISOString()).toBe('2027-01-12T13:00:00.000Z')
    expect(serviceInstantOf('2027-06-12 15:00')).toBeNull()
    expect(serviceInstantOf('2027-02-30T15:00')).toBeNull()
    expect(serviceInstantOf('2027-06-12T24:00')).toBeNull()
  })
})

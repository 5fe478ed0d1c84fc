import { describe, expect, it } from 'vitest'

import {
  calendarDateOf,
  minuteOfTime,
  serviceCalendarFromSettings,
  serviceCalendarProblems,
} from '../../src/domain/service-calendar'
import {
  addServiceMinutes,
  defaultServiceCalendar,
  serviceMinutesBetween,
} from '../../src/domain/service-time'

// Payload's day picker stores noon UTC of the picked day.
const day = (date: string) => `${date}T12:00:00.000Z`

const summerHours = { from: day('2026-07-06'), to: day('2026-07-10'), opensAt: '09:00', closesAt: '15:00' }

describe('serviceCalendarFromSettings', () => {
  it('should give the default calendar for empty settings', () => {
    expect(serviceCalendarFromSettings({ closedDays: [], changedHours: [] })).toEqual({
      ...defaultServiceCalendar,
      changedHours: [],
    })
    expect(serviceCalendarFromSettings(null)).toEqual({ ...defaultServiceCalendar, changedHours: [] })
  })

  it('should close the extra closed days, once each and in date order', () => {
    const calendar = serviceCalendarFromSettings({
      closedDays: [
        { date: day('2026-12-31'), reason: { fi: 'Uudenvuodenaatto' } },
        { date: '2026-05-15' },
        { date: day('2026-12-31') },
      ],
    })
    expect(calendar.extraClosedDates).toEqual(['2026-05-15', '2026-12-31'])
  })

  it('should turn changed hours into minutes of the day', () => {
    const calendar = serviceCalendarFromSettings({
      changedHours: [
        { from: '2026-12-28', to: '2026-12-30', opensAt: '10:00', closesAt: '24:00' },
        summerHours,
      ],
    })
    expect(calendar.changedHours).toEqual([
      { from: '2026-07-06', to: '2026-07-10', openingMinute: 540, closingMinute: 900 },
      { from: '2026-12-28', to: '2026-12-30', openingMinute: 600, closingMinute: 1440 },
    ])
  })

  it('should make the engine skip an extra closed day', () => {
    const calendar = serviceCalendarFromSettings({ closedDays: [{ date: day('2026-05-15') }] })
    // Thursday 14 May is Ascension Day and Friday 15 May is closed: Wed 15:00 + 2 h = Mon 09:00.
    expect(addServiceMinutes(new Date('2026-05-13T12:00:00Z'), 120, calendar)).toEqual(
      new Date('2026-05-18T06:00:00Z'),
    )
  })

  it('should make the engine count the changed hours of the range, and only those', () => {
    const calendar = serviceCalendarFromSettings({ changedHours: [summerHours] })
    // Monday 6 July 09–15 (EEST) is 6 hours; the Monday after the range is 8.
    expect(
      serviceMinutesBetween(new Date('2026-07-06T00:00:00Z'), new Date('2026-07-06T20:00:00Z'), calendar),
    ).toBe(360)
    expect(
      serviceMinutesBetween(new Date('2026-07-13T00:00:00Z'), new Date('2026-07-13T20:00:00Z'), calendar),
    ).toBe(480)
    // Friday 10 July 14:00 + 2 h: 1 h to the early closing, then Monday 13 July 08–09.
    expect(addServiceMinutes(new Date('2026-07-10T11:00:00Z'), 120, calendar)).toEqual(
      new Date('2026-07-13T06:00:00Z'),
    )
  })

  it('should keep a holiday closed inside a range of changed hours', () => {
    const calendar = serviceCalendarFromSettings({
      changedHours: [{ from: day('2026-12-21'), to: day('2026-12-31'), opensAt: '09:00', closesAt: '12:00' }],
    })
    // Wed 23 December 09–12, then Christmas Eve, Christmas Day and Boxing Day are closed.
    expect(
      serviceMinutesBetween(new Date('2026-12-23T00:00:00Z'), new Date('2026-12-27T22:00:00Z'), calendar),
    ).toBe(180)
  })

  it('should make the engine refuse changed hours it cannot use', () => {
    const reversed = {
      ...defaultServiceCalendar,
      changedHours: [{ from: '2026-07-10', to: '2026-07-06', openingMinute: 540, closingMinute: 900 }],
    }
    const shut = {
      ...defaultServiceCalendar,
      changedHours: [{ from: '2026-07-06', to: '2026-07-10', openingMinute: 900, closingMinute: 540 }],
    }
    expect(() => addServiceMinutes(new Date('2026-07-06T06:00:00Z'), 60, reversed)).toThrow(RangeError)
    expect(() =>
      serviceMinutesBetween(new Date('2026-07-06T06:00:00Z'), new Date('2026-07-07T06:00:00Z'), shut),
    ).toThrow(RangeError)
  })

  it('should refuse settings that have problems', () => {
    expect(() => serviceCalendarFromSettings({ closedDays: [{ date: null }] })).toThrow(RangeError)
  })
})

describe('serviceCalendarProblems', () => {
  it('should find nothing wrong with valid settings', () => {
    expect(
      serviceCalendarProblems({ closedDays: [{ date: day('2026-12-31') }], changedHours: [summerHours] }),
    ).toEqual([])
  })

  it('should name each problem at its field', () => {
    expect(
      serviceCalendarProblems({
        closedDays: [{ date: 'not a date' }],
        changedHours: [
          { from: day('2026-07-10'), to: day('2026-07-06'), opensAt: '9', closesAt: '15:00' },
          { from: day('2026-08-01'), to: day('2026-08-02'), opensAt: '15:00', closesAt: '09:00' },
          { from: null, to: day('2026-08-02'), opensAt: '24:00', closesAt: '25:00' },
        ],
      }),
    ).toEqual([
      { path: 'closedDays.0.date', code: 'date-missing' },
      { path: 'changedHours.0.to', code: 'range-reversed' },
      { path: 'changedHours.0.opensAt', code: 'time-invalid' },
      { path: 'changedHours.1.closesAt', code: 'closing-not-after-opening' },
      { path: 'changedHours.2.from', code: 'date-missing' },
      { path: 'changedHours.2.opensAt', code: 'time-invalid' },
      { path: 'changedHours.2.closesAt', code: 'time-invalid' },
    ])
  })

  it('should refuse overlapping ranges of changed hours', () => {
    expect(
      serviceCalendarProblems({
        changedHours: [
          summerHours,
          { from: day('2026-07-10'), to: day('2026-07-17'), opensAt: '10:00', closesAt: '14:00' },
        ],
      }),
    ).toEqual([{ path: 'changedHours.1.from', code: 'ranges-overlap' }])
  })
})

describe('minuteOfTime and calendarDateOf', () => {
  it('should read HH:MM times, and 24:00 as the end of the day', () => {
    expect([minuteOfTime('00:00'), minuteOfTime('08:30'), minuteOfTime('24:00')]).toEqual([0, 510, 1440])
    expect([minuteOfTime('8:30'), minuteOfTime('24:01'), minuteOfTime(830)]).toEqual([null, null, null])
  })

  it('should read the calendar date of a stored date value', () => {
    expect(calendarDateOf('2026-06-19T12:00:00.000Z')).toBe('2026-06-19')
    expect(calendarDateOf('2026-06-19')).toBe('2026-06-19')
    expect(calendarDateOf('2026-02-30')).toBeNull()
    expect(calendarDateOf(undefined)).toBeNull()
  })
})

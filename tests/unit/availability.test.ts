import { describe, expect, it } from 'vitest'

import type { MaintenanceWindow, Outage } from '../../plugins/reports/domain/availability'
import {
  availabilityTarget,
  isMonth,
  monthlyAvailability,
  monthOf,
  monthsBetween,
  monthStart,
} from '../../plugins/reports/domain/availability'
import { defaultServiceCalendar } from '../../src/domain/service-time'

const at = (iso: string) => new Date(iso)
const outage = (from: string, to: string | null): Outage => ({
  startedAt: at(from),
  endedAt: to === null ? null : at(to),
})
const maintenanceBreak = (from: string, to: string): MaintenanceWindow => ({
  startsAt: at(from),
  endsAt: at(to),
})
/** Long after the months measured here. */
const later = at('2027-01-01T00:00:00Z')

/** March 2026: 22 weekdays, no holidays; daylight saving starts on Sunday 29 March. */
const march = (outages: Outage[], maintenance: MaintenanceWindow[] = [], now = later) =>
  monthlyAvailability({ month: '2026-03', outages, maintenance, now })
const marchMinutes = 22 * 8 * 60

describe('months', () => {
  it('start at local midnight in Helsinki, in winter and in summer time', () => {
    expect(monthStart('2026-03').toISOString()).toBe('2026-02-28T22:00:00.000Z')
    expect(monthStart('2026-04').toISOString()).toBe('2026-03-31T21:00:00.000Z')
    expect(monthStart('2026-11').toISOString()).toBe('2026-10-31T22:00:00.000Z')
    expect(monthStart('2027-01').toISOString()).toBe('2026-12-31T22:00:00.000Z')
  })

  it('place an instant in its local month', () => {
    expect(monthOf(at('2026-03-31T20:59:59Z'))).toBe('2026-03')
    expect(monthOf(at('2026-03-31T21:00:00Z'))).toBe('2026-04')
    expect(monthOf(at('2026-12-31T22:00:00Z'))).toBe('2027-01')
  })

  it('are listed from one to another across a year end, and malformed months are refused', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthsBetween('2026-03', '2026-02')).toEqual([])
    expect(isMonth('2026-13')).toBe(false)
    expect(isMonth('2026-1')).toBe(false)
    expect(() => monthsBetween('2026-1', '2026-02')).toThrow(RangeError)
    expect(() => monthStart('x')).toThrow(RangeError)
  })
})

describe('monthly availability in service time', () => {
  it('is 100 % of the month’s service time without outages', () => {
    expect(march([])).toEqual({
      month: '2026-03',
      measuredMinutes: marchMinutes,
      maintenanceMinutes: 0,
      downMinutes: 0,
      availability: 1,
      meetsTarget: true,
    })
  })

  it('does not count outages outside service time', () => {
    // Monday 2 March 20:00–23:00 and Saturday 7 March all day, Helsinki time.
    const result = march([
      outage('2026-03-02T18:00:00Z', '2026-03-02T21:00:00Z'),
      outage('2026-03-06T22:00:00Z', '2026-03-07T22:00:00Z'),
    ])
    expect(result.downMinutes).toBe(0)
    expect(result.availability).toBe(1)
  })

  it('counts only the open part of an outage that starts before opening or spans a weekend', () => {
    // Monday 07:00–09:00 (one open hour); Friday 15:00 to Monday 09:00 (one hour each side).
    const result = march([
      outage('2026-03-02T05:00:00Z', '2026-03-02T07:00:00Z'),
      outage('2026-03-13T13:00:00Z', '2026-03-16T07:00:00Z'),
    ])
    expect(result.downMinutes).toBe(180)
    expect(result.availability).toBeCloseTo((marchMinutes - 180) / marchMinutes, 10)
  })

  it('merges overlapping outages instead of counting their overlap twice', () => {
    const result = march([
      outage('2026-03-03T07:00:00Z', '2026-03-03T09:00:00Z'),
      outage('2026-03-03T08:00:00Z', '2026-03-03T10:00:00Z'),
    ])
    expect(result.downMinutes).toBe(180)
  })

  it('leaves announced maintenance out of both the measured time and the downtime', () => {
    // Break Tuesday 10:00–12:00; outage 11:00–13:00: only 12:00–13:00 is downtime.
    const result = march(
      [outage('2026-03-03T09:00:00Z', '2026-03-03T11:00:00Z')],
      [maintenanceBreak('2026-03-03T08:00:00Z', '2026-03-03T10:00:00Z')],
    )
    expect(result.maintenanceMinutes).toBe(120)
    expect(result.measuredMinutes).toBe(marchMinutes - 120)
    expect(result.downMinutes).toBe(60)
  })

  it('counts overlapping maintenance breaks once and only inside service time', () => {
    const result = march(
      [],
      [
        maintenanceBreak('2026-03-04T08:00:00Z', '2026-03-04T12:00:00Z'),
        maintenanceBreak('2026-03-04T10:00:00Z', '2026-03-04T20:00:00Z'),
      ],
    )
    // Wednesday 10:00–16:00 open; the rest of the break is after closing.
    expect(result.maintenanceMinutes).toBe(360)
    expect(result.availability).toBe(1)
  })

  it('splits an outage across the month boundary between the months', () => {
    // Tuesday 31 March 15:00 to Wednesday 1 April 09:00 (summer time).
    const outages = [outage('2026-03-31T12:00:00Z', '2026-04-01T06:00:00Z')]
    expect(march(outages).downMinutes).toBe(60)
    const april = monthlyAvailability({ month: '2026-04', outages, maintenance: [], now: later })
    expect(april.downMinutes).toBe(60)
    // April 2026: 22 weekdays less Good Friday and Easter Monday.
    expect(april.measuredMinutes).toBe(20 * 480)
  })

  it('follows daylight saving: the same UTC hour is before opening in winter and open in summer', () => {
    const winter = march([outage('2026-03-27T05:00:00Z', '2026-03-27T06:00:00Z')])
    const summer = march([outage('2026-03-30T05:00:00Z', '2026-03-30T06:00:00Z')])
    expect(winter.downMinutes).toBe(0)
    expect(summer.downMinutes).toBe(60)
  })

  it('measures the month in progress up to now, with an ongoing outage lasting until now', () => {
    // Now is Wednesday 4 March 10:00; down since 09:00.
    const result = march([outage('2026-03-04T07:00:00Z', null)], [], at('2026-03-04T08:00:00Z'))
    expect(result.measuredMinutes).toBe(480 + 480 + 120)
    expect(result.downMinutes).toBe(60)
  })

  it('has no figure for a month that has not begun', () => {
    const result = march([], [], at('2026-02-20T10:00:00Z'))
    expect(result).toMatchObject({ measuredMinutes: 0, availability: null, meetsTarget: null })
  })

  it('compares with the 99 % target: exactly 99 % meets it, one minute more down does not', () => {
    expect(availabilityTarget).toBe(0.99)
    // 1 % of 10 560 minutes is 105.6: 105 minutes down meets the target, 106 does not.
    const downFrom = (minutes: number) =>
      march([
        outage(
          '2026-03-02T06:00:00Z',
          new Date(Date.parse('2026-03-02T06:00:00Z') + minutes * 60_000).toISOString(),
        ),
      ])
    expect(downFrom(105).meetsTarget).toBe(true)
    expect(downFrom(106).meetsTarget).toBe(false)
    // A month of 100 measured minutes is met at exactly one minute down.
    const exact = monthlyAvailability({
      month: '2026-03',
      outages: [outage('2026-03-02T06:00:00Z', '2026-03-02T06:01:00Z')],
      maintenance: [],
      now: at('2026-03-02T07:40:00Z'),
    })
    expect(exact).toMatchObject({
      measuredMinutes: 100,
      downMinutes: 1,
      availability: 0.99,
      meetsTarget: true,
    })
  })

  it('counts in the owner’s calendar: an extra closed day has no service time', () => {
    const calendar = { ...defaultServiceCalendar, extraClosedDates: ['2026-03-05'] }
    const result = monthlyAvailability({
      month: '2026-03',
      outages: [outage('2026-03-05T07:00:00Z', '2026-03-05T12:00:00Z')],
      maintenance: [],
      now: later,
      calendar,
    })
    expect(result.measuredMinutes).toBe(marchMinutes - 480)
    expect(result.downMinutes).toBe(0)
  })
})

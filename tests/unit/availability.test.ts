import { describe, expect, it } from 'vitest'

import type { MaintenanceWindow, Observation, Outage } from '../../plugins/reports/domain/availability'
import {
  availabilityTarget,
  isMonth,
  monthlyAvailability,
  monthOf,
  monthsBetween,
  monthStart,
  observationOf,
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

const observed = (from: string, to: string, status: Observation['status'] = 'up'): Observation => ({
  from: at(from),
  to: at(to),
  status,
})
/** Checks that found the web up all through March (Helsinki time). */
const marchUp = observed('2026-02-28T22:00:00Z', '2026-03-31T21:00:00Z')

/** March 2026: 22 weekdays, no holidays; daylight saving starts on Sunday 29 March. */
const march = (
  outages: Outage[],
  maintenance: MaintenanceWindow[] = [],
  now = later,
  observations = [marchUp],
) => monthlyAvailability({ month: '2026-03', observations, outages, maintenance, now })
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
  it('is 100 % of the month’s service time when checks found it up all through', () => {
    expect(march([])).toEqual({
      month: '2026-03',
      serviceMinutes: marchMinutes,
      maintenanceMinutes: 0,
      upMinutes: marchMinutes,
      degradedMinutes: 0,
      downMinutes: 0,
      unknownMinutes: 0,
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
    expect(result.serviceMinutes).toBe(marchMinutes - 120)
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
    const april = monthlyAvailability({
      month: '2026-04',
      observations: [],
      outages,
      maintenance: [],
      now: later,
    })
    expect(april.downMinutes).toBe(60)
    // April 2026: 22 weekdays less Good Friday and Easter Monday.
    expect(april.serviceMinutes).toBe(20 * 480)
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
    expect(result.serviceMinutes).toBe(480 + 480 + 120)
    expect(result.downMinutes).toBe(60)
  })

  it('has no figure for a month that has not begun', () => {
    const result = march([], [], at('2026-02-20T10:00:00Z'))
    expect(result).toMatchObject({ serviceMinutes: 0, availability: null, meetsTarget: null })
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
      observations: [marchUp],
      outages: [outage('2026-03-02T06:00:00Z', '2026-03-02T06:01:00Z')],
      maintenance: [],
      now: at('2026-03-02T07:40:00Z'),
    })
    expect(exact).toMatchObject({
      serviceMinutes: 100,
      downMinutes: 1,
      availability: 0.99,
      meetsTarget: true,
    })
  })

  it('counts in the owner’s calendar: an extra closed day has no service time', () => {
    const calendar = { ...defaultServiceCalendar, extraClosedDates: ['2026-03-05'] }
    const result = monthlyAvailability({
      month: '2026-03',
      observations: [],
      outages: [outage('2026-03-05T07:00:00Z', '2026-03-05T12:00:00Z')],
      maintenance: [],
      now: later,
      calendar,
    })
    expect(result.serviceMinutes).toBe(marchMinutes - 480)
    expect(result.downMinutes).toBe(0)
  })
})

describe('what the checks found', () => {
  it('gives a sample its whole minute; only the web shows a minute up, a worker down is degraded', () => {
    const sample = (component: 'web' | 'database' | 'worker', status: 'up' | 'degraded' | 'down') =>
      observationOf({ at: at('2026-03-03T08:00:42.500Z'), component, status })
    expect(sample('web', 'up')).toEqual(observed('2026-03-03T08:00:00Z', '2026-03-03T08:01:00Z', 'up'))
    expect(sample('database', 'down')?.status).toBe('down')
    expect(sample('worker', 'down')?.status).toBe('degraded')
    expect(sample('web', 'degraded')?.status).toBe('degraded')
    expect(sample('worker', 'up')).toBeNull()
    expect(sample('database', 'up')).toBeNull()
  })
})

describe('minutes nobody checked', () => {
  /** December 2026: Tuesday 1 to Friday 4 are 4 × 480 service minutes by Saturday 5. */
  const december = (observations: Observation[], outages: Outage[] = []) =>
    monthlyAvailability({
      month: '2026-12',
      observations,
      outages,
      maintenance: [],
      now: at('2026-12-05T10:00:00Z'),
    })

  it('are unknown, not up: ten checked minutes of 1 920 do not make the month 100 % met', () => {
    // Ten minutes of checks, Friday 4 December 08:00–08:10 Helsinki time.
    const tenMinutes = Array.from({ length: 10 }, (_, minute) =>
      observationOf({
        at: new Date(Date.parse('2026-12-04T06:00:00Z') + minute * 60_000),
        component: 'web',
        status: 'up',
      }),
    ).filter((o) => o !== null)
    expect(december(tenMinutes)).toEqual({
      month: '2026-12',
      serviceMinutes: 1920,
      maintenanceMinutes: 0,
      upMinutes: 10,
      degradedMinutes: 0,
      downMinutes: 0,
      unknownMinutes: 1910,
      // Of the minutes known; whether the target is met is for the unknown ones to decide.
      availability: 1,
      meetsTarget: null,
    })
  })

  it('decide the target only when they could: met even if all were down, missed even if all were up', () => {
    const allButOne = observed('2026-11-30T22:00:00Z', '2026-12-04T13:59:00Z')
    expect(december([allButOne])).toMatchObject({ unknownMinutes: 1, meetsTarget: true })
    const downHalf = [
      observed('2026-11-30T22:00:00Z', '2026-12-02T22:00:00Z'),
      observed('2026-12-02T22:00:00Z', '2026-12-04T22:00:00Z', 'down'),
    ]
    expect(december(downHalf)).toMatchObject({ downMinutes: 960, unknownMinutes: 0, meetsTarget: false })
    expect(december([])).toMatchObject({ unknownMinutes: 1920, availability: null, meetsTarget: null })
  })

  it('are not counted down either when an outage the probe found stopped being checked', () => {
    // Down from Tuesday 08:00 for 30 minutes by the checks; nothing known after.
    const result = december([observed('2026-12-01T06:00:00Z', '2026-12-01T06:30:00Z', 'down')])
    expect(result).toMatchObject({ downMinutes: 30, upMinutes: 0, unknownMinutes: 1890, availability: 0 })
  })
})

describe('outages and degraded time', () => {
  it('count an outage staff recorded as down over checks that found those minutes up', () => {
    const result = march([outage('2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z')])
    expect(result).toMatchObject({ upMinutes: marchMinutes - 60, downMinutes: 60, unknownMinutes: 0 })
  })

  it('take the worst of what was found in a minute: down over degraded over up', () => {
    const result = march([], [], later, [
      marchUp,
      observed('2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z', 'degraded'),
      observed('2026-03-03T08:30:00Z', '2026-03-03T08:40:00Z', 'down'),
    ])
    expect(result).toMatchObject({ upMinutes: marchMinutes - 60, degradedMinutes: 50, downMinutes: 10 })
    // Degraded minutes answered: available.
    expect(result.availability).toBeCloseTo((marchMinutes - 10) / marchMinutes, 10)
  })

  it('count an outage of the job worker as degraded: the portal still answers', () => {
    const result = march([{ ...outage('2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z'), component: 'worker' }])
    expect(result).toMatchObject({ degradedMinutes: 60, downMinutes: 0, availability: 1 })
  })

  it('leave announced maintenance out of the unknown minutes too', () => {
    const result = march([], [maintenanceBreak('2026-03-03T08:00:00Z', '2026-03-03T10:00:00Z')], later, [])
    expect(result).toMatchObject({ maintenanceMinutes: 120, unknownMinutes: marchMinutes - 120 })
  })
})

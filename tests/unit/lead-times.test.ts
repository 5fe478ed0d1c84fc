import { describe, expect, it } from 'vitest'
import { deadlinePlan, latestSubmissionDate } from '../../src/domain/lead-times'
import { defaultServiceCalendar } from '../../src/domain/service-time'

describe('latestSubmissionDate', () => {
  it('should subtract calendar days', () => {
    expect(
      latestSubmissionDate({
        eventDate: '2026-06-10',
        leadTime: { amount: 5, unit: 'calendar-days' },
      }),
    ).toBe('2026-06-05')
  })

  it('should subtract calendar days across the year end', () => {
    expect(
      latestSubmissionDate({
        eventDate: '2027-01-03',
        leadTime: { amount: 5, unit: 'calendar-days' },
      }),
    ).toBe('2026-12-29')
  })

  it('should count calendar days over weekends and holidays alike', () => {
    expect(
      latestSubmissionDate({
        eventDate: '2026-04-07',
        leadTime: { amount: 3, unit: 'calendar-days' },
      }),
    ).toBe('2026-04-04')
  })

  it('should go back service days over a weekend', () => {
    expect(
      latestSubmissionDate({
        eventDate: '2026-01-19',
        leadTime: { amount: 4, unit: 'service-days' },
      }),
    ).toBe('2026-01-13')
  })

  it('should go back service days over Easter', () => {
    expect(
      latestSubmissionDate({
        eventDate: '2026-04-10',
        leadTime: { amount: 4, unit: 'service-days' },
      }),
    ).toBe('2026-04-02')
  })

  it('should give the last service day before an event on a Saturday for one service day', () => {
    expect(
      latestSubmissionDate({
        eventDate: '2026-01-17',
        leadTime: { amount: 1, unit: 'service-days' },
      }),
    ).toBe('2026-01-16')
  })

  it('should honour extra closed dates of the calendar', () => {
    const calendar = { ...defaultServiceCalendar, extraClosedDates: ['2026-01-16'] }
    expect(
      latestSubmissionDate({
        eventDate: '2026-01-17',
        leadTime: { amount: 1, unit: 'service-days' },
        calendar,
      }),
    ).toBe('2026-01-15')
  })

  it('should give the event date for a lead time of zero', () => {
    expect(
      latestSubmissionDate({
        eventDate: '2026-01-17',
        leadTime: { amount: 0, unit: 'service-days' },
      }),
    ).toBe('2026-01-17')
  })

  it('should reject an event date that does not exist', () => {
    expect(() =>
      latestSubmissionDate({
        eventDate: '2026-02-30',
        leadTime: { amount: 1, unit: 'calendar-days' },
      }),
    ).toThrow(RangeError)
  })
})

describe('deadlinePlan', () => {
  // Saturday 15 August 2026; planning on 20 June.
  const plan = () =>
    deadlinePlan({
      eventDate: '2026-08-15',
      today: '2026-06-20',
      permits: [
        { permitType: 'police-notification', leadTime: { amount: 5, unit: 'calendar-days' } },
        { permitType: 'food-vendor-notice', leadTime: { amount: 4, unit: 'service-days' } },
        { permitType: 'alcohol-licence', leadTime: { amount: 60, unit: 'calendar-days' } },
        { permitType: 'noise-notification', leadTime: { amount: 30, unit: 'calendar-days' } },
        { permitType: 'area-use-permit', leadTime: { amount: 60, unit: 'calendar-days' } },
      ],
    })

  it('should sort the permits by latest date', () => {
    expect(plan().items.map((item) => [item.permitType, item.latestDate])).toEqual([
      ['alcohol-licence', '2026-06-16'],
      ['area-use-permit', '2026-06-16'],
      ['noise-notification', '2026-07-16'],
      ['police-notification', '2026-08-10'],
      ['food-vendor-notice', '2026-08-11'],
    ])
  })

  it('should give the calendar days left until the latest date', () => {
    expect(plan().items.find((item) => item.permitType === 'noise-notification')?.daysLeft).toBe(26)
  })

  it('should mark a passed deadline with negative days left', () => {
    const alcohol = plan().items[0]
    expect([alcohol.daysLeft, alcohol.isPassed]).toEqual([-4, true])
  })

  it('should not mark a deadline passed on its last day', () => {
    const result = deadlinePlan({
      eventDate: '2026-06-25',
      today: '2026-06-20',
      permits: [{ permitType: 'police-notification', leadTime: { amount: 5, unit: 'calendar-days' } }],
    })
    expect([result.items[0].daysLeft, result.items[0].isPassed]).toEqual([0, false])
  })

  it('should put every permit with the earliest latest date on the critical path', () => {
    expect(plan().criticalPath).toEqual(['alcohol-licence', 'area-use-permit'])
  })

  it('should give an empty plan for no permits', () => {
    expect(deadlinePlan({ eventDate: '2026-08-15', today: '2026-06-20', permits: [] })).toEqual({
      items: [],
      criticalPath: [],
    })
  })
})

import { describe, expect, it } from 'vitest'

import type { MonthAvailability } from '../../plugins/reports/domain/availability'
import type { CaseFact } from '../../plugins/reports/domain/reports'
import {
  csvField,
  monthlyReport,
  monthlyReportCsv,
  quantile,
  rateOf,
} from '../../plugins/reports/domain/reports'
import { groupRows, percentOf, percentText, reportSeries } from '../../plugins/reports/domain/series'

const at = (iso: string) => new Date(iso)
const up = (month: string): MonthAvailability => ({
  month,
  serviceMinutes: 10_000,
  maintenanceMinutes: 0,
  upMinutes: 9_950,
  degradedMinutes: 0,
  downMinutes: 50,
  unknownMinutes: 0,
  availability: 0.995,
  meetsTarget: true,
})
const aCase = (fact: Partial<CaseFact>): CaseFact => ({
  bundle: 'Public event',
  permitType: 'Noise notification',
  authority: 'Environment',
  submittedAt: at('2026-03-02T10:00:00Z'),
  decidedAt: null,
  hasSupplementRequest: false,
  ...fact,
})
const empty = {
  applications: [],
  cases: [],
  deliveries: [],
  failedDeliveryAttempts: [],
  incidents: [],
  serviceRequests: [],
}

describe('quantiles and rates', () => {
  it('interpolate between closest ranks', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5)
    expect(quantile([5], 0.9)).toBe(5)
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 10)
    expect(quantile([1, 2, 3], 0.5)).toBe(2)
    expect(quantile([], 0.5)).toBeNull()
    expect(() => quantile([1], 1.5)).toThrow(RangeError)
  })

  it('have no figure without a whole', () => {
    expect(rateOf(1, 4)).toBe(0.25)
    expect(rateOf(0, 0)).toBeNull()
  })
})

describe('monthly report', () => {
  it('counts applications and cases by month of submission, bundle and authority (Finnish months)', () => {
    const report = monthlyReport({
      ...empty,
      from: '2026-03',
      to: '2026-04',
      availability: [up('2026-03'), up('2026-04')],
      applications: [
        { bundle: 'Public event', submittedAt: at('2026-03-10T10:00:00Z') },
        // 1 April 00:30 in Helsinki: April, though still March in UTC.
        { bundle: 'Public event', submittedAt: at('2026-03-31T21:30:00Z') },
        { bundle: 'Terrace', submittedAt: at('2026-03-11T10:00:00Z') },
      ],
      cases: [
        aCase({}),
        aCase({ authority: 'Police', permitType: 'Public event notice' }),
        aCase({ bundle: 'Terrace', submittedAt: at('2026-04-02T10:00:00Z') }),
      ],
    })
    const [march, april] = report.months
    expect(march.applications).toEqual({ total: 2, byBundle: { 'Public event': 1, Terrace: 1 } })
    expect(april.applications.total).toBe(1)
    expect(march.cases).toEqual({
      total: 2,
      byBundle: { 'Public event': 2 },
      byAuthority: { Environment: 1, Police: 1 },
    })
    expect(april.cases.byBundle).toEqual({ Terrace: 1 })
    expect(report.availabilityTarget).toBe(0.99)
  })

  it('gives the median and 90th percentile of processing days per permit type and authority by the month decided', () => {
    const submittedAt = at('2026-02-02T10:00:00Z')
    const decided = (days: number, authority = 'Environment') =>
      aCase({ submittedAt, authority, decidedAt: new Date(submittedAt.getTime() + days * 86_400_000) })
    const report = monthlyReport({
      ...empty,
      from: '2026-03',
      to: '2026-03',
      availability: [up('2026-03')],
      cases: [decided(30), decided(31), decided(33), decided(40), decided(35, 'Police'), decided(10)],
    })
    // Decided in February (10 days) is not March's.
    expect(report.months[0].processing).toEqual([
      {
        permitType: 'Noise notification',
        authority: 'Environment',
        decided: 4,
        medianDays: 32,
        p90Days: 37.9,
      },
      { permitType: 'Noise notification', authority: 'Police', decided: 1, medianDays: 35, p90Days: 35 },
    ])
  })

  it('gives the supplement rate, deliveries, failed attempts and SLA compliance of each month', () => {
    const report = monthlyReport({
      from: '2026-03',
      to: '2026-03',
      availability: [up('2026-03')],
      applications: [],
      cases: [aCase({ hasSupplementRequest: true }), aCase({}), aCase({}), aCase({})],
      deliveries: [
        { createdAt: at('2026-03-03T10:00:00Z'), isDeadLettered: false },
        { createdAt: at('2026-03-04T10:00:00Z'), isDeadLettered: true },
        { createdAt: at('2026-04-04T10:00:00Z'), isDeadLettered: true },
      ],
      failedDeliveryAttempts: [
        at('2026-03-04T10:00:00Z'),
        at('2026-03-04T10:01:00Z'),
        at('2026-02-01T10:00:00Z'),
      ],
      incidents: [
        { receivedAt: at('2026-03-05T10:00:00Z'), isBreached: false },
        { receivedAt: at('2026-03-06T10:00:00Z'), isBreached: true },
      ],
      serviceRequests: [],
    })
    const [march] = report.months
    expect(march.supplements).toEqual({ cases: 4, withRequest: 1, rate: 0.25 })
    expect(march.deliveries).toEqual({ total: 2, deadLettered: 1, failedAttempts: 2 })
    expect(march.incidents).toEqual({ total: 2, breached: 1, compliance: 0.5 })
    expect(march.serviceRequests).toEqual({ total: 0, breached: 0, compliance: null })
  })

  it('refuses a month without availability figures', () => {
    expect(() =>
      monthlyReport({ ...empty, from: '2026-03', to: '2026-04', availability: [up('2026-03')] }),
    ).toThrow(RangeError)
  })
})

describe('CSV', () => {
  it('quotes commas, quotes and line breaks and defuses formulas', () => {
    expect(csvField('Kallio, Helsinki')).toBe('"Kallio, Helsinki"')
    expect(csvField('the "big" event')).toBe('"the ""big"" event"')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvField('-1')).toBe("'-1")
    expect(csvField(-1)).toBe('-1')
    expect(csvField(null)).toBe('')
  })

  it('writes one figure a line with a header', () => {
    const csv = monthlyReportCsv(
      monthlyReport({
        ...empty,
        from: '2026-03',
        to: '2026-03',
        availability: [up('2026-03')],
        applications: [{ bundle: 'Event, big', submittedAt: at('2026-03-10T10:00:00Z') }],
      }),
    )
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('month,section,group,measure,value')
    expect(lines).toContain('2026-03,applications by bundle,"Event, big",count,1')
    expect(lines).toContain('2026-03,availability,,availability,0.995')
    expect(lines).toContain('2026-03,supplements,,rate,')
    expect(csv.endsWith('\r\n')).toBe(true)
  })
})

describe('chart series', () => {
  const twoMonths = () =>
    monthlyReport({
      ...empty,
      from: '2026-03',
      to: '2026-04',
      availability: [up('2026-03'), { ...up('2026-04'), availability: null }],
      applications: [{ bundle: 'Public event', submittedAt: at('2026-03-10T10:00:00Z') }],
      cases: [
        aCase({ authority: 'Police' }),
        aCase({ authority: 'Environment', submittedAt: at('2026-04-02T10:00:00Z') }),
        aCase({ authority: 'Police', submittedAt: at('2026-04-03T10:00:00Z') }),
      ],
      deliveries: [{ createdAt: at('2026-04-02T10:00:00Z'), isDeadLettered: true }],
      failedDeliveryAttempts: [at('2026-04-02T10:05:00Z')],
      incidents: [{ receivedAt: at('2026-03-05T10:00:00Z'), isBreached: true }],
    })

  it('should give each chart one point per month under stable keys', () => {
    const series = reportSeries(twoMonths())
    expect(series.volumes).toEqual([
      { month: '2026-03', applications: 1, cases: 1 },
      { month: '2026-04', applications: 0, cases: 2 },
    ])
    expect(series.deliveries).toEqual([
      { month: '2026-03', deliveries: 0, deadLettered: 0, failedAttempts: 0 },
      { month: '2026-04', deliveries: 1, deadLettered: 1, failedAttempts: 1 },
    ])
  })

  it('should give shares as percentages and leave a gap where there is no figure', () => {
    const series = reportSeries(twoMonths())
    expect(series.availability).toEqual([
      { month: '2026-03', availability: 99.5 },
      { month: '2026-04', availability: null },
    ])
    expect(series.quality[0]).toEqual({
      month: '2026-03',
      supplementRate: 0,
      incidentCompliance: 0,
      serviceRequestCompliance: null,
    })
  })

  it('should give one table row per group, alphabetically, with a count for every month', () => {
    expect(groupRows(twoMonths(), (m) => m.cases.byAuthority)).toEqual([
      ['Environment', 0, 1],
      ['Police', 1, 1],
    ])
  })

  it('should round percentages to two decimals and write shares with their unit', () => {
    expect(percentOf(0.123456)).toBe(12.35)
    expect(percentOf(null)).toBeNull()
    expect(percentText(0.995)).toBe('99.5 %')
    expect(percentText(0.99512, 2)).toBe('99.51 %')
    expect(percentText(null)).toBe('–')
  })
})

import type { MonthlyReport, MonthReport } from './reports'

/** A share (0–1) as a chart's percentage, to two decimals; null stays a gap in the line. */
export const percentOf = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 100)

/** A share (0–1) as text, e.g. "99.5 %"; '–' when there is none. */
export const percentText = (value: number | null, digits = 1) =>
  value === null ? '–' : `${(value * 100).toFixed(digits)} %`

/**
 * The monthly report's chart series: one point per month, each value under a stable key
 * (the chart gives it its name in the reader's language).
 */
export const reportSeries = (report: MonthlyReport) => ({
  volumes: report.months.map((m) => ({
    month: m.month,
    applications: m.applications.total,
    cases: m.cases.total,
  })),
  availability: report.months.map((m) => ({
    month: m.month,
    availability: percentOf(m.availability.availability),
  })),
  quality: report.months.map((m) => ({
    month: m.month,
    supplementRate: percentOf(m.supplements.rate),
    incidentCompliance: percentOf(m.incidents.compliance),
    serviceRequestCompliance: percentOf(m.serviceRequests.compliance),
  })),
  deliveries: report.months.map((m) => ({
    month: m.month,
    deliveries: m.deliveries.total,
    deadLettered: m.deliveries.deadLettered,
    failedAttempts: m.deliveries.failedAttempts,
  })),
})

/**
 * Counts by group per month as table rows: one row per group (in alphabetical order), its
 * name and then its count in each month (0 when it has none).
 */
export const groupRows = (
  report: MonthlyReport,
  pick: (month: MonthReport) => Record<string, number>,
): (string | number)[][] => {
  const groups = [...new Set(report.months.flatMap((m) => Object.keys(pick(m))))].sort((a, b) =>
    a.localeCompare(b),
  )
  return groups.map((group) => [group, ...report.months.map((m) => pick(m)[group] ?? 0)])
}

import type { MonthAvailability } from './availability'
import { availabilityTarget, monthOf, monthsBetween } from './availability'

/** A submitted application: its bundle's name and when it was submitted. */
export type ApplicationFact = { bundle: string; submittedAt: Date }

/** A case of a submitted application, with what the report groups it by. */
export type CaseFact = {
  bundle: string
  permitType: string
  authority: string
  submittedAt: Date
  decidedAt: Date | null
  /** Whether the authority asked the customer for a supplement at least once. */
  hasSupplementRequest: boolean
}

/** A delivery of a case event to an authority's system or mailbox. */
export type DeliveryFact = { createdAt: Date; isDeadLettered: boolean }

/** An incident or service request: when it came in and whether a clock of it is breached. */
export type DeskFact = { receivedAt: Date; isBreached: boolean }

/** Processing time (submitted → decided) of one permit type at one authority, in days. */
export type ProcessingFigures = {
  permitType: string
  authority: string
  decided: number
  medianDays: number
  p90Days: number
}

export type SlaFigures = { total: number; breached: number; compliance: number | null }

/** Everything the owner's report says of one month. */
export type MonthReport = {
  month: string
  applications: { total: number; byBundle: Record<string, number> }
  cases: { total: number; byBundle: Record<string, number>; byAuthority: Record<string, number> }
  /** Cases decided in the month, by permit type and authority. */
  processing: ProcessingFigures[]
  /** Cases submitted in the month that got a supplement request, of all submitted then. */
  supplements: { cases: number; withRequest: number; rate: number | null }
  deliveries: { total: number; deadLettered: number; failedAttempts: number }
  availability: MonthAvailability
  incidents: SlaFigures
  serviceRequests: SlaFigures
}

export type MonthlyReport = { from: string; to: string; availabilityTarget: number; months: MonthReport[] }

/**
 * The q-quantile (0–1) of the values by linear interpolation between closest ranks (as
 * spreadsheets' PERCENTILE.INC): the median of 1, 2, 3, 4 is 2.5. Null for no values.
 */
export function quantile(values: number[], q: number): number | null {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`Quantile must be between 0 and 1: ${q}`)
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const position = (sorted.length - 1) * q
  const lower = Math.floor(position)
  const upper = Math.ceil(position)
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower)
}

/** `part` of `whole` (0–1), or null when there is nothing to divide. */
export const rateOf = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null)

const dayMs = 24 * 60 * 60 * 1000
const round = (value: number, decimals = 1) => Math.round(value * 10 ** decimals) / 10 ** decimals

const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts: Record<string, number> = {}
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1
  return counts
}

const slaOf = (facts: DeskFact[]): SlaFigures => {
  const breached = facts.filter((fact) => fact.isBreached).length
  return { total: facts.length, breached, compliance: rateOf(facts.length - breached, facts.length) }
}

/**
 * The owner's monthly report from `from` to `to` ('YYYY-MM', both included), months in
 * Finnish time. Applications, cases and supplement rates count by the month of
 * submission; processing times by the month of the decision; deliveries and failed
 * delivery attempts by when they happened; incidents and service requests by when they
 * came in, with SLA compliance as the share of them with no clock breached.
 */
export function monthlyReport({
  from,
  to,
  applications,
  cases,
  deliveries,
  failedDeliveryAttempts,
  incidents,
  serviceRequests,
  availability,
}: {
  from: string
  to: string
  applications: ApplicationFact[]
  cases: CaseFact[]
  deliveries: DeliveryFact[]
  /** When each failed delivery attempt happened. */
  failedDeliveryAttempts: Date[]
  incidents: DeskFact[]
  serviceRequests: DeskFact[]
  /** The availability of each month (see `monthlyAvailability`). */
  availability: MonthAvailability[]
}): MonthlyReport {
  const inMonth =
    (month: string) =>
    (date: Date | null): boolean =>
      date !== null && monthOf(date) === month
  const months = monthsBetween(from, to).map((month): MonthReport => {
    const isIn = inMonth(month)
    const monthApplications = applications.filter((a) => isIn(a.submittedAt))
    const submittedCases = cases.filter((c) => isIn(c.submittedAt))
    const decidedCases = cases.filter((c) => isIn(c.decidedAt))
    const groups = new Map<string, CaseFact[]>()
    for (const fact of decidedCases) {
      const key = JSON.stringify([fact.permitType, fact.authority])
      groups.set(key, [...(groups.get(key) ?? []), fact])
    }
    const processing = [...groups.values()]
      .map((group): ProcessingFigures => {
        const days = group.map((c) => (c.decidedAt!.getTime() - c.submittedAt.getTime()) / dayMs)
        return {
          permitType: group[0].permitType,
          authority: group[0].authority,
          decided: group.length,
          medianDays: round(quantile(days, 0.5)!),
          p90Days: round(quantile(days, 0.9)!),
        }
      })
      .sort(
        (a, b) =>
          a.permitType.localeCompare(b.permitType, 'fi') || a.authority.localeCompare(b.authority, 'fi'),
      )
    const withRequest = submittedCases.filter((c) => c.hasSupplementRequest).length
    const monthDeliveries = deliveries.filter((d) => isIn(d.createdAt))
    const monthAvailability = availability.find((a) => a.month === month)
    if (!monthAvailability) throw new RangeError(`No availability figures for ${month}`)
    return {
      month,
      applications: {
        total: monthApplications.length,
        byBundle: countBy(monthApplications, (a) => a.bundle),
      },
      cases: {
        total: submittedCases.length,
        byBundle: countBy(submittedCases, (c) => c.bundle),
        byAuthority: countBy(submittedCases, (c) => c.authority),
      },
      processing,
      supplements: {
        cases: submittedCases.length,
        withRequest,
        rate: rateOf(withRequest, submittedCases.length),
      },
      deliveries: {
        total: monthDeliveries.length,
        deadLettered: monthDeliveries.filter((d) => d.isDeadLettered).length,
        failedAttempts: failedDeliveryAttempts.filter(isIn).length,
      },
      availability: monthAvailability,
      incidents: slaOf(incidents.filter((i) => isIn(i.receivedAt))),
      serviceRequests: slaOf(serviceRequests.filter((r) => isIn(r.receivedAt))),
    }
  })
  return { from, to, availabilityTarget, months }
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break (quotes doubled), and
 * text that a spreadsheet would run as a formula (= + - @ tab, carriage return first)
 * prefixed with an apostrophe.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

const csvLine = (fields: (string | number | null)[]) => fields.map(csvField).join(',')

/**
 * The report as CSV, one figure a line: month, section, group (a bundle, authority or
 * "permit type / authority"; empty for the whole month), measure, value. Rates and
 * availability are fractions (0–1); times are days; availability minutes are service minutes,
 * and availability leaves the unknown minutes out.
 */
export function monthlyReportCsv(report: MonthlyReport): string {
  const lines = [csvLine(['month', 'section', 'group', 'measure', 'value'])]
  for (const m of report.months) {
    const add = (section: string, group: string, measure: string, value: number | null) =>
      lines.push(csvLine([m.month, section, group, measure, value]))
    add('applications', '', 'count', m.applications.total)
    for (const [bundle, count] of Object.entries(m.applications.byBundle))
      add('applications by bundle', bundle, 'count', count)
    add('cases', '', 'count', m.cases.total)
    for (const [bundle, count] of Object.entries(m.cases.byBundle))
      add('cases by bundle', bundle, 'count', count)
    for (const [authority, count] of Object.entries(m.cases.byAuthority))
      add('cases by authority', authority, 'count', count)
    for (const p of m.processing) {
      const group = `${p.permitType} / ${p.authority}`
      add('processing time', group, 'decided', p.decided)
      add('processing time', group, 'median days', p.medianDays)
      add('processing time', group, '90th percentile days', p.p90Days)
    }
    add('supplements', '', 'cases', m.supplements.cases)
    add('supplements', '', 'with request', m.supplements.withRequest)
    add('supplements', '', 'rate', m.supplements.rate)
    add('deliveries', '', 'count', m.deliveries.total)
    add('deliveries', '', 'dead-lettered', m.deliveries.deadLettered)
    add('deliveries', '', 'failed attempts', m.deliveries.failedAttempts)
    add('availability', '', 'service minutes', m.availability.serviceMinutes)
    add('availability', '', 'maintenance minutes', m.availability.maintenanceMinutes)
    add('availability', '', 'up minutes', m.availability.upMinutes)
    add('availability', '', 'degraded minutes', m.availability.degradedMinutes)
    add('availability', '', 'down minutes', m.availability.downMinutes)
    add('availability', '', 'unknown minutes', m.availability.unknownMinutes)
    add('availability', '', 'availability', m.availability.availability)
    add('availability', '', 'target', report.availabilityTarget)
    for (const [section, figures] of [
      ['incidents', m.incidents],
      ['service requests', m.serviceRequests],
    ] as const) {
      add(section, '', 'count', figures.total)
      add(section, '', 'breached', figures.breached)
      add(section, '', 'SLA compliance', figures.compliance)
    }
  }
  return `${lines.join('\r\n')}\r\n`
}

'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useId, useState } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import type { MonthlyReport } from '../../../src/domain/reports'

const texts = {
  fi: {
    title: 'Kuukausiraportit',
    from: 'Alkukuukausi',
    to: 'Loppukuukausi',
    show: 'Näytä',
    csv: 'Lataa CSV',
    loading: 'Haetaan…',
    failed: 'Raporttia ei saatu:',
    month: 'Kuukausi',
    volumes: 'Hakemukset ja asiat',
    applications: 'Hakemukset',
    cases: 'Asiat',
    byBundle: 'Asiat kokonaisuuksittain',
    byAuthority: 'Asiat viranomaisittain',
    processing: 'Käsittelyajat (jätetty → päätetty, vrk)',
    permitType: 'Lupatyyppi',
    authority: 'Viranomainen',
    decided: 'Päätetty',
    median: 'Mediaani',
    p90: '90. persentiili',
    supplements: 'Täydennyspyynnöt (osuus asioista)',
    supplementRate: 'Täydennysaste',
    deliveries: 'Toimitukset',
    deadLettered: 'Pysyvästi epäonnistuneet',
    failedAttempts: 'Epäonnistuneet yritykset',
    availability: 'Saatavuus palveluaikana (tavoite 99 %)',
    target: 'Tavoite',
    downMinutes: 'Katkominuutit',
    sla: 'Häiriöt ja palvelupyynnöt: SLA-toteuma',
    incidents: 'Häiriöt',
    serviceRequests: 'Palvelupyynnöt',
    total: 'Yhteensä',
    breached: 'Ylittyneet',
    compliance: 'Toteuma',
    none: 'Ei tietoja',
  },
  sv: {
    title: 'Månadsrapporter',
    from: 'Första månad',
    to: 'Sista månad',
    show: 'Visa',
    csv: 'Ladda ner CSV',
    loading: 'Hämtar…',
    failed: 'Rapporten kunde inte hämtas:',
    month: 'Månad',
    volumes: 'Ansökningar och ärenden',
    applications: 'Ansökningar',
    cases: 'Ärenden',
    byBundle: 'Ärenden per helhet',
    byAuthority: 'Ärenden per myndighet',
    processing: 'Handläggningstider (inlämnat → beslutat, dygn)',
    permitType: 'Tillståndstyp',
    authority: 'Myndighet',
    decided: 'Beslutade',
    median: 'Median',
    p90: '90:e percentilen',
    supplements: 'Begäranden om komplettering (andel av ärenden)',
    supplementRate: 'Kompletteringsgrad',
    deliveries: 'Leveranser',
    deadLettered: 'Slutligt misslyckade',
    failedAttempts: 'Misslyckade försök',
    availability: 'Tillgänglighet under servicetid (mål 99 %)',
    target: 'Mål',
    downMinutes: 'Avbrottsminuter',
    sla: 'Störningar och serviceförfrågningar: SLA-uppfyllelse',
    incidents: 'Störningar',
    serviceRequests: 'Serviceförfrågningar',
    total: 'Totalt',
    breached: 'Överskridna',
    compliance: 'Uppfyllelse',
    none: 'Inga uppgifter',
  },
  en: {
    title: 'Monthly reports',
    from: 'First month',
    to: 'Last month',
    show: 'Show',
    csv: 'Download CSV',
    loading: 'Loading…',
    failed: 'The report could not be loaded:',
    month: 'Month',
    volumes: 'Applications and cases',
    applications: 'Applications',
    cases: 'Cases',
    byBundle: 'Cases by bundle',
    byAuthority: 'Cases by authority',
    processing: 'Processing times (submitted → decided, days)',
    permitType: 'Permit type',
    authority: 'Authority',
    decided: 'Decided',
    median: 'Median',
    p90: '90th percentile',
    supplements: 'Supplement requests (share of cases)',
    supplementRate: 'Supplement rate',
    deliveries: 'Deliveries',
    deadLettered: 'Dead-lettered',
    failedAttempts: 'Failed attempts',
    availability: 'Availability in service time (target 99 %)',
    target: 'Target',
    downMinutes: 'Minutes down',
    sla: 'Incidents and service requests: SLA compliance',
    incidents: 'Incidents',
    serviceRequests: 'Service requests',
    total: 'Total',
    breached: 'Breached',
    compliance: 'Compliance',
    none: 'No data',
  },
}
type Texts = (typeof texts)['en']

const monthOffset = (offset: number) => {
  const date = new Date()
  date.setUTCDate(1)
  date.setUTCMonth(date.getUTCMonth() + offset)
  return date.toISOString().slice(0, 7)
}

const percent = (value: number | null, digits = 1) =>
  value === null ? '–' : `${(value * 100).toFixed(digits)} %`
const percentOrNull = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 100)

const chartHeight = 260

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <section style={{ marginBottom: 'calc(var(--base) * 2)' }}>
    <h2>{title}</h2>
    {children}
  </section>
)

const Table = ({ head, rows }: { head: string[]; rows: (string | number)[][] }) => (
  <div style={{ overflowX: 'auto' }}>
    <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          {head.map((cell) => (
            <th key={cell} scope="col" style={{ textAlign: 'left', padding: 4 }}>
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {row.map((cell, cellIndex) => (
              <td key={cellIndex} style={{ padding: 4 }}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)

/** Counts by group per month as table rows: one row per group, one column per month. */
const groupRows = (
  report: MonthlyReport,
  pick: (m: MonthlyReport['months'][number]) => Record<string, number>,
) => {
  const groups = [...new Set(report.months.flatMap((m) => Object.keys(pick(m))))].sort((a, b) =>
    a.localeCompare(b),
  )
  return groups.map((group) => [group, ...report.months.map((m) => pick(m)[group] ?? 0)])
}

const Report = ({ report, text }: { report: MonthlyReport; text: Texts }) => {
  const months = report.months.map((m) => m.month)
  const volumes = report.months.map((m) => ({
    month: m.month,
    [text.applications]: m.applications.total,
    [text.cases]: m.cases.total,
  }))
  const availability = report.months.map((m) => ({
    month: m.month,
    [text.availability]: percentOrNull(m.availability.availability),
  }))
  const quality = report.months.map((m) => ({
    month: m.month,
    [text.supplementRate]: percentOrNull(m.supplements.rate),
    [`${text.compliance}: ${text.incidents}`]: percentOrNull(m.incidents.compliance),
    [`${text.compliance}: ${text.serviceRequests}`]: percentOrNull(m.serviceRequests.compliance),
  }))
  const deliveries = report.months.map((m) => ({
    month: m.month,
    [text.deliveries]: m.deliveries.total,
    [text.deadLettered]: m.deliveries.deadLettered,
    [text.failedAttempts]: m.deliveries.failedAttempts,
  }))
  return (
    <>
      <Section title={text.volumes}>
        <ResponsiveContainer width="100%" height={chartHeight}>
          <BarChart data={volumes}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey={text.applications} fill="#003479" />
            <Bar dataKey={text.cases} fill="#2a6ebb" />
          </BarChart>
        </ResponsiveContainer>
        <h3>{text.byBundle}</h3>
        <Table head={[text.month, ...months]} rows={groupRows(report, (m) => m.cases.byBundle)} />
        <h3>{text.byAuthority}</h3>
        <Table head={[text.month, ...months]} rows={groupRows(report, (m) => m.cases.byAuthority)} />
      </Section>

      <Section title={text.processing}>
        <Table
          head={[text.month, text.permitType, text.authority, text.decided, text.median, text.p90]}
          rows={report.months.flatMap((m) =>
            m.processing.map((p) => [m.month, p.permitType, p.authority, p.decided, p.medianDays, p.p90Days]),
          )}
        />
      </Section>

      <Section title={text.availability}>
        <ResponsiveContainer width="100%" height={chartHeight}>
          <LineChart data={availability}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" />
            <YAxis domain={[95, 100]} unit=" %" allowDataOverflow />
            <Tooltip />
            <Legend />
            <ReferenceLine y={report.availabilityTarget * 100} stroke="#c13832" label={text.target} />
            <Line dataKey={text.availability} stroke="#003479" connectNulls={false} />
          </LineChart>
        </ResponsiveContainer>
        <Table
          head={[text.month, text.availability, text.downMinutes]}
          rows={report.months.map((m) => [
            m.month,
            percent(m.availability.availability, 2),
            Math.round(m.availability.downMinutes),
          ])}
        />
      </Section>

      <Section title={`${text.supplements}; ${text.sla}`}>
        <ResponsiveContainer width="100%" height={chartHeight}>
          <LineChart data={quality}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" />
            <YAxis domain={[0, 100]} unit=" %" />
            <Tooltip />
            <Legend />
            <Line dataKey={text.supplementRate} stroke="#2a6ebb" />
            <Line dataKey={`${text.compliance}: ${text.incidents}`} stroke="#207a43" />
            <Line dataKey={`${text.compliance}: ${text.serviceRequests}`} stroke="#b65c00" />
          </LineChart>
        </ResponsiveContainer>
        <Table
          head={[
            text.month,
            text.supplementRate,
            `${text.incidents}: ${text.total} / ${text.breached}`,
            `${text.incidents}: ${text.compliance}`,
            `${text.serviceRequests}: ${text.total} / ${text.breached}`,
            `${text.serviceRequests}: ${text.compliance}`,
          ]}
          rows={report.months.map((m) => [
            m.month,
            percent(m.supplements.rate),
            `${m.incidents.total} / ${m.incidents.breached}`,
            percent(m.incidents.compliance),
            `${m.serviceRequests.total} / ${m.serviceRequests.breached}`,
            percent(m.serviceRequests.compliance),
          ])}
        />
      </Section>

      <Section title={text.deliveries}>
        <ResponsiveContainer width="100%" height={chartHeight}>
          <BarChart data={deliveries}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey={text.deliveries} fill="#2a6ebb" />
            <Bar dataKey={text.failedAttempts} fill="#b65c00" />
            <Bar dataKey={text.deadLettered} fill="#c13832" />
          </BarChart>
        </ResponsiveContainer>
      </Section>
    </>
  )
}

/** The monthly report's charts and tables, fetched from `GET /api/reports/monthly`. */
export const ReportsDashboard = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = texts[i18n.language as keyof typeof texts] ?? texts.en
  const id = useId()
  const [from, setFrom] = useState(monthOffset(-5))
  const [to, setTo] = useState(monthOffset(0))
  const [report, setReport] = useState<MonthlyReport | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const query = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`

  const load = useCallback(async () => {
    setIsBusy(true)
    setProblem(null)
    try {
      const response = await fetch(`${config.routes.api}/reports/monthly?${query}`, {
        credentials: 'include',
        headers: { 'accept-language': i18n.language },
      })
      const body = (await response.json()) as MonthlyReport & { errors?: { message: string }[] }
      if (!response.ok) {
        setReport(null)
        setProblem(body.errors?.map((error) => error.message).join(' ') ?? String(response.status))
      } else setReport(body)
    } catch (error) {
      setProblem((error as Error).message)
    } finally {
      setIsBusy(false)
    }
  }, [config.routes.api, query, i18n.language])

  useEffect(() => {
    void load()
    // Loaded once on opening; later on "Show".
  }, [])

  return (
    <div>
      <h1>{text.title}</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void load()
        }}
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 'var(--base)',
          alignItems: 'end',
          marginBottom: 'var(--base)',
        }}
      >
        <label htmlFor={`${id}-from`}>
          {text.from}
          <br />
          <input
            id={`${id}-from`}
            type="month"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
          />
        </label>
        <label htmlFor={`${id}-to`}>
          {text.to}
          <br />
          <input id={`${id}-to`} type="month" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
        <Button type="submit" disabled={isBusy} margin={false}>
          {text.show}
        </Button>
        <a href={`${config.routes.api}/reports/monthly?${query}&format=csv`} download>
          {text.csv}
        </a>
      </form>
      <div role="status" aria-live="polite">
        {isBusy && <p>{text.loading}</p>}
        {problem && (
          <p role="alert">
            {text.failed} {problem}
          </p>
        )}
      </div>
      {report && (report.months.length > 0 ? <Report report={report} text={text} /> : <p>{text.none}</p>)}
    </div>
  )
}

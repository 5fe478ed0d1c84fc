'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'
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

import { groupRows, percentText, reportSeries } from '../../../plugins/reports/domain/series'
import type { ReportsTranslationKeys, ReportsTranslations } from '../../../plugins/reports/translations'
import type { MonthlyReport } from '../../../plugins/reports/domain/reports'

const useReportsTranslation = () => useTranslation<ReportsTranslations, ReportsTranslationKeys>()

const monthOffset = (offset: number) => {
  const date = new Date()
  date.setUTCDate(1)
  date.setUTCMonth(date.getUTCMonth() + offset)
  return date.toISOString().slice(0, 7)
}

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

const Report = ({ report }: { report: MonthlyReport }) => {
  const { t } = useReportsTranslation()
  const months = report.months.map((m) => m.month)
  const series = reportSeries(report)
  const compliance = (of: string) => `${t('plugin-reports:compliance')}: ${of}`
  return (
    <>
      <Section title={t('plugin-reports:volumes')}>
        <ResponsiveContainer width="100%" height={chartHeight}>
          <BarChart data={series.volumes}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="applications" name={t('plugin-reports:applications')} fill="#003479" />
            <Bar dataKey="cases" name={t('plugin-reports:cases')} fill="#2a6ebb" />
          </BarChart>
        </ResponsiveContainer>
        <h3>{t('plugin-reports:byBundle')}</h3>
        <Table
          head={[t('plugin-reports:month'), ...months]}
          rows={groupRows(report, (m) => m.cases.byBundle)}
        />
        <h3>{t('plugin-reports:byAuthority')}</h3>
        <Table
          head={[t('plugin-reports:month'), ...months]}
          rows={groupRows(report, (m) => m.cases.byAuthority)}
        />
      </Section>

      <Section title={t('plugin-reports:processing')}>
        <Table
          head={[
            t('plugin-reports:month'),
            t('plugin-reports:permitType'),
            t('plugin-reports:authority'),
            t('plugin-reports:decided'),
            t('plugin-reports:median'),
            t('plugin-reports:p90'),
          ]}
          rows={report.months.flatMap((m) =>
            m.processing.map((p) => [m.month, p.permitType, p.authority, p.decided, p.medianDays, p.p90Days]),
          )}
        />
      </Section>

      <Section title={t('plugin-reports:availability')}>
        <ResponsiveContainer width="100%" height={chartHeight}>
          <LineChart data={series.availability}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" />
            <YAxis domain={[95, 100]} unit=" %" allowDataOverflow />
            <Tooltip />
            <Legend />
            <ReferenceLine
              y={report.availabilityTarget * 100}
              stroke="#c13832"
              label={t('plugin-reports:target')}
            />
            <Line
              dataKey="availability"
              name={t('plugin-reports:availability')}
              stroke="#003479"
              connectNulls={false}
            />
          </LineChart>
        </ResponsiveContainer>
        <p>{t('plugin-reports:availabilityNote')}</p>
        <Table
          head={[
            t('plugin-reports:month'),
            t('plugin-reports:availability'),
            t('plugin-reports:upMinutes'),
            t('plugin-reports:degradedMinutes'),
            t('plugin-reports:downMinutes'),
            t('plugin-reports:unknownMinutes'),
            t('plugin-reports:meetsTarget'),
          ]}
          rows={report.months.map((m) => [
            m.month,
            percentText(m.availability.availability, 2),
            Math.round(m.availability.upMinutes),
            Math.round(m.availability.degradedMinutes),
            Math.round(m.availability.downMinutes),
            Math.round(m.availability.unknownMinutes),
            t(
              m.availability.meetsTarget === null
                ? 'plugin-reports:undecided'
                : m.availability.meetsTarget
                  ? 'plugin-reports:yes'
                  : 'plugin-reports:no',
            ),
          ])}
        />
      </Section>

      <Section title={`${t('plugin-reports:supplements')}; ${t('plugin-reports:sla')}`}>
        <ResponsiveContainer width="100%" height={chartHeight}>
          <LineChart data={series.quality}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" />
            <YAxis domain={[0, 100]} unit=" %" />
            <Tooltip />
            <Legend />
            <Line dataKey="supplementRate" name={t('plugin-reports:supplementRate')} stroke="#2a6ebb" />
            <Line
              dataKey="incidentCompliance"
              name={compliance(t('plugin-reports:incidents'))}
              stroke="#207a43"
            />
            <Line
              dataKey="serviceRequestCompliance"
              name={compliance(t('plugin-reports:serviceRequests'))}
              stroke="#b65c00"
            />
          </LineChart>
        </ResponsiveContainer>
        <Table
          head={[
            t('plugin-reports:month'),
            t('plugin-reports:supplementRate'),
            `${t('plugin-reports:incidents')}: ${t('plugin-reports:total')} / ${t('plugin-reports:breached')}`,
            `${t('plugin-reports:incidents')}: ${t('plugin-reports:compliance')}`,
            `${t('plugin-reports:serviceRequests')}: ${t('plugin-reports:total')} / ${t('plugin-reports:breached')}`,
            `${t('plugin-reports:serviceRequests')}: ${t('plugin-reports:compliance')}`,
          ]}
          rows={report.months.map((m) => [
            m.month,
            percentText(m.supplements.rate),
            `${m.incidents.total} / ${m.incidents.breached}`,
            percentText(m.incidents.compliance),
            `${m.serviceRequests.total} / ${m.serviceRequests.breached}`,
            percentText(m.serviceRequests.compliance),
          ])}
        />
      </Section>

      <Section title={t('plugin-reports:deliveries')}>
        <ResponsiveContainer width="100%" height={chartHeight}>
          <BarChart data={series.deliveries}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="deliveries" name={t('plugin-reports:deliveries')} fill="#2a6ebb" />
            <Bar dataKey="failedAttempts" name={t('plugin-reports:failedAttempts')} fill="#b65c00" />
            <Bar dataKey="deadLettered" name={t('plugin-reports:deadLettered')} fill="#c13832" />
          </BarChart>
        </ResponsiveContainer>
      </Section>
    </>
  )
}

const queryOf = (from: string, to: string) => `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`

/** What one request for the report came to; `failed` (no answer) keeps the report shown before. */
type Answer =
  | { kind: 'report'; report: MonthlyReport }
  | { kind: 'refused'; problem: string }
  | { kind: 'failed'; problem: string }

const fetchReport = async ({
  url,
  language,
  signal,
}: {
  url: string
  language: string
  signal: AbortSignal
}): Promise<Answer> => {
  try {
    const response = await fetch(url, {
      credentials: 'include',
      headers: { 'accept-language': language },
      signal,
    })
    const body = (await response.json()) as MonthlyReport & { errors?: { message: string }[] }
    return response.ok
      ? { kind: 'report', report: body }
      : {
          kind: 'refused',
          problem: body.errors?.map((error) => error.message).join(' ') ?? String(response.status),
        }
  } catch (error) {
    return { kind: 'failed', problem: (error as Error).message }
  }
}

/** The months asked for: a new request each time "Show" is pressed, so asking for the same months again reloads them. */
type Asked = { query: string }

/**
 * The monthly report's charts and tables, fetched from `GET /api/reports/monthly` on opening
 * and on each "Show".
 */
export const ReportsDashboard = () => {
  const { config } = useConfig()
  const { t, i18n } = useReportsTranslation()
  const id = useId()
  const [from, setFrom] = useState(() => monthOffset(-5))
  const [to, setTo] = useState(() => monthOffset(0))
  const [asked, setAsked] = useState<Asked>(() => ({ query: queryOf(from, to) }))
  const [result, setResult] = useState<{
    of: Asked
    report: MonthlyReport | null
    problem: string | null
  } | null>(null)
  const api = config.routes.api
  const language = i18n.language

  useEffect(() => {
    const controller = new AbortController()
    void fetchReport({
      url: `${api}/reports/monthly?${asked.query}`,
      language,
      signal: controller.signal,
    }).then((answer) => {
      if (controller.signal.aborted) return
      setResult((previous) => ({
        of: asked,
        report:
          answer.kind === 'report'
            ? answer.report
            : answer.kind === 'refused'
              ? null
              : (previous?.report ?? null),
        problem: answer.kind === 'report' ? null : answer.problem,
      }))
    })
    return () => controller.abort()
  }, [api, language, asked])

  const isBusy = result?.of !== asked
  const report = result?.report ?? null
  const problem = isBusy ? null : (result?.problem ?? null)

  return (
    <div>
      <h1>{t('plugin-reports:title')}</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          setAsked({ query: queryOf(from, to) })
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
          {t('plugin-reports:from')}
          <br />
          <input
            id={`${id}-from`}
            type="month"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
          />
        </label>
        <label htmlFor={`${id}-to`}>
          {t('plugin-reports:to')}
          <br />
          <input id={`${id}-to`} type="month" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
        <Button type="submit" disabled={isBusy} margin={false}>
          {t('plugin-reports:show')}
        </Button>
        <a href={`${api}/reports/monthly?${queryOf(from, to)}&format=csv`} download>
          {t('plugin-reports:csv')}
        </a>
      </form>
      <div role="status" aria-live="polite">
        {isBusy && <p>{t('plugin-reports:loading')}</p>}
        {problem && (
          <p role="alert">
            {t('plugin-reports:failed')} {problem}
          </p>
        )}
      </div>
      {report && (report.months.length > 0 ? <Report report={report} /> : <p>{t('plugin-reports:none')}</p>)}
    </div>
  )
}

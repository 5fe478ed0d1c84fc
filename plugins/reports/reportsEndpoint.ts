import type { Endpoint } from 'payload'

import { requireStaff } from '../../src/access/requireStaff'
import { isMonth, monthsBetween } from './domain/availability'
import type { Locale } from '../../src/domain/types'
import { pickLocale } from '../../src/domain/localize'
import { monthlyReportCsv } from './domain/reports'
import { loadMonthlyReport } from './reportData'

/** The longest report one request may ask for. */
export const maxReportMonths = 36

type ProblemCode = 'month-invalid' | 'range-reversed' | 'range-too-long'

const problemTexts: Record<ProblemCode, Record<Locale, string>> = {
  'month-invalid': {
    fi: 'Anna kuukausi muodossa VVVV-KK.',
    sv: 'Ange månaden i formatet ÅÅÅÅ-MM.',
    en: 'Give the month as YYYY-MM.',
  },
  'range-reversed': {
    fi: 'Loppukuukausi ei voi olla ennen alkukuukautta.',
    sv: 'Slutmånaden kan inte vara före startmånaden.',
    en: 'The last month cannot be before the first.',
  },
  'range-too-long': {
    fi: `Raportti voi kattaa enintään ${maxReportMonths} kuukautta.`,
    sv: `Rapporten kan omfatta högst ${maxReportMonths} månader.`,
    en: `A report can cover at most ${maxReportMonths} months.`,
  },
}

/**
 * `GET /api/reports/monthly?from=YYYY-MM&to=YYYY-MM[&format=csv]`: the owner's monthly
 * report as JSON, or as CSV to download. Owners and service producers only (401/403);
 * bad months answer 400 with one localised message per parameter.
 */
export const monthlyReportEndpoint: Endpoint = {
  path: '/reports/monthly',
  method: 'get',
  handler: async (req) => {
    requireStaff(req, 'read the reports')
    const locale = pickLocale(req.headers?.get('accept-language'))
    const from = req.searchParams.get('from')
    const to = req.searchParams.get('to')
    const errors: { path: string; message: string }[] = []
    for (const [path, value] of [
      ['from', from],
      ['to', to],
    ] as const)
      if (!isMonth(value)) errors.push({ path, message: problemTexts['month-invalid'][locale] })
    if (errors.length === 0 && to! < from!)
      errors.push({ path: 'to', message: problemTexts['range-reversed'][locale] })
    if (errors.length === 0 && monthsBetween(from!, to!).length > maxReportMonths)
      errors.push({ path: 'to', message: problemTexts['range-too-long'][locale] })
    if (errors.length > 0) return Response.json({ errors }, { status: 400 })

    const report = await loadMonthlyReport({ req, from: from!, to: to! })
    if (req.searchParams.get('format') === 'csv')
      return new Response(monthlyReportCsv(report), {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="lupa-report-${from}-${to}.csv"`,
          'cache-control': 'no-store',
        },
      })
    return Response.json(report, { headers: { 'cache-control': 'no-store' } })
  },
}

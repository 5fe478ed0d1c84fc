import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { isStaff } from '../../../src/access/roles'
import { ReportsDashboard } from './ReportsDashboard'
import { ReportsDenied } from './ReportsDenied'

/**
 * The owner's monthly reports in the admin (`/admin/reports`): owners and service
 * producers only; the figures come from `GET /api/reports/monthly`, which checks again.
 */
export const ReportsView = ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>{isStaff(req.user) ? <ReportsDashboard /> : <ReportsDenied />}</Gutter>
    </DefaultTemplate>
  )
}

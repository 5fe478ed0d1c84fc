import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { isStaff, type AccessUser } from '../../../src/access/roles'
import { ReportsDashboard } from './ReportsDashboard'

/**
 * The owner's monthly reports in the admin (`/admin/reports`): owners and service
 * producers only; the figures come from `GET /api/reports/monthly`, which checks again.
 */
export const ReportsView = ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user as AccessUser | null
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
      <Gutter>
        {isStaff(user) ? (
          <ReportsDashboard />
        ) : (
          <p role="alert">{texts[req.i18n.language as keyof typeof texts]?.denied ?? texts.en.denied}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}

const texts = {
  en: { denied: 'Only the owner and the service producers can read the reports.' },
  sv: { denied: 'Endast ägaren och tjänsteproducenterna kan läsa rapporterna.' },
  fi: { denied: 'Vain omistaja ja palveluntuottajat voivat lukea raportteja.' },
}

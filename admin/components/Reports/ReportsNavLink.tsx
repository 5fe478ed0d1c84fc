'use client'

import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'

const labels = { en: 'Monthly reports', sv: 'Månadsrapporter', fi: 'Kuukausiraportit' }

/** The reports view in the admin navigation, for owners and service producers. */
export const ReportsNavLink = () => {
  const { user } = useAuth<{ role?: string }>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  if (user?.role !== 'owner' && user?.role !== 'service-producer') return null
  return (
    <Link className="nav__link" href={`${config.routes.admin}/reports`} prefetch={false}>
      <span className="nav__link-label">{labels[i18n.language as keyof typeof labels] ?? labels.en}</span>
    </Link>
  )
}

'use client'

import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'

import type { ReportsTranslationKeys, ReportsTranslations } from '../../../plugins/reports/translations'

/** The reports view in the admin navigation, for owners and service producers. */
export const ReportsNavLink = () => {
  const { user } = useAuth<{ role?: string }>()
  const { config } = useConfig()
  const { t } = useTranslation<ReportsTranslations, ReportsTranslationKeys>()
  if (user?.role !== 'owner' && user?.role !== 'service-producer') return null
  return (
    <Link className="nav__link" href={`${config.routes.admin}/reports`} prefetch={false}>
      <span className="nav__link-label">{t('plugin-reports:title')}</span>
    </Link>
  )
}

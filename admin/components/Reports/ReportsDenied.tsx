'use client'

import { useTranslation } from '@payloadcms/ui'

import type { ReportsTranslationKeys, ReportsTranslations } from '../../../plugins/reports/translations'

/** What the reports view says to a user who may not read the reports. */
export const ReportsDenied = () => {
  const { t } = useTranslation<ReportsTranslations, ReportsTranslationKeys>()
  return <p role="alert">{t('plugin-reports:denied')}</p>
}

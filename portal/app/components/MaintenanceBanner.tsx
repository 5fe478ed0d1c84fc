import { Notification, Paragraph } from 'suomifi-ui-components'

import type { MaintenanceNotice } from '../models/maintenance.server'
import { useT } from '../i18n/useT'

/** Announces the published maintenance breaks on every page. */
export const MaintenanceBanner = ({ notices }: { notices: MaintenanceNotice[] }) => {
  const t = useT('common')
  if (notices.length === 0) return null
  return (
    <div className="maintenance-banner" data-testid="maintenance-banner">
      {notices.map((notice) => (
        <Notification
          key={notice.id}
          status="neutral"
          headingText={t('maintenance.bannerHeading', { title: notice.title })}
          showCloseButton={false}
          headingVariant="h2"
          regionAriaLabel={t('maintenance.regionLabel')}
        >
          <Paragraph>{t('maintenance.when', { starts: notice.startsText, ends: notice.endsText })}</Paragraph>
          {notice.description && <Paragraph>{notice.description}</Paragraph>}
        </Notification>
      ))}
    </div>
  )
}

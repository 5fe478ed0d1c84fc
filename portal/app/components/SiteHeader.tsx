import { useTranslation } from 'react-i18next'
import { Link as RouterLinkTarget } from 'react-router'
import { RouterLink } from 'suomifi-ui-components'

import { LanguageSwitcher } from './LanguageSwitcher'

/** The e-service header: the service's name (a link home) and the language switcher. */
export const SiteHeader = () => {
  const { t } = useTranslation()
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <RouterLink asComponent={RouterLinkTarget} to="/" className="service-name">
          <span className="service-name-title">{t('service.name')}</span>
          <span className="service-name-tagline">{t('service.tagline')}</span>
        </RouterLink>
        <LanguageSwitcher />
      </div>
    </header>
  )
}

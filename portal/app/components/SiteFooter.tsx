import { Link as RouterLinkTarget } from 'react-router'
import { Paragraph, RouterLink } from 'suomifi-ui-components'
import { useT } from '../i18n/useT'

/** The footer: who runs the service, its public documents (accessibility, privacy, terms) and feedback. */
export const SiteFooter = () => {
  const t = useT('common')
  const tDesk = useT('servicedesk')
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <Paragraph mb="xs">{t('footer.about')}</Paragraph>
        <nav aria-label={t('footer.linksLabel')}>
          <ul>
            <li>
              <RouterLink asComponent={RouterLinkTarget} to="/accessibility">
                {t('footer.accessibility')}
              </RouterLink>
            </li>
            <li>
              <RouterLink asComponent={RouterLinkTarget} to="/privacy">
                {t('footer.privacy')}
              </RouterLink>
            </li>
            <li>
              <RouterLink asComponent={RouterLinkTarget} to="/terms">
                {t('footer.terms')}
              </RouterLink>
            </li>
            <li>
              <RouterLink asComponent={RouterLinkTarget} to="/feedback">
                {tDesk('footer.feedback')}
              </RouterLink>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}

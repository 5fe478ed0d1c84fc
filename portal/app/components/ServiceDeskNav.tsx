import { Link as RouterLinkTarget, useLocation } from 'react-router'
import { RouterLink } from 'suomifi-ui-components'
import { useT } from '../i18n/useT'

/** Links between the authority workspace's inbox, supervision and service desk pages (not to the page shown). */
export const ServiceDeskNav = () => {
  const t = useT('servicedesk')
  const { pathname } = useLocation()
  const links = [
    { to: '/authority', label: t('nav.inbox') },
    { to: '/authority/supervision', label: t('nav.supervision') },
    { to: '/authority/incidents', label: t('nav.incidents') },
    { to: '/authority/service-requests', label: t('nav.serviceRequests') },
  ].filter((link) => link.to !== pathname)
  return (
    <nav aria-label={t('nav.label')} className="servicedesk-nav">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <RouterLink asComponent={RouterLinkTarget} to={link.to}>
              {link.label}
            </RouterLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

import { useEffect, useState } from 'react'
import { Form, Link as RouterLinkTarget, NavLink, useLocation } from 'react-router'
import { Button, RouterLink } from 'suomifi-ui-components'

import type { RootUser } from '../root'
import { LanguageSwitcher } from './LanguageSwitcher'
import { useT } from '../i18n/useT'

/**
 * The e-service header: the service's name (a link home), the language switcher, and the
 * signed-in user's pages with sign-out (a form post), or a sign-in link. On a phone the
 * signed-in user's pages fold behind a menu button once the scripts run (without them the
 * pages stay in view), and fold again after each navigation.
 */
export const SiteHeader = ({ user }: { user: RootUser }) => {
  const t = useT('common')
  const location = useLocation()
  const isAuthority = user?.role === 'authority-user'
  const isCustomer = user?.role === 'customer'
  const returnTo = `${location.pathname}${location.search}`
  const [menu, setMenu] = useState<'static' | 'closed' | 'open'>('static')
  useEffect(() => setMenu('closed'), [location.key])
  const hasMenu = Boolean(user) && menu !== 'static'
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <RouterLink asComponent={RouterLinkTarget} to="/" className="service-name">
          <span className="service-name-title">{t('service.name')}</span>
          <span className="service-name-tagline">{t('service.tagline')}</span>
        </RouterLink>
        <LanguageSwitcher />
        {hasMenu && (
          <button
            type="button"
            className="site-menu-button"
            aria-expanded={menu === 'open'}
            aria-controls="site-nav"
            onClick={() => setMenu(menu === 'open' ? 'closed' : 'open')}
          >
            {t('nav.menu', { ns: 'account' })}
          </button>
        )}
      </div>
      <nav
        className="site-nav"
        id="site-nav"
        data-menu={hasMenu ? menu : undefined}
        aria-label={t('nav.label', { ns: 'account' })}
      >
        <ul className="site-nav-inner">
          {isCustomer && (
            <>
              <li>
                <NavLink to="/applications" end={false} className="site-nav-link">
                  {t('nav.applications', { ns: 'account' })}
                </NavLink>
              </li>
              <li>
                <NavLink to="/decisions" className="site-nav-link">
                  {t('nav.decisions', { ns: 'account' })}
                </NavLink>
              </li>
              <li>
                <NavLink to="/supervision" className="site-nav-link">
                  {t('nav.supervision', { ns: 'account' })}
                </NavLink>
              </li>
              <li>
                <NavLink to="/account/data" className="site-nav-link">
                  {t('nav.myData', { ns: 'account' })}
                </NavLink>
              </li>
            </>
          )}
          {isAuthority && (
            <li>
              <NavLink to="/authority" end={false} className="site-nav-link">
                {t('nav.authority', { ns: 'account' })}
              </NavLink>
            </li>
          )}
          {isCustomer && (
            <li className="site-nav-acting-for" data-testid="acting-for">
              {user.actingFor ? t('header.actingFor', { ns: 'account', name: user.actingFor }) : null}{' '}
              <NavLink to="/acting-for" className="site-nav-link">
                {user.actingFor
                  ? t('header.change', { ns: 'account' })
                  : t('actingFor.title', { ns: 'account' })}
              </NavLink>
            </li>
          )}
          <li className="site-nav-user">
            {user ? (
              <Form method="post" action={user.logoutAction} reloadDocument className="logout-form">
                <input type="hidden" name="returnTo" value="/" />
                <span className="signed-in-as">
                  {t('nav.signedInAs', { ns: 'account', name: user.name })}
                </span>
                <Button type="submit" variant="secondaryNoBorder" id="logout-submit">
                  {t('nav.logout', { ns: 'account' })}
                </Button>
              </Form>
            ) : (
              <NavLink
                to={`/login?returnTo=${encodeURIComponent(returnTo)}`}
                className="site-nav-link"
                id="login-link"
              >
                {t('nav.login', { ns: 'account' })}
              </NavLink>
            )}
          </li>
        </ul>
      </nav>
    </header>
  )
}

import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import {
  data,
  isRouteErrorResponse,
  Link as RouterLinkTarget,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
} from 'react-router'
import { Heading, Paragraph, RouterLink, SkipLink } from 'suomifi-ui-components'

import { MaintenanceBanner } from './components/MaintenanceBanner'
import { SiteFooter } from './components/SiteFooter'
import { SiteHeader } from './components/SiteHeader'
import { getLocale } from './i18n/i18next.server'
import { loadMessages } from './i18n/loadMessages'
import { isUiLocale } from './i18n/locales'
import { defaultNS } from './i18n/options'
import { loadMaintenance, type MaintenanceNotice } from './models/maintenance.server'
import { actingForOf } from './models/principal.server'
import { logoutActionOf, userOfRequest } from './models/session.server'
import type { Route } from './+types/root'
import './styles.css'
import { useT } from './i18n/useT'

/** A thrown response's headers (the maintenance page's Retry-After) reach the browser. */
export const headers: Route.HeadersFunction = ({ errorHeaders, loaderHeaders }) =>
  errorHeaders ?? loaderHeaders

export const links: Route.LinksFunction = () => [{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }]

export const loader = async ({ request, context }: Route.LoaderArgs) => {
  const locale = await getLocale(request)
  const [user, maintenance] = await Promise.all([
    userOfRequest(request, context.payload),
    loadMaintenance({ payload: context.payload, locale }),
  ])
  // During a break every page is the maintenance page (form posts are refused by the host).
  if (maintenance.active)
    throw data(
      { maintenance: maintenance.active },
      { status: 503, headers: { 'Retry-After': String(maintenance.secondsLeft) } },
    )
  return {
    locale,
    maintenance: maintenance.upcoming,
    // Only what the header shows: never the whole user record.
    user: user
      ? {
          name: user.name ?? user.email ?? '',
          role: user.role ?? null,
          actingFor: await actingForOf(context.payload, user),
          logoutAction: await logoutActionOf(request, context.payload),
        }
      : null,
  }
}

export type RootUser = Awaited<ReturnType<typeof loader>>['user']

export const Layout = ({ children }: { children: React.ReactNode }) => {
  const data = useRouteLoaderData<typeof loader>('root')
  const { t, i18n } = useTranslation()
  const locale = data?.locale ?? i18n.language
  useEffect(() => {
    if (i18n.language === locale || !isUiLocale(locale)) return
    let isCurrent = true
    // The browser holds only the language it started in: another is fetched on the switch.
    const switchTo = async () => {
      if (!i18n.hasResourceBundle(locale, defaultNS)) {
        const messages = await loadMessages(locale)
        for (const [namespace, bundle] of Object.entries(messages))
          i18n.addResourceBundle(locale, namespace, bundle, true, true)
      }
      if (isCurrent) await i18n.changeLanguage(locale)
    }
    void switchTo()
    return () => {
      isCurrent = false
    }
  }, [locale, i18n])
  useEffect(() => {
    // The page works before its scripts run; this tells (e.g. browser tests) when they have.
    document.documentElement.dataset.hydrated = 'true'
  }, [])
  return (
    <html lang={locale} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <SkipLink href="#main">{t('skipLink')}</SkipLink>
        <SiteHeader user={data?.user ?? null} />
        <MaintenanceBanner notices={data?.maintenance ?? []} />
        <main id="main" tabIndex={-1} className="site-main">
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useT('common')
  const isNotFound = isRouteErrorResponse(error) && error.status === 404
  if (!isRouteErrorResponse(error)) console.error(error)
  if (isRouteErrorResponse(error) && error.status === 503 && error.data?.maintenance)
    return (
      <>
        <title>{t('maintenance.pageTitle')}</title>
        <Heading variant="h1" mb="m">
          {t('maintenance.pageTitle')}
        </Heading>
        <Paragraph mb="m" data-testid="maintenance-page">
          {t('maintenance.pageText', { ends: (error.data.maintenance as MaintenanceNotice).endsText })}
        </Paragraph>
      </>
    )
  if (isRouteErrorResponse(error) && error.status === 403)
    return (
      <>
        <title>{t('forbidden.title', { ns: 'account' })}</title>
        <Heading variant="h1" mb="m">
          {t('forbidden.title', { ns: 'account' })}
        </Heading>
        <Paragraph mb="m">{t('forbidden.text', { ns: 'account' })}</Paragraph>
        <RouterLink asComponent={RouterLinkTarget} to="/">
          {t('errors.backHome')}
        </RouterLink>
      </>
    )
  if (isRouteErrorResponse(error) && (error.status === 400 || error.status === 415))
    return (
      <>
        <title>{t('errors.badFormTitle')}</title>
        <Heading variant="h1" mb="m">
          {t('errors.badFormTitle')}
        </Heading>
        <Paragraph mb="m">{t('errors.badFormText')}</Paragraph>
        <RouterLink asComponent={RouterLinkTarget} to="/">
          {t('errors.backHome')}
        </RouterLink>
      </>
    )
  return (
    <>
      <title>{isNotFound ? t('errors.notFoundTitle') : t('errors.genericTitle')}</title>
      <Heading variant="h1" mb="m">
        {isNotFound ? t('errors.notFoundTitle') : t('errors.genericTitle')}
      </Heading>
      <Paragraph mb="m">{isNotFound ? t('errors.notFoundText') : t('errors.genericText')}</Paragraph>
      <RouterLink asComponent={RouterLinkTarget} to="/">
        {t('errors.backHome')}
      </RouterLink>
    </>
  )
}

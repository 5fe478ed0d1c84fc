import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'

import { getFixedT, getLocale } from '../i18n/i18next.server'
import { loadActingFor, type Principal } from '../models/actingFor.server'
import { requireUser } from '../models/session.server'
import type { Route } from './+types/acting-for'

export const meta: Route.MetaFunction = ({ loaderData }) => (loaderData ? [{ title: loaderData.title }] : [])

/** Whom the customer acts for: themselves, or a principal verified with Suomi.fi Mandates. */
export const loader = async ({ request, context }: Route.LoaderArgs) => {
  const { payload } = context
  const user = await requireUser({ request, payload }, { roles: ['customer'] })
  const locale = await getLocale(request)
  const t = await getFixedT(locale, 'account')
  return {
    title: t('actingFor.metaTitle'),
    ...(await loadActingFor({
      payload,
      user,
      locale,
      outcome: new URL(request.url).searchParams.get('mandates'),
    })),
  }
}

const principalName = (principal: Principal, self: string) =>
  principal.kind === 'self' ? self : principal.name

export default function ActingFor({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('account')
  const { principal, mandates, outcome } = loaderData
  const location = useLocation()
  const returnTo = location.pathname
  const isCurrent = (mandate: (typeof mandates)[number]) =>
    principal.kind === 'organisation'
      ? String(principal.id) === mandate.organisationId
      : principal.kind === 'person' && principal.name === mandate.name && !mandate.organisationId
  return (
    <>
      <Heading variant="h1" mb="m">
        {t('actingFor.title')}
      </Heading>
      {outcome && (
        <InlineAlert status={outcome === 'granted' ? 'neutral' : 'warning'} mb="m" role="status">
          {t(`actingFor.outcomes.${outcome}`)}
        </InlineAlert>
      )}
      <Paragraph mb="l" data-testid="current-principal">
        {t('actingFor.current', { name: principalName(principal, t('actingFor.self')) })}
      </Paragraph>

      {principal.kind !== 'self' && (
        <form method="post" action="/mandates/principal" className="acting-for-form">
          <input type="hidden" name="principal" value="self" />
          <input type="hidden" name="returnTo" value={returnTo} />
          <Button type="submit" variant="secondary">
            {t('actingFor.selfOption')}
          </Button>
        </form>
      )}

      {mandates.length > 0 && (
        <section aria-labelledby="verified-heading">
          <Heading variant="h2" id="verified-heading" mb="s">
            {t('actingFor.verifiedHeading')}
          </Heading>
          <ul className="mandate-list">
            {mandates.map((mandate) => (
              <li key={mandate.id}>
                <span className="mandate-name">{mandate.name}</span>{' '}
                <span className="mandate-valid">
                  {t('actingFor.validUntil', { date: mandate.validUntil })}
                </span>
                {isCurrent(mandate) ? (
                  <strong className="mandate-in-use">{t('actingFor.inUse')}</strong>
                ) : (
                  <form method="post" action="/mandates/principal" className="acting-for-form">
                    <input type="hidden" name="principal" value={mandate.id} />
                    <input type="hidden" name="returnTo" value={returnTo} />
                    <Button type="submit" variant="secondary">
                      {t('actingFor.use', { name: mandate.name })}
                    </Button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {(
        [
          ['ypa', 'organisation'],
          ['hpa', 'person'],
        ] as const
      ).map(([kind, key]) => (
        <section key={kind} aria-labelledby={`${kind}-heading`} className="acting-for-choice">
          <Heading variant="h2" id={`${kind}-heading`} mb="s">
            {t(`actingFor.${key}Heading`)}
          </Heading>
          <Paragraph mb="s">{t(`actingFor.${key}Text`)}</Paragraph>
          <form method="post" action={`/mandates/${kind}/start`}>
            <input type="hidden" name="returnTo" value={returnTo} />
            <input type="hidden" name="lang" value={i18n.language} />
            <Button type="submit" id={`${kind}-start`}>
              {t(`actingFor.${key}Start`)}
            </Button>
          </form>
        </section>
      ))}
    </>
  )
}

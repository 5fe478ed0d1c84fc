import { Link as RouterLinkTarget } from 'react-router'
import { Heading, Link, Paragraph, RouterLink } from 'suomifi-ui-components'

import { getFixedT, getLocale } from '../i18n/i18next.server'
import { listDecisions } from '../models/decisions.server'
import { requireUser } from '../models/session.server'
import '../styles/applications.css'
import type { Route } from './+types/decisions'
import { useT } from '../i18n/useT'

export const meta: Route.MetaFunction = ({ loaderData }) =>
  loaderData ? [{ title: loaderData.metaTitle }] : []

// Personal data: never kept by the browser or anything in between.
export const headers: Route.HeadersFunction = () => ({ 'Cache-Control': 'no-store' })

export const loader = async ({ request, context }: Route.LoaderArgs) => {
  const user = await requireUser({ request, payload: context.payload }, { roles: ['customer'] })
  const locale = await getLocale(request)
  const t = await getFixedT(locale, 'applications')
  return {
    decisions: await listDecisions({ payload: context.payload, user, locale }),
    metaTitle: t('decisions.metaTitle'),
  }
}

/** Every decision on the user's applications in one list, newest first. */
export default function Decisions({ loaderData }: Route.ComponentProps) {
  const t = useT('applications')
  const { decisions } = loaderData
  return (
    <>
      <Heading variant="h1" mb="m">
        {t('decisions.title')}
      </Heading>
      <Paragraph mb="l">{t('decisions.intro')}</Paragraph>
      {decisions.length === 0 ? (
        <Paragraph>{t('decisions.none')}</Paragraph>
      ) : (
        <ul className="decision-list" data-testid="decisions">
          {decisions.map((decision) => {
            const headingId = `decision-${decision.id}-heading`
            return (
              <li key={decision.id}>
                <article
                  className="decision-card"
                  aria-labelledby={headingId}
                  data-outcome={decision.outcome}
                >
                  <Heading variant="h3" as="h2" id={headingId} className="decision-card-heading" mb="xs">
                    {decision.permitTypeName}
                  </Heading>
                  <dl className="case-facts">
                    <dt>{t('decisions.outcome')}</dt>
                    <dd className="decision-outcome">
                      <strong>{decision.outcomeText}</strong>
                      {decision.isCorrection && ` (${t('decisions.corrected')})`}
                    </dd>
                    <dt>{t('decisions.authority')}</dt>
                    <dd>{decision.authorityName}</dd>
                    <dt>{t('decisions.date')}</dt>
                    <dd>{decision.decidedAtText}</dd>
                    <dt>{t('decisions.caseNumber')}</dt>
                    <dd>{decision.caseNumber}</dd>
                    <dt>{t('decisions.summary')}</dt>
                    <dd>{decision.summary}</dd>
                  </dl>
                  <ul className="application-links">
                    {decision.document && (
                      <li>
                        <Link href={decision.document.href}>
                          {t('decision.document', { name: decision.document.name })}
                        </Link>
                      </li>
                    )}
                    <li>
                      <RouterLink
                        asComponent={RouterLinkTarget}
                        to={`/applications/${decision.application.id}`}
                      >
                        {t('decisions.applicationLink', { title: decision.application.title })}
                      </RouterLink>
                    </li>
                  </ul>
                </article>
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}

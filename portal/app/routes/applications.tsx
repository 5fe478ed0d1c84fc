import { Link as RouterLinkTarget } from 'react-router'
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components'

import { ApplicationCard } from '../components/ApplicationCard'
import { getFixedT, getLocale } from '../i18n/i18next.server'
import { listApplications } from '../models/applications.server'
import { requireUser } from '../models/session.server'
import '../styles/applications.css'
import type { Route } from './+types/applications'
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
    ...(await listApplications({ payload: context.payload, user, locale })),
    metaTitle: t('list.metaTitle'),
  }
}

/** "My applications": drafts to continue and submitted applications to follow, the user's own and their organisations'. */
export default function Applications({ loaderData }: Route.ComponentProps) {
  const t = useT('applications')
  const { drafts, submitted } = loaderData
  return (
    <>
      <Heading variant="h1" mb="m">
        {t('list.title')}
      </Heading>
      <Paragraph mb="m">{t('list.intro')}</Paragraph>
      <p className="application-start">
        <RouterLink asComponent={RouterLinkTarget} to="/">
          {t('list.start')}
        </RouterLink>
      </p>

      <section aria-labelledby="submitted-heading">
        <Heading variant="h2" id="submitted-heading" mb="s">
          {t('list.submittedHeading', { count: submitted.length })}
        </Heading>
        {submitted.length === 0 ? (
          <Paragraph mb="l">{t('list.noneSubmitted')}</Paragraph>
        ) : (
          <ul className="application-list" data-testid="submitted-applications">
            {submitted.map((item) => (
              <li key={item.id}>
                <ApplicationCard item={item} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="drafts-heading">
        <Heading variant="h2" id="drafts-heading" mb="s">
          {t('list.draftsHeading', { count: drafts.length })}
        </Heading>
        {drafts.length === 0 ? (
          <Paragraph mb="l">{t('list.noDrafts')}</Paragraph>
        ) : (
          <ul className="application-list" data-testid="draft-applications">
            {drafts.map((item) => (
              <li key={item.id}>
                <ApplicationCard item={item} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}

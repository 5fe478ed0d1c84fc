import { useEffect, useRef } from 'react'
import { Link as RouterLinkTarget, redirect, useLocation } from 'react-router'
import { Heading, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components'

import { ApplicationLiveRegion } from '../components/ApplicationLiveRegion'
import { ApplicationTimeline } from '../components/ApplicationTimeline'
import { CaseCard } from '../components/CaseCard'
import { CaseMessageList } from '../components/CaseMessages'
import { SupplementRequestsToAnswer } from '../components/CaseSupplementAnswer'
import { ErrorSummary } from '../components/ErrorSummary'
import { getFixedT, getLocale } from '../i18n/i18next.server'
import { loadApplicationView } from '../models/applications.server'
import { handleApplicationAction } from '../models/applicationsActions.server'
import { doneNotices, doneParam, type DoneNotice } from '../models/applicationsForms'
import { requireUser } from '../models/session.server'
import '../styles/applications.css'
import type { Route } from './+types/application'
import { useT } from '../i18n/useT'

export const meta: Route.MetaFunction = ({ loaderData }) =>
  loaderData ? [{ title: loaderData.metaTitle }] : []

// Personal data: never kept by the browser or anything in between.
export const headers: Route.HeadersFunction = () => ({ 'Cache-Control': 'no-store' })

export const loader = async ({ request, params, context }: Route.LoaderArgs) => {
  const user = await requireUser({ request, payload: context.payload }, { roles: ['customer'] })
  const locale = await getLocale(request)
  const view = await loadApplicationView({ payload: context.payload, user, id: params.id, locale })
  if (view.isDraft) throw redirect(`/applications/${encodeURIComponent(view.id)}/edit`)
  const t = await getFixedT(locale, 'applications')
  const done = new URL(request.url).searchParams.get(doneParam)
  return {
    view,
    metaTitle: t('view.metaTitle', { title: view.title }),
    done: doneNotices.includes(done as DoneNotice) ? (done as DoneNotice) : null,
  }
}

export const action = async ({ request, params, context }: Route.ActionArgs) => {
  const user = await requireUser({ request, payload: context.payload }, { roles: ['customer'] })
  return handleApplicationAction({
    request,
    payload: context.payload,
    user,
    id: params.id,
    locale: await getLocale(request),
  })
}

/**
 * The one view of a submitted application: every case with its authority, status,
 * delivery receipt, expected decision date, history, messages and decisions; the open
 * supplement requests first, with their answer forms. The page keeps itself up to date
 * (see ApplicationLiveRegion). After a post, focus goes to the notice or the errors.
 */
export default function Application({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT('applications')
  const { view, done } = loaderData
  const failure = actionData ?? null
  const location = useLocation()
  const noticeRef = useRef<HTMLDivElement>(null)
  const errorHeadingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if (failure) errorHeadingRef.current?.focus()
    else if (done) noticeRef.current?.focus()
    // Once per page shown: on load and after each post (a new location or a new answer).
  }, [location.key, failure, done])

  return (
    <>
      <Paragraph className="page-overline" mb="xxs">
        {view.bundleName}
      </Paragraph>
      <Heading variant="h1" mb="m">
        {view.title}
      </Heading>

      {done && (
        <InlineAlert
          status="neutral"
          className="done-notice"
          id="notice"
          tabIndex={-1}
          ref={noticeRef}
          mb="m"
        >
          {t(`notice.${done}`)}
        </InlineAlert>
      )}
      {failure && failure.errors.length > 0 && (
        <ErrorSummary
          headingRef={errorHeadingRef}
          errors={failure.errors.map((error) => ({
            focusId: error.focusId,
            label: t(`errors.fields.${error.field}`),
            message: error.message,
          }))}
        />
      )}

      <dl className="application-facts">
        <dt>{t('view.receiptNumber')}</dt>
        <dd>{view.receiptNumber}</dd>
        <dt>{t('view.submittedAt')}</dt>
        <dd>{view.submittedAtText}</dd>
        {view.onBehalfOf && (
          <>
            <dt>{t('view.onBehalfOf')}</dt>
            <dd className="application-on-behalf-of">{view.onBehalfOf}</dd>
          </>
        )}
      </dl>
      <ul className="application-links">
        <li>
          <RouterLink asComponent={RouterLinkTarget} to={`/applications/${view.id}/receipt`}>
            {t('view.receiptLink')}
          </RouterLink>
        </li>
        {view.canChange && (
          <li>
            <RouterLink asComponent={RouterLinkTarget} to={`/applications/${view.id}/change`}>
              {t('view.changeLink')}
            </RouterLink>
          </li>
        )}
      </ul>

      <section aria-labelledby="progress-heading" className="application-progress-section">
        <Heading variant="h2" id="progress-heading" mb="xs">
          {t('view.progressHeading')}
        </Heading>
        <p className="application-progress" data-testid="progress">
          {t('summary.decided', { decided: view.summary.decided, total: view.summary.total })}
        </p>
        <ApplicationLiveRegion view={view} />
      </section>

      <SupplementRequestsToAnswer cases={view.cases} failure={failure} formKey={location.key} />

      <ApplicationTimeline entries={view.timeline} />

      <section aria-labelledby="cases-heading">
        <Heading variant="h2" id="cases-heading" mb="s">
          {t('view.casesHeading', { count: view.cases.length })}
        </Heading>
        <ul className="case-list">
          {view.cases.map((item) => (
            <li key={`${item.id}-${location.key}`}>
              <CaseCard item={item} failure={failure} />
            </li>
          ))}
        </ul>
      </section>

      {view.messages.length > 0 && (
        <section aria-labelledby="application-messages-heading" className="application-messages">
          <Heading variant="h2" id="application-messages-heading" mb="s">
            {t('view.applicationMessagesHeading')}
          </Heading>
          <CaseMessageList messages={view.messages} />
        </section>
      )}
    </>
  )
}

import { useEffect, useRef } from 'react'
import { data, Link as RouterLinkTarget, redirect, useLocation } from 'react-router'
import { Heading, InlineAlert, Link, Paragraph, RouterLink } from 'suomifi-ui-components'

import { AuthorityCaseActions } from '../components/AuthorityCaseActions'
import { AuthorityCaseRecord } from '../components/AuthorityCaseRecord'
import { ErrorSummary } from '../components/ErrorSummary'
import { getFixedT, getLocale } from '../i18n/i18next.server'
import { auditCaseAccess, requireAuthorityUser } from '../models/authority.server'
import { isCaseActionIntent, runCaseAction } from '../models/authorityActions.server'
import { loadAuthorityCase } from '../models/authorityCase.server'
import '../styles/authority.css'
import type { Route } from './+types/authority-case'
import { useT } from '../i18n/useT'

/** Refusals of actions without a form of their own (the whole page's, a request's buttons): shown at the top. */
const isPageLevel = (intent: string | null) =>
  intent === null || intent === 'supplement-cancel' || intent === 'supplement-remind'

export const meta: Route.MetaFunction = ({ loaderData }) => (loaderData ? [{ title: loaderData.title }] : [])

export const headers: Route.HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' })

export const loader = async ({ request, params, context }: Route.LoaderArgs) => {
  const user = await requireAuthorityUser({ request, payload: context.payload })
  const locale = await getLocale(request)
  const t = await getFixedT(locale, 'authority')
  const page = await loadAuthorityCase({
    payload: context.payload,
    user,
    id: params.id,
    locale,
    yesNo: { yes: t('values.yes'), no: t('values.no') },
  })
  await auditCaseAccess({ payload: context.payload, user, request, action: 'read', caseId: page.case.id })
  const done = new URL(request.url).searchParams.get('done')
  return {
    page,
    done: isCaseActionIntent(done) ? done : null,
    title: t('case.metaTitle', { caseNumber: page.case.caseNumber }),
  }
}

/** Every action of the page posts here; a done action redirects back (post/redirect/get). */
export const action = async ({ request, params, context }: Route.ActionArgs) => {
  const user = await requireAuthorityUser({ request, payload: context.payload })
  const locale = await getLocale(request)
  const t = await getFixedT(locale, 'authority')
  const result = await runCaseAction({ payload: context.payload, user, id: params.id, request, locale, t })
  if (result.isDone)
    return redirect(`/authority/cases/${encodeURIComponent(params.id)}?done=${result.intent}`)
  return data(result, { status: 400 })
}

/**
 * One case of the authority: its facts, downloads, the actions allowed now, and what is
 * known of it (data, attachments, supplements, decisions, messages, the application's
 * other cases, history). After a done action the confirmation takes focus.
 */
export default function AuthorityCase({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT('authority')
  const { page } = loaderData
  const { case: caseView } = page
  // A refused post leaves the earlier confirmation behind: its errors are the news now.
  const done = actionData ? null : loaderData.done
  const location = useLocation()
  const noticeRef = useRef<HTMLDivElement>(null)
  const formErrorRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (done) noticeRef.current?.focus()
  }, [location.key, done])
  useEffect(() => {
    if (actionData && isPageLevel(actionData.intent)) formErrorRef.current?.focus()
  }, [actionData])
  const facts: [string, string | null][] = [
    [t('case.status'), caseView.statusLabel],
    [t('case.handler'), caseView.handlerName ?? t('fields.noHandler')],
    [t('case.outcome'), caseView.outcomeLabel],
    [t('case.applicant'), caseView.applicantName],
    [t('case.receiptNumber'), caseView.applicationReceiptNumber],
    [t('case.submittedAt'), caseView.submittedAt],
    [t('case.openedAt'), caseView.openedAt],
    [t('case.receivedAt'), caseView.receivedAt],
    [t('case.expectedDecision'), caseView.expectedDecisionOn],
    [t('case.decidedAt'), caseView.decidedAt],
    [t('case.externalReference'), caseView.externalReference],
    [t('case.deliveryState'), caseView.deliveryState],
  ]
  const base = `/authority/cases/${encodeURIComponent(caseView.id)}`
  return (
    <>
      <RouterLink asComponent={RouterLinkTarget} to="/authority" className="authority-back">
        {t('case.backToInbox')}
      </RouterLink>
      <Paragraph className="page-overline" mb="xxs" mt="m">
        {caseView.permitType}
      </Paragraph>
      <Heading variant="h1" mb="m">
        {t('case.title', { caseNumber: caseView.caseNumber })}
      </Heading>

      {done && (
        <div ref={noticeRef} tabIndex={-1} role="status" className="authority-notice" data-testid="notice">
          <InlineAlert status="neutral" labelText={t('notices.title')} mb="m">
            {t(`notices.${done}`)}
          </InlineAlert>
        </div>
      )}
      {actionData && isPageLevel(actionData.intent) && (
        <ErrorSummary errors={actionData.errors} headingRef={formErrorRef} />
      )}

      <section aria-labelledby="summary-heading" className="authority-section">
        <Heading variant="h2" id="summary-heading" mb="s">
          {t('case.summaryHeading')}
        </Heading>
        <dl className="authority-facts" data-testid="case-facts">
          {facts
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label} className="authority-fact">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
        <ul className="authority-downloads" aria-label={t('case.downloadsHeading')}>
          <li>
            <Link href={`${base}/export.pdf`}>{t('case.downloadPdf')}</Link>
          </li>
          <li>
            <Link href={`${base}/export.json`}>{t('case.downloadJson')}</Link>
          </li>
        </ul>
      </section>

      <AuthorityCaseActions actions={page.actions} result={actionData} formAction={base} key={location.key} />
      <AuthorityCaseRecord page={page} formAction={base} />
    </>
  )
}

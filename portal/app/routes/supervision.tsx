import { useEffect, useRef } from 'react'
import { data, Form, redirect, useLocation, useNavigation } from 'react-router'
import { Button, Heading, InlineAlert, Paragraph, Textarea } from 'suomifi-ui-components'

import { getFixedT, getLocale } from '../i18n/i18next.server'
import { useT } from '../i18n/useT'
import { readForm } from '../models/readForm.server'
import { requireUser } from '../models/session.server'
import type { SupervisionAnswerFailure, SupervisionCaseItem } from '../models/supervision.server'
import { answerSupervisionCase, listSupervision } from '../models/supervision.server'
import '../styles/applications.css'
import type { Route } from './+types/supervision'

const doneParam = 'answered'

export const meta: Route.MetaFunction = ({ loaderData }) =>
  loaderData ? [{ title: loaderData.metaTitle }] : []

// Personal data: never kept by the browser or anything in between.
export const headers: Route.HeadersFunction = () => ({ 'Cache-Control': 'no-store' })

export const loader = async ({ request, context }: Route.LoaderArgs) => {
  const user = await requireUser({ request, payload: context.payload }, { roles: ['customer'] })
  const locale = await getLocale(request)
  const t = await getFixedT(locale, 'applications')
  return {
    objects: await listSupervision({ payload: context.payload, user, locale }),
    done: new URL(request.url).searchParams.get(doneParam),
    metaTitle: t('supervision.metaTitle'),
  }
}

/** An answer or an acknowledgement; then back to the list (post, redirect, get). */
export const action = async ({ request, context }: Route.ActionArgs) => {
  const user = await requireUser({ request, payload: context.payload }, { roles: ['customer'] })
  const form = await readForm(request)
  const caseId = String(form.get('case') ?? '')
  const answer = String(form.get('answer') ?? '')
  const failure = await answerSupervisionCase({
    payload: context.payload,
    user,
    caseId,
    answer,
    locale: await getLocale(request),
  })
  if (failure) return data(failure, { status: 400 })
  return redirect(`/supervision?${doneParam}=${encodeURIComponent(caseId)}`)
}

/**
 * The customer's supervision: every object the authorities supervise for them (or for the
 * organisation they act for) with its guidance, inspections, deviations and feedback, what
 * is expected of them and by when, and the forms to acknowledge or answer. After a post,
 * focus goes to the notice or to the field at fault.
 */
export default function Supervision({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT('applications')
  const { objects, done } = loaderData
  const location = useLocation()
  const noticeRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (done && !actionData) noticeRef.current?.focus()
  }, [location.key, done, actionData])
  return (
    <>
      <Heading variant="h1" mb="m">
        {t('supervision.title')}
      </Heading>
      <Paragraph mb="l">{t('supervision.intro')}</Paragraph>
      {done && !actionData && (
        <div ref={noticeRef} tabIndex={-1} className="action-notice" role="status">
          <InlineAlert status="neutral" mb="m">
            {t('supervision.answered')}
          </InlineAlert>
        </div>
      )}
      {objects.length === 0 ? (
        <Paragraph>{t('supervision.none')}</Paragraph>
      ) : (
        <ul className="decision-list" data-testid="supervision">
          {objects.map((object) => {
            const headingId = `object-${object.id}-heading`
            return (
              <li key={object.id}>
                <section className="decision-card" aria-labelledby={headingId}>
                  <Heading variant="h2" id={headingId} className="decision-card-heading" mb="xs">
                    {object.name}
                  </Heading>
                  <dl className="case-facts">
                    <dt>{t('supervision.objectKind')}</dt>
                    <dd>{object.kindText}</dd>
                    {object.place && (
                      <>
                        <dt>{t('supervision.place')}</dt>
                        <dd>{object.place}</dd>
                      </>
                    )}
                    {object.periodText && (
                      <>
                        <dt>{t('supervision.period')}</dt>
                        <dd>{object.periodText}</dd>
                      </>
                    )}
                  </dl>
                  {object.cases.length === 0 ? (
                    <Paragraph>{t('supervision.noCases')}</Paragraph>
                  ) : (
                    object.cases.map((item) => (
                      <SupervisionCase key={item.id} item={item} failure={actionData ?? null} />
                    ))
                  )}
                </section>
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}

/** One supervision case: what the authority said or found, and what is expected now. */
const SupervisionCase = ({
  item,
  failure,
}: {
  item: SupervisionCaseItem
  failure: SupervisionAnswerFailure | null
}) => {
  const t = useT('applications')
  const navigation = useNavigation()
  const headingId = `supervision-case-${item.id}-heading`
  const answerId = `supervision-answer-${item.id}`
  const isMine = failure?.caseId === item.id
  const isSending = navigation.state === 'submitting' && navigation.formData?.get('case') === item.id
  return (
    <article
      className="supplement-request"
      id={`supervision-case-${item.id}`}
      aria-labelledby={headingId}
      data-status={item.status}
      data-overdue={item.isOverdue || undefined}
    >
      <Heading variant="h3" id={headingId} mb="xs">
        {t('supervision.caseHeading', { kind: item.kindText, title: item.title })}
      </Heading>
      <dl className="case-facts">
        <dt>{t('supervision.authority')}</dt>
        <dd>{item.authorityName}</dd>
        <dt>{t('supervision.status')}</dt>
        <dd>{item.statusText}</dd>
        {item.plannedText && (
          <>
            <dt>{t('supervision.planned')}</dt>
            <dd>{item.plannedText}</dd>
          </>
        )}
        {item.inspectedText && (
          <>
            <dt>{t('supervision.inspected')}</dt>
            <dd>{item.inspectedText}</dd>
          </>
        )}
        {item.deadlineText && (
          <>
            <dt>{t('supervision.deadline')}</dt>
            <dd>{item.deadlineText}</dd>
          </>
        )}
      </dl>
      {item.isOverdue && (
        <InlineAlert status="warning" mb="s">
          {t('supervision.overdue')}
        </InlineAlert>
      )}
      {item.body && <p className="supplement-what">{item.body}</p>}
      {item.findings.length > 0 && (
        <>
          <Heading variant="h4" as="h4" mb="xxs">
            {t('supervision.findings')}
          </Heading>
          <ul>
            {item.findings.map((finding, index) => (
              <li key={index} data-severity={finding.severity}>
                {finding.observation} ({finding.severityText})
              </li>
            ))}
          </ul>
        </>
      )}
      {item.correction && (
        <>
          <Heading variant="h4" as="h4" mb="xxs">
            {t('supervision.correction')}
          </Heading>
          <p className="supplement-what">{item.correction}</p>
        </>
      )}
      {item.howToShow && (
        <>
          <Heading variant="h4" as="h4" mb="xxs">
            {t('supervision.howToShow')}
          </Heading>
          <p className="supplement-what">{item.howToShow}</p>
        </>
      )}
      {item.answer && item.expectation !== 'answer' && (
        <>
          <Heading variant="h4" as="h4" mb="xxs">
            {t('supervision.yourAnswer')}
          </Heading>
          <p className="supplement-what">{item.answer}</p>
        </>
      )}
      {item.expectation === 'waiting' && <Paragraph mb="s">{t('supervision.waiting')}</Paragraph>}
      {(item.expectation === 'answer' || item.expectation === 'acknowledge') && (
        <Form method="post" className="supplement-form" noValidate>
          <input type="hidden" name="case" value={item.id} />
          <Textarea
            id={answerId}
            name="answer"
            labelText={t(
              item.expectation === 'answer' ? 'supervision.answerLabel' : 'supervision.acknowledgeLabel',
            )}
            optionalText={item.expectation === 'acknowledge' ? t('supplement.optional') : undefined}
            defaultValue={isMine ? failure.answer : ''}
            status={isMine ? 'error' : 'default'}
            statusText={isMine ? failure.message : undefined}
            autoFocus={isMine}
            fullWidth
            mb="m"
          />
          <Button type="submit" disabled={isSending}>
            {t(item.expectation === 'answer' ? 'supervision.send' : 'supervision.acknowledge')}
          </Button>
        </Form>
      )}
    </article>
  )
}

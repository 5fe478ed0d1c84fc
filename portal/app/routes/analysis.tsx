import { useEffect, useRef } from 'react'
import { data, Form, Link as RouterLinkTarget, useLocation, useNavigation } from 'react-router'
import { Button, Heading, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components'

import { DeadlinePlan } from '../components/DeadlinePlan'
import { ErrorSummary } from '../components/ErrorSummary'
import { PermitResult } from '../components/PermitResult'
import { PreviewBanner } from '../components/PreviewBanner'
import { QuestionField } from '../components/QuestionField'
import { getFixedT, getLocale } from '../i18n/i18next.server'
import { loadAnalysisPage } from '../models/analysis.server'
import { applicationParam, previewParam, submittedParam } from '../models/analysisParams'
import { staffPreviewerOf } from '../models/session.server'
import type { Route } from './+types/analysis'
import { useT } from '../i18n/useT'

export const meta: Route.MetaFunction = ({ loaderData }) => (loaderData ? [{ title: loaderData.title }] : [])

/** A staff preview is for the signed-in previewer only: no cache keeps it (see the loader). */
export const headers: Route.HeadersFunction = ({ parentHeaders, loaderHeaders }) =>
  new Headers([...parentHeaders, ...loaderHeaders])

export const loader = async ({ request, params, context }: Route.LoaderArgs) => {
  const locale = await getLocale(request)
  const page = await loadAnalysisPage({
    payload: context.payload,
    bundleKey: params.bundle,
    locale,
    params: new URL(request.url).searchParams,
    previewer: await staffPreviewerOf({ request, payload: context.payload }),
  })
  const t = await getFixedT(locale)
  const title = t('analysis.metaTitle', { bundle: page.bundle.name })
  return data(
    { ...page, title: page.errors.length > 0 ? t('analysis.metaTitleErrors', { title }) : title },
    page.preview ? { headers: { 'Cache-Control': 'private, no-store' } } : undefined,
  )
}

/**
 * The permit analysis: a GET form to this route's loader, so that it works without
 * JavaScript and a result can be bookmarked or shared. After a submit, focus moves to the
 * error summary or to the result.
 */
export default function Analysis({ loaderData }: Route.ComponentProps) {
  const t = useT('common')
  const { bundle, wording, preview, startDateQuestion, questions, errors, result, changingApplication } =
    loaderData
  const location = useLocation()
  const navigation = useNavigation()
  const errorHeadingRef = useRef<HTMLHeadingElement>(null)
  const resultHeadingRef = useRef<HTMLHeadingElement>(null)

  // Once per page shown: on load and after each submit (a new location).
  const focusTarget = errors.length > 0 ? errorHeadingRef : result ? resultHeadingRef : null
  useEffect(() => {
    focusTarget?.current?.focus()
  }, [location.key, focusTarget])

  const isSubmitting = navigation.state !== 'idle' && navigation.location?.pathname === location.pathname
  return (
    <>
      <Paragraph className="page-overline" mb="xxs">
        {t('analysis.overline')}
      </Paragraph>
      <Heading variant="h1" mb="m">
        {bundle.name}
      </Heading>
      {preview && !preview.isPublished && <PreviewBanner />}

      {errors.length > 0 && <ErrorSummary errors={errors} headingRef={errorHeadingRef} />}

      {result ? (
        <section className="analysis-result" aria-labelledby="result-heading">
          <Heading variant="h2" id="result-heading" tabIndex={-1} ref={resultHeadingRef} mb="s">
            {t('analysis.result.heading')}
          </Heading>
          <Paragraph mb="m" className="result-summary">
            {t('analysis.result.summary', {
              count: result.needed.length,
              total: result.needed.length + result.notNeeded.length,
            })}
          </Paragraph>
          {result.unansweredCount > 0 && (
            <InlineAlert status="neutral" mb="m">
              {t('analysis.result.unanswered', { count: result.unansweredCount })}
            </InlineAlert>
          )}
          {result.plan ? (
            <DeadlinePlan plan={result.plan} deadlineSubject={wording.deadlineSubject} />
          ) : (
            result.needed.length > 0 &&
            startDateQuestion && (
              <InlineAlert status="neutral" mb="m">
                {t('analysis.plan.noStartDate', { question: startDateQuestion })}
              </InlineAlert>
            )
          )}
          {result.needed.length > 0 && (
            <div className="start-application">
              <RouterLink
                asComponent={RouterLinkTarget}
                to={result.startApplicationHref}
                reloadDocument
                className="button-link start-application-link"
              >
                {changingApplication
                  ? t('changeAnswers.continue', { ns: 'wizard' })
                  : t('analysis.result.startApplication')}
              </RouterLink>
              <Paragraph className="start-application-hint">
                {changingApplication
                  ? t('changeAnswers.continueHint', { ns: 'wizard' })
                  : t('analysis.result.startApplicationHint')}
              </Paragraph>
            </div>
          )}

          <section aria-labelledby="needed-heading">
            <Heading variant="h2" as="h3" id="needed-heading" mb="s">
              {t('analysis.result.neededHeading', { count: result.needed.length })}
            </Heading>
            {result.needed.length === 0 ? (
              <Paragraph mb="m">{t('analysis.result.noneNeeded')}</Paragraph>
            ) : (
              <ul className="permit-list" data-testid="needed-permits">
                {result.needed.map((permit) => (
                  <li key={permit.permitType}>
                    <PermitResult permit={permit} deadlineSubject={wording.deadlineSubject} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          {result.notNeeded.length > 0 && (
            <section aria-labelledby="not-needed-heading">
              <Heading variant="h2" as="h3" id="not-needed-heading" mb="s">
                {t('analysis.result.notNeededHeading', { count: result.notNeeded.length })}
              </Heading>
              <ul className="permit-list" data-testid="not-needed-permits">
                {result.notNeeded.map((permit) => (
                  <li key={permit.permitType}>
                    <PermitResult permit={permit} deadlineSubject={wording.deadlineSubject} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </section>
      ) : (
        errors.length === 0 && (
          <>
            <Paragraph mb="s">{bundle.description}</Paragraph>
            <Paragraph mb="l">{wording.analysisIntro}</Paragraph>
          </>
        )
      )}

      <section aria-labelledby="questions-heading" className="analysis-questions">
        <Heading variant="h2" id="questions-heading" mb="m">
          {result ? t('analysis.form.changeHeading') : wording.analysisHeading}
        </Heading>
        <Form method="get" noValidate key={location.search} className="analysis-form">
          <input type="hidden" name={submittedParam} value="1" />
          {changingApplication && <input type="hidden" name={applicationParam} value={changingApplication} />}
          {preview && <input type="hidden" name={previewParam} value="1" />}
          {questions.map((question) => (
            <QuestionField key={question.key} question={question} />
          ))}
          <Button type="submit" id="analysis-submit" disabled={isSubmitting}>
            {t('analysis.form.submit')}
          </Button>
        </Form>
      </section>
    </>
  )
}

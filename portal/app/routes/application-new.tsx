import { useEffect, useRef } from 'react'
import { data, Form, Link as RouterLinkTarget, redirect, useNavigation } from 'react-router'
import {
  Button,
  Heading,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
} from 'suomifi-ui-components'

import { ErrorSummary } from '../components/ErrorSummary'
import { PreviewBanner } from '../components/PreviewBanner'
import { usePreHydrationChoice } from '../components/usePreHydrationChoice'
import { getFixedT, getLocale } from '../i18n/i18next.server'
import { applicationParam } from '../models/analysisParams'
import { requireUser, staffPreviewerOf } from '../models/session.server'
import { readPostedForm } from '../models/wizardPost.server'
import { onBehalfOfField, selfValue } from '../models/wizardForms'
import {
  loadStartPage,
  loadStartPreview,
  startApplication,
  type StartPage,
  type StartPreview,
} from '../models/wizardNew.server'
import type { Route } from './+types/application-new'
import '../styles/wizard.css'
import { useT } from '../i18n/useT'

const titleOf = async (request: Request, page: StartPage) => {
  const t = await getFixedT(await getLocale(request), 'wizard')
  const title = page.changing
    ? t('start.changeMetaTitle', { title: page.changing.title })
    : t('start.metaTitle', { bundle: page.bundle.name })
  return page.error ? t('edit.metaTitleErrors', { title }) : title
}

/** A staff preview is for the signed-in previewer only: no cache keeps it (see the loader). */
export const headers: Route.HeadersFunction = ({ parentHeaders, loaderHeaders }) =>
  new Headers([...parentHeaders, ...loaderHeaders])

export const loader = async ({ request, context }: Route.LoaderArgs) => {
  const previewer = await staffPreviewerOf({ request, payload: context.payload })
  if (previewer) {
    const page = await loadStartPreview({
      payload: context.payload,
      user: previewer,
      locale: await getLocale(request),
      params: new URL(request.url).searchParams,
    })
    return data(
      { page, title: await titleOf(request, page) },
      { headers: { 'Cache-Control': 'private, no-store' } },
    )
  }
  const user = await requireUser({ request, payload: context.payload }, { roles: ['customer'] })
  const page = await loadStartPage({
    payload: context.payload,
    user,
    locale: await getLocale(request),
    params: new URL(request.url).searchParams,
  })
  return { page, title: await titleOf(request, page) }
}

/** Creates the draft (or gives a draft its changed answers) and opens the wizard. */
export const action = async ({ request, context }: Route.ActionArgs) => {
  const user = await requireUser({ request, payload: context.payload }, { roles: ['customer'] })
  const posted = await readPostedForm(request)
  if (!posted.form) throw data(null, { status: 413 })
  const result = await startApplication({
    payload: context.payload,
    user,
    locale: await getLocale(request),
    form: posted.form,
  })
  if (result.kind === 'redirect') return redirect(result.to)
  return data({ page: result.page, title: await titleOf(request, result.page) }, { status: 400 })
}

const OnBehalfOfChoice = ({ page }: { page: StartPage }) => {
  const t = useT('wizard')
  const [values, setValues] = usePreHydrationChoice(onBehalfOfField, page.onBehalfOf ? [page.onBehalfOf] : [])
  return (
    <RadioButtonGroup
      id="on-behalf-of"
      name={onBehalfOfField}
      labelText={t('start.onBehalfOfLegend')}
      groupHintText={t('start.onBehalfOfHint')}
      groupStatus={page.error ? 'error' : 'default'}
      groupStatusText={page.error ?? undefined}
      value={values[0] ?? ''}
      onChange={(value) => setValues([value])}
      mb="l"
    >
      <RadioButton
        id="on-behalf-of-0"
        value={selfValue}
        aria-describedby={page.error ? 'on-behalf-of-statusText' : undefined}
      >
        {t('start.self', { name: page.userName })}
      </RadioButton>
      {page.organisations.map((organisation, index) => (
        <RadioButton
          key={organisation.id}
          id={`on-behalf-of-${index + 1}`}
          value={organisation.id}
          aria-describedby={page.error ? 'on-behalf-of-statusText' : undefined}
        >
          {t('start.organisation', { name: organisation.name, businessId: organisation.businessId })}
        </RadioButton>
      ))}
    </RadioButtonGroup>
  )
}

/** The steps and questions of the application, shown to staff instead of the start form. */
const StartPreviewSteps = ({ preview }: { preview: StartPreview }) => {
  const t = useT('wizard')
  return (
    <section aria-labelledby="start-preview-steps" className="wizard-start-section start-preview">
      <Heading variant="h2" id="start-preview-steps" mb="xs">
        {t('start.previewStepsHeading', { count: preview.steps.length })}
      </Heading>
      <Paragraph mb="s">{t('start.previewNote')}</Paragraph>
      <ol className="start-preview-steps">
        {preview.steps.map((step) => (
          <li key={step.key} data-step={step.key}>
            <strong>{step.title}</strong>
            <ul>
              {step.questions.map((question) => (
                <li key={question}>{question}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  )
}

/**
 * The start of an application from the permit analysis: what the answers lead to and, for a
 * customer who acts for organisations, on whose behalf they apply. Starting is a form post
 * (a link never creates anything); the draft then opens in the wizard.
 */
export default function ApplicationNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT('wizard')
  const page = actionData?.page ?? loaderData.page
  const navigation = useNavigation()
  const errorHeadingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (page.error) errorHeadingRef.current?.focus()
  }, [actionData, page.error])

  const title = actionData?.title ?? loaderData.title
  if (page.isInvalid)
    return (
      <div className="wizard-page">
        <title>{title}</title>
        <Heading variant="h1" mb="m">
          {t('start.invalidHeading')}
        </Heading>
        <Paragraph mb="m">{t('start.invalidText')}</Paragraph>
        <RouterLink asComponent={RouterLinkTarget} to={page.analysisHref} reloadDocument>
          {t('start.toAnalysis')}
        </RouterLink>
      </div>
    )

  return (
    <div className="wizard-page">
      <title>{title}</title>
      <Paragraph className="page-overline" mb="xxs">
        {page.bundle.name}
      </Paragraph>
      <Heading variant="h1" mb="m">
        {page.changing ? t('start.changeHeading') : t('start.heading')}
      </Heading>
      {page.preview && !page.preview.isPublished && <PreviewBanner />}
      {page.error && (
        <ErrorSummary
          errors={[{ focusId: 'on-behalf-of-0', label: t('start.onBehalfOfLegend'), message: page.error }]}
          headingRef={errorHeadingRef}
        />
      )}
      <Paragraph mb="l">
        {page.changing ? t('start.changeIntro', { title: page.changing.title }) : t('start.intro')}
      </Paragraph>

      <section aria-labelledby="start-needed" className="wizard-start-section">
        <Heading variant="h2" id="start-needed" mb="s">
          {t('start.neededHeading', { count: page.needed.length })}
        </Heading>
        {page.needed.length > 0 ? (
          <ul className="wizard-start-permits" data-testid="start-permits">
            {page.needed.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        ) : (
          <InlineAlert status="warning" mb="m">
            {t('start.noneNeeded')}
          </InlineAlert>
        )}
      </section>

      <details className="wizard-answers">
        <summary>{t('answers.heading', { count: page.answers.length })}</summary>
        <dl className="wizard-data-list">
          {page.answers.map((answer) => (
            <div key={answer.key} className="wizard-data-row" data-key={answer.key}>
              <dt>{answer.label}</dt>
              <dd>{answer.value}</dd>
            </div>
          ))}
        </dl>
        <RouterLink asComponent={RouterLinkTarget} to={page.analysisHref} reloadDocument>
          {t('start.backToAnalysis')}
        </RouterLink>
      </details>

      {page.undecided.length > 0 && (
        <section
          aria-labelledby="start-undecided"
          className="wizard-start-section"
          data-testid="start-undecided"
        >
          <InlineAlert status="warning" mb="m">
            <Heading variant="h2" id="start-undecided" mb="xs">
              {t('start.undecidedHeading', { count: page.undecided.length })}
            </Heading>
            <Paragraph mb="s">{t('start.undecidedText')}</Paragraph>
            <ul>
              {page.undecided.map((question) => (
                <li key={question.key}>{question.label}</li>
              ))}
            </ul>
            <RouterLink asComponent={RouterLinkTarget} to={page.analysisHref} reloadDocument>
              {t('start.answerInAnalysis')}
            </RouterLink>
          </InlineAlert>
        </section>
      )}

      {page.preview ? (
        <StartPreviewSteps preview={page.preview} />
      ) : page.undecided.length > 0 ? null : (
        <Form method="post" noValidate className="wizard-start-form">
          <input type="hidden" name="bundle" value={page.fields.bundle} />
          <input type="hidden" name="answers" value={page.fields.answers} />
          {page.fields.application && (
            <input type="hidden" name={applicationParam} value={page.fields.application} />
          )}
          {!page.changing && page.organisations.length > 0 && <OnBehalfOfChoice page={page} />}
          <Button type="submit" id="start-application" disabled={navigation.state === 'submitting'}>
            {page.changing ? t('start.update') : t('start.submit')}
          </Button>
        </Form>
      )}
    </div>
  )
}

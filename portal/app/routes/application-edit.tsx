import { useEffect, useRef, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  data,
  Form,
  redirect,
  useFetcher,
  useLocation,
  useNavigation,
  useSubmit,
  type ShouldRevalidateFunctionArgs,
} from 'react-router'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'

import { ErrorSummary } from '../components/ErrorSummary'
import { QuestionField } from '../components/QuestionField'
import { WizardAnswers } from '../components/WizardAnswers'
import { WizardFilesField } from '../components/WizardFilesField'
import { WizardProgress } from '../components/WizardProgress'
import { WizardReview } from '../components/WizardReview'
import { formatTime } from '../i18n/format'
import { getFixedT, getLocale } from '../i18n/i18next.server'
import { isUiLocale } from '../i18n/locales'
import { requireUser } from '../models/session.server'
import { loadWizardPage, type WizardPage } from '../models/wizardPage.server'
import { postStep, readPostedForm, submitDraft } from '../models/wizardPost.server'
import { fileFieldPrefix, intentField, intentValue, parseIntent, stepField } from '../models/wizardForms'
import type { Route } from './+types/application-edit'
import '../styles/wizard.css'

const notices = ['saved', 'uploaded', 'removed'] as const
type Notice = (typeof notices)[number]

const titleOf = async (request: Request, page: WizardPage) => {
  const t = await getFixedT(await getLocale(request), 'wizard')
  const title = t('edit.metaTitle', { step: page.stepTitle, title: page.title })
  return page.errors.length > 0 ? t('edit.metaTitleErrors', { title }) : title
}

export const loader = async ({ request, params, context }: Route.LoaderArgs) => {
  const user = await requireUser({ request, payload: context.payload }, { roles: ['customer'] })
  const url = new URL(request.url)
  const page = await loadWizardPage({
    payload: context.payload,
    user,
    id: params.id,
    locale: await getLocale(request),
    stepKey: url.searchParams.get('step'),
    otherParams: [...url.searchParams.entries()],
  })
  const notice = url.searchParams.get('notice')
  return {
    page,
    title: await titleOf(request, page),
    notice: notices.includes(notice as Notice) ? (notice as Notice) : null,
  }
}

/**
 * Every post of the wizard: a step's data (save and continue, previous, save, a step link,
 * an upload or a removal, or an autosave from a fetcher) or the submission from the review.
 * Successful posts redirect (a refresh never posts again); failed ones show the step again.
 */
export const action = async ({ request, params, context }: Route.ActionArgs) => {
  const user = await requireUser({ request, payload: context.payload }, { roles: ['customer'] })
  const locale = await getLocale(request)
  const posted = await readPostedForm(request)
  const intent = parseIntent(posted.form?.get(intentField))
  const args = { payload: context.payload, user, id: params.id, locale }
  let result: Awaited<ReturnType<typeof postStep>>
  try {
    result = intent.kind === 'submit' ? await submitDraft(args) : await postStep({ ...args, posted })
  } catch (error) {
    // An autosave runs in the background: its failure is shown, never an error page. Thrown
    // responses (not found, sign in) are not failures and go through.
    if (intent.kind !== 'autosave' || !(error instanceof Error)) throw error
    context.payload.logger.error({ err: error, msg: 'Autosaving a draft failed' })
    return { autosave: { savedAt: null, errorCount: 0 } }
  }
  switch (result.kind) {
    case 'redirect':
      return redirect(result.to)
    case 'autosaved':
      return { autosave: { savedAt: result.savedAt, errorCount: result.errorCount } }
    default:
      return data({ page: result.page, title: await titleOf(request, result.page) }, { status: 400 })
  }
}

/** An autosave changes nothing the page shows, so the page is not loaded again after one. */
export const shouldRevalidate = ({ formData, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) =>
  formData?.get(intentField) === intentValue({ kind: 'autosave' }) ? false : defaultShouldRevalidate

/** How long the customer pauses typing before the step is saved in the background. */
const autosaveDelayMs = 1500

/**
 * The application wizard: one step of the draft (or the review) as a plain form posting to
 * this route's action, so that it works without JavaScript. With JavaScript, changes are
 * also saved in the background, a step link saves the step before leaving it, and focus
 * moves to the errors or to the new step's heading after each post.
 */
export default function ApplicationEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('wizard')
  const failed = actionData && 'page' in actionData ? actionData.page : null
  const page = failed && failed.position.key === loaderData.page.position.key ? failed : loaderData.page
  const { position, review } = page
  const location = useLocation()
  const navigation = useNavigation()
  const submit = useSubmit()
  const autosave = useFetcher<typeof action>({ key: `autosave-${page.applicationId}` })
  const formRef = useRef<HTMLFormElement>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const isDirty = useRef(false)
  const unsaved = useRef<{ url: string; form: HTMLFormElement } | null>(null)
  const errorHeadingRef = useRef<HTMLHeadingElement>(null)
  const stepHeadingRef = useRef<HTMLHeadingElement>(null)
  const isFirstRender = useRef(true)

  const hasErrors = page.errors.length > 0
  useEffect(() => {
    if (hasErrors) errorHeadingRef.current?.focus()
    else if (!isFirstRender.current) stepHeadingRef.current?.focus()
    isFirstRender.current = false
    // Once per page shown: after each navigation and each failed post.
  }, [location.key, actionData, hasErrors])

  /**
   * Changes not yet saved go with the page when the customer leaves it some other way than a
   * step link (another link, Back, closing the tab): a beacon outlives the page.
   */
  const flushAutosave = useRef(() => {})
  flushAutosave.current = () => {
    clearTimeout(timer.current)
    const pending = unsaved.current
    if (!isDirty.current || !pending) return
    isDirty.current = false
    navigator.sendBeacon(
      pending.url,
      formDataOf(pending.form, intentValue({ kind: 'autosave' }), { withFiles: false }),
    )
  }
  useEffect(() => {
    const onPageHide = () => flushAutosave.current()
    window.addEventListener('pagehide', onPageHide)
    return () => {
      window.removeEventListener('pagehide', onPageHide)
      flushAutosave.current()
    }
  }, [])

  const formDataOf = (form: HTMLFormElement, intent: string, { withFiles }: { withFiles: boolean }) => {
    const formData = new FormData(form)
    if (!withFiles) {
      for (const name of [...formData.keys()]) if (name.startsWith(fileFieldPrefix)) formData.delete(name)
    }
    formData.set(intentField, intent)
    return formData
  }

  const scheduleAutosave = () => {
    isDirty.current = true
    // Kept apart: by the time a navigation unmounts the page, the address is the next page's
    // and the form's ref is gone (the element itself still holds what was typed).
    if (formRef.current) unsaved.current = { url: window.location.href, form: formRef.current }
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      if (!formRef.current) return
      isDirty.current = false
      void autosave.submit(
        formDataOf(formRef.current, intentValue({ kind: 'autosave' }), { withFiles: false }),
        { method: 'post' },
      )
    }, autosaveDelayMs)
  }

  const stopAutosave = () => {
    clearTimeout(timer.current)
    isDirty.current = false
  }

  /** A step link with unsaved changes posts the step first, then goes to the linked step. */
  const onNavigate = (event: MouseEvent<HTMLAnchorElement>, step: string) => {
    if (!isDirty.current || !formRef.current) return
    event.preventDefault()
    const formData = formDataOf(formRef.current, intentValue({ kind: 'goto', step }), { withFiles: true })
    stopAutosave()
    void submit(formData, { method: 'post', encType: 'multipart/form-data' })
  }

  const hasFiles = page.fields.some((field) => field.kind === 'files')
  const isBusy = navigation.state === 'submitting'
  const savedAt = autosave.data && 'autosave' in autosave.data ? autosave.data.autosave.savedAt : undefined
  const language = isUiLocale(i18n.language) ? i18n.language : 'fi'
  const autosaveText =
    autosave.state !== 'idle'
      ? t('autosave.saving')
      : savedAt === null
        ? t('autosave.failed')
        : savedAt
          ? t('autosave.saved', {
              time: formatTime({ instant: new Date(savedAt), locale: language }),
            })
          : ''

  return (
    <div className="wizard-page">
      {/* Rendered here rather than in meta: a failed post changes the title too. */}
      <title>{actionData && 'title' in actionData ? actionData.title : loaderData.title}</title>
      <Paragraph className="page-overline" mb="xxs">
        {t('edit.overline', { bundle: page.bundle.name })}
      </Paragraph>
      <Heading variant="h1" mb="xs">
        {page.title}
      </Heading>
      {page.onBehalfOf && (
        <Paragraph mb="s" className="wizard-on-behalf-of">
          {t('edit.onBehalfOf', { name: page.onBehalfOf })}
        </Paragraph>
      )}
      <WizardProgress page={page} onNavigate={onNavigate} />
      <WizardAnswers page={page} />

      {page.errors.length > 0 && <ErrorSummary errors={page.errors} headingRef={errorHeadingRef} />}
      {page.permitChange && page.errors.length === 0 && (
        <InlineAlert status="neutral" className="wizard-notice" mb="m" data-testid="permit-change">
          <span role="status">
            {[
              page.permitChange.added.length > 0 &&
                t('permitChange.added', { permits: page.permitChange.added.join(', ') }),
              page.permitChange.removed.length > 0 &&
                t('permitChange.removed', { permits: page.permitChange.removed.join(', ') }),
              page.permitChange.steps.length > 0 &&
                t('permitChange.steps', { steps: page.permitChange.steps.join(', ') }),
            ]
              .filter(Boolean)
              .join(' ')}
          </span>
        </InlineAlert>
      )}
      {loaderData.notice && page.errors.length === 0 && (
        <InlineAlert status="neutral" className="wizard-notice" mb="m">
          <span role="status">{t(`notice.${loaderData.notice}`)}</span>
        </InlineAlert>
      )}

      <Heading
        variant="h2"
        id="step-heading"
        tabIndex={-1}
        ref={stepHeadingRef}
        mb="m"
        className="wizard-step-heading"
      >
        {page.stepTitle}
      </Heading>

      {review ? (
        <WizardReview review={review} showProblems={page.errors.length === 0} isSubmitting={isBusy} />
      ) : (
        <Form
          method="post"
          encType={hasFiles ? 'multipart/form-data' : undefined}
          noValidate
          id="wizard-form"
          className="wizard-form"
          // Each step its own history entry: a post to the same address would replace it, and
          // the browser's Back would skip the step the customer came from.
          replace={false}
          ref={formRef}
          // A new form after every navigation: fields show what was saved, file inputs are empty.
          key={`${position.key}-${location.key}`}
          onChange={scheduleAutosave}
          onSubmit={stopAutosave}
          aria-labelledby="step-heading"
        >
          {/* Enter in a field means "save and continue": the first submit button is the default. */}
          <button
            type="submit"
            name={intentField}
            value={intentValue({ kind: 'next' })}
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
          >
            {t('actions.next')}
          </button>
          <input type="hidden" name={stepField} value={position.key} />
          {page.fields.map((field) =>
            field.kind === 'question' ? (
              <QuestionField key={field.question.key} question={field.question} />
            ) : (
              <WizardFilesField
                key={field.key}
                field={field}
                maxFileBytes={page.maxFileBytes}
                maxFileText={page.maxFileText}
                maxPostBytes={page.maxPostBytes}
                maxPostText={page.maxPostText}
              />
            ),
          )}
          <div className="wizard-actions">
            <Button
              type="submit"
              name={intentField}
              value={intentValue({ kind: 'next' })}
              id="wizard-next"
              disabled={isBusy}
            >
              {position.next === 'review' ? t('actions.toReview') : t('actions.next')}
            </Button>
            {position.previous && (
              <Button
                type="submit"
                variant="secondary"
                name={intentField}
                value={intentValue({ kind: 'previous' })}
                id="wizard-previous"
                disabled={isBusy}
              >
                {t('actions.previous')}
              </Button>
            )}
            <Button
              type="submit"
              variant="secondaryNoBorder"
              name={intentField}
              value={intentValue({ kind: 'save' })}
              id="wizard-save"
              disabled={isBusy}
            >
              {t('actions.save')}
            </Button>
          </div>
          <p className="wizard-autosave" role="status" data-state={autosave.state}>
            {autosaveText}
          </p>
        </Form>
      )}
    </div>
  )
}

import { useEffect, useRef } from 'react'
import { data, Form, redirect, useNavigation } from 'react-router'
import { Button, Heading, InlineAlert, Paragraph, Textarea, TextInput } from 'suomifi-ui-components'

import { ErrorSummary } from '../components/ErrorSummary'
import { getFixedT, getLocale } from '../i18n/i18next.server'
import { loadFeedbackPage, sendFeedback } from '../models/feedback.server'
import '../styles/servicedesk.css'
import type { Route } from './+types/feedback'
import { useT } from '../i18n/useT'
import { readForm } from '../models/readForm.server'

export const meta: Route.MetaFunction = ({ loaderData }) => (loaderData ? [{ title: loaderData.title }] : [])

export const loader = async ({ request, context }: Route.LoaderArgs) => {
  const locale = await getLocale(request)
  const t = await getFixedT(locale, 'servicedesk')
  return {
    title: t('feedback.metaTitle'),
    isSent: new URL(request.url).searchParams.get('sent') === '1',
    ...(await loadFeedbackPage({ payload: context.payload, locale })),
  }
}

/** Anyone may send feedback; a sent form redirects (post/redirect/get) to the thanks. */
export const action = async ({ request, context }: Route.ActionArgs) => {
  const locale = await getLocale(request)
  const t = await getFixedT(locale, 'servicedesk')
  const result = await sendFeedback({ payload: context.payload, form: await readForm(request), locale, t })
  if (result.isDone) return redirect('/feedback?sent=1#feedback-sent')
  return data(result, { status: 400 })
}

/**
 * Feedback and ideas: a plain form (works without JavaScript) for an observation or an
 * idea, and below it the ideas the owner accepted to the backlog or carried out, with the
 * owner's public notes.
 */
export default function FeedbackPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT('servicedesk')
  const navigation = useNavigation()
  const errorsRef = useRef<HTMLHeadingElement>(null)
  const sentRef = useRef<HTMLDivElement>(null)
  const refused = actionData && !actionData.isDone ? actionData : null
  const errorOf = (field: string) => refused?.errors.find((error) => error.field === field)?.message
  const kind = refused?.values.kind || 'idea'
  useEffect(() => {
    if (refused) errorsRef.current?.focus()
  }, [refused])
  useEffect(() => {
    if (loaderData.isSent && !refused) sentRef.current?.focus()
  }, [loaderData.isSent, refused])
  return (
    <>
      <Heading variant="h1" mb="s">
        {t('feedback.title')}
      </Heading>
      <Paragraph mb="l">{t('feedback.intro')}</Paragraph>
      {loaderData.isSent && !refused && (
        <div id="feedback-sent" tabIndex={-1} ref={sentRef} className="servicedesk-done">
          <InlineAlert status="neutral" mb="l">
            {t('feedback.sent')}
          </InlineAlert>
        </div>
      )}
      {refused && <ErrorSummary errors={refused.errors} headingRef={errorsRef} />}
      <Form method="post" noValidate className="servicedesk-form" key={refused ? 'refused' : 'fresh'}>
        <fieldset
          className="servicedesk-choices"
          id="feedback-kind"
          aria-invalid={errorOf('kind') ? true : undefined}
        >
          <legend>{t('feedback.kind')}</legend>
          {errorOf('kind') && <p className="servicedesk-error">{errorOf('kind')}</p>}
          <label>
            <input type="radio" name="kind" value="idea" defaultChecked={kind === 'idea'} />{' '}
            {t('feedback.kindIdea')}
          </label>
          <label>
            <input type="radio" name="kind" value="observation" defaultChecked={kind === 'observation'} />{' '}
            {t('feedback.kindObservation')}
          </label>
        </fieldset>
        <Textarea
          id="feedback-text"
          name="text"
          labelText={t('feedback.text')}
          hintText={t('feedback.textHint', { max: loaderData.maxTextLength })}
          status={errorOf('text') ? 'error' : 'default'}
          statusText={errorOf('text')}
          defaultValue={refused?.values.text ?? ''}
          fullWidth
          mb="m"
        />
        <TextInput
          id="feedback-email"
          name="email"
          type="email"
          autoComplete="email"
          labelText={t('feedback.email')}
          hintText={t('feedback.emailHint')}
          status={errorOf('email') ? 'error' : 'default'}
          statusText={errorOf('email')}
          defaultValue={refused?.values.email ?? ''}
          fullWidth
          mb="m"
        />
        <Button type="submit" id="feedback-submit" disabled={navigation.state === 'submitting'}>
          {t('feedback.submit')}
        </Button>
      </Form>

      <section aria-labelledby="public-feedback-heading" className="servicedesk-section">
        <Heading variant="h2" id="public-feedback-heading" mb="s">
          {t('feedback.publicHeading')}
        </Heading>
        {loaderData.items.length === 0 ? (
          <Paragraph>{t('feedback.publicEmpty')}</Paragraph>
        ) : (
          <ul className="servicedesk-list" data-testid="public-feedback">
            {loaderData.items.map((item) => (
              <li key={item.id} className="servicedesk-card">
                <p className="servicedesk-status">
                  {item.status === 'done' ? t('feedback.statusDone') : t('feedback.statusAccepted')} ·{' '}
                  {t('feedback.sentOn', { date: item.sentOn })}
                </p>
                <p className="servicedesk-text">{item.text}</p>
                {item.note && (
                  <p className="servicedesk-note">
                    <strong>{t('feedback.note')}:</strong> {item.note}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}

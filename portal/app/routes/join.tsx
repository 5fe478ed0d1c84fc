import { useEffect, useRef } from 'react'
import { data, Form, redirect, useNavigation } from 'react-router'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'

import { ErrorSummary } from '../components/ErrorSummary'
import { OnboardingFields } from '../components/OnboardingFields'
import { getFixedT, getLocale } from '../i18n/i18next.server'
import { fileOnboardingRequest, onboardingOptions } from '../models/onboarding.server'
import '../styles/authority.css'
import '../styles/servicedesk.css'
import type { Route } from './+types/join'
import { useT } from '../i18n/useT'
import { readForm } from '../models/readForm.server'

export const meta: Route.MetaFunction = ({ loaderData }) => (loaderData ? [{ title: loaderData.title }] : [])

export const loader = async ({ request, context }: Route.LoaderArgs) => {
  const locale = await getLocale(request)
  const t = await getFixedT(locale, 'servicedesk')
  return {
    title: t('join.metaTitle'),
    isDone: new URL(request.url).searchParams.get('done') === '1',
    ...(await onboardingOptions({ payload: context.payload, locale })),
  }
}

/** A new authority's joining application; anyone may send one (the desk checks it). */
export const action = async ({ request, context }: Route.ActionArgs) => {
  const locale = await getLocale(request)
  const t = await getFixedT(locale, 'servicedesk')
  const result = await fileOnboardingRequest({
    payload: context.payload,
    form: await readForm(request),
    kind: 'joining',
    intent: 'join',
    user: null,
    locale,
    t,
  })
  if (result.isDone) return redirect('/join?done=1')
  return data(result, { status: 400 })
}

/** Joining the service: the details the desk needs to set the authority up. */
export default function Join({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT('servicedesk')
  const navigation = useNavigation()
  const errorsRef = useRef<HTMLHeadingElement>(null)
  const doneRef = useRef<HTMLDivElement>(null)
  const refused = actionData && !actionData.isDone ? actionData : null
  useEffect(() => {
    if (refused) errorsRef.current?.focus()
  }, [refused])
  useEffect(() => {
    if (loaderData.isDone && !refused) doneRef.current?.focus()
  }, [loaderData.isDone, refused])
  return (
    <>
      <Heading variant="h1" mb="s">
        {t('join.title')}
      </Heading>
      <Paragraph mb="l">{t('join.intro')}</Paragraph>
      {loaderData.isDone && !refused ? (
        <div tabIndex={-1} ref={doneRef} className="servicedesk-done" id="join-done">
          <InlineAlert status="neutral" mb="l">
            {t('join.done')}
          </InlineAlert>
        </div>
      ) : (
        <>
          {refused && <ErrorSummary errors={refused.errors} headingRef={errorsRef} />}
          <Form method="post" noValidate className="servicedesk-form">
            <OnboardingFields
              intent="join"
              fields={[
                'nameFi',
                'nameSv',
                'nameEn',
                'businessId',
                'noticeEmail',
                'authorityKind',
                'municipalities',
                'permitTypes',
                'connectionMode',
                'description',
              ]}
              result={actionData}
              permitTypes={loaderData.permitTypes}
              authorityKinds={loaderData.authorityKinds}
              modes={loaderData.modes}
              modeFields={loaderData.modeFields}
            />
            <Button type="submit" id="join-submit" disabled={navigation.state === 'submitting'}>
              {t('join.submit')}
            </Button>
          </Form>
        </>
      )}
    </>
  )
}

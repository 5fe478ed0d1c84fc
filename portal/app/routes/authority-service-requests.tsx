import { useEffect, useRef } from 'react'
import { data, redirect } from 'react-router'
import { Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'

import { AuthorityActionForm } from '../components/AuthorityActionForm'
import { OnboardingFields, type OnboardingFieldName } from '../components/OnboardingFields'
import { ServiceDeskNav } from '../components/ServiceDeskNav'
import { getFixedT, getLocale } from '../i18n/i18next.server'
import { requireAuthorityUser } from '../models/authority.server'
import { fileOnboardingRequest, onboardingOptions, type OnboardingKind } from '../models/onboarding.server'
import { loadServiceRequests } from '../models/serviceDesk.server'
import '../styles/authority.css'
import '../styles/servicedesk.css'
import type { Route } from './+types/authority-service-requests'
import { DueWithHoursLeft, ServiceDeskFacts } from '../components/ServiceDeskFacts'
import { useT } from '../i18n/useT'
import { readForm } from '../models/readForm.server'

/** The forms of the page: each posts its intent, which is the request kind. */
const forms: {
  kind: OnboardingKind
  key: 'joining' | 'change' | 'removal' | 'leaving'
  fields: OnboardingFieldName[]
}[] = [
  { kind: 'joining', key: 'joining', fields: ['permitTypes', 'description'] },
  {
    kind: 'parameter-change',
    key: 'change',
    fields: ['noticeEmail', 'municipalities', 'connectionMode', 'description'],
  },
  { kind: 'permit-type-removal', key: 'removal', fields: ['permitTypes', 'description'] },
  { kind: 'leaving', key: 'leaving', fields: ['description'] },
]

export const meta: Route.MetaFunction = ({ loaderData }) => (loaderData ? [{ title: loaderData.title }] : [])

export const loader = async ({ request, context }: Route.LoaderArgs) => {
  const user = await requireAuthorityUser({ request, payload: context.payload })
  const locale = await getLocale(request)
  const t = await getFixedT(locale, 'servicedesk')
  return {
    title: t('requests.metaTitle'),
    isDone: new URL(request.url).searchParams.get('done') === '1',
    requests: await loadServiceRequests({ payload: context.payload, user, locale }),
    ...(await onboardingOptions({ payload: context.payload, locale })),
  }
}

export const headers: Route.HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' })

export const action = async ({ request, context }: Route.ActionArgs) => {
  const user = await requireAuthorityUser({ request, payload: context.payload })
  const locale = await getLocale(request)
  const t = await getFixedT(locale, 'servicedesk')
  const form = await readForm(request)
  const chosen = forms.find((entry) => entry.kind === form.get('intent'))
  if (!chosen) throw data(null, { status: 400 })
  const result = await fileOnboardingRequest({
    payload: context.payload,
    form,
    kind: chosen.kind,
    intent: chosen.kind,
    user,
    locale,
    t,
  })
  if (result.isDone) return redirect('/authority/service-requests?done=1')
  return data(result, { status: 400 })
}

/** The authority's service requests with their clocks, and the onboarding forms. */
export default function AuthorityServiceRequests({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT('servicedesk')
  const doneRef = useRef<HTMLDivElement>(null)
  const refused = actionData && !actionData.isDone ? actionData : null
  useEffect(() => {
    if (loaderData.isDone && !refused) doneRef.current?.focus()
  }, [loaderData.isDone, refused])
  return (
    <>
      <ServiceDeskNav />
      <Heading variant="h1" mb="s">
        {t('requests.title')}
      </Heading>
      <Paragraph mb="l">{t('requests.intro')}</Paragraph>
      {loaderData.isDone && !refused && (
        <div tabIndex={-1} ref={doneRef} className="servicedesk-done" id="request-done">
          <InlineAlert status="neutral" mb="l">
            {t('requests.done')}
          </InlineAlert>
        </div>
      )}
      {forms.map((entry) => (
        <AuthorityActionForm
          key={entry.kind}
          intent={entry.kind}
          action="/authority/service-requests"
          title={t(`requests.${entry.key}Title`)}
          intro={
            entry.key === 'change'
              ? t('requests.changeIntro')
              : entry.key === 'leaving'
                ? t('requests.leavingIntro')
                : undefined
          }
          submitLabel={t(`requests.${entry.key}Submit`)}
          errors={refused?.intent === entry.kind ? refused.errors : []}
        >
          <OnboardingFields
            intent={entry.kind}
            fields={entry.fields}
            result={actionData}
            permitTypes={loaderData.permitTypes}
            authorityKinds={loaderData.authorityKinds}
            modes={loaderData.modes}
            modeFields={loaderData.modeFields}
          />
        </AuthorityActionForm>
      ))}

      <section aria-labelledby="requests-heading" className="servicedesk-section">
        <Heading variant="h2" id="requests-heading" mb="s">
          {t('requests.listHeading', { count: loaderData.requests.length })}
        </Heading>
        {loaderData.requests.length === 0 ? (
          <Paragraph>{t('requests.empty')}</Paragraph>
        ) : (
          <ul className="servicedesk-list" data-testid="service-requests">
            {loaderData.requests.map((item) => (
              <li key={item.id} className="servicedesk-card" data-sla={item.slaState}>
                <Heading variant="h3" as="h3" className="servicedesk-card-title">
                  {item.title}
                </Heading>
                <ServiceDeskFacts
                  facts={[
                    [t('facts.kind'), t(`kinds.${item.kind}`)],
                    [t('facts.requested'), item.requestedAt ?? '–'],
                    [t('facts.status'), t(`requestStatuses.${item.status}`)],
                    [t('facts.slaState'), t(`slaStates.${item.slaState}`)],
                    [t('facts.due'), <DueWithHoursLeft dueAt={item.dueAt} leftHours={item.leftHours} />],
                  ]}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}

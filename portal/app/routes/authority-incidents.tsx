import { useEffect, useRef } from 'react'
import { data, redirect } from 'react-router'
import { Heading, InlineAlert, Paragraph, Textarea, TextInput } from 'suomifi-ui-components'

import { AuthorityActionForm } from '../components/AuthorityActionForm'
import { ServiceDeskNav } from '../components/ServiceDeskNav'
import { getFixedT, getLocale } from '../i18n/i18next.server'
import { requireAuthorityUser } from '../models/authority.server'
import { loadIncidents, reportIncident } from '../models/serviceDesk.server'
import '../styles/authority.css'
import '../styles/servicedesk.css'
import type { Route } from './+types/authority-incidents'
import { DueWithHoursLeft, ServiceDeskFacts } from '../components/ServiceDeskFacts'
import { useT } from '../i18n/useT'
import { readForm } from '../models/readForm.server'

export const meta: Route.MetaFunction = ({ loaderData }) => (loaderData ? [{ title: loaderData.title }] : [])

export const loader = async ({ request, context }: Route.LoaderArgs) => {
  const user = await requireAuthorityUser({ request, payload: context.payload })
  const locale = await getLocale(request)
  const t = await getFixedT(locale, 'servicedesk')
  return {
    title: t('incidents.metaTitle'),
    isDone: new URL(request.url).searchParams.get('done') === '1',
    incidents: await loadIncidents({ payload: context.payload, user, locale }),
  }
}

export const headers: Route.HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' })

export const action = async ({ request, context }: Route.ActionArgs) => {
  const user = await requireAuthorityUser({ request, payload: context.payload })
  const t = await getFixedT(await getLocale(request), 'servicedesk')
  const result = await reportIncident({ payload: context.payload, user, form: await readForm(request), t })
  if (result.isDone) return redirect('/authority/incidents?done=1')
  return data(result, { status: 400 })
}

/** The authority's incident reports with their deadlines, and a form to report a new one. */
export default function AuthorityIncidents({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT('servicedesk')
  const doneRef = useRef<HTMLDivElement>(null)
  const refused = actionData && !actionData.isDone ? actionData : null
  const errorOf = (field: string) => refused?.errors.find((error) => error.field === field)?.message
  useEffect(() => {
    if (loaderData.isDone && !refused) doneRef.current?.focus()
  }, [loaderData.isDone, refused])
  return (
    <>
      <ServiceDeskNav />
      <Heading variant="h1" mb="s">
        {t('incidents.title')}
      </Heading>
      <Paragraph mb="l">{t('incidents.intro')}</Paragraph>
      {loaderData.isDone && !refused && (
        <div tabIndex={-1} ref={doneRef} className="servicedesk-done" id="incident-done">
          <InlineAlert status="neutral" mb="l">
            {t('incidents.done')}
          </InlineAlert>
        </div>
      )}
      <AuthorityActionForm
        intent="incident"
        action="/authority/incidents"
        title={t('incidents.formTitle')}
        intro={t('incidents.formIntro')}
        submitLabel={t('incidents.submit')}
        errors={refused?.errors ?? []}
      >
        <TextInput
          id="incident-title"
          name="title"
          labelText={t('fields.title')}
          status={errorOf('title') ? 'error' : 'default'}
          statusText={errorOf('title')}
          defaultValue={refused?.values.title ?? ''}
          fullWidth
          mb="m"
        />
        <Textarea
          id="incident-description"
          name="description"
          labelText={t('fields.description')}
          status={errorOf('description') ? 'error' : 'default'}
          statusText={errorOf('description')}
          defaultValue={refused?.values.description ?? ''}
          fullWidth
          mb="m"
        />
      </AuthorityActionForm>

      <section aria-labelledby="incidents-heading" className="servicedesk-section">
        <Heading variant="h2" id="incidents-heading" mb="s">
          {t('incidents.listHeading', { count: loaderData.incidents.length })}
        </Heading>
        {loaderData.incidents.length === 0 ? (
          <Paragraph>{t('incidents.empty')}</Paragraph>
        ) : (
          <ul className="servicedesk-list" data-testid="incidents">
            {loaderData.incidents.map((incident) => (
              <li key={incident.id} className="servicedesk-card" data-sla={incident.slaState}>
                <Heading variant="h3" as="h3" className="servicedesk-card-title">
                  {incident.title}
                </Heading>
                <ServiceDeskFacts
                  facts={[
                    [t('facts.reported'), incident.reportedAt ?? '–'],
                    [t('facts.severity'), t(`severities.${incident.severity}`)],
                    [t('facts.status'), t(`incidentStatuses.${incident.status}`)],
                    [t('facts.slaState'), t(`slaStates.${incident.slaState}`)],
                    [
                      t('facts.responseDue'),
                      <DueWithHoursLeft
                        dueAt={incident.responseDueAt}
                        leftHours={incident.responseLeftHours}
                      />,
                    ],
                    [
                      t('facts.resolutionDue'),
                      <DueWithHoursLeft
                        dueAt={incident.resolutionDueAt}
                        leftHours={incident.resolutionLeftHours}
                      />,
                    ],
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

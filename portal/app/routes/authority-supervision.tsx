import { useEffect, useRef } from 'react'
import { data, Form, redirect } from 'react-router'
import { Button, Checkbox, Heading, InlineAlert, Paragraph, Textarea, TextInput } from 'suomifi-ui-components'

import { AuthorityActionForm } from '../components/AuthorityActionForm'
import { AuthoritySelectField } from '../components/AuthoritySelectField'
import { ServiceDeskNav } from '../components/ServiceDeskNav'
import { getFixedT, getLocale } from '../i18n/i18next.server'
import { useT } from '../i18n/useT'
import { requireAuthorityUser } from '../models/authority.server'
import type {
  SupervisionActionResult,
  WorkspaceCase,
  WorkspaceObject,
} from '../models/authoritySupervision.server'
import { handleSupervisionAction, loadSupervisionWorkspace } from '../models/authoritySupervision.server'
import {
  supervisionChoices,
  supervisionFieldId,
  supervisionIntentOf,
  supervisionIntents,
} from '../models/supervisionForms'
import { readForm } from '../models/readForm.server'
import '../styles/authority.css'
import '../styles/servicedesk.css'
import type { Route } from './+types/authority-supervision'

export const meta: Route.MetaFunction = ({ loaderData }) => (loaderData ? [{ title: loaderData.title }] : [])

export const headers: Route.HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' })

export const loader = async ({ request, context }: Route.LoaderArgs) => {
  const user = await requireAuthorityUser({ request, payload: context.payload })
  const locale = await getLocale(request)
  const t = await getFixedT(locale, 'authority')
  return {
    title: t('supervision.metaTitle'),
    isDone: new URL(request.url).searchParams.get('done') === '1',
    workspace: await loadSupervisionWorkspace({ payload: context.payload, user, locale }),
  }
}

export const action = async ({ request, context }: Route.ActionArgs) => {
  const user = await requireAuthorityUser({ request, payload: context.payload })
  const locale = await getLocale(request)
  const result = await handleSupervisionAction({
    payload: context.payload,
    user,
    form: await readForm(request),
    locale,
    t: await getFixedT(locale, 'authority'),
  })
  if (result.isDone) return redirect('/authority/supervision?done=1')
  return data(result, { status: 400 })
}

type Refusal = Extract<SupervisionActionResult, { isDone: false }>

/** The form's refusal when it is this form's, else null. */
const refusalFor = (actionData: SupervisionActionResult | undefined, intent: string, target: string) =>
  actionData && !actionData.isDone && actionData.intent === intent && actionData.target === target
    ? actionData
    : null

/** Field props of one form: its id, its error and the value posted before a refusal. */
const fieldsOf = (refusal: Refusal | null, intent: string, target: string) => ({
  id: (field: string) => supervisionFieldId(intent, target, field),
  error: (field: string) => refusal?.errors.find((error) => error.field === field)?.message,
  value: (field: string) => refusal?.values[field] ?? '',
})

/**
 * The authority's supervision: deviations past their deadline, planned inspections by
 * date, every supervised object with its cases, and the forms to start supervising a case's
 * event or premises, to open guidance, an inspection record, a deviation notice or feedback,
 * and to accept an answer, ask again or close. Every form is a plain post.
 */
export default function AuthoritySupervision({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT('authority')
  const doneRef = useRef<HTMLDivElement>(null)
  const { workspace, isDone } = loaderData
  useEffect(() => {
    if (isDone && !actionData) doneRef.current?.focus()
  }, [isDone, actionData])
  const objectRefusal = refusalFor(actionData, supervisionIntents.object, 'new')
  const objectFields = fieldsOf(objectRefusal, supervisionIntents.object, 'new')
  return (
    <>
      <ServiceDeskNav />
      <Heading variant="h1" mb="s">
        {t('supervision.title')}
      </Heading>
      <Paragraph mb="l">{t('supervision.intro')}</Paragraph>
      {isDone && !actionData && (
        <div tabIndex={-1} ref={doneRef} className="servicedesk-done">
          <InlineAlert status="neutral" mb="l">
            {t('supervision.done')}
          </InlineAlert>
        </div>
      )}

      <CaseList
        id="overdue"
        heading={t('supervision.overdueHeading', { count: workspace.overdue.length })}
        empty={t('supervision.overdueNone')}
        cases={workspace.overdue}
      />
      <CaseList
        id="upcoming"
        heading={t('supervision.upcomingHeading', { count: workspace.upcoming.length })}
        empty={t('supervision.upcomingNone')}
        cases={workspace.upcoming}
      />

      <AuthorityActionForm
        intent={supervisionIntentOf(supervisionIntents.object)}
        action="/authority/supervision"
        title={t('supervision.objectFormTitle')}
        intro={t('supervision.objectFormIntro')}
        submitLabel={t('supervision.objectSubmit')}
        errors={objectRefusal?.errors ?? []}
      >
        <TextInput
          id={objectFields.id('caseNumber')}
          name="caseNumber"
          labelText={t('supervision.fields.caseNumber')}
          defaultValue={objectFields.value('caseNumber')}
          status={objectFields.error('caseNumber') ? 'error' : 'default'}
          statusText={objectFields.error('caseNumber')}
          mb="m"
        />
        <TextInput
          id={objectFields.id('name')}
          name="name"
          labelText={t('supervision.fields.name')}
          defaultValue={objectFields.value('name')}
          status={objectFields.error('name') ? 'error' : 'default'}
          statusText={objectFields.error('name')}
          fullWidth
          mb="m"
        />
        <AuthoritySelectField
          id={objectFields.id('kind')}
          name="kind"
          label={t('supervision.fields.objectKind')}
          options={supervisionChoices.objectKinds.map((value) => ({
            value,
            label: t(`supervision.objectKinds.${value}`),
          }))}
          defaultValue={objectFields.value('kind') || 'event'}
        />
        <TextInput
          id={objectFields.id('address')}
          name="address"
          labelText={t('supervision.fields.address')}
          optionalText={t('supervision.optional')}
          defaultValue={objectFields.value('address')}
          fullWidth
          mb="m"
        />
        <TextInput
          id={objectFields.id('startsOn')}
          name="startsOn"
          type={'date' as 'text'}
          labelText={t('supervision.fields.startsOn')}
          optionalText={t('supervision.optional')}
          defaultValue={objectFields.value('startsOn')}
          status={objectFields.error('startsOn') ? 'error' : 'default'}
          statusText={objectFields.error('startsOn')}
          mb="m"
        />
        <TextInput
          id={objectFields.id('endsOn')}
          name="endsOn"
          type={'date' as 'text'}
          labelText={t('supervision.fields.endsOn')}
          optionalText={t('supervision.optional')}
          defaultValue={objectFields.value('endsOn')}
          status={objectFields.error('endsOn') ? 'error' : 'default'}
          statusText={objectFields.error('endsOn')}
          mb="m"
        />
      </AuthorityActionForm>

      <section aria-labelledby="objects-heading" className="servicedesk-section">
        <Heading variant="h2" id="objects-heading" mb="s">
          {t('supervision.objectsHeading', { count: workspace.objects.length })}
        </Heading>
        {workspace.objects.length === 0 ? (
          <Paragraph>{t('supervision.objectsNone')}</Paragraph>
        ) : (
          <ul className="servicedesk-list" data-testid="supervised-objects">
            {workspace.objects.map((object) => (
              <SupervisedObject key={object.id} object={object} actionData={actionData} />
            ))}
          </ul>
        )}
      </section>
    </>
  )
}

/** A list of cases across objects (past their deadline, or planned), or a line saying there are none. */
const CaseList = ({
  id,
  heading,
  empty,
  cases,
}: {
  id: string
  heading: string
  empty: string
  cases: WorkspaceCase[]
}) => {
  const t = useT('authority')
  return (
    <section aria-labelledby={`${id}-heading`} className="servicedesk-section">
      <Heading variant="h2" id={`${id}-heading`} mb="s">
        {heading}
      </Heading>
      {cases.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <ul data-testid={`supervision-${id}`}>
          {cases.map((item) => (
            <li key={item.id}>
              {t('supervision.caseLine', {
                object: item.objectName,
                kind: t(`supervision.kinds.${item.kind}`),
                title: item.title,
              })}
              {item.plannedText && ` – ${item.plannedText}`}
              {item.deadlineText && ` – ${t('supervision.deadlineOn', { date: item.deadlineText })}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** One object: its facts, its cases with their moves, and the form to open a case on it. */
const SupervisedObject = ({
  object,
  actionData,
}: {
  object: WorkspaceObject
  actionData: SupervisionActionResult | undefined
}) => {
  const t = useT('authority')
  const refusal = refusalFor(actionData, supervisionIntents.open, object.id)
  const fields = fieldsOf(refusal, supervisionIntents.open, object.id)
  const moveRefusals = new Map(
    object.cases.map((item) => [item.id, refusalFor(actionData, supervisionIntents.move, item.id)]),
  )
  const headingId = `object-${object.id}-heading`
  return (
    <li className="servicedesk-card">
      <section aria-labelledby={headingId}>
        <Heading variant="h3" as="h3" id={headingId} className="servicedesk-card-title">
          {object.name}
        </Heading>
        <p>
          {[
            t(`supervision.objectKinds.${object.kind}`),
            object.periodText,
            object.place,
            t(`supervision.objectStatuses.${object.status}`),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {object.cases.length > 0 && (
          <ul className="supervision-cases">
            {object.cases.map((item) => {
              const refused = moveRefusals.get(item.id)
              return (
                <li key={item.id} data-status={item.status} data-overdue={item.isOverdue || undefined}>
                  <strong>
                    {t(`supervision.kinds.${item.kind}`)}: {item.title}
                  </strong>{' '}
                  ({t(`supervision.statuses.${item.status}`)}
                  {item.deadlineText && `, ${t('supervision.deadlineOn', { date: item.deadlineText })}`})
                  {item.answer && <Paragraph>{t('supervision.answer', { answer: item.answer })}</Paragraph>}
                  {refused && (
                    <InlineAlert
                      status="error"
                      id={supervisionFieldId(supervisionIntents.move, item.id, 'form')}
                    >
                      {refused.errors.map((error) => error.message).join(' ')}
                    </InlineAlert>
                  )}
                  {item.isOwn && item.status !== 'closed' && (
                    <div className="supervision-moves">
                      {item.status === 'answered' && (
                        <MoveForm item={item} status="open" label={t('supervision.askAgain')} />
                      )}
                      <MoveForm
                        item={item}
                        status="closed"
                        label={t(item.status === 'answered' ? 'supervision.accept' : 'supervision.close')}
                      />
                    </div>
                  )}
                </li>
              )
            })}
          </ul>
        )}
        {object.status === 'active' && (
          <AuthorityActionForm
            intent={supervisionIntentOf(supervisionIntents.open, object.id)}
            action="/authority/supervision"
            title={t('supervision.caseFormTitle')}
            submitLabel={t('supervision.caseSubmit')}
            errors={refusal?.errors ?? []}
          >
            <AuthoritySelectField
              id={fields.id('kind')}
              name="kind"
              label={t('supervision.fields.kind')}
              options={supervisionChoices.kinds.map((value) => ({
                value,
                label: t(`supervision.kinds.${value}`),
              }))}
              defaultValue={fields.value('kind') || 'guidance'}
              error={fields.error('kind')}
            />
            <TextInput
              id={fields.id('title')}
              name="title"
              labelText={t('supervision.fields.title')}
              defaultValue={fields.value('title')}
              status={fields.error('title') ? 'error' : 'default'}
              statusText={fields.error('title')}
              fullWidth
              mb="m"
            />
            <Textarea
              id={fields.id('body')}
              name="body"
              labelText={t('supervision.fields.body')}
              optionalText={t('supervision.optional')}
              defaultValue={fields.value('body')}
              fullWidth
              mb="m"
            />
            <Checkbox id={fields.id('acknowledgementRequired')} name="acknowledgementRequired" value="on">
              {t('supervision.fields.acknowledgementRequired')}
            </Checkbox>
            <TextInput
              id={fields.id('plannedAt')}
              name="plannedAt"
              type={'datetime-local' as 'text'}
              labelText={t('supervision.fields.plannedAt')}
              optionalText={t('supervision.optional')}
              defaultValue={fields.value('plannedAt')}
              mb="m"
            />
            <Checkbox id={fields.id('isAnnounced')} name="isAnnounced" value="on">
              {t('supervision.fields.isAnnounced')}
            </Checkbox>
            <Checkbox id={fields.id('isInspected')} name="isInspected" value="on">
              {t('supervision.fields.isInspected')}
            </Checkbox>
            <Textarea
              id={fields.id('findings')}
              name="observation"
              labelText={t('supervision.fields.findings')}
              optionalText={t('supervision.optional')}
              defaultValue={fields.value('observation')}
              status={fields.error('findings') ? 'error' : 'default'}
              statusText={fields.error('findings')}
              fullWidth
              mb="m"
            />
            <AuthoritySelectField
              id={fields.id('severity')}
              name="severity"
              label={t('supervision.fields.severity')}
              placeholder={t('supervision.chooseSeverity')}
              options={supervisionChoices.severities.map((value) => ({
                value,
                label: t(`supervision.severities.${value}`),
              }))}
              defaultValue={fields.value('severity')}
            />
            <Checkbox id={fields.id('isInternal')} name="isInternal" value="on">
              {t('supervision.fields.isInternal')}
            </Checkbox>
            <Textarea
              id={fields.id('correction')}
              name="correction"
              labelText={t('supervision.fields.correction')}
              optionalText={t('supervision.optional')}
              defaultValue={fields.value('correction')}
              status={fields.error('correction') ? 'error' : 'default'}
              statusText={fields.error('correction')}
              fullWidth
              mb="m"
            />
            <Textarea
              id={fields.id('howToShow')}
              name="howToShow"
              labelText={t('supervision.fields.howToShow')}
              optionalText={t('supervision.optional')}
              defaultValue={fields.value('howToShow')}
              fullWidth
              mb="m"
            />
            <TextInput
              id={fields.id('deadline')}
              name="deadline"
              type={'date' as 'text'}
              labelText={t('supervision.fields.deadline')}
              optionalText={t('supervision.optional')}
              defaultValue={fields.value('deadline')}
              status={fields.error('deadline') ? 'error' : 'default'}
              statusText={fields.error('deadline')}
              mb="m"
            />
            <TextInput
              id={fields.id('deadlineServiceDays')}
              name="deadlineServiceDays"
              type="number"
              labelText={t('supervision.fields.deadlineServiceDays')}
              optionalText={t('supervision.optional')}
              defaultValue={fields.value('deadlineServiceDays')}
              mb="m"
            />
          </AuthorityActionForm>
        )}
      </section>
    </li>
  )
}

/** A one-button form that moves a case (close, accept, ask again). */
const MoveForm = ({
  item,
  status,
  label,
}: {
  item: WorkspaceCase
  status: 'open' | 'closed'
  label: string
}) => (
  <Form method="post" action="/authority/supervision" className="supervision-move">
    <input type="hidden" name="intent" value={supervisionIntentOf(supervisionIntents.move, item.id)} />
    <input type="hidden" name="status" value={status} />
    <Button type="submit" variant="secondary" aria-label={`${label}: ${item.title}`}>
      {label}
    </Button>
  </Form>
)

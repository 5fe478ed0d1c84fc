import { Form, useNavigation } from 'react-router'
import {
  Button,
  Heading,
  HintText,
  InlineAlert,
  Label,
  Link,
  StatusText,
  Textarea,
} from 'suomifi-ui-components'

import { supplementBatchesOf } from '../../../src/domain/supplement-batches'
import type { CaseView, SupplementRequestView } from '../models/applications.server'
import type { ActionFailure } from '../models/applicationsActions.server'
import { applicationIntents, controlIds } from '../models/applicationsForms'
import { useT } from '../i18n/useT'

/** File types the attachments collection takes, offered first by the browser's file picker. */
const acceptedFiles = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx,.odt,.ods,.txt'

/**
 * What the customer is asked for now: the application's open supplement requests, each
 * with its open items to answer. Nothing when nothing is open.
 */
export const SupplementRequestsToAnswer = ({
  cases,
  failure,
  formKey,
}: {
  cases: CaseView[]
  failure: ActionFailure | null
  /** Changes with each page shown, so that the forms start empty after a post. */
  formKey: string
}) => {
  const t = useT('applications')
  const openRequests = cases.flatMap((item) =>
    item.supplementRequests.filter((request) => request.status === 'open'),
  )
  if (openRequests.length === 0) return null
  const caseOf = new Map(cases.map((item) => [item.id, item]))
  return (
    <section aria-labelledby="action-heading" className="needs-action-section">
      <Heading variant="h2" id="action-heading" mb="s">
        {t('view.actionHeading', { count: openRequests.length })}
      </Heading>
      {supplementBatchesOf(openRequests).map(({ key, items }) => {
        const theCase = caseOf.get(items[0].caseId)
        return (
          <CaseSupplementAnswer
            key={`${key}-${formKey}`}
            items={items}
            permitTypeName={theCase?.permitTypeName ?? ''}
            authorityName={theCase?.authorityName ?? ''}
            failure={failure}
          />
        )
      })}
    </section>
  )
}

/**
 * An open supplement request with a form for each of its open items: text and files in
 * one multipart post to the page's action, so it works without JavaScript, each item
 * answered on its own. The file input is a native one for the same reason. A refused answer
 * comes back with its text and the error next to the field at fault (files must be chosen
 * again: browsers never refill them).
 */
const CaseSupplementAnswer = ({
  items,
  permitTypeName,
  authorityName,
  failure,
}: {
  /** The request's open items, in order. */
  items: SupplementRequestView[]
  permitTypeName: string
  authorityName: string
  failure: ActionFailure | null
}) => {
  const t = useT('applications')
  const [first] = items
  const headingId = `supplement-${first.batch}-heading`
  return (
    <article
      className="supplement-request"
      aria-labelledby={headingId}
      data-overdue={first.isOverdue || undefined}
    >
      <Heading variant="h3" id={headingId} mb="xs">
        {t('supplement.heading', { permit: permitTypeName })}
      </Heading>
      <p className="supplement-authority">{t('supplement.from', { authority: authorityName })}</p>
      <dl className="case-facts">
        <dt>{t('supplement.dueDate')}</dt>
        <dd>{first.dueDateText}</dd>
      </dl>
      {first.isOverdue && (
        <InlineAlert status="warning" mb="s">
          {t('supplement.overdue')}
        </InlineAlert>
      )}
      {items.map((request) => (
        <SupplementItemAnswer key={request.id} request={request} failure={failure} />
      ))}
    </article>
  )
}

/** One requested item: what is missing, and the form that answers it. */
const SupplementItemAnswer = ({
  request,
  failure,
}: {
  request: SupplementRequestView
  failure: ActionFailure | null
}) => {
  const t = useT('applications')
  const navigation = useNavigation()
  const isMine = failure?.intent === applicationIntents.answer && failure.targetId === request.id
  const errorOf = (field: 'answer' | 'files') =>
    isMine ? (failure.errors.find((item) => item.field === field)?.message ?? null) : null
  const answerError = errorOf('answer')
  const filesError = errorOf('files')
  const filesId = controlIds.answerFiles(request.id)
  const headingId = `supplement-item-${request.id}-heading`
  const isSending =
    navigation.state === 'submitting' && navigation.formData?.get('supplementRequest') === request.id
  return (
    <section className="supplement-item" aria-labelledby={headingId}>
      <Heading variant="h4" as="h4" id={headingId} mb="xxs">
        {request.itemCount > 1
          ? t('supplement.item', { number: request.itemNumber, count: request.itemCount })
          : t('supplement.whatIsMissing')}
      </Heading>
      <p className="supplement-what">{request.whatIsMissing}</p>
      <Form method="post" encType="multipart/form-data" className="supplement-form" noValidate>
        <input type="hidden" name="supplementRequest" value={request.id} />
        <Textarea
          id={controlIds.answer(request.id)}
          name="answer"
          labelText={t('supplement.answerLabel')}
          hintText={t('supplement.answerHint')}
          defaultValue={isMine ? failure.values.answer : ''}
          status={answerError ? 'error' : 'default'}
          statusText={answerError ?? undefined}
          fullWidth
          mb="m"
        />
        <div className="native-file" data-error={filesError ? 'true' : undefined}>
          <Label htmlFor={filesId} optionalText={t('supplement.optional')}>
            {t('supplement.filesLabel')}
          </Label>
          <HintText id={`${filesId}-hint`}>{t('supplement.filesHint')}</HintText>
          <input
            type="file"
            id={filesId}
            name="files"
            multiple
            accept={acceptedFiles}
            aria-invalid={filesError ? true : undefined}
            aria-describedby={[`${filesId}-hint`, filesError && `${filesId}-statusText`]
              .filter(Boolean)
              .join(' ')}
          />
          <StatusText id={`${filesId}-statusText`} status={filesError ? 'error' : 'default'}>
            {filesError ?? undefined}
          </StatusText>
        </div>
        <Button type="submit" name="intent" value={applicationIntents.answer} disabled={isSending}>
          {request.itemCount > 1
            ? t('supplement.sendItem', { number: request.itemNumber })
            : t('supplement.send')}
        </Button>
      </Form>
    </section>
  )
}

/** A supplement request already answered (or cancelled), as part of its case's record. */
export const CaseSupplementRecord = ({ request }: { request: SupplementRequestView }) => {
  const t = useT('applications')
  return (
    <div className="supplement-record" data-status={request.status}>
      <p>
        <strong>
          {request.itemCount > 1
            ? t('supplement.recordItemHeading', { number: request.itemNumber, count: request.itemCount })
            : t('supplement.recordHeading')}
        </strong>{' '}
        {request.whatIsMissing}
      </p>
      {request.status === 'cancelled' ? (
        <p>{t('supplement.cancelled')}</p>
      ) : (
        <>
          <p>{t('supplement.answeredAt', { date: request.answeredAtText ?? '' })}</p>
          {request.answer && <p className="supplement-answer">{request.answer}</p>}
          {request.attachments.length > 0 && (
            <ul className="file-list">
              {request.attachments.map((file) => (
                <li key={file.href}>
                  <Link href={file.href}>{file.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  )
}

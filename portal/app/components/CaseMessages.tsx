import { Form, useNavigation } from 'react-router'
import { Button, Link, Textarea } from 'suomifi-ui-components'

import type { MessageView } from '../models/applications.server'
import type { ActionFailure } from '../models/applicationsActions.server'
import { applicationIntents, controlIds } from '../models/applicationsForms'
import { useT } from '../i18n/useT'

/** Messages in order of writing: who wrote, when, what, and the files sent with them. */
export const CaseMessageList = ({ messages }: { messages: MessageView[] }) => {
  const t = useT('applications')
  if (messages.length === 0) return <p className="case-empty">{t('messages.none')}</p>
  return (
    <ol className="message-list">
      {messages.map((message) => (
        <li
          key={message.id}
          className="message"
          data-from={message.isFromCustomer ? 'customer' : 'authority'}
        >
          <p className="message-meta">
            <strong>
              {message.isFromCustomer
                ? t('messages.fromYou')
                : (message.authorityName ?? t('messages.fromAuthority'))}
            </strong>{' '}
            · {message.atText}
          </p>
          <p className="message-body">{message.body}</p>
          {message.attachments.length > 0 && (
            <ul className="file-list">
              {message.attachments.map((file) => (
                <li key={file.href}>
                  <Link href={file.href}>{file.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  )
}

/**
 * A message to the case's authority: a plain form post to the page's action, so it works
 * without JavaScript. A refused message comes back with its text and the error.
 */
export const CaseMessageForm = ({
  caseId,
  authorityName,
  failure,
}: {
  caseId: string
  authorityName: string
  failure: ActionFailure | null
}) => {
  const t = useT('applications')
  const navigation = useNavigation()
  const isMine = failure?.intent === applicationIntents.message && failure.targetId === caseId
  const error = isMine ? (failure.errors.find((item) => item.field === 'body')?.message ?? null) : null
  const isSending =
    navigation.state === 'submitting' &&
    navigation.formData?.get('intent') === applicationIntents.message &&
    navigation.formData?.get('case') === caseId
  return (
    <Form method="post" className="message-form" noValidate>
      <input type="hidden" name="case" value={caseId} />
      <Textarea
        id={controlIds.messageBody(caseId)}
        name="body"
        labelText={t('messages.writeLabel', { authority: authorityName })}
        hintText={t('messages.writeHint')}
        defaultValue={isMine ? failure.values.body : ''}
        status={error ? 'error' : 'default'}
        statusText={error ?? undefined}
        fullWidth
        mb="s"
      />
      <Button type="submit" name="intent" value={applicationIntents.message} disabled={isSending}>
        {t('messages.send')}
      </Button>
    </Form>
  )
}

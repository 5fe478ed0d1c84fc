import { useState, type ChangeEvent } from 'react'
import { Button, HintText, Label, StatusText } from 'suomifi-ui-components'

import type { WizardField } from '../models/wizardPage.server'
import { intentField, intentValue } from '../models/wizardForms'
import { useT } from '../i18n/useT'

type FilesField = Extract<WizardField, { kind: 'files' }>

/** What the file picker offers; the server decides by the content, not by these. */
const accept = [
  '.pdf',
  '.jpg',
  '.jpeg',
  '.png',
  '.docx',
  '.xlsx',
  '.odt',
  '.ods',
  '.txt',
  'application/pdf',
  'image/jpeg',
  'image/png',
  'text/plain',
].join(',')

/**
 * The files attached under one attachment data element: the list with a remove button for
 * each, and a native file input with its own upload button, all posting the step's one form
 * (so a removal or upload also saves what was typed, and works without JavaScript). With
 * JavaScript, files over the size limit are refused before they are sent.
 */
export const WizardFilesField = ({
  field,
  maxFileBytes,
  maxFileText,
  maxPostBytes,
  maxPostText,
}: {
  field: FilesField
  maxFileBytes: number
  maxFileText: string
  maxPostBytes: number
  maxPostText: string
}) => {
  const t = useT('wizard')
  const [clientError, setClientError] = useState<string | null>(null)
  const error = clientError ?? field.error
  const hintId = `${field.focusId}-hint`
  const rulesId = `${field.focusId}-rules`
  const errorId = `${field.focusId}-statusText`

  const check = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])]
    const tooLarge = files.find((file) => file.size > maxFileBytes)
    const total = files.reduce((sum, file) => sum + file.size, 0)
    const problem = tooLarge
      ? t('files.errors.tooLarge', { name: tooLarge.name, max: maxFileText })
      : total > maxPostBytes
        ? t('files.errors.postTooLarge', { max: maxPostText })
        : null
    setClientError(problem)
    if (problem) event.target.value = ''
  }

  return (
    <div className="question wizard-files" data-key={field.key} data-error={error ? 'true' : undefined}>
      <Label htmlFor={field.focusId} optionalText={field.optionalText ?? undefined}>
        {field.label}
      </Label>
      {field.help && <HintText id={hintId}>{field.help}</HintText>}
      <HintText id={rulesId}>
        {t('files.hint', { max: maxFileText })}
        {field.usedBy.length > 0 && ` ${t('files.usedBy', { names: field.usedBy.join(', ') })}`}
      </HintText>
      {field.files.length > 0 ? (
        <ul className="wizard-file-list" aria-label={t('files.added')}>
          {field.files.map((file) => (
            <li key={file.id} className="wizard-file" data-file={file.id}>
              <a href={file.href} className="wizard-file-name">
                {file.name}
              </a>{' '}
              <span className="wizard-file-size">({file.sizeText})</span>
              <Button
                type="submit"
                variant="secondaryNoBorder"
                name={intentField}
                value={intentValue({ kind: 'remove', element: field.key, attachment: file.id })}
                aria-label={t('files.removeLabel', { name: file.name })}
                className="wizard-file-remove"
              >
                {t('files.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="wizard-files-none">{t('files.none')}</p>
      )}
      <input
        type="file"
        id={field.focusId}
        name={field.inputName}
        multiple
        accept={accept}
        className="wizard-file-input"
        aria-describedby={[field.help && hintId, rulesId, error && errorId].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        onChange={check}
      />
      <StatusText id={errorId} status={error ? 'error' : 'default'}>
        {error ?? undefined}
      </StatusText>
      <Button
        type="submit"
        variant="secondary"
        name={intentField}
        value={intentValue({ kind: 'upload' })}
        id={`upload-${field.key}`}
        className="wizard-upload"
      >
        {t('files.upload')}
      </Button>
    </div>
  )
}

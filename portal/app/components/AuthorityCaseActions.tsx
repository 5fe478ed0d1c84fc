import { Form } from 'react-router'
import { Button, Heading, Paragraph, Textarea, TextInput } from 'suomifi-ui-components'

import type {
  CaseActionFieldError,
  CaseActionIntent,
  CaseActionResult,
} from '../models/authorityActions.server'
import type { AuthorityCasePage } from '../models/authorityCase.server'
import { AuthorityActionForm } from './AuthorityActionForm'
import { AuthorityFileField } from './AuthorityFileField'
import { AuthoritySelectField } from './AuthoritySelectField'
import { SupplementItemFields } from './SupplementItemFields'
import { useT } from '../i18n/useT'

/**
 * The actions on the case, each a form of its own: assign a handler, write an internal
 * note, and what the status machine allows now: mark received, change status, request a
 * supplement, message the customer, message the other authorities, record the decision. A refused post shows its errors next to the fields
 * and keeps what was written.
 */
export const AuthorityCaseActions = ({
  actions,
  result,
  formAction,
}: {
  actions: AuthorityCasePage['actions']
  result: CaseActionResult | undefined
  /** Where the forms post: the case page itself, without an earlier confirmation's query. */
  formAction: string
}) => {
  const t = useT('authority')
  const refused = result && !result.isDone ? result : null
  const errorsOf = (intent: CaseActionIntent): CaseActionFieldError[] =>
    refused?.intent === intent ? refused.errors : []
  const valueOf = (intent: CaseActionIntent, field: string) =>
    refused?.intent === intent ? (refused.values[field] ?? '') : ''
  const fieldError = (intent: CaseActionIntent, field: string) =>
    errorsOf(intent).find((error) => error.field === field)?.message
  const textStatus = (intent: CaseActionIntent, field: string) =>
    fieldError(intent, field) ? ('error' as const) : ('default' as const)
  const hasStatusChange = actions.statusOptions.length > 0
  const isClosed =
    !actions.canAcknowledge && !hasStatusChange && !actions.canRequestSupplement && !actions.canDecide

  return (
    <section aria-labelledby="actions-heading" className="authority-section authority-actions">
      <Heading variant="h2" id="actions-heading" mb="s">
        {t('case.actionsHeading')}
      </Heading>
      {isClosed && <Paragraph mb="s">{t('case.noActions')}</Paragraph>}

      {actions.handler !== actions.userId && (
        <Form method="post" action={formAction} className="authority-assign-me">
          <input type="hidden" name="intent" value="assign" />
          <input type="hidden" name="handler" value={actions.userId} />
          <Button type="submit" variant="secondary" id="assign-me">
            {t('actions.assign.toMe')}
          </Button>
        </Form>
      )}

      <AuthorityActionForm
        intent="assign"
        action={formAction}
        title={t('actions.assign.title')}
        intro={t('actions.assign.intro')}
        submitLabel={t('actions.assign.submit')}
        errors={errorsOf('assign')}
      >
        <AuthoritySelectField
          id="assign-handler"
          name="handler"
          label={t('fields.handler')}
          error={fieldError('assign', 'handler')}
          options={actions.handlerOptions}
          defaultValue={valueOf('assign', 'handler') || actions.handler}
          placeholder={t('fields.noHandler')}
        />
      </AuthorityActionForm>

      <AuthorityActionForm
        intent="note"
        action={formAction}
        title={t('actions.note.title')}
        intro={t('actions.note.intro')}
        submitLabel={t('actions.note.submit')}
        errors={errorsOf('note')}
      >
        <Textarea
          id="note-body"
          name="body"
          labelText={t('fields.note')}
          status={textStatus('note', 'body')}
          statusText={fieldError('note', 'body')}
          defaultValue={valueOf('note', 'body')}
          fullWidth
          mb="m"
        />
      </AuthorityActionForm>

      {actions.canAcknowledge && (
        <AuthorityActionForm
          intent="acknowledge"
          action={formAction}
          title={t('actions.acknowledge.title')}
          intro={t('actions.acknowledge.intro')}
          submitLabel={t('actions.acknowledge.submit')}
          errors={errorsOf('acknowledge')}
        >
          <TextInput
            id="acknowledge-reference"
            name="reference"
            labelText={t('fields.reference')}
            hintText={t('fields.referenceHint')}
            status={textStatus('acknowledge', 'reference')}
            statusText={fieldError('acknowledge', 'reference')}
            defaultValue={valueOf('acknowledge', 'reference')}
            fullWidth
            mb="m"
          />
        </AuthorityActionForm>
      )}

      {hasStatusChange && (
        <AuthorityActionForm
          intent="status"
          action={formAction}
          title={t('actions.status.title')}
          submitLabel={t('actions.status.submit')}
          errors={errorsOf('status')}
        >
          <AuthoritySelectField
            id="status-status"
            name="status"
            label={t('fields.status')}
            error={fieldError('status', 'status')}
            options={actions.statusOptions}
            defaultValue={valueOf('status', 'status') || actions.statusOptions[0]?.value}
          />
        </AuthorityActionForm>
      )}

      {actions.canRequestSupplement && (
        <AuthorityActionForm
          intent="supplement"
          action={formAction}
          title={t('actions.supplement.title')}
          submitLabel={t('actions.supplement.submit')}
          errors={errorsOf('supplement')}
        >
          <SupplementItemFields
            valueOf={(field) => valueOf('supplement', field)}
            errorOf={(field) => fieldError('supplement', field)}
          />
          <TextInput
            id="supplement-dueDate"
            name="dueDate"
            type={'date' as 'text'}
            min={actions.today}
            labelText={t('fields.dueDate')}
            hintText={t('fields.dueDateHint')}
            status={textStatus('supplement', 'dueDate')}
            statusText={fieldError('supplement', 'dueDate')}
            defaultValue={valueOf('supplement', 'dueDate')}
            className="authority-date"
            mb="m"
          />
        </AuthorityActionForm>
      )}

      <AuthorityActionForm
        intent="message"
        action={formAction}
        title={t('actions.message.title')}
        intro={t('actions.message.intro')}
        submitLabel={t('actions.message.submit')}
        errors={errorsOf('message')}
      >
        <Textarea
          id="message-body"
          name="body"
          labelText={t('fields.body')}
          status={textStatus('message', 'body')}
          statusText={fieldError('message', 'body')}
          defaultValue={valueOf('message', 'body')}
          fullWidth
          mb="m"
        />
      </AuthorityActionForm>

      <AuthorityActionForm
        intent="internal-message"
        action={formAction}
        title={t('actions.internalMessage.title')}
        intro={t('actions.internalMessage.intro')}
        submitLabel={t('actions.internalMessage.submit')}
        errors={errorsOf('internal-message')}
      >
        <Textarea
          id="internal-message-body"
          name="body"
          labelText={t('fields.body')}
          status={textStatus('internal-message', 'body')}
          statusText={fieldError('internal-message', 'body')}
          defaultValue={valueOf('internal-message', 'body')}
          fullWidth
          mb="m"
        />
      </AuthorityActionForm>

      {actions.canDecide && (
        <AuthorityActionForm
          intent="decision"
          action={formAction}
          title={t('actions.decision.title')}
          intro={t('actions.decision.intro')}
          submitLabel={t('actions.decision.submit')}
          errors={errorsOf('decision')}
          isMultipart
        >
          <DecisionFields
            intent="decision"
            actions={actions}
            value={(field) => valueOf('decision', field)}
            isRefused={refused?.intent === 'decision'}
            fieldError={(field) => fieldError('decision', field)}
            initial={{ decisionMaker: actions.decisionMaker, decisionDate: actions.today }}
          />
        </AuthorityActionForm>
      )}

      {actions.canCorrect && actions.currentDecision && (
        <AuthorityActionForm
          intent="correct-decision"
          action={`${formAction}?form=correct-decision`}
          title={t('actions.correctDecision.title')}
          intro={t('actions.correctDecision.intro')}
          submitLabel={t('actions.correctDecision.submit')}
          errors={errorsOf('correct-decision')}
          isMultipart
        >
          <Textarea
            id="correct-decision-correctionReason"
            name="correctionReason"
            labelText={t('fields.correctionReason')}
            hintText={t('fields.correctionReasonHint')}
            status={textStatus('correct-decision', 'correctionReason')}
            statusText={fieldError('correct-decision', 'correctionReason')}
            defaultValue={valueOf('correct-decision', 'correctionReason')}
            fullWidth
            mb="m"
          />
          <DecisionFields
            intent="correct-decision"
            actions={actions}
            value={(field) => valueOf('correct-decision', field)}
            isRefused={refused?.intent === 'correct-decision'}
            fieldError={(field) => fieldError('correct-decision', field)}
            initial={actions.currentDecision}
          />
        </AuthorityActionForm>
      )}
    </section>
  )
}

type DecisionField =
  'outcome' | 'summary' | 'conditions' | 'decisionMaker' | 'decisionDate' | 'validFrom' | 'validUntil'

/**
 * The fields of a decision record, for a new decision and for a correction alike: outcome
 * (the permit type's kind's options), summary, conditions one per line, decision-maker,
 * date, validity, the appeal instructions that will be attached, and the document.
 */
const DecisionFields = ({
  intent,
  actions,
  value,
  isRefused,
  fieldError,
  initial,
}: {
  intent: CaseActionIntent
  actions: AuthorityCasePage['actions']
  /** What the user posted, after a refusal. */
  value: (field: DecisionField) => string
  isRefused: boolean
  fieldError: (field: string) => string | undefined
  /** What the form starts with before any post. */
  initial: Partial<Record<DecisionField, string>>
}) => {
  const t = useT('authority')
  const id = (field: string) => `${intent}-${field}`
  const start = (field: DecisionField) => (isRefused ? value(field) : (initial[field] ?? ''))
  const status = (field: string) => (fieldError(field) ? ('error' as const) : ('default' as const))
  const dateInput = (field: 'decisionDate' | 'validFrom' | 'validUntil', hint?: string) => (
    <TextInput
      id={id(field)}
      name={field}
      type={'date' as 'text'}
      max={field === 'decisionDate' ? actions.today : undefined}
      labelText={t(`fields.${field}`)}
      hintText={hint}
      status={status(field)}
      statusText={fieldError(field)}
      defaultValue={start(field)}
      className="authority-date"
      mb="m"
    />
  )
  return (
    <>
      <AuthoritySelectField
        id={id('outcome')}
        name="outcome"
        label={t('fields.outcome')}
        error={fieldError('outcome')}
        options={actions.outcomeOptions}
        defaultValue={start('outcome')}
        placeholder={t('fields.choose')}
      />
      <Textarea
        id={id('summary')}
        name="summary"
        labelText={t('fields.summary')}
        status={status('summary')}
        statusText={fieldError('summary')}
        defaultValue={start('summary')}
        fullWidth
        mb="m"
      />
      <Textarea
        id={id('conditions')}
        name="conditions"
        labelText={t('fields.conditions')}
        hintText={t('fields.conditionsHint')}
        status={status('conditions')}
        statusText={fieldError('conditions')}
        defaultValue={start('conditions')}
        fullWidth
        mb="m"
      />
      <TextInput
        id={id('decisionMaker')}
        name="decisionMaker"
        labelText={t('fields.decisionMaker')}
        hintText={t('fields.decisionMakerHint')}
        status={status('decisionMaker')}
        statusText={fieldError('decisionMaker')}
        defaultValue={start('decisionMaker')}
        fullWidth
        mb="m"
      />
      {dateInput('decisionDate', t('fields.decisionDateHint'))}
      <fieldset className="authority-fieldset">
        <legend>{t('fields.validity')}</legend>
        {dateInput('validFrom')}
        {dateInput('validUntil')}
      </fieldset>
      <section className="authority-appeal" aria-labelledby={id('appeal-heading')}>
        <h3 className="authority-appeal-heading" id={id('appeal-heading')}>
          {t('fields.appealInstructions')}
        </h3>
        {actions.appealInstructions ? (
          <>
            <p className="authority-appeal-kind">
              <strong>{actions.appealInstructions.kindLabel}</strong>
            </p>
            <p className="authority-text" lang={actions.appealInstructions.lang}>
              {actions.appealInstructions.text}
            </p>
          </>
        ) : (
          <Paragraph>{t('fields.noAppealInstructions')}</Paragraph>
        )}
      </section>
      <AuthorityFileField
        id={id('document')}
        name="document"
        label={t('fields.document')}
        hint={t('fields.documentHint')}
        error={fieldError('document')}
        accept={actions.documentAccept}
      />
    </>
  )
}

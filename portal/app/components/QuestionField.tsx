import {
  Checkbox,
  CheckboxGroup,
  HintText,
  Label,
  RadioButton,
  RadioButtonGroup,
  StatusText,
  Textarea,
  TextInput,
} from 'suomifi-ui-components'

import type { Question } from '../models/questions.server'
import { usePreHydrationChoice } from './usePreHydrationChoice'
import { useT } from '../i18n/useT'

/** The help text and, for a prefilled value, where it came from: both describe the control. */
const hintOf = (question: Question) => [question.help, question.prefilledText].filter(Boolean).join(' ')

/** The label, marked as Finnish when it stands in for a missing translation. */
const labelOf = (question: Question) =>
  question.labelLang ? <span lang={question.labelLang}>{question.label}</span> : question.label

/** A prefilled value's control is marked (and its hint says where the value came from). */
const classOf = (question: Question, className: string) =>
  question.prefilledText ? `${className} question-prefilled` : className

const RadioQuestion = ({ question, id }: { question: Question; id: string }) => {
  const [values, setValues] = usePreHydrationChoice(question.key, question.value ? [question.value] : [])
  return (
    <RadioButtonGroup
      id={id}
      name={question.key}
      labelText={labelOf(question)}
      groupHintText={hintOf(question) || undefined}
      optionalText={question.optionalText ?? undefined}
      groupStatus={question.error ? 'error' : 'default'}
      groupStatusText={question.error ?? undefined}
      value={values[0] ?? ''}
      onChange={(value) => setValues([value])}
      className={classOf(question, 'question')}
      mb="l"
    >
      {question.options.map((option, index) => (
        <RadioButton
          key={option.value}
          id={`${id}-${index}`}
          value={option.value}
          aria-describedby={question.error ? `${id}-statusText` : undefined}
        >
          {option.label}
        </RadioButton>
      ))}
    </RadioButtonGroup>
  )
}

const CheckboxesQuestion = ({ question, id }: { question: Question; id: string }) => {
  const [values, setValues] = usePreHydrationChoice(question.key, question.values)
  return (
    <CheckboxGroup
      id={id}
      labelText={labelOf(question)}
      groupHintText={hintOf(question) || undefined}
      optionalText={question.optionalText ?? undefined}
      groupStatus={question.error ? 'error' : 'default'}
      groupStatusText={question.error ?? undefined}
      className={classOf(question, 'question')}
      mb="l"
    >
      {question.options.map((option, index) => (
        <Checkbox
          key={option.value}
          id={`${id}-${index}`}
          name={question.key}
          value={option.value}
          checked={values.includes(option.value)}
          onClick={({ checkboxState }) =>
            setValues((current) =>
              checkboxState ? [...current, option.value] : current.filter((value) => value !== option.value),
            )
          }
        >
          {option.label}
        </Checkbox>
      ))}
    </CheckboxGroup>
  )
}

/**
 * One question as a native form control named after its data element, so that the form
 * posts (or GETs) without JavaScript. Every control has an explicit id: the Suomi.fi
 * components only generate ids in the browser, and a server-rendered label needs one.
 * Help and error texts are linked with aria-describedby.
 */
export const QuestionField = ({ question }: { question: Question }) => {
  const t = useT('common')
  const id = `q-${question.key}`
  const status = question.error ? 'error' : 'default'
  const statusText = question.error ?? undefined
  const hint = hintOf(question)

  switch (question.input) {
    case 'radio':
      return <RadioQuestion question={question} id={id} />
    case 'checkboxes':
      return <CheckboxesQuestion question={question} id={id} />
    case 'select': {
      const describedBy = [hint && `${id}-hint`, question.error && `${id}-statusText`].filter(Boolean)
      return (
        <div
          className={classOf(question, 'question native-select')}
          data-error={question.error ? 'true' : undefined}
        >
          <Label htmlFor={id} optionalText={question.optionalText ?? undefined}>
            {labelOf(question)}
          </Label>
          {hint && <HintText id={`${id}-hint`}>{hint}</HintText>}
          <select
            id={id}
            name={question.key}
            defaultValue={question.value}
            aria-invalid={question.error ? true : undefined}
            aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
          >
            <option value="">{t('analysis.form.choose')}</option>
            {question.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <StatusText id={`${id}-statusText`} status={status}>
            {statusText}
          </StatusText>
        </div>
      )
    }
    case 'textarea':
      return (
        <Textarea
          id={id}
          name={question.key}
          labelText={labelOf(question)}
          hintText={hint || undefined}
          optionalText={question.optionalText ?? undefined}
          status={status}
          statusText={statusText}
          defaultValue={question.value}
          fullWidth
          className={classOf(question, 'question')}
          mb="l"
        />
      )
    default: {
      // Native date and time pickers give ISO values ('2027-06-12', '14:00') in every language.
      return (
        <TextInput
          id={id}
          name={question.key}
          type={question.input as 'text'}
          labelText={labelOf(question)}
          hintText={hint || undefined}
          optionalText={question.optionalText ?? undefined}
          status={status}
          statusText={statusText}
          defaultValue={question.value}
          inputMode={question.input === 'number' ? (question.isInteger ? 'numeric' : 'decimal') : undefined}
          min={question.input === 'number' ? (question.min ?? undefined) : undefined}
          max={question.input === 'number' ? (question.max ?? undefined) : undefined}
          step={question.input === 'number' ? (question.isInteger ? 1 : 'any') : undefined}
          fullWidth
          className={classOf(question, `question question-${question.input}`)}
          mb="l"
        />
      )
    }
  }
}

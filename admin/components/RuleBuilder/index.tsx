'use client'

import {
  Button,
  FieldDescription,
  FieldError,
  FieldLabel,
  useField,
  useFormProcessing,
  useTranslation,
} from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { QueryBuilder, ValueEditor } from 'react-querybuilder'
import type {
  Field,
  RuleGroupType,
  RuleGroupTypeAny,
  ValidationMap,
  ValueEditorProps,
} from 'react-querybuilder'

import type {
  PermitBundleTranslationKeys,
  PermitBundleTranslations,
} from '../../../src/collections/PermitBundles/translations'
import {
  fromRuleQuery,
  operatorsOf,
  takesValue,
  toRuleQuery,
  valueSourcesOf,
  type RuleOperator,
} from '../../../src/domain/rule-builder'
import type { DataElementType, JsonLogicRule } from '../../../src/domain/types'
import { JsonField } from '../CodeFields'
import { useAnalysisQuestions, type AnalysisQuestion } from './useAnalysisQuestions'
import './index.css'

const useRuleBuilderTranslation = () =>
  useTranslation<PermitBundleTranslations, PermitBundleTranslationKeys>()
type T = ReturnType<typeof useRuleBuilderTranslation>['t']

const isEmptyValue = (value: unknown) =>
  value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0)

const isOrdering = (operator: RuleOperator): operator is '<' | '<=' | '>' | '>=' =>
  operator === '<' || operator === '<=' || operator === '>' || operator === '>='

const operatorLabel = (t: T, operator: RuleOperator, type: DataElementType) =>
  (type === 'date' || type === 'time') && isOrdering(operator)
    ? t(`lupa-rule-builder:date${operator}`)
    : t(`lupa-rule-builder:${operator}`)

const inputTypeOf = (type: DataElementType) =>
  type === 'integer' || type === 'number'
    ? 'number'
    : type === 'date' || type === 'time' || type === 'email'
      ? type
      : 'text'

const editorTypeOf = (type: DataElementType, operator: string) => {
  if (type === 'boolean') return 'radio'
  if (type === 'select' || type === 'multiSelect')
    return operator === 'in' || operator === 'notIn' ? 'multiselect' : 'select'
  return 'text'
}

/** react-querybuilder's fields: the questions, with the operators and editors their type allows. */
const fieldsOf = (questions: AnalysisQuestion[], t: T): Field[] =>
  questions.map((question) => ({
    name: question.key,
    value: question.key,
    label: question.label,
    questionType: question.type,
    operators: operatorsOf(question.type).map((operator) => ({
      name: operator,
      value: operator,
      label: operatorLabel(t, operator, question.type),
      ...(takesValue(operator) ? {} : { arity: 'unary' as const }),
    })),
    valueSources: valueSourcesOf(question.type).map((source) => ({
      name: source,
      value: source,
      label: t(source === 'value' ? 'lupa-rule-builder:sourceValue' : 'lupa-rule-builder:sourceField'),
    })) as Field['valueSources'],
    // Another answer to compare with must be of the same type (dates with dates).
    comparator: (other: Field) => other.questionType === question.type,
    inputType: inputTypeOf(question.type),
    valueEditorType: (operator: string) => editorTypeOf(question.type, operator),
    values:
      question.type === 'boolean'
        ? [
            { name: 'true', value: 'true', label: t('lupa-rule-builder:yes') },
            { name: 'false', value: 'false', label: t('lupa-rule-builder:no') },
          ]
        : question.options.map((option) => ({
            name: option.value,
            value: option.value,
            label: option.label,
          })),
    ...(question.type === 'boolean' ? { defaultValue: 'true' } : {}),
  }))

/** Conditions without a value and groups without conditions, marked for the editor. */
const incompleteOf = (group: RuleGroupTypeAny, isRoot = true): ValidationMap =>
  Object.assign(
    group.id && !isRoot && group.rules.length === 0 ? { [group.id]: false } : {},
    ...group.rules.map((rule) => {
      if (typeof rule === 'string') return {}
      if ('rules' in rule) return incompleteOf(rule, false)
      return rule.id && takesValue(rule.operator) && isEmptyValue(rule.value) ? { [rule.id]: false } : {}
    }),
  )

/** The value editor, with a visible note while its value is missing. */
const ValueEditorWithNote = (props: ValueEditorProps) => {
  const isIncomplete = takesValue(props.operator) && isEmptyValue(props.value)
  return (
    <>
      <ValueEditor {...props} />
      {isIncomplete && (
        <span className="lupa-rule-builder__incomplete">
          {(props.context as { incompleteText: string }).incompleteText}
        </span>
      )}
    </>
  )
}

/**
 * The message of the save's refusal at this condition, kept until the condition changes or the
 * next save starts. The bundle's checks refuse in a hook (refuseBundleProblems), not in the
 * field's validation: Payload's form marks the field valid again as soon as a form-state
 * request (sent a moment after an edit, or after the refusal itself) answers after the
 * refusal, so a save clicked right after an edit showed the refusal for an instant only.
 */
const useRefusal = ({
  errorMessage,
  showError,
  serialized,
}: {
  errorMessage: string | undefined
  showError: boolean
  serialized: string
}): string | null => {
  const isSaving = useFormProcessing()
  const [refusal, setRefusal] = useState<{ message: string; value: string } | null>(null)
  useEffect(() => {
    if (showError && errorMessage) setRefusal({ message: errorMessage, value: serialized })
  }, [showError, errorMessage, serialized])
  useEffect(() => {
    if (isSaving) setRefusal(null)
  }, [isSaving])
  return refusal !== null && refusal.value === serialized ? refusal.message : null
}

/**
 * The condition of a permit rule ("when is this permit needed") as a visual builder over the
 * bundle's own analysis questions: choices by their labels in the admin's language, numbers,
 * dates and times with comparisons (also against another answer), nested and/or groups,
 * "answered" and "not answered". It stores JSON Logic through `rule-builder`, which shows a
 * condition in the builder only when it can give it back unchanged; the raw JSON stays one
 * button away (expert view) and is where any other condition is edited.
 */
export const RuleBuilder: JSONFieldClientComponent = (props) => {
  const { field, path: pathFromProps, readOnly } = props
  const { t } = useRuleBuilderTranslation()
  const analysis = useAnalysisQuestions()
  // Validated on the server (required, JSON, and the bundle's checks at this path).
  const { value, setValue, path, showError, errorMessage, disabled } = useField<JsonLogicRule>({
    potentiallyStalePath: pathFromProps,
  })
  const [isJsonView, setIsJsonView] = useState(false)
  const serialized = JSON.stringify(value ?? null)
  const refusal = useRefusal({ errorMessage, showError, serialized })
  // What the builder itself last wrote: any other change of the value (the JSON view, a reset)
  // starts the builder afresh from the value.
  const written = useRef(serialized)
  const [start, setStart] = useState({ rule: value ?? null, generation: 0 })
  useEffect(() => {
    if (serialized !== written.current) {
      written.current = serialized
      setStart((previous) => ({ rule: value ?? null, generation: previous.generation + 1 }))
    }
  }, [serialized, value])

  const questions = useMemo(() => (analysis.status === 'ready' ? analysis.questions : []), [analysis])
  const fields = useMemo(() => fieldsOf(questions, t), [questions, t])
  const conversion = useMemo(
    () => (analysis.status === 'ready' ? toRuleQuery({ rule: start.rule, questions }) : null),
    [analysis.status, start.rule, questions],
  )
  const onQueryChange = useCallback(
    (query: RuleGroupType) => {
      const rule = fromRuleQuery({ query, questions })
      const text = JSON.stringify(rule)
      if (text === written.current) return
      written.current = text
      setValue(rule)
    },
    [questions, setValue],
  )
  const isReadOnly = Boolean(readOnly || disabled)
  const label = field.label ?? field.name

  const viewToggle = (
    <Button buttonStyle="secondary" size="small" onClick={() => setIsJsonView(!isJsonView)}>
      {isJsonView ? t('lupa-rule-builder:showBuilder') : t('lupa-rule-builder:showJson')}
    </Button>
  )
  if (isJsonView) {
    return (
      <div className="lupa-rule-builder lupa-rule-builder--json">
        <div className="lupa-rule-builder__bar">
          <span className="lupa-rule-builder__hint">{t('lupa-rule-builder:jsonHint')}</span>
          {viewToggle}
        </div>
        {!showError && refusal !== null && <FieldError path={path} showError message={refusal} />}
        <JsonField {...props} />
      </div>
    )
  }

  const notice = (() => {
    if (analysis.status === 'loading') return t('lupa-rule-builder:loading')
    if (analysis.status === 'failed') return t('lupa-rule-builder:loadFailed')
    if (questions.length === 0) return t('lupa-rule-builder:noQuestions')
    if (conversion && !conversion.isRepresentable) {
      return conversion.reason === 'unknown-questions'
        ? t('lupa-rule-builder:unknownQuestions', { questions: conversion.unknownKeys.join(', ') })
        : t('lupa-rule-builder:notRepresentable')
    }
    return null
  })()

  return (
    <div
      id={`field-${path.replace(/\./g, '__')}`}
      className={['field-type', 'lupa-rule-builder', (showError || refusal !== null) && 'error']
        .filter(Boolean)
        .join(' ')}
    >
      <div className="lupa-rule-builder__bar">
        <FieldLabel label={label} path={path} required={field.required} localized={field.localized} />
        {viewToggle}
      </div>
      {showError ? (
        <FieldError path={path} showError />
      ) : (
        refusal !== null && <FieldError path={path} showError message={refusal} />
      )}
      {notice !== null || !conversion?.isRepresentable ? (
        <div className="lupa-rule-builder__notice" role="status">
          <p>{notice}</p>
          {conversion && !conversion.isRepresentable && !isReadOnly && (
            <Button buttonStyle="secondary" size="small" onClick={() => setValue(null)}>
              {t('lupa-rule-builder:startOver')}
            </Button>
          )}
        </div>
      ) : (
        <>
          {conversion.query.rules.length === 0 && (
            <p className="lupa-rule-builder__hint">{t('lupa-rule-builder:emptyCondition')}</p>
          )}
          <QueryBuilder
            key={start.generation}
            fields={fields}
            defaultQuery={conversion.query}
            onQueryChange={onQueryChange}
            combinators={[
              { name: 'and', value: 'and', label: t('lupa-rule-builder:and') },
              { name: 'or', value: 'or', label: t('lupa-rule-builder:or') },
            ]}
            translations={{
              fields: { title: t('lupa-rule-builder:question') },
              operators: { title: t('lupa-rule-builder:operator') },
              value: { title: t('lupa-rule-builder:value') },
              valueSourceSelector: { title: t('lupa-rule-builder:valueSource') },
              combinators: { title: t('lupa-rule-builder:combinator') },
              addRule: {
                label: `+ ${t('lupa-rule-builder:addRule')}`,
                title: t('lupa-rule-builder:addRule'),
              },
              addGroup: {
                label: `+ ${t('lupa-rule-builder:addGroup')}`,
                title: t('lupa-rule-builder:addGroup'),
              },
              removeRule: { label: '✕', title: t('lupa-rule-builder:removeRule') },
              removeGroup: { label: '✕', title: t('lupa-rule-builder:removeGroup') },
            }}
            controlElements={{ valueEditor: ValueEditorWithNote }}
            context={{ incompleteText: t('lupa-rule-builder:incomplete') }}
            validator={incompleteOf}
            listsAsArrays
            disabled={isReadOnly}
          />
        </>
      )}
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}

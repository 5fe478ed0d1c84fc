'use client'

import {
  useAllFormFields,
  useConfig,
  useDebounce,
  useDocumentInfo,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import type { FormState } from 'payload'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useMemo, useState } from 'react'

import type {
  PermitBundleTranslationKeys,
  PermitBundleTranslations,
} from '../../../src/collections/PermitBundles/translations'
import type { BundleProblemLevel } from '../../../src/domain/bundle-checks'
import type { BundlePreview as Preview } from '../../../src/domain/bundle-preview'
import type { DataValues } from '../../../src/domain/types'
import { useAnalysisQuestions, type AnalysisQuestion } from '../RuleBuilder/useAnalysisQuestions'
import './index.css'

type Problem = { level: BundleProblemLevel; path: string; message: string }
type Answer = { preview: Preview; problems: Problem[] }
type State = { status: 'idle' } | { status: 'failed'; message: string } | { status: 'ready'; answer: Answer }

const useBundlePreviewTranslation = () =>
  useTranslation<PermitBundleTranslations, PermitBundleTranslationKeys>()

const QuestionInput = ({
  question,
  value,
  onChange,
}: {
  question: AnalysisQuestion
  value: unknown
  onChange: (value: unknown) => void
}) => {
  const { t } = useBundlePreviewTranslation()
  const id = `lupa-preview-${question.key}`
  if (question.type === 'multiSelect') {
    const chosen = Array.isArray(value) ? (value as string[]) : []
    return (
      <fieldset className="lupa-bundle-preview__question">
        <legend>{question.label}</legend>
        {question.options.map((option) => (
          <label key={option.value}>
            <input
              type="checkbox"
              checked={chosen.includes(option.value)}
              onChange={(event) => {
                const next = event.target.checked
                  ? [...chosen, option.value]
                  : chosen.filter((item) => item !== option.value)
                onChange(next.length > 0 ? next : undefined)
              }}
            />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
    )
  }
  const choices =
    question.type === 'boolean'
      ? [
          { value: 'true', label: t('lupa-bundle-preview:yes') },
          { value: 'false', label: t('lupa-bundle-preview:no') },
        ]
      : question.type === 'select'
        ? question.options
        : null
  return (
    <div className="lupa-bundle-preview__question">
      <label htmlFor={id}>{question.label}</label>
      {choices ? (
        <select
          id={id}
          value={value === undefined ? '' : String(value)}
          onChange={(event) => {
            const chosen = event.target.value
            onChange(chosen === '' ? undefined : question.type === 'boolean' ? chosen === 'true' : chosen)
          }}
        >
          <option value="">{t('lupa-bundle-preview:unanswered')}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type={
            question.type === 'integer' || question.type === 'number'
              ? 'number'
              : question.type === 'date' || question.type === 'time'
                ? question.type
                : 'text'
          }
          value={value === undefined ? '' : String(value)}
          onChange={(event) => {
            const typed = event.target.value
            const isNumeric = question.type === 'integer' || question.type === 'number'
            onChange(typed === '' ? undefined : isNumeric ? Number(typed) : typed)
          }}
        />
      )}
    </div>
  )
}

/**
 * The form's values as saved. Payload's form state holds an array field's row count as its
 * value, which an array with rows replaces by its rows: an empty array is sent as `[]`, not `0`.
 */
const valuesOf = (fields: FormState) =>
  reduceFieldsToValues(
    Object.fromEntries(
      Object.entries(fields).map(([path, field]) => [
        path,
        Array.isArray(field.rows) && field.rows.length === 0 ? { ...field, value: [] } : field,
      ]),
    ),
    true,
  )

const levelLabel = {
  error: 'lupa-bundle-preview:blocksSaving',
  publish: 'lupa-bundle-preview:blocksPublishing',
  warning: 'lupa-bundle-preview:warning',
} as const

/**
 * Beside the bundle's permits: answer the analysis questions and see which permits the
 * bundle as edited (unsaved changes included) makes needed, with the reasons and the deadline
 * plan a customer would see, and every problem that blocks saving or publishing. Everything
 * is worked out on the server (`POST /api/permit-bundles/preview`), by the portal's rules.
 */
export const BundlePreview = () => {
  const { t, i18n } = useBundlePreviewTranslation()
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const locale = useLocale()
  const [fields] = useAllFormFields()
  // The portal shows the bundle as saved, under the key it was saved with.
  const savedKey = fields.key?.initialValue
  const analysis = useAnalysisQuestions()
  const [answers, setAnswers] = useState<DataValues>({})
  const [state, setState] = useState<State>({ status: 'idle' })

  // The form as edited, sent once the editing pauses.
  const request = useMemo(
    () => JSON.stringify({ id: id ?? null, data: valuesOf(fields), answers }),
    [id, fields, answers],
  )
  const debounced = useDebounce(request, 600)
  const [inFlight, setInFlight] = useState<string | null>(null)
  useEffect(() => {
    const controller = new AbortController()
    setInFlight(debounced)
    fetch(`${config.routes.api}/permit-bundles/preview?locale=${encodeURIComponent(locale.code)}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: debounced,
      signal: controller.signal,
    })
      .then(async (response) => {
        const body = (await response.json()) as Answer & { errors?: { message: string }[] }
        if (!response.ok)
          throw new Error(body.errors?.map((error) => error.message).join(' ') ?? response.statusText)
        setState({ status: 'ready', answer: body })
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted)
          setState({ status: 'failed', message: String((error as Error).message) })
      })
      .finally(() => {
        if (!controller.signal.aborted) setInFlight(null)
      })
    return () => controller.abort()
  }, [config.routes.api, debounced, locale.code])

  const formatDate = (date: string) =>
    new Date(`${date}T12:00:00`).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : `${i18n.language}-FI`)
  const questions = analysis.status === 'ready' ? analysis.questions : []
  const answer = state.status === 'ready' ? state.answer : null
  const preview = answer?.preview

  return (
    <section className="lupa-bundle-preview" aria-labelledby="lupa-bundle-preview-title">
      <h3 id="lupa-bundle-preview-title">{t('lupa-bundle-preview:title')}</h3>
      <p className="lupa-bundle-preview__intro">{t('lupa-bundle-preview:intro')}</p>
      {id !== undefined && typeof savedKey === 'string' && savedKey !== '' && (
        <p>
          <a href={`/analysis/${encodeURIComponent(savedKey)}?preview=1`} target="_blank" rel="noreferrer">
            {t('lupa-bundle-preview:portalLink')}
          </a>
        </p>
      )}
      <div className="lupa-bundle-preview__columns">
        {/* Not a form: the preview sits inside the document's own form. */}
        <div
          className="lupa-bundle-preview__answers"
          role="group"
          aria-labelledby="lupa-bundle-preview-answers"
        >
          <h4 id="lupa-bundle-preview-answers">{t('lupa-bundle-preview:answers')}</h4>
          {questions.map((question) => (
            <QuestionInput
              key={question.key}
              question={question}
              value={answers[question.key]}
              onChange={(value) => setAnswers((previous) => ({ ...previous, [question.key]: value }))}
            />
          ))}
        </div>
        <div className="lupa-bundle-preview__result" aria-live="polite" aria-busy={inFlight !== null}>
          <h4>{t('lupa-bundle-preview:result')}</h4>
          {inFlight !== null && (
            <p className="lupa-bundle-preview__muted">{t('lupa-bundle-preview:updating')}</p>
          )}
          {state.status === 'failed' && (
            <p className="lupa-bundle-preview__error">
              {t('lupa-bundle-preview:failed', { message: state.message })}
            </p>
          )}
          {preview && !preview.isValid && (
            <>
              <p className="lupa-bundle-preview__error">{t('lupa-bundle-preview:invalidAnswers')}</p>
              <ul>
                {preview.errors.map((error) => (
                  <li key={error.key}>
                    {questions.find((question) => question.key === error.key)?.label ?? error.key}:{' '}
                    {error.message}
                  </li>
                ))}
              </ul>
            </>
          )}
          {preview?.isValid && (
            <>
              <ul className="lupa-bundle-preview__permits" data-testid="preview-permits">
                {preview.permits.map((permit) => (
                  <li
                    key={permit.permitType}
                    data-permit-type={permit.permitType}
                    data-needed={permit.isNeeded}
                  >
                    <strong>
                      {permit.isNeeded ? '✔' : '–'} {permit.name}
                    </strong>{' '}
                    <span
                      className={
                        permit.isNeeded ? 'lupa-bundle-preview__needed' : 'lupa-bundle-preview__muted'
                      }
                    >
                      {permit.isNeeded ? t('lupa-bundle-preview:needed') : t('lupa-bundle-preview:notNeeded')}
                    </span>
                    <ul>
                      {permit.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
              <h4>{t('lupa-bundle-preview:plan')}</h4>
              {preview.plan ? (
                <ol className="lupa-bundle-preview__plan">
                  {preview.plan.items.map((item) => (
                    <li key={item.permitType}>
                      {preview.permits.find((permit) => permit.permitType === item.permitType)?.name}:{' '}
                      {t('lupa-bundle-preview:latestDate', { date: formatDate(item.latestDate) })} (
                      {item.isPassed
                        ? t('lupa-bundle-preview:passed')
                        : t('lupa-bundle-preview:daysLeft', { count: item.daysLeft })}
                      )
                      {preview.plan?.criticalPath.includes(item.permitType) &&
                        ` – ${t('lupa-bundle-preview:critical')}`}
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="lupa-bundle-preview__muted">{t('lupa-bundle-preview:planNeedsDate')}</p>
              )}
            </>
          )}
        </div>
      </div>
      <h4>{t('lupa-bundle-preview:checks')}</h4>
      {answer && answer.problems.length === 0 && <p>{t('lupa-bundle-preview:noProblems')}</p>}
      {answer && answer.problems.length > 0 && (
        <ul className="lupa-bundle-preview__problems" data-testid="bundle-problems">
          {answer.problems.map((problem) => (
            <li key={`${problem.path}:${problem.message}`} data-level={problem.level}>
              <span className={`lupa-bundle-preview__level lupa-bundle-preview__level--${problem.level}`}>
                {t(levelLabel[problem.level])}
              </span>{' '}
              {problem.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

import { fallbackLangOf, localize } from '../../../src/domain/localize'
import type { DataElement, Locale } from '../../../src/domain/types'
import { formatDate, formatNumber } from '../i18n/format'

/**
 * Data elements as form questions, shared by the permit analysis and the application
 * wizard: how each type is asked, how a posted value is read back, and how a value reads.
 */

/** How a question is asked: by the data element's type (and, for selects, its option count). */
export type QuestionInput =
  'radio' | 'select' | 'checkboxes' | 'number' | 'date' | 'time' | 'text' | 'textarea'

/** Selects with more options than this are a native select instead of radio buttons. */
const maxRadioOptions = 8

/** One question, ready to render in the chosen language. */
export type Question = {
  key: string
  /** id of the element that receives focus for this question (the first radio button of a group). */
  focusId: string
  input: QuestionInput
  label: string
  /** 'fi' when the label is the Finnish text standing in for a missing translation. */
  labelLang?: 'fi'
  help: string
  /** Shown after the label of a question that may be left unanswered; null when not marked. */
  optionalText: string | null
  /** Says where a prefilled value came from while it is unchanged; null otherwise. */
  prefilledText: string | null
  options: { value: string; label: string }[]
  min: number | null
  max: number | null
  isInteger: boolean
  /** What the customer gave, as submitted (kept when invalid). */
  value: string
  values: string[]
  error: string | null
}

export const questionInput = (element: DataElement): QuestionInput => {
  switch (element.type) {
    case 'boolean':
      return 'radio'
    case 'select':
      return (element.options?.length ?? 0) > maxRadioOptions ? 'select' : 'radio'
    case 'multiSelect':
      return 'checkboxes'
    case 'integer':
    case 'number':
      return 'number'
    case 'date':
      return 'date'
    case 'time':
      return 'time'
    case 'longText':
      return 'textarea'
    default:
      return 'text'
  }
}

const booleanLabels = {
  true: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' },
  false: { fi: 'Ei', sv: 'Nej', en: 'No' },
}

const booleanOptions = (locale: Locale) => [
  { value: 'true', label: localize(booleanLabels.true, locale) },
  { value: 'false', label: localize(booleanLabels.false, locale) },
]

/** The id of a question's control (see QuestionField). */
export const fieldId = (key: string) => `q-${key}`

/** The id that takes focus for a question: the first option of a group, else the control. */
export const focusIdOf = (element: DataElement) => {
  const input = questionInput(element)
  return input === 'radio' || input === 'checkboxes' ? `${fieldId(element.key)}-0` : fieldId(element.key)
}

/** What a form sent for an element: every value for a multi-select, else the one value. */
export const postedRaw = (
  element: DataElement,
  params: { getAll: (name: string) => unknown[] },
): string[] => {
  const texts = params.getAll(element.key).filter((value): value is string => typeof value === 'string')
  return element.type === 'multiSelect' ? texts.map((value) => value.trim()) : [(texts[0] ?? '').trim()]
}

/** A stored value as the form shows it: the strings a browser would send back. */
export const rawOf = (value: unknown): string[] => {
  if (value === undefined || value === null) return []
  if (Array.isArray(value)) return value.map(String)
  return [String(value)]
}

const timePattern = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/
const finnishDatePattern = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/

/**
 * A form value as the data element's type: numbers and booleans parsed, '14.00' as '14:00',
 * '12.6.2027' as '2027-06-12'. Blank gives undefined; anything unparsable stays a string,
 * so that validation reports it.
 */
export const parseFormValue = (element: DataElement, raw: string[]): unknown => {
  if (element.type === 'multiSelect') return raw.filter(Boolean)
  const value = raw[0] ?? ''
  if (value === '') return undefined
  switch (element.type) {
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value
    case 'integer':
    case 'number': {
      const number = Number(value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'))
      return Number.isFinite(number) ? number : value
    }
    case 'time': {
      const match = timePattern.exec(value)
      return match ? `${match[1].padStart(2, '0')}:${match[2]}` : value
    }
    case 'date': {
      const match = finnishDatePattern.exec(value)
      return match ? `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}` : value
    }
    default:
      return value
  }
}

/** An element as a question in the language, showing the raw values and the error given. */
export const questionOf = ({
  element,
  locale,
  label = localize(element.label, locale),
  raw,
  error = null,
  optionalText = null,
  prefilledText = null,
}: {
  element: DataElement
  locale: Locale
  /** How the question is asked, when the bundle words it its own way. */
  label?: string
  raw: string[]
  error?: string | null
  optionalText?: string | null
  prefilledText?: string | null
}): Question => {
  const input = questionInput(element)
  return {
    key: element.key,
    focusId: focusIdOf(element),
    input,
    label,
    ...(fallbackLangOf(element.label, locale) ? { labelLang: 'fi' as const } : {}),
    help: localize(element.help, locale),
    optionalText,
    prefilledText,
    options:
      element.type === 'boolean'
        ? booleanOptions(locale)
        : (element.options ?? []).map((option) => ({
            value: option.value,
            label: localize(option.label, locale),
          })),
    min: element.min ?? null,
    max: element.max ?? null,
    isInteger: element.type === 'integer',
    value: raw[0] ?? '',
    values: raw,
    error,
  }
}

/**
 * A stored value as text in the language: options by their labels, yes/no, dates and
 * numbers written out. Attachments are listed by their files elsewhere.
 */
export const formatValue = ({
  element,
  value,
  locale,
}: {
  element: DataElement
  value: unknown
  locale: Locale
}): string => {
  if (value === undefined || value === null || value === '') return ''
  const optionLabel = (option: unknown) => {
    const found = element.options?.find((candidate) => candidate.value === option)
    return found ? localize(found.label, locale) : String(option)
  }
  switch (element.type) {
    case 'boolean':
      return typeof value === 'boolean'
        ? localize(booleanLabels[String(value) as 'true'], locale)
        : String(value)
    case 'select':
      return optionLabel(value)
    case 'multiSelect':
      return Array.isArray(value) ? value.map(optionLabel).join(', ') : String(value)
    case 'integer':
    case 'number':
      return typeof value === 'number' ? formatNumber({ value, locale }) : String(value)
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? formatDate({ date: value, locale })
        : String(value)
    default:
      return Array.isArray(value) ? value.map(String).join(', ') : String(value)
  }
}

import {
  caseActorOptions,
  caseEventTypeOptions,
  caseStatusLabels,
  decisionOutcomeLabels,
  deliveryStateLabels,
} from '../../../src/collections/optionLabels'
import type { CaseStatus, DecisionOutcome } from '../../../src/domain/case-status'
import { todayInFinland } from '../../../src/clock'
import { localize } from '../../../src/domain/localize'
import type { Locale, LocalizedText } from '../../../src/domain/types'
import { formatShortDateTime } from '../i18n/format'

/*
 * How the workspace writes the system's values in the user's language: statuses, outcomes,
 * event types, moments and dates. Pure: no database.
 */

/** The texts per locale of a localised field read with `locale: 'all'`. */
const textsOf = (value: object): LocalizedText => {
  const texts = new Map(Object.entries(value))
  const textIn = (locale: Locale) => {
    const text = texts.get(locale)
    return typeof text === 'string' ? text : null
  }
  return { fi: textIn('fi') ?? '', sv: textIn('sv'), en: textIn('en') }
}

/**
 * A localised CMS field as texts per locale, whether read with `locale: 'all'` (an object)
 * or in one locale (a string, taken as the Finnish text).
 */
export const localizedTextOf = (value: unknown): LocalizedText => {
  if (typeof value === 'string') return { fi: value }
  return value && typeof value === 'object' ? textsOf(value) : { fi: '' }
}

/**
 * A localised CMS field in the language, Finnish as the fallback. Payload gives one text when
 * read in a locale and texts per locale when read with `locale: 'all'`, while its generated
 * types always say `string`: both shapes are read here.
 */
export const textOf = (value: unknown, locale: Locale): string => {
  if (typeof value === 'string') return value
  return value && typeof value === 'object' ? localize(textsOf(value), locale) : ''
}

export const statusLabelOf = (status: unknown, locale: Locale) =>
  caseStatusLabels[status as CaseStatus]?.[locale] ?? String(status ?? '')

export const outcomeLabelOf = (outcome: unknown, locale: Locale) =>
  outcome ? (decisionOutcomeLabels[outcome as DecisionOutcome]?.[locale] ?? String(outcome)) : null

export const deliveryStateLabelOf = (state: unknown, locale: Locale) =>
  state ? (deliveryStateLabels[state as keyof typeof deliveryStateLabels]?.[locale] ?? String(state)) : null

export const eventTypeLabelOf = (type: unknown, locale: Locale) =>
  caseEventTypeOptions.find((option) => option.value === type)?.label[locale] ?? String(type ?? '')

export const actorLabelOf = (actor: unknown, locale: Locale) =>
  caseActorOptions.find((option) => option.value === actor)?.label[locale] ?? String(actor ?? '')

/** A moment (ISO) as a date and time in Finland, written the language's way. */
export const formatDateTime = ({ value, locale }: { value: unknown; locale: Locale }): string | null => {
  if (typeof value !== 'string' || !value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return formatShortDateTime({ instant: date, locale })
}

/** A moment (ISO) as the calendar date in Finland, 'YYYY-MM-DD'. */
export const dateInFinlandOf = (value: unknown): string | null => {
  if (typeof value !== 'string' || !value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return todayInFinland(date)
}

/** The calendar date of a date field (stored as that day's UTC midnight), 'YYYY-MM-DD'. */
export const calendarDateOf = (value: unknown): string | null =>
  typeof value === 'string' && value.length >= 10 ? value.slice(0, 10) : null

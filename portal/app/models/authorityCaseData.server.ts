import { isIsoDate } from '../../../src/domain/calendar-date'
import { allowedTransitions } from '../../../src/domain/case-status'
import type { CaseStatus } from '../../../src/domain/case-status'
import { outcomesByKind } from '../../../src/domain/decision-rules'
import type { PermitTypeKind } from '../../../src/domain/decision-rules'
import { localize } from '../../../src/domain/localize'
import type { DataElement, Locale } from '../../../src/domain/types'
import { formatDate, formatNumber } from '../i18n/format'
import { outcomeLabelOf, statusLabelOf } from './authorityLabels.server'

/** One datum of a case as the authority reads it: the question and the answer, in the language. */
export type CaseDataRow = { key: string; label: string; value: string | null }

/** How a datum is written out; `value` null when the application did not give it. */
const valueText = ({
  element,
  value,
  locale,
  yesNo,
}: {
  element: DataElement | undefined
  value: unknown
  locale: Locale
  yesNo: { yes: string; no: string }
}): string | null => {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) {
    const texts = value.map((item) => valueText({ element, value: item, locale, yesNo })).filter(Boolean)
    return texts.length > 0 ? texts.join(', ') : null
  }
  if (typeof value === 'boolean') return value ? yesNo.yes : yesNo.no
  if (typeof value === 'number') return formatNumber({ value, locale })
  const text = String(value)
  const option = element?.options?.find((candidate) => candidate.value === text)
  if (option) return localize(option.label, locale)
  if (element?.type === 'date' && isIsoDate(text)) return formatDate({ date: text, locale })
  return text
}

/**
 * The data of a case, in the order its permit type lists them and only those (the case
 * never carries more): each with the data element's label and the value written out
 * (options by their labels, yes/no, dates and numbers the language's way).
 */
export const caseDataRowsOf = ({
  elementKeys,
  elements,
  data,
  locale,
  yesNo,
}: {
  /** The permit type's data elements, in order. */
  elementKeys: string[]
  elements: DataElement[]
  data: Record<string, unknown>
  locale: Locale
  yesNo: { yes: string; no: string }
}): CaseDataRow[] => {
  const byKey = new Map(elements.map((element) => [element.key, element]))
  return elementKeys.map((key) => {
    const element = byKey.get(key)
    return {
      key,
      label: element ? localize(element.label, locale) : key,
      value: valueText({ element, value: data[key], locale, yesNo }),
    }
  })
}

/** The statuses an authority reaches through their own actions, not the status change. */
const statusesWithOwnAction: CaseStatus[] = ['received', 'supplement-requested', 'decided']

/** What the authority may do to the case now, as the status machine allows. */
export type CaseActionsAvailable = {
  canAcknowledge: boolean
  statusOptions: { value: string; label: string }[]
  canRequestSupplement: boolean
  canDecide: boolean
  /** A decided case's decision may be corrected (a new version). */
  canCorrect: boolean
  /** The outcomes of the permit type's kind (a notification is never granted). */
  outcomeOptions: { value: string; label: string }[]
  /** The earliest due date of a supplement request ('YYYY-MM-DD'). */
  today: string
}

export const caseActionsAvailableOf = ({
  status,
  locale,
  today,
  kind = 'permit',
  hasDecision = false,
}: {
  status: CaseStatus
  locale: Locale
  today: string
  kind?: PermitTypeKind
  hasDecision?: boolean
}): CaseActionsAvailable => {
  const allowed = allowedTransitions(status, 'authority')
  return {
    canAcknowledge: allowed.includes('received'),
    statusOptions: allowed
      .filter((to) => !statusesWithOwnAction.includes(to))
      .map((value) => ({ value, label: statusLabelOf(value, locale) })),
    canRequestSupplement: allowed.includes('supplement-requested'),
    canDecide: allowed.includes('decided'),
    canCorrect: status === 'decided' && hasDecision,
    outcomeOptions: outcomesByKind[kind].map((value) => ({ value, label: outcomeLabelOf(value, locale)! })),
    today,
  }
}

import { analyse } from './analysis'
import { isIsoDate } from './calendar-date'
import { deadlinePlan, type DeadlinePlan } from './lead-times'
import { localize } from './localize'
import { validateValues, type ValidationError } from './once-only'
import type { DataElement, DataValues, Locale, PermitBundle, PermitType } from './types'

/** One permit of a {@link BundlePreview}, in bundle order. */
export type PreviewPermit = {
  permitType: string
  name: string
  isNeeded: boolean
  /** The reasons of the rules that fired, or why the permit is not needed. */
  reasons: string[]
  /** Last date to submit ('YYYY-MM-DD'), for a needed permit once the start date is answered. */
  latestDate: string | null
}

/** What a customer would be told for the answers, or why the answers are not valid. */
export type BundlePreview =
  | { isValid: false; errors: ValidationError[] }
  | { isValid: true; permits: PreviewPermit[]; plan: DeadlinePlan | null }

/**
 * The permit analysis a customer would get for the answers, worked out as the portal does
 * it: the answers checked against the analysis questions (as a draft: any may be left
 * out), the bundle's rules applied ({@link analyse}) and, when the bundle's start date
 * (`startDateElement`, e.g. the event's first day) is answered, the deadline plan of the
 * needed permits counted back from it ({@link deadlinePlan}). Used by the admin's preview of
 * a bundle as it is being edited.
 */
export function previewBundle({
  bundle,
  permitTypes,
  elements,
  answers,
  startDateElement,
  locale,
  today,
}: {
  bundle: PermitBundle
  permitTypes: Pick<PermitType, 'key' | 'name' | 'leadTime'>[]
  elements: DataElement[]
  answers: DataValues
  /** Key of the answer the deadlines count back from; null when the bundle has none. */
  startDateElement: string | null
  locale: Locale
  today: string
}): BundlePreview {
  const questions = bundle.analysisElements
    .map((key) => elements.find((element) => element.key === key))
    .filter((element): element is DataElement => Boolean(element))
  const validation = validateValues({
    form: {
      steps: [
        {
          key: 'analysis',
          title: bundle.name,
          fields: questions.map((element) => ({ element, isRequired: false, usedBy: [] })),
        },
      ],
    },
    values: answers,
    locale,
    isDraft: true,
  })
  if (!validation.isValid) return validation

  const permitTypesByKey = new Map(permitTypes.map((permitType) => [permitType.key, permitType]))
  const known = {
    ...bundle,
    permits: bundle.permits.filter((permit) => permitTypesByKey.has(permit.permitType)),
  }
  const analysis = analyse({ bundle: known, answers: validation.values, locale })
  const startDate = startDateElement === null ? undefined : validation.values[startDateElement]
  const plan =
    typeof startDate === 'string' && isIsoDate(startDate)
      ? deadlinePlan({
          eventDate: startDate,
          today,
          permits: analysis.permits
            .filter((permit) => permit.isNeeded)
            .map((permit) => ({
              permitType: permit.permitType,
              leadTime: permitTypesByKey.get(permit.permitType)!.leadTime,
            })),
        })
      : null
  return {
    isValid: true,
    permits: analysis.permits.map((permit) => ({
      permitType: permit.permitType,
      name: localize(permitTypesByKey.get(permit.permitType)!.name, locale) || permit.permitType,
      isNeeded: permit.isNeeded,
      reasons: permit.reasons.map((reason) => reason.text),
      latestDate: plan?.items.find((item) => item.permitType === permit.permitType)?.latestDate ?? null,
    })),
    plan,
  }
}

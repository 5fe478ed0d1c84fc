import {
  attachmentIdsOf,
  isMissing,
  projectCase,
  validateValues,
  type AssembledForm,
  type FormStep,
  type ValidationError,
} from './once-only'
import { routeCase, RoutingError } from './routing'
import type { Authority, DataElement, DataValues, Locale, PermitType } from './types'

/**
 * The application wizard's steps and moves, as pure rules: which data are asked on which
 * step (each datum once, analysis answers never again), where a step leads, how a posted
 * step changes the draft, and which authority receives which data.
 */

/** Key of the wizard's last step, where everything is reviewed and submitted. */
export const reviewStepKey = 'review'

/** The keys of the analysis answers that were given; those data are never asked again. */
export function answeredKeys(answers: DataValues): Set<string> {
  return new Set(Object.keys(answers).filter((key) => !isMissing(answers[key])))
}

/**
 * The steps of the wizard: the assembled form's steps without the data the analysis already
 * answered, steps left empty dropped. Every datum is on exactly one step (the assembled form
 * has each data element once).
 */
export function wizardSteps({ form, answers }: { form: AssembledForm; answers: DataValues }): FormStep[] {
  const answered = answeredKeys(answers)
  return form.steps
    .map((step) => ({ ...step, fields: step.fields.filter((field) => !answered.has(field.element.key)) }))
    .filter((step) => step.fields.length > 0)
}

/** Where a step is in the wizard: its number, and the steps before and after it. */
export type StepPosition = {
  key: string
  /** 1-based, counting the review as the last step. */
  number: number
  count: number
  previous: string | null
  next: string | null
  isReview: boolean
}

/** The position of a step (or the review) in the wizard; null for a key the wizard lacks. */
export function positionOf({ steps, key }: { steps: FormStep[]; key: string }): StepPosition | null {
  const keys = [...steps.map((step) => step.key), reviewStepKey]
  const index = keys.indexOf(key)
  if (index < 0) return null
  return {
    key,
    number: index + 1,
    count: keys.length,
    previous: index > 0 ? keys[index - 1] : null,
    next: index < keys.length - 1 ? keys[index + 1] : null,
    isReview: key === reviewStepKey,
  }
}

/** The step that asks a datum; null when no step asks it (e.g. an analysis answer). */
export function stepOfField({ steps, key }: { steps: FormStep[]; key: string }): string | null {
  return steps.find((step) => step.fields.some((field) => field.element.key === key))?.key ?? null
}

/** A step whose required data are all given and whose given data are all valid. */
export function isStepComplete({ step, values }: { step: FormStep; values: DataValues }): boolean {
  return validateValues({ form: { steps: [step] }, values, locale: 'fi', isDraft: false }).isValid
}

/** Where a customer resumes a draft: the first step not complete, or the review. */
export function resumeStepKey({ steps, values }: { steps: FormStep[]; values: DataValues }): string {
  return steps.find((step) => !isStepComplete({ step, values }))?.key ?? reviewStepKey
}

/** A posted step applied to the draft's values, with the errors to show next to fields. */
export type StepUpdate = { values: DataValues; errors: ValidationError[] }

/**
 * Applies the values posted on one step to the draft's values. Data of other steps stay as
 * they were. Valid data of the step are saved even when others are not, so that nothing
 * good is lost; an invalid datum keeps its earlier saved value (the form shows what was
 * typed, with the error). With `isFinal` ("save and continue") the step's required data
 * must be given; otherwise (previous, autosave) only given data are checked.
 */
export function applyStep({
  step,
  values,
  posted,
  locale,
  isFinal,
}: {
  step: FormStep
  values: DataValues
  /** The step's data as typed values (see the form parsing); missing ones absent. */
  posted: DataValues
  locale: Locale
  isFinal: boolean
}): StepUpdate {
  const form = { steps: [step] }
  const checked = validateValues({ form, values: posted, locale, isDraft: !isFinal })
  const errors = checked.isValid ? [] : checked.errors
  const invalid = new Set(errors.map((error) => error.key))
  const valid = checked.isValid
    ? checked
    : validateValues({
        form,
        values: Object.fromEntries(Object.entries(posted).filter(([key]) => !invalid.has(key))),
        locale,
        isDraft: true,
      })
  const accepted = valid.isValid ? valid.values : {}
  const next: DataValues = { ...values }
  for (const { element } of step.fields) {
    const key = element.key
    if (invalid.has(key) && !isMissing(posted[key])) continue
    if (Object.hasOwn(accepted, key)) next[key] = accepted[key]
    else delete next[key]
  }
  return { values: next, errors }
}

/**
 * The draft's values once the analysis answers change: answers and values are merged on
 * submission with values winning, so a datum the analysis now answers leaves the values.
 */
export function withoutAnswered({
  values,
  answers,
}: {
  values: DataValues
  answers: DataValues
}): DataValues {
  const answered = answeredKeys(answers)
  return Object.fromEntries(Object.entries(values).filter(([key]) => !answered.has(key)))
}

/** True when two sets of data give the same values (blank and missing alike). */
export function isSameData(a: DataValues, b: DataValues): boolean {
  const keys = new Set([...answeredKeys(a), ...answeredKeys(b)])
  return [...keys].every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]))
}

/** What one authority receives: the data and files of one case (data minimisation). */
export type Recipient = {
  permitType: string
  /** Key of the competent authority; null while the data do not tell it yet. */
  authority: string | null
  /** Keys of the data elements with a value that the case carries, in the permit type's order. */
  elementKeys: string[]
  /** Ids of the attached files that the case carries. */
  attachmentIds: string[]
}

/**
 * Who receives what: one entry per needed permit type with its competent authority and
 * exactly the data and files its case would carry (the permit type's own data elements).
 */
export function recipientsOf({
  permitTypes,
  neededPermitTypes,
  values,
  elements,
  authorities,
}: {
  permitTypes: PermitType[]
  neededPermitTypes: string[]
  /** Answers and values merged, as a submission merges them. */
  values: DataValues
  elements: DataElement[]
  authorities: Authority[]
}): Recipient[] {
  const elementsByKey = new Map(elements.map((element) => [element.key, element]))
  return neededPermitTypes.flatMap((key): Recipient[] => {
    const permitType = permitTypes.find((candidate) => candidate.key === key)
    if (!permitType) return []
    const data = projectCase({ permitType, values })
    let authority: string | null = null
    try {
      authority = routeCase({ permitType, values, authorities })
    } catch (error) {
      if (!(error instanceof RoutingError)) throw error
    }
    const given = Object.keys(data).filter((dataKey) => !isMissing(data[dataKey]))
    return [
      {
        permitType: key,
        authority,
        elementKeys: given.filter((dataKey) => elementsByKey.get(dataKey)?.type !== 'attachment'),
        attachmentIds: attachmentIdsOf({ elements, values: data }),
      },
    ]
  })
}

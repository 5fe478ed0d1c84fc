import { analyse } from './analysis'
import { isFinalCaseStatus, type CaseStatus } from './case-status'
import { assembleForm, formFields, projectCase, type AssembledForm } from './once-only'
import { routeCase, RoutingError } from './routing'
import type { Authority, DataElement, DataValues, Locale, PermitBundle, PermitType } from './types'

/** One datum before and after a change; `null` when it had (or has) no value. */
export type DatumChange = { key: string; before: unknown; after: unknown }

/** A case of a submitted application, as a change after submission sees it. */
export type CaseOfChange = {
  id: number | string
  permitType: string
  status: CaseStatus
  /** Key of the authority the case was routed to. */
  authority: string
}

/** A case together with the part of a change that its permit type carries. */
export type CaseChange = { case: CaseOfChange; changes: DatumChange[] }

/** What a change after submission does, case by case. */
export type ChangePlan = {
  /** Every datum of the application that changes, in key order. */
  changes: DatumChange[]
  /** Open cases whose data changes: they get the change and their authorities are told. */
  affected: CaseChange[]
  /** Decided, withdrawn or cancelled cases that carry a changed datum: left as they were. */
  closed: CaseChange[]
  /** Affected cases whose competent authority would no longer be the same. */
  rerouted: { case: CaseOfChange; authority: string | null }[]
  /** Permit types the new data makes needed that the application has no case for. */
  newlyNeeded: string[]
  /** Open cases whose permit the new data no longer makes needed. */
  noLongerNeeded: CaseOfChange[]
}

const isMissing = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0)

/** A value in a comparable form: missing as null, lists (multi-selects) in sorted order. */
const comparable = (value: unknown): unknown => {
  if (isMissing(value)) return null
  if (Array.isArray(value)) return [...value].map(String).sort()
  return value
}

/** True when two values of a datum mean the same (blank and missing alike, lists in any order). */
export function isSameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b))
}

/** The data that differ between two sets of values, in key order; missing values become `null`. */
export function diffValues({ before, after }: { before: DataValues; after: DataValues }): DatumChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
  return keys
    .filter((key) => !isSameValue(before[key], after[key]))
    .map((key) => ({ key, before: comparable(before[key]), after: comparable(after[key]) }))
}

/** True when a case can still take a change: it is not decided, withdrawn or cancelled. */
export function isChangeableCase(caseOfChange: CaseOfChange): boolean {
  return !isFinalCaseStatus(caseOfChange.status)
}

/**
 * The form of the data that can still change: the union of the data elements of the open
 * cases' permit types, each once (see {@link assembleForm}). Data only closed cases carry
 * are not in it, nor are files: once sent, a file stays with the case, and more go with a
 * message or a supplement answer. Throws like {@link assembleForm} on references the
 * catalogue lacks.
 */
export function changeForm({
  bundle,
  permitTypes,
  elements,
  cases,
}: {
  bundle: PermitBundle
  permitTypes: PermitType[]
  elements: DataElement[]
  cases: CaseOfChange[]
}): AssembledForm {
  const form = assembleForm({
    bundle,
    permitTypes,
    elements,
    neededPermitTypes: cases.filter(isChangeableCase).map((item) => item.permitType),
  })
  return {
    steps: form.steps
      .map((step) => ({
        ...step,
        fields: step.fields.filter(({ element }) => element.type !== 'attachment'),
      }))
      .filter((step) => step.fields.length > 0),
  }
}

/** For each datum of the form, the cases that carry it: open ones (which a change reaches) and closed ones. */
export function casesOfData({
  form,
  permitTypes,
  cases,
}: {
  form: AssembledForm
  permitTypes: PermitType[]
  cases: CaseOfChange[]
}): Map<string, { open: CaseOfChange[]; closed: CaseOfChange[] }> {
  const keysOf = new Map(
    permitTypes.map((permitType) => [permitType.key, new Set(permitType.elements.map(({ key }) => key))]),
  )
  return new Map(
    formFields(form).map(({ element }) => {
      const carrying = cases.filter((item) => keysOf.get(item.permitType)?.has(element.key))
      return [
        element.key,
        {
          open: carrying.filter(isChangeableCase),
          closed: carrying.filter((item) => !isChangeableCase(item)),
        },
      ]
    }),
  )
}

/**
 * What changing a submitted application's values from `before` to `after` does: the data
 * that change; per case, the part of the change its permit type carries (only that part
 * reaches its authority); the closed cases left as they were; the open cases that would
 * now go to another authority; and the permits the new data makes needed or not needed
 * (by the bundle's analysis over the analysis answers overlaid with the new values).
 */
export function planChange({
  bundle,
  permitTypes,
  authorities,
  cases,
  answers,
  before,
  after,
  locale,
}: {
  bundle: PermitBundle
  permitTypes: PermitType[]
  authorities: Authority[]
  cases: CaseOfChange[]
  /** The analysis answers of the application. */
  answers: DataValues
  before: DataValues
  after: DataValues
  locale: Locale
}): ChangePlan {
  const permitTypeOf = new Map(permitTypes.map((permitType) => [permitType.key, permitType]))
  const perCase = cases.flatMap((item): CaseChange[] => {
    const permitType = permitTypeOf.get(item.permitType)
    if (!permitType) return []
    const changes = diffValues({
      before: projectCase({ permitType, values: before }),
      after: projectCase({ permitType, values: after }),
    })
    return changes.length > 0 ? [{ case: item, changes }] : []
  })
  const affected = perCase.filter((item) => isChangeableCase(item.case))

  const rerouted = affected.flatMap(({ case: item }) => {
    const permitType = permitTypeOf.get(item.permitType)!
    let authority: string | null
    try {
      authority = routeCase({ permitType, values: after, authorities })
    } catch (error) {
      if (!(error instanceof RoutingError)) throw error
      authority = null
    }
    return authority === item.authority ? [] : [{ case: item, authority }]
  })

  // Only what the change itself causes: a catalogue edited since submission is not news here.
  const neededWith = (values: DataValues) =>
    new Set(
      analyse({ bundle, answers: { ...answers, ...values }, locale })
        .permits.filter((permit) => permit.isNeeded)
        .map((permit) => permit.permitType),
    )
  const neededBefore = neededWith(before)
  const neededAfter = neededWith(after)
  const applied = new Set(cases.map((item) => item.permitType))

  return {
    changes: diffValues({ before, after }),
    affected,
    closed: perCase.filter((item) => !isChangeableCase(item.case)),
    rerouted,
    newlyNeeded: [...neededAfter].filter(
      (permitType) => !neededBefore.has(permitType) && !applied.has(permitType),
    ),
    noLongerNeeded: cases
      .filter(isChangeableCase)
      .filter((item) => neededBefore.has(item.permitType) && !neededAfter.has(item.permitType)),
  }
}

import { z } from 'zod'
import { attachmentLimits } from './attachment-limits'
import { isValidBusinessId } from './business-id'
import { isIsoDate } from './calendar-date'
import { message, type MessageCode } from './messages'
import type { DataElement, DataValues, Locale, LocalizedText, PermitBundle, PermitType } from './types'

/** One datum of an assembled application form, asked once for all permits that use it. */
export type FormField = {
  element: DataElement
  /** True when any needed permit type requires the datum. */
  isRequired: boolean
  /** Keys of the needed permit types that carry the datum, in the order they were given. */
  usedBy: string[]
}

/** A step of an assembled form, with its fields in display order. */
export type FormStep = { key: string; title: LocalizedText; fields: FormField[] }

/** The one application form of a bundle for the permits the customer needs. */
export type AssembledForm = { steps: FormStep[] }

/** Key of the last step, which collects data elements whose step the bundle does not have. */
export const otherStepKey = 'other'

const otherStepTitle: LocalizedText = {
  fi: 'Muut tiedot',
  sv: 'Övriga uppgifter',
  en: 'Other information',
}

/** Default maximum lengths of text types, so that no field takes unbounded input. */
const defaultMaxLength = { text: 500, longText: 10_000 } as const
const emailMaxLength = 254

/** A permit type lists a data element that is not in the catalogue. */
export class UnknownDataElementError extends Error {
  readonly elementKey: string
  readonly permitType: string

  constructor({ elementKey, permitType }: { elementKey: string; permitType: string }) {
    super(`Permit type "${permitType}" lists unknown data element "${elementKey}"`)
    this.name = 'UnknownDataElementError'
    this.elementKey = elementKey
    this.permitType = permitType
  }
}

/** A needed permit type is not among the permit types given. */
export class UnknownPermitTypeError extends Error {
  readonly permitType: string

  constructor({ permitType }: { permitType: string }) {
    super(`Unknown permit type "${permitType}"`)
    this.name = 'UnknownPermitTypeError'
    this.permitType = permitType
  }
}

/** All fields of a form, step by step. */
export function formFields(form: AssembledForm): FormField[] {
  return form.steps.flatMap((step) => step.fields)
}

function compareFields(a: FormField, b: FormField): number {
  const orderA = a.element.order ?? Number.POSITIVE_INFINITY
  const orderB = b.element.order ?? Number.POSITIVE_INFINITY
  if (orderA !== orderB) return orderA < orderB ? -1 : 1
  return a.element.key < b.element.key ? -1 : a.element.key > b.element.key ? 1 : 0
}

/**
 * The form of one application: the union of the data elements of the needed permit types,
 * each asked once, in the bundle's steps (elements of a step the bundle lacks go to a last
 * step `other`), ordered by element order and then key. Steps without fields are left out.
 * Throws {@link UnknownDataElementError} or {@link UnknownPermitTypeError} on bad references.
 */
export function assembleForm({
  bundle,
  permitTypes,
  elements,
  neededPermitTypes,
}: {
  bundle: PermitBundle
  permitTypes: PermitType[]
  elements: DataElement[]
  neededPermitTypes: string[]
}): AssembledForm {
  const elementsByKey = new Map(elements.map((element) => [element.key, element]))
  const fields = new Map<string, FormField>()
  for (const permitTypeKey of new Set(neededPermitTypes)) {
    const permitType = permitTypes.find((candidate) => candidate.key === permitTypeKey)
    if (!permitType) throw new UnknownPermitTypeError({ permitType: permitTypeKey })
    for (const { key, isRequired } of permitType.elements) {
      const element = elementsByKey.get(key)
      if (!element) throw new UnknownDataElementError({ elementKey: key, permitType: permitTypeKey })
      const field = fields.get(key)
      if (!field) {
        fields.set(key, { element, isRequired, usedBy: [permitTypeKey] })
        continue
      }
      field.isRequired = field.isRequired || isRequired
      if (!field.usedBy.includes(permitTypeKey)) field.usedBy.push(permitTypeKey)
    }
  }

  const steps: FormStep[] = bundle.steps.map((step) => ({ ...step, fields: [] }))
  let otherStep = steps.find((step) => step.key === otherStepKey)
  for (const field of fields.values()) {
    const step = steps.find((candidate) => candidate.key === field.element.step)
    if (step) {
      step.fields.push(field)
      continue
    }
    if (!otherStep) {
      otherStep = { key: otherStepKey, title: otherStepTitle, fields: [] }
      steps.push(otherStep)
    }
    otherStep.fields.push(field)
  }
  for (const step of steps) step.fields.sort(compareFields)
  return { steps: steps.filter((step) => step.fields.length > 0) }
}

/** A value the customer has not given: nothing, null, blank text or an empty list. */
export function isMissing(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  )
}

/**
 * The analysis answers that the form asks again (same data-element key), to fill the form
 * in advance; answers not given are left out.
 */
export function prefill({ form, answers }: { form: AssembledForm; answers: DataValues }): DataValues {
  const values: DataValues = {}
  for (const { element } of formFields(form)) {
    const answer = answers[element.key]
    if (!isMissing(answer)) values[element.key] = answer
  }
  return values
}

/**
 * True for a phone number in international ('+358 40 123 4567', '00358…') or Finnish
 * ('040-123 4567') format: digits, spaces and hyphens after a leading + or 0, 6–15 digits.
 */
export function isPhoneNumber(value: string): boolean {
  if (!/^(\+|0)[0-9 -]*[0-9]$/.test(value)) return false
  const digitCount = value.replace(/\D/g, '').length
  return digitCount >= 6 && digitCount <= 15
}

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/
const postcodePattern = /^\d{5}$/

function fieldSchema(element: DataElement, locale: Locale): z.ZodType {
  const say = (code: MessageCode, params?: Record<string, string | number>): string =>
    message(code, locale, params)
  // Missing values arrive as undefined (see isMissing), so undefined means "required".
  const typeError = (issue: { input?: unknown }): string =>
    issue.input === undefined ? say('required') : say('invalid-type')
  const text = () => z.string({ error: typeError }).trim()
  const optionValues = (element.options ?? []).map((option) => option.value)
  const isOption = (value: string): boolean => optionValues.includes(value)
  const bounded = (schema: z.ZodNumber): z.ZodNumber => {
    let result = schema
    if (typeof element.min === 'number') {
      result = result.min(element.min, { error: say('too-small', { min: element.min }) })
    }
    if (typeof element.max === 'number') {
      result = result.max(element.max, { error: say('too-large', { max: element.max }) })
    }
    return result
  }

  switch (element.type) {
    case 'text':
    case 'longText': {
      const max = element.maxLength ?? defaultMaxLength[element.type]
      return text().max(max, { error: say('too-long', { max }) })
    }
    case 'email':
      return text()
        .max(emailMaxLength, { error: say('too-long', { max: emailMaxLength }) })
        .regex(z.regexes.email, { error: say('invalid-email') })
    case 'phone':
      return text().refine(isPhoneNumber, { error: say('invalid-phone') })
    case 'integer':
      return bounded(z.number({ error: typeError }).int({ error: say('not-integer') }))
    case 'number':
      return bounded(z.number({ error: typeError }))
    case 'boolean':
      return z.boolean({ error: typeError })
    case 'date':
      return text().refine(isIsoDate, { error: say('invalid-date') })
    case 'time':
      return text().regex(timePattern, { error: say('invalid-time') })
    case 'select':
      return z.string({ error: typeError }).refine(isOption, { error: say('not-an-option') })
    case 'multiSelect':
      return z.array(
        z.string({ error: say('invalid-type') }).refine(isOption, { error: say('not-an-option') }),
        { error: typeError },
      )
    case 'businessId':
      return text().refine(isValidBusinessId, { error: say('invalid-business-id') })
    case 'postcode':
      return text().regex(postcodePattern, { error: say('invalid-postcode') })
    case 'attachment': {
      // Ids of uploaded files; whether each one may be used is checked where files are linked.
      const id = z.union([z.string().trim().min(1).max(64), z.number().int()], {
        error: say('invalid-type'),
      })
      const max = attachmentLimits.maxFilesPerElement
      return z
        .array(id.transform(String), { error: typeError })
        .max(max, { error: say('too-many-files', { max }) })
    }
    default: {
      const unknownType: never = element.type
      throw new Error(`Unknown data element type "${String(unknownType)}"`)
    }
  }
}

/**
 * A zod schema for the values of a form, with messages in the locale. Blank text, null and
 * empty lists count as missing; a required field must be given unless `isDraft`, but any
 * value that is present must be valid even in a draft. Unknown keys are stripped.
 */
export function buildValuesSchema({
  form,
  locale,
  isDraft,
}: {
  form: AssembledForm
  locale: Locale
  isDraft: boolean
}): z.ZodObject<Record<string, z.ZodType>> {
  const shape: Record<string, z.ZodType> = {}
  for (const field of formFields(form)) {
    const schema = fieldSchema(field.element, locale)
    const isOptional = isDraft || !field.isRequired
    shape[field.element.key] = z.preprocess(
      (value) => (isMissing(value) ? undefined : value),
      isOptional ? schema.optional() : schema,
    )
  }
  return z.object(shape, { error: message('invalid-type', locale) })
}

/** A field-level validation error, message in the requested locale. */
export type ValidationError = { key: string; message: string }

/** Valid values (normalised: trimmed, missing ones and unknown keys dropped) or the errors. */
export type ValidationResult =
  { isValid: true; values: DataValues } | { isValid: false; errors: ValidationError[] }

/**
 * Checks application values against the form (see {@link buildValuesSchema}); gives at
 * most one error per field, in form order.
 */
export function validateValues({
  form,
  values,
  locale,
  isDraft,
}: {
  form: AssembledForm
  values: DataValues
  locale: Locale
  isDraft: boolean
}): ValidationResult {
  const result = buildValuesSchema({ form, locale, isDraft }).safeParse(values)
  if (result.success) {
    const cleaned = Object.fromEntries(Object.entries(result.data).filter(([, value]) => value !== undefined))
    return { isValid: true, values: cleaned }
  }
  const errors: ValidationError[] = []
  for (const issue of result.error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : ''
    if (!errors.some((error) => error.key === key)) errors.push({ key, message: issue.message })
  }
  return { isValid: false, errors }
}

/**
 * The values a case of the permit type carries: only the data elements it lists, so that
 * no authority receives data it does not need.
 */
export function projectCase({
  permitType,
  values,
}: {
  permitType: PermitType
  values: DataValues
}): DataValues {
  const projected: DataValues = {}
  for (const { key } of permitType.elements) {
    if (Object.hasOwn(values, key) && values[key] !== undefined) projected[key] = values[key]
  }
  return projected
}

/**
 * The ids of the files that the values attach through `attachment` elements, each once, in
 * element order: for a case's projected values, exactly the files its authority receives.
 */
export function attachmentIdsOf({
  elements,
  values,
}: {
  elements: DataElement[]
  values: DataValues
}): string[] {
  const ids = new Set<string>()
  for (const element of elements) {
    const value = values[element.key]
    if (element.type !== 'attachment' || !Array.isArray(value)) continue
    for (const id of value) if (typeof id === 'string' || typeof id === 'number') ids.add(String(id))
  }
  return [...ids]
}

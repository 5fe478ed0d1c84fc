import type { PrefillSource } from './prefill-sources'

/**
 * Shapes shared by the pure domain rules. They mirror the Payload collections but carry
 * no Payload types, so the rules run (and are tested) without a database.
 */

export const locales = ['fi', 'sv', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'fi'

/** A text in Finnish with optional Swedish and English; Finnish is the fallback. */
export type LocalizedText = { fi: string; sv?: string | null; en?: string | null }

/** Values of an application (or of the analysis answers), keyed by data-element key. */
export type DataValues = Record<string, unknown>

export const dataElementTypes = [
  'text',
  'longText',
  'email',
  'phone',
  'integer',
  'number',
  'boolean',
  'date',
  'time',
  'select',
  'multiSelect',
  'businessId',
  'postcode',
  // Files: the value is the ids (as strings) of uploads in the `attachments` collection. A
  // file is uploaded once and reaches every permit type that lists the element.
  'attachment',
] as const
export type DataElementType = (typeof dataElementTypes)[number]

export type DataElementOption = { value: string; label: LocalizedText }

/** One datum of the once-only catalogue (collection `data-elements`). */
export type DataElement = {
  /** Stable key, camelCase, no dots (JSON Logic reads it with `{"var": key}`). */
  key: string
  type: DataElementType
  label: LocalizedText
  help?: LocalizedText | null
  /** Step of the application form this datum is asked in (a bundle step key). */
  step: string
  /** Order inside the step; lower first. */
  order?: number | null
  /** For `select` and `multiSelect`. */
  options?: DataElementOption[] | null
  /** Inclusive bounds for `integer` and `number`. */
  min?: number | null
  max?: number | null
  /** For text types. */
  maxLength?: number | null
  /** Where a new draft takes the value from, if anywhere (see prefill-sources). */
  prefill?: PrefillSource | null
}

export type LeadTimeUnit = 'calendar-days' | 'service-days'
export type LeadTime = { amount: number; unit: LeadTimeUnit }

/**
 * How a case of a permit type finds its competent authority: a fixed authority, or the one
 * authority of a kind whose area covers the municipality given in a data element. Either
 * way the authority must have joined the permit type.
 */
export type Routing =
  | { kind: 'fixed'; /** Key of the authority. */ authority: string }
  | {
      kind: 'by-municipality'
      /** Key of the authority kind (collection `authority-kinds`). */
      authorityKind: string
      /** Key of the data element whose value is the municipality code. */
      municipalityElement: string
    }

/** A permit or notification (collection `permit-types`). */
export type PermitType = {
  key: string
  name: LocalizedText
  /** The data elements a case of this type carries; nothing else is sent (data minimisation). */
  elements: { key: string; isRequired: boolean }[]
  routing: Routing
  leadTime: LeadTime
  /** Typical processing time in calendar days, for the expected decision date. */
  processingDays?: number | null
}

/** A competent authority (collection `authorities`), as routing sees it. */
export type Authority = {
  key: string
  /** Key of its authority kind (collection `authority-kinds`). */
  kind: string
  /** Municipality codes (Statistics Finland, e.g. '091' Helsinki) the authority serves. */
  municipalities: string[]
  /** Keys of the permit types it has joined: it receives cases of these only. */
  permitTypes: string[]
}

/**
 * JSON Logic expression evaluated by json-logic-js over the analysis answers: any JSON
 * value (a malformed one never fires), as the bundle's json field stores it.
 */
export type JsonLogicRule = { [key: string]: unknown } | unknown[] | string | number | boolean | null

/** A rule that makes a permit needed; its reason is shown when it fires. */
export type PermitRule = { id: string; when: JsonLogicRule; reason: LocalizedText }

/** A customer need such as "organise a public event" (collection `permit-bundles`). */
export type PermitBundle = {
  key: string
  name: LocalizedText
  /** Keys of the data elements asked in the permit analysis, in order. */
  analysisElements: string[]
  /** Steps of the application form, in order. */
  steps: { key: string; title: LocalizedText }[]
  permits: {
    permitType: string
    /** The permit is needed when any rule fires. */
    rules: PermitRule[]
    /** Shown when no rule fires. */
    notNeededReason: LocalizedText
  }[]
}

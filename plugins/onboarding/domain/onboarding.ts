import type { OnboardingModeField } from '../../../src/connections/onboardingModeField'
import { isValidBusinessId } from '../../../src/domain/business-id'

/**
 * Onboarding of authorities: the details of a joining request, and what the other
 * onboarding requests (parameter change, removing permit types, leaving) change.
 */

/** The service-request kinds that change an authority's connection when approved. */
export const onboardingKinds = ['joining', 'parameter-change', 'permit-type-removal', 'leaving'] as const
export type OnboardingKind = (typeof onboardingKinds)[number]

export const isOnboardingKind = (value: unknown): value is OnboardingKind =>
  (onboardingKinds as readonly unknown[]).includes(value)

export const onboardingLimits = { name: 200, text: 4_000, email: 254, url: 2_000 } as const

/** The fields every onboarding form may have; the connection modes add their own. */
export const onboardingFields = [
  'nameFi',
  'nameSv',
  'nameEn',
  'businessId',
  'noticeEmail',
  'authorityKind',
  'municipalities',
  'permitTypes',
  'connectionMode',
  'description',
] as const
export type OnboardingField = (typeof onboardingFields)[number]

export const isOnboardingField = (value: string): value is OnboardingField =>
  (onboardingFields as readonly string[]).includes(value)

/** A connection mode an authority may choose, with the fields it asks (from the registry). */
export type OnboardingModeChoice = { slug: string; onboardingFields: readonly OnboardingModeField[] }

export type OnboardingProblem = {
  /** One of the {@link onboardingFields} or the name of a mode's field. */
  field: string
  code:
    | 'required'
    | 'too-long'
    | 'invalid-business-id'
    | 'invalid-email'
    | 'invalid-municipality'
    | 'not-an-option'
    | 'invalid-url'
}

/** What a request asks, as the forms post it (strings; lists already split). */
export type OnboardingInput = {
  nameFi?: string
  nameSv?: string
  nameEn?: string
  businessId?: string
  noticeEmail?: string
  authorityKind?: string
  municipalities?: string[]
  permitTypes?: string[]
  connectionMode?: string
  /** Answers to the modes' own fields, by field name. */
  modeAnswers?: Record<string, string>
  description?: string
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
/** Statistics Finland municipality codes have three digits (091 Helsinki). */
const municipalityPattern = /^\d{3}$/

/** The fields the modes ask, each name once (the first mode's field wins). */
export const modeFieldsOf = (modes: readonly OnboardingModeChoice[]): OnboardingModeField[] =>
  modes
    .flatMap((mode) => mode.onboardingFields)
    .filter((field, index, fields) => fields.findIndex((other) => other.name === field.name) === index)

/** The longest answer a mode's field takes. */
export const maxLengthOf = (field: OnboardingModeField) => field.maxLength ?? onboardingLimits.url

/** Municipality codes from free text: separated by commas, semicolons or spaces. */
export const municipalitiesOf = (text: string): string[] => [
  ...new Set(text.split(/[\s,;]+/).filter((code) => code !== '')),
]

const isHttpsUrl = (value: string) => {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' && !url.username && !url.password
  } catch {
    return false
  }
}

/**
 * What is wrong with the details of an onboarding request of this kind. Joining as a new
 * authority needs everything to set the authority up; an authority already in the service
 * gives only what changes.
 */
export const onboardingProblems = ({
  kind,
  input,
  isNewAuthority,
  permitTypeIds,
  authorityKinds,
  modes,
}: {
  kind: OnboardingKind
  input: OnboardingInput
  isNewAuthority: boolean
  /** The permit types one may join (ids as strings). */
  permitTypeIds: readonly string[]
  /** The authority kinds the permit types are routed by. */
  authorityKinds: readonly string[]
  /** The connection modes one may choose. */
  modes: readonly OnboardingModeChoice[]
}): OnboardingProblem[] => {
  const problems: OnboardingProblem[] = []
  const text = (field: string, value: string | undefined, limit: number, isRequired: boolean) => {
    const trimmed = value?.trim() ?? ''
    if (trimmed === '') {
      if (isRequired) problems.push({ field, code: 'required' })
      return ''
    }
    if (trimmed.length > limit) problems.push({ field, code: 'too-long' })
    return trimmed
  }
  const needsAll = kind === 'joining' && isNewAuthority
  text('nameFi', input.nameFi, onboardingLimits.name, needsAll)
  text('nameSv', input.nameSv, onboardingLimits.name, false)
  text('nameEn', input.nameEn, onboardingLimits.name, false)
  const businessId = text('businessId', input.businessId, 20, needsAll)
  if (businessId && !isValidBusinessId(businessId))
    problems.push({ field: 'businessId', code: 'invalid-business-id' })
  const email = text('noticeEmail', input.noticeEmail, onboardingLimits.email, needsAll)
  if (email && !emailPattern.test(email)) problems.push({ field: 'noticeEmail', code: 'invalid-email' })
  const authorityKind = text('authorityKind', input.authorityKind, 100, needsAll)
  if (authorityKind && !authorityKinds.includes(authorityKind))
    problems.push({ field: 'authorityKind', code: 'not-an-option' })
  const municipalities = input.municipalities ?? []
  if (needsAll && municipalities.length === 0) problems.push({ field: 'municipalities', code: 'required' })
  if (municipalities.some((code) => !municipalityPattern.test(code)))
    problems.push({ field: 'municipalities', code: 'invalid-municipality' })
  const permitTypes = input.permitTypes ?? []
  const needsPermitTypes = kind === 'joining' || kind === 'permit-type-removal'
  if (needsPermitTypes && permitTypes.length === 0) problems.push({ field: 'permitTypes', code: 'required' })
  if (permitTypes.some((id) => !permitTypeIds.includes(id)))
    problems.push({ field: 'permitTypes', code: 'not-an-option' })
  const mode = text('connectionMode', input.connectionMode, 50, needsAll)
  const chosen = modes.find((choice) => choice.slug === mode)
  if (mode && !chosen) problems.push({ field: 'connectionMode', code: 'not-an-option' })
  for (const field of modeFieldsOf(modes)) {
    const isRequired = Boolean(
      chosen?.onboardingFields.some((asked) => asked.name === field.name && asked.isRequired),
    )
    const answer = text(field.name, input.modeAnswers?.[field.name], maxLengthOf(field), isRequired)
    if (answer && field.type === 'url' && !isHttpsUrl(answer))
      problems.push({ field: field.name, code: 'invalid-url' })
    if (answer && field.type === 'email' && !emailPattern.test(answer))
      problems.push({ field: field.name, code: 'invalid-email' })
  }
  text(
    'description',
    input.description,
    onboardingLimits.text,
    kind === 'leaving' || kind === 'parameter-change',
  )
  return problems
}

/** A stable authority key from its Finnish name: `Kangasalan kunta` → `kangasalan-kunta`. */
export const authorityKeyOf = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'authority'

import { isValidBusinessId } from './business-id'

/**
 * Onboarding of authorities: the details of a joining request, and what the other
 * onboarding requests (parameter change, removing permit types, leaving) change.
 */

/** The service-request kinds that change an authority's connection when approved. */
export const onboardingKinds = ['joining', 'parameter-change', 'permit-type-removal', 'leaving'] as const
export type OnboardingKind = (typeof onboardingKinds)[number]

export const isOnboardingKind = (value: unknown): value is OnboardingKind =>
  onboardingKinds.includes(value as OnboardingKind)

/** The connection modes an authority can choose when it joins. */
export const onboardingModes = ['simplified', 'integration'] as const
export type OnboardingMode = (typeof onboardingModes)[number]

export const onboardingLimits = { name: 200, text: 4_000, email: 254, url: 2_000 } as const

export type OnboardingField =
  | 'nameFi'
  | 'nameSv'
  | 'nameEn'
  | 'businessId'
  | 'noticeEmail'
  | 'authorityKind'
  | 'municipalities'
  | 'permitTypes'
  | 'connectionMode'
  | 'endpointUrl'
  | 'description'

export type OnboardingProblem = {
  field: OnboardingField
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
  endpointUrl?: string
  description?: string
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
/** Statistics Finland municipality codes have three digits (091 Helsinki). */
const municipalityPattern = /^\d{3}$/

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
}: {
  kind: OnboardingKind
  input: OnboardingInput
  isNewAuthority: boolean
  /** The permit types one may join (ids as strings). */
  permitTypeIds: readonly string[]
  /** The authority kinds the permit types are routed by. */
  authorityKinds: readonly string[]
}): OnboardingProblem[] => {
  const problems: OnboardingProblem[] = []
  const text = (field: OnboardingField, value: string | undefined, limit: number, isRequired: boolean) => {
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
  if (mode && !onboardingModes.includes(mode as OnboardingMode))
    problems.push({ field: 'connectionMode', code: 'not-an-option' })
  const url = text('endpointUrl', input.endpointUrl, onboardingLimits.url, mode === 'integration')
  if (url && !isHttpsUrl(url)) problems.push({ field: 'endpointUrl', code: 'invalid-url' })
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

import type { DecisionOutcome } from './case-status'
import type { Locale } from './types'

/*
 * The rules of a decision record that need no database: which outcomes a permit type's
 * kind allows, which outcomes come with conditions, conditions as separate items, the order
 * of a decision's versions, and the appeal instructions in the reader's language.
 */

/** What a permit type is: a permit the authority grants, or a notification it acknowledges. */
export const permitTypeKinds = ['permit', 'notification'] as const
export type PermitTypeKind = (typeof permitTypeKinds)[number]

export const isPermitTypeKind = (value: unknown): value is PermitTypeKind =>
  (permitTypeKinds as readonly unknown[]).includes(value)

/** A permit type without a kind (stored before kinds existed) is a permit. */
export const permitTypeKindOf = (value: unknown): PermitTypeKind =>
  isPermitTypeKind(value) ? value : 'permit'

/** The outcomes a decision on each kind may have, in the order a handler is offered them. */
export const outcomesByKind: Record<PermitTypeKind, readonly DecisionOutcome[]> = {
  permit: ['granted', 'granted-with-conditions', 'rejected', 'dismissed'],
  notification: ['acknowledged', 'acknowledged-with-instructions', 'prohibited'],
}

/** True when a decision on a permit type of `kind` may have the outcome. */
export const isOutcomeForKind = (outcome: DecisionOutcome, kind: PermitTypeKind): boolean =>
  outcomesByKind[kind].includes(outcome)

/** Outcomes that come with conditions (a permit) or instructions (a notification). */
export const outcomesWithConditions: readonly DecisionOutcome[] = [
  'granted-with-conditions',
  'acknowledged-with-instructions',
]

/** True when the outcome needs at least one condition, and only then takes any. */
export const outcomeTakesConditions = (outcome: DecisionOutcome): boolean =>
  outcomesWithConditions.includes(outcome)

/** The most conditions a decision holds, and the longest one, in characters. */
export const conditionLimits = { count: 50, length: 2000 } as const

/**
 * Conditions as separate items: from a list, or from a text with one condition per line
 * (the portal's form); each trimmed, empty ones left out.
 */
export const conditionsOf = (value: unknown): string[] => {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\r?\n/) : []
  return items.map((item) => (typeof item === 'string' ? item.trim() : '')).filter((item) => item.length > 0)
}

type Versioned = { id: string | number; version?: number | null; createdAt: string }

/** A decision's version; one stored before versions existed is the first. */
export const versionOf = (doc: Pick<Versioned, 'version'>): number =>
  typeof doc.version === 'number' && doc.version > 0 ? doc.version : 1

/**
 * The versions of one case's decision, newest first: the current one and the earlier ones
 * it corrected. The highest version is current; equal versions fall back to the later record.
 */
export const decisionVersionsOf = <T extends Versioned>(
  docs: readonly T[],
): { current: T | null; earlier: T[] } => {
  const sorted = [...docs].sort(
    (a, b) =>
      versionOf(b) - versionOf(a) ||
      b.createdAt.localeCompare(a.createdAt) ||
      String(b.id).localeCompare(String(a.id)),
  )
  return { current: sorted[0] ?? null, earlier: sorted.slice(1) }
}

/** The version a new decision of a case gets, given the versions it already has. */
export const nextVersionOf = (docs: readonly Pick<Versioned, 'version'>[]): number =>
  docs.reduce((highest, doc) => Math.max(highest, versionOf(doc)), 0) + 1

/** Which instructions a decision carries: a request for rectification or an appeal. */
export const appealKinds = ['rectification', 'appeal'] as const
export type AppealKind = (typeof appealKinds)[number]

export type AppealInstructions = {
  kind?: string | null
  fi?: string | null
  sv?: string | null
  en?: string | null
}

/**
 * The appeal instructions of a decision in the reader's language, falling back to
 * Finnish; `lang` says which language the text is in. Null when there are none.
 */
export const appealInstructionsIn = (
  instructions: AppealInstructions | null | undefined,
  locale: Locale,
): { kind: AppealKind; text: string; lang: Locale } | null => {
  if (!instructions) return null
  const kind: AppealKind = instructions.kind === 'rectification' ? 'rectification' : 'appeal'
  for (const lang of [locale, 'fi' as const]) {
    const text = instructions[lang]?.trim()
    if (text) return { kind, text, lang }
  }
  return null
}

/** Why a decision record is refused, each about one field. */
export type DecisionProblem = {
  path: 'outcome' | 'conditions' | 'validUntil' | 'correctionReason'
  code:
    | 'outcome-not-for-permit'
    | 'outcome-not-for-notification'
    | 'conditions-required'
    | 'conditions-not-for-outcome'
    | 'ends-before-start'
    | 'correction-reason-required'
}

/**
 * What is wrong with a decision on a permit type of `kind`: an outcome of the other kind,
 * conditions missing from an outcome "with conditions" (or given to one without), a
 * validity that ends before it starts, a correction without its reason. Dates are
 * `YYYY-MM-DD` (or ISO timestamps, compared by their day).
 */
export const decisionProblemsOf = ({
  kind,
  outcome,
  conditions,
  validFrom,
  validUntil,
  isCorrection,
  correctionReason,
}: {
  kind: PermitTypeKind
  outcome: DecisionOutcome
  conditions: readonly string[]
  validFrom?: string | null
  validUntil?: string | null
  isCorrection: boolean
  correctionReason?: string | null
}): DecisionProblem[] => {
  const problems: DecisionProblem[] = []
  if (!isOutcomeForKind(outcome, kind))
    problems.push({
      path: 'outcome',
      code: kind === 'notification' ? 'outcome-not-for-notification' : 'outcome-not-for-permit',
    })
  if (outcomeTakesConditions(outcome) && conditions.length === 0)
    problems.push({ path: 'conditions', code: 'conditions-required' })
  if (!outcomeTakesConditions(outcome) && conditions.length > 0)
    problems.push({ path: 'conditions', code: 'conditions-not-for-outcome' })
  if (validFrom && validUntil && validUntil.slice(0, 10) < validFrom.slice(0, 10))
    problems.push({ path: 'validUntil', code: 'ends-before-start' })
  if (isCorrection && !correctionReason?.trim())
    problems.push({ path: 'correctionReason', code: 'correction-reason-required' })
  return problems
}

/** The problems in the three languages, for the admin and the API's collection errors. */
export const decisionProblemTexts: Record<DecisionProblem['code'], Record<Locale, string>> = {
  'outcome-not-for-permit': {
    fi: 'Lupahakemuksen ratkaisu on myönnetty, myönnetty ehdoin, hylätty tai jätetty tutkimatta',
    sv: 'Ett tillstånd kan beviljas, beviljas med villkor, avslås eller avvisas',
    en: 'A permit is granted, granted with conditions, denied or dismissed',
  },
  'outcome-not-for-notification': {
    fi: 'Ilmoitusta ei myönnetä eikä hylätä: valitse käsitelty, käsitelty ja ohjeita annettu tai kielletty',
    sv: 'En anmälan beviljas inte och avslås inte: välj behandlad, behandlad med anvisningar eller förbjuden',
    en: 'A notification is not granted or denied: choose acknowledged, acknowledged with instructions or prohibited',
  },
  'conditions-required': {
    fi: 'Kirjaa vähintään yksi ehto tai ohje',
    sv: 'Ange minst ett villkor eller en anvisning',
    en: 'Give at least one condition or instruction',
  },
  'conditions-not-for-outcome': {
    fi: 'Ehtoja kirjataan vain ratkaisuun, joka annetaan ehdoin tai ohjein',
    sv: 'Villkor anges bara för ett avgörande med villkor eller anvisningar',
    en: 'Conditions belong only to an outcome with conditions or instructions',
  },
  'ends-before-start': {
    fi: 'Voimassaolo ei voi päättyä ennen alkamistaan',
    sv: 'Giltigheten kan inte upphöra innan den börjar',
    en: 'The validity cannot end before it starts',
  },
  'correction-reason-required': {
    fi: 'Kerro, miksi päätöstä korjataan',
    sv: 'Ange varför beslutet rättas',
    en: 'Say why the decision is corrected',
  },
}

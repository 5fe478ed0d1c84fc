import jsonLogic from 'json-logic-js'

import { localize } from './localize'
import type { DataElement, Locale, LocalizedText, PermitBundle, PermitType } from './types'

export const bundleProblemCodes = [
  'rule-empty',
  'rule-not-logic',
  'rule-unknown-operation',
  'rule-unknown-question',
  'rule-incomplete',
  'rule-duplicate-id',
  'permit-duplicate',
  'permit-unknown',
  'permit-no-rule',
  'step-duplicate-key',
  'step-in-use',
  'element-no-step',
  'text-missing',
] as const
export type BundleProblemCode = (typeof bundleProblemCodes)[number]

/** The texts whose Finnish is required to publish and whose Swedish and English are expected. */
export const bundleTextKinds = [
  'name',
  'description',
  'step-title',
  'rule-reason',
  'not-needed-reason',
  'permit-type-name',
  'question-label',
  'option-label',
] as const
export type BundleTextKind = (typeof bundleTextKinds)[number]

/**
 * How much a problem blocks: `error` refuses every save, `publish` refuses saving the bundle
 * published, `warning` is shown and never refuses.
 */
export type BundleProblemLevel = 'error' | 'publish' | 'warning'

/** One problem of a bundle, at the admin field it concerns. */
export type BundleProblem = {
  code: BundleProblemCode
  level: BundleProblemLevel
  /** Path of the field in the admin form, e.g. `permits.0.rules.1.when`. */
  path: string
  /**
   * What the message names: `permit` (name), `rule` (id), `question`, `operation`, `step`,
   * `elements` (keys, comma-separated), and for `text-missing` the `text` kind
   * ({@link BundleTextKind}), its `locale` and `option`.
   */
  params: Record<string, string>
}

/** A bundle as edited: the domain's bundle plus the description. Missing texts are empty strings. */
export type BundleDraft = PermitBundle & { description: LocalizedText }

/**
 * Operations json-logic-js knows without `add_operation`; others are found by trying them
 * (as `analyse` does). `log` is known but trying it would print.
 */
const isKnownOperation = (operation: string): boolean => {
  if (operation === 'log') return true
  try {
    jsonLogic.apply({ [operation]: [] }, {})
    return true
  } catch (error) {
    return !(error instanceof Error && error.message.startsWith('Unrecognized operation'))
  }
}

/** Operations whose second argument runs over list items, not over the answers. */
const scopedOperations = new Set(['filter', 'map', 'reduce', 'all', 'none', 'some'])
const comparisons = new Set(['==', '===', '!=', '!==', '<', '<=', '>', '>='])
const orderings = new Set(['<', '<=', '>', '>='])

type ConditionProblem = { code: BundleProblemCode; params: Record<string, string> }

/** The answers an operation reads with a literal key (`var`, `missing`, `missing_some`). */
const readKeys = (operation: string, args: unknown[]): unknown[] => {
  if (operation === 'var') return [args[0]]
  if (operation === 'missing') return Array.isArray(args[0]) ? args[0] : args
  if (operation === 'missing_some') return Array.isArray(args[1]) ? args[1] : []
  return []
}

/**
 * A condition compares with nothing when the builder left a value empty: `""` as an operand,
 * `null` in an ordering, an empty choice list or an empty and/or group.
 */
const isIncomplete = (operation: string, args: unknown[]): boolean => {
  if (comparisons.has(operation))
    return args.some((arg) => arg === '' || (orderings.has(operation) && arg === null))
  if (operation === 'in') return args[0] === '' || (Array.isArray(args[1]) && args[1].length === 0)
  if (operation === 'and' || operation === 'or') return args.length === 0
  return false
}

function conditionProblems({
  node,
  questions,
  isInItemScope,
}: {
  node: unknown
  questions: readonly string[]
  isInItemScope: boolean
}): ConditionProblem[] {
  if (Array.isArray(node))
    return node.flatMap((item) => conditionProblems({ node: item, questions, isInItemScope }))
  if (typeof node !== 'object' || node === null) return []
  if (!jsonLogic.is_logic(node)) return [{ code: 'rule-not-logic', params: {} }]
  const operation = jsonLogic.get_operator(node)
  const raw: unknown = (node as Record<string, unknown>)[operation]
  const args = Array.isArray(raw) ? raw : [raw]
  const problems: ConditionProblem[] = []
  if (!isKnownOperation(operation)) problems.push({ code: 'rule-unknown-operation', params: { operation } })
  if (!isInItemScope) {
    for (const key of readKeys(operation, args)) {
      if (key === '' || key === null || key === undefined) {
        problems.push({ code: 'rule-incomplete', params: {} })
        continue
      }
      // "a.b" reads a nested value of the answer "a".
      const question = String(key).split('.')[0]
      if (!questions.includes(question))
        problems.push({ code: 'rule-unknown-question', params: { question } })
    }
  }
  if (isIncomplete(operation, args)) problems.push({ code: 'rule-incomplete', params: {} })
  args.forEach((arg, index) => {
    problems.push(
      ...conditionProblems({
        node: arg,
        questions,
        isInItemScope: isInItemScope || (scopedOperations.has(operation) && index === 1),
      }),
    )
  })
  return problems
}

/** The problems of one stored condition, each once. */
function ruleConditionProblems(when: unknown, questions: readonly string[]): ConditionProblem[] {
  if (when === null || when === undefined || when === '') return [{ code: 'rule-empty', params: {} }]
  if (typeof when !== 'boolean' && !jsonLogic.is_logic(when)) return [{ code: 'rule-not-logic', params: {} }]
  const seen = new Set<string>()
  return conditionProblems({ node: when, questions, isInItemScope: false }).filter((problem) => {
    const id = `${problem.code}:${JSON.stringify(problem.params)}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}

const otherLocales: Locale[] = ['sv', 'en']

/** A missing Finnish text blocks publishing; missing Swedish and English texts are warnings. */
function missingTexts({
  text,
  path,
  kind,
  params = {},
}: {
  text: Partial<LocalizedText> | null | undefined
  path: string
  kind: BundleTextKind
  params?: Record<string, string>
}): BundleProblem[] {
  const isMissing = (locale: Locale) => !text?.[locale]?.trim()
  return (['fi', ...otherLocales] as Locale[]).filter(isMissing).map((locale) => ({
    code: 'text-missing',
    level: locale === 'fi' ? 'publish' : 'warning',
    path,
    params: { ...params, text: kind, locale },
  }))
}

/**
 * Everything wrong with a bundle as edited, for the admin to fix. Always refused
 * (`error`): conditions that are empty, incomplete, not JSON Logic, use unknown operations or
 * read answers that are not analysis questions of the bundle; repeated rule ids, permit types
 * or step keys; a permit without a known permit type; removing a step that data elements of
 * the bundle still use. Refused when published (`publish`): a permit without rules, a data
 * element of a permit type whose step the bundle lacks, a missing Finnish text. Only shown
 * (`warning`): missing Swedish and English texts.
 *
 * `elements` are the data elements the bundle uses (its analysis questions and its permit
 * types' elements); `previousStepKeys` are the steps stored before this edit; names in the
 * messages are given in `displayLocale`.
 */
export function checkBundle({
  bundle,
  permitTypes,
  elements,
  previousStepKeys = [],
  displayLocale,
}: {
  bundle: BundleDraft
  permitTypes: Pick<PermitType, 'key' | 'name' | 'elements'>[]
  elements: DataElement[]
  previousStepKeys?: string[]
  displayLocale: Locale
}): BundleProblem[] {
  const problems: BundleProblem[] = []
  const add = (problem: Omit<BundleProblem, 'params'> & { params?: Record<string, string> }) =>
    problems.push({ params: {}, ...problem })
  const permitTypesByKey = new Map(permitTypes.map((permitType) => [permitType.key, permitType]))
  const elementsByKey = new Map(elements.map((element) => [element.key, element]))
  const stepKeys = bundle.steps.map((step) => step.key)

  problems.push(...missingTexts({ text: bundle.name, path: 'name', kind: 'name' }))
  problems.push(...missingTexts({ text: bundle.description, path: 'description', kind: 'description' }))
  for (const question of bundle.analysisElements) {
    const element = elementsByKey.get(question)
    if (!element) continue
    problems.push(
      ...missingTexts({
        text: element.label,
        path: 'analysisElements',
        kind: 'question-label',
        params: { question },
      }),
    )
    for (const option of element.options ?? []) {
      problems.push(
        ...missingTexts({
          text: option.label,
          path: 'analysisElements',
          kind: 'option-label',
          params: { question, option: option.value },
        }),
      )
    }
  }

  bundle.steps.forEach((step, index) => {
    if (stepKeys.indexOf(step.key) !== index) {
      add({
        code: 'step-duplicate-key',
        level: 'error',
        path: `steps.${index}.key`,
        params: { step: step.key },
      })
    }
    problems.push(
      ...missingTexts({
        text: step.title,
        path: `steps.${index}.title`,
        kind: 'step-title',
        params: { step: step.key },
      }),
    )
  })
  for (const step of previousStepKeys.filter((key) => !stepKeys.includes(key))) {
    const users = elements.filter((element) => element.step === step).map((element) => element.key)
    if (users.length > 0)
      add({
        code: 'step-in-use',
        level: 'error',
        path: 'steps',
        params: { step, elements: users.join(', ') },
      })
  }

  const permitKeys = bundle.permits.map((permit) => permit.permitType)
  bundle.permits.forEach((permit, index) => {
    const path = `permits.${index}`
    const permitType = permitTypesByKey.get(permit.permitType)
    const name = permitType ? localize(permitType.name, displayLocale) || permitType.key : `#${index + 1}`
    if (!permitType) {
      add({ code: 'permit-unknown', level: 'error', path: `${path}.permitType`, params: { permit: name } })
    } else {
      if (permitKeys.indexOf(permit.permitType) !== index) {
        add({
          code: 'permit-duplicate',
          level: 'error',
          path: `${path}.permitType`,
          params: { permit: name },
        })
      }
      problems.push(
        ...missingTexts({
          text: permitType.name,
          path: `${path}.permitType`,
          kind: 'permit-type-name',
          params: { permit: name },
        }),
      )
      const stepless = permitType.elements
        .map((row) => elementsByKey.get(row.key))
        .filter((element): element is DataElement => Boolean(element) && !stepKeys.includes(element!.step))
        .map((element) => element.key)
      if (stepless.length > 0) {
        add({
          code: 'element-no-step',
          level: 'publish',
          path: `${path}.permitType`,
          params: { permit: name, elements: stepless.join(', ') },
        })
      }
    }
    if (permit.rules.length === 0)
      add({ code: 'permit-no-rule', level: 'publish', path: `${path}.rules`, params: { permit: name } })
    const ruleIds = permit.rules.map((rule) => rule.id)
    permit.rules.forEach((rule, ruleIndex) => {
      const rulePath = `${path}.rules.${ruleIndex}`
      const params = { permit: name, rule: rule.id }
      if (ruleIds.indexOf(rule.id) !== ruleIndex) {
        add({ code: 'rule-duplicate-id', level: 'error', path: `${rulePath}.ruleId`, params })
      }
      for (const problem of ruleConditionProblems(rule.when, bundle.analysisElements)) {
        add({
          code: problem.code,
          level: 'error',
          path: `${rulePath}.when`,
          params: { ...params, ...problem.params },
        })
      }
      problems.push(
        ...missingTexts({ text: rule.reason, path: `${rulePath}.reason`, kind: 'rule-reason', params }),
      )
    })
    problems.push(
      ...missingTexts({
        text: permit.notNeededReason,
        path: `${path}.notNeededReason`,
        kind: 'not-needed-reason',
        params: { permit: name },
      }),
    )
  })
  return problems
}

/** The problems that refuse saving the bundle: errors, and publish problems when it is published. */
export function blockingProblems({
  problems,
  isPublished,
}: {
  problems: BundleProblem[]
  isPublished: boolean
}): BundleProblem[] {
  return problems.filter(
    (problem) => problem.level === 'error' || (isPublished && problem.level === 'publish'),
  )
}

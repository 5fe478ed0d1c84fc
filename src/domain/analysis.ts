import jsonLogic, { type RulesLogic } from 'json-logic-js'
import { localize } from './localize'
import type { DataValues, JsonLogicRule, Locale, PermitBundle } from './types'

/** Why a permit is needed (the rules that fired) or why it is not. */
export type AnalysisReason = { ruleId: string; text: string }

/** The answer of the permit analysis for one permit of a bundle. */
export type PermitAnalysis = {
  permitType: string
  isNeeded: boolean
  /** The fired rules' reasons; when not needed, one reason with ruleId 'not-needed'. */
  reasons: AnalysisReason[]
}

/** The permit analysis of a bundle, permits in bundle order. */
export type AnalysisResult = { permits: PermitAnalysis[] }

/** ruleId of the reason given when no rule of a permit fires. */
export const notNeededRuleId = 'not-needed'

/** Operations json-logic-js knows without `add_operation`. */
const builtInOperations = new Set([
  'if',
  '?:',
  'and',
  'or',
  'filter',
  'map',
  'reduce',
  'all',
  'none',
  'some',
  '==',
  '===',
  '!=',
  '!==',
  '>',
  '>=',
  '<',
  '<=',
  '!!',
  '!',
  '%',
  'log',
  'in',
  'cat',
  'substr',
  '+',
  '*',
  '-',
  '/',
  'min',
  'max',
  'merge',
  'var',
  'missing',
  'missing_some',
])

/** Operations whose second argument runs over array items, not over the answers. */
const scopedOperations = new Set(['filter', 'map', 'reduce', 'all', 'none', 'some'])

/**
 * A rule must be a JSON Logic operation or a boolean literal: any other value is returned
 * as is by json-logic-js, so an object with two keys, say, would always "fire".
 */
function isRuleShape(rule: JsonLogicRule): boolean {
  return typeof rule === 'boolean' || jsonLogic.is_logic(rule)
}

function fires(rule: JsonLogicRule, answers: DataValues): boolean {
  if (!isRuleShape(rule)) return false
  try {
    return jsonLogic.truthy(jsonLogic.apply(rule as RulesLogic, answers))
  } catch {
    // A broken rule must not take the whole analysis down; validateRules reports it.
    return false
  }
}

/**
 * Which permits of the bundle the answers make needed, and why. A permit is needed when
 * any of its rules fires; a rule that is malformed or throws counts as not firing.
 */
export function analyse({
  bundle,
  answers,
  locale,
}: {
  bundle: PermitBundle
  answers: DataValues
  locale: Locale
}): AnalysisResult {
  return {
    permits: bundle.permits.map((permit) => {
      const reasons = permit.rules
        .filter((rule) => fires(rule.when, answers))
        .map((rule) => ({ ruleId: rule.id, text: localize(rule.reason, locale) }))
      if (reasons.length > 0) return { permitType: permit.permitType, isNeeded: true, reasons }
      return {
        permitType: permit.permitType,
        isNeeded: false,
        reasons: [{ ruleId: notNeededRuleId, text: localize(permit.notNeededReason, locale) }],
      }
    }),
  }
}

function isKnownOperation(operation: string): boolean {
  if (builtInOperations.has(operation)) return true
  // Operations added with add_operation can only be found by trying them.
  try {
    jsonLogic.apply({ [operation]: [] }, {})
    return true
  } catch (error) {
    return !(error instanceof Error && error.message.startsWith('Unrecognized operation'))
  }
}

/** The data keys an argument of `var`, `missing` or `missing_some` names, if literal. */
function referencedKeys(operation: string, args: unknown[]): unknown[] {
  if (operation === 'var') return [args[0]]
  if (operation === 'missing') return Array.isArray(args[0]) ? args[0] : args
  if (operation === 'missing_some') return Array.isArray(args[1]) ? args[1] : []
  return []
}

function findProblems({
  node,
  analysisElements,
  isInItemScope,
  report,
}: {
  node: unknown
  analysisElements: readonly string[]
  isInItemScope: boolean
  report: (problem: string) => void
}): void {
  if (Array.isArray(node)) {
    for (const item of node) findProblems({ node: item, analysisElements, isInItemScope, report })
    return
  }
  if (typeof node !== 'object' || node === null) return
  if (!jsonLogic.is_logic(node)) {
    report(`has an object with ${Object.keys(node).length} keys where an operation (one key) is expected`)
    return
  }
  const operation = jsonLogic.get_operator(node)
  const raw: unknown = (node as Record<string, unknown>)[operation]
  const args = Array.isArray(raw) ? raw : [raw]
  if (!isKnownOperation(operation)) report(`uses unknown operation "${operation}"`)

  if (!isInItemScope) {
    for (const key of referencedKeys(operation, args)) {
      if (typeof key !== 'string' || key === '') continue
      // "a.b" reads a nested value of the answer "a".
      const element = key.split('.')[0]
      if (!analysisElements.includes(element)) {
        report(`refers to "${key}", which is not an analysis element of the bundle`)
      }
    }
  }

  args.forEach((arg, index) => {
    findProblems({
      node: arg,
      analysisElements,
      isInItemScope: isInItemScope || (scopedOperations.has(operation) && index === 1),
      report,
    })
  })
}

/**
 * Problems of a bundle's rules, for the admin to fix before publishing: rules that are not
 * JSON Logic, unknown operations, references to answers the analysis does not ask
 * (`var`, `missing`, `missing_some` with literal keys) and duplicate rule ids. Empty when
 * the bundle is fine.
 */
export function validateRules(bundle: PermitBundle): string[] {
  const problems: string[] = []
  for (const permit of bundle.permits) {
    const seenIds = new Set<string>()
    for (const rule of permit.rules) {
      const where = `Permit "${permit.permitType}", rule "${rule.id}"`
      if (seenIds.has(rule.id)) problems.push(`${where}: the rule id is used twice`)
      seenIds.add(rule.id)
      if (!isRuleShape(rule.when)) {
        problems.push(`${where}: is not a JSON Logic operation or a boolean`)
        continue
      }
      findProblems({
        node: rule.when,
        analysisElements: bundle.analysisElements,
        isInItemScope: false,
        report: (problem) => problems.push(`${where}: ${problem}`),
      })
    }
  }
  return problems
}

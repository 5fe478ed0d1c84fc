import type {
  RuleGroupProcessor,
  RuleGroupType,
  RuleGroupTypeAny,
  RuleProcessor,
  RuleType,
  ValueSources,
} from '@react-querybuilder/core'
import { formatQuery } from '@react-querybuilder/core/formatQuery'
import { parseJsonLogic } from '@react-querybuilder/core/parseJsonLogic'

import type { DataElementType, JsonLogicRule } from './types'

/**
 * The admin's rule builder speaks react-querybuilder's query; rules are stored as JSON Logic.
 * This module converts both ways so that every condition the builder can show round-trips to
 * the very same JSON Logic: a rule the builder cannot reproduce exactly stays in the JSON
 * (expert) view instead of being silently rewritten.
 */

/** A question of the bundle's analysis, as far as conditions over it are concerned. */
export type RuleQuestion = { key: string; type: DataElementType }

export const ruleOperators = [
  '=',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'answered',
  'notAnswered',
] as const
export type RuleOperator = (typeof ruleOperators)[number]

const comparisons: RuleOperator[] = ['=', '!=', '<', '<=', '>', '>=']
const presence: RuleOperator[] = ['answered', 'notAnswered']

/** The operators a condition over a question of the type may use, in the builder's order. */
export function operatorsOf(type: DataElementType): RuleOperator[] {
  switch (type) {
    case 'boolean':
      return ['=', ...presence]
    case 'integer':
    case 'number':
    case 'date':
    case 'time':
      return [...comparisons, ...presence]
    case 'select':
      return ['=', '!=', 'in', 'notIn', ...presence]
    case 'multiSelect':
      return ['contains', 'doesNotContain', ...presence]
    case 'attachment':
      return presence
    default:
      return ['=', '!=', ...presence]
  }
}

/** True when a condition with the operator compares the answer with a value (or another answer). */
export function takesValue(operator: string): boolean {
  return !(presence as string[]).includes(operator)
}

/**
 * Where a condition's value comes from: typed in, or (for numbers, dates and times) another
 * answer of the same type, as in "the end date is after the start date".
 */
export function valueSourcesOf(type: DataElementType): ValueSources {
  return type === 'integer' || type === 'number' || type === 'date' || type === 'time'
    ? ['value', 'field']
    : ['value']
}

/**
 * "Answered" for types whose every real answer is truthy (non-empty strings and lists) is
 * `{"!!": {"var": key}}`, as the public-event rules write it; numbers and booleans can be 0
 * or false, so for them it is a comparison with null (json-logic-js compares loosely:
 * only a missing answer equals null).
 */
const answersCanBeFalsy = (type: DataElementType) =>
  type === 'integer' || type === 'number' || type === 'boolean'

const isNumeric = (type: DataElementType) => type === 'integer' || type === 'number'

/**
 * A value of the builder in the answer's own type. An empty or unreadable value stays the
 * empty string: the stored rule then shows the condition as incomplete (see bundle-checks).
 */
function typedValue(type: DataElementType, value: unknown): string | number | boolean {
  if (isNumeric(type)) {
    if (typeof value === 'number') return Number.isFinite(value) ? value : ''
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
      return Number(value)
    return ''
  }
  if (type === 'boolean') {
    if (value === true || value === 'true') return true
    if (value === false || value === 'false') return false
    return ''
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? value.split(',') : []

const typeLookup = (questions: readonly RuleQuestion[]) => {
  const types = new Map(questions.map((question) => [question.key, question.type]))
  return (key: string): DataElementType | undefined => types.get(key)
}

/** One condition as JSON Logic, in the exact shapes that {@link toRuleQuery} reads back. */
function conditionToJsonLogic(
  rule: RuleType,
  typeOf: (key: string) => DataElementType | undefined,
): JsonLogicRule {
  const type = typeOf(rule.field) ?? 'text'
  const answer = { var: rule.field }
  const operand =
    rule.valueSource === 'field'
      ? { var: typeof rule.value === 'string' ? rule.value : '' }
      : typedValue(type, rule.value)
  switch (rule.operator as RuleOperator) {
    case '=':
      return { '===': [answer, operand] }
    case '!=':
      return { '!==': [answer, operand] }
    case '<':
    case '<=':
    case '>':
    case '>=':
      return { [rule.operator]: [answer, operand] }
    case 'in':
      return { in: [answer, listOf(rule.value).map((item) => typedValue(type, item))] }
    case 'notIn':
      return { '!': { in: [answer, listOf(rule.value).map((item) => typedValue(type, item))] } }
    case 'contains':
      return { in: [typedValue('text', rule.value), answer] }
    case 'doesNotContain':
      return { '!': { in: [typedValue('text', rule.value), answer] } }
    case 'answered':
      return answersCanBeFalsy(type) ? { '!=': [answer, null] } : { '!!': answer }
    case 'notAnswered':
      return answersCanBeFalsy(type) ? { '==': [answer, null] } : { '!': answer }
    default:
      // An operator this module does not know: kept visibly broken rather than dropped.
      return { [rule.operator]: [answer, operand] }
  }
}

/**
 * The JSON Logic of a builder query: conditions joined by their groups' and/or. A query of
 * one condition is that condition alone; an empty query is `null` (no condition yet).
 * Unlike react-querybuilder's default export, nothing is left out: an empty group stays an
 * empty list and an unfinished condition keeps its empty value, which bundle-checks reports
 * as incomplete, so a half-built rule is refused instead of quietly meaning something else.
 */
export function fromRuleQuery({
  query,
  questions,
}: {
  query: RuleGroupType
  questions: readonly RuleQuestion[]
}): JsonLogicRule {
  const typeOf = typeLookup(questions)
  if (query.rules.length === 0 && !query.not) return null
  const [only] = query.rules
  if (query.rules.length === 1 && !query.not && typeof only === 'object' && !('rules' in only)) {
    return conditionToJsonLogic(only, typeOf)
  }
  const ruleProcessor: RuleProcessor = (rule) => conditionToJsonLogic(rule, typeOf)
  const groupToJsonLogic = (group: RuleGroupTypeAny): JsonLogicRule => {
    const rules = (group.rules as (RuleType | RuleGroupTypeAny | string)[])
      .filter((rule): rule is RuleType | RuleGroupTypeAny => typeof rule !== 'string')
      .map((rule) => ('rules' in rule ? groupToJsonLogic(rule) : ruleProcessor(rule)))
    const combined = { [(group as RuleGroupType).combinator]: rules }
    return group.not ? { '!': combined } : combined
  }
  const ruleGroupProcessor: RuleGroupProcessor<JsonLogicRule> = groupToJsonLogic
  return formatQuery<JsonLogicRule>(query, { format: 'jsonlogic', ruleProcessor, ruleGroupProcessor })
}

const isVar = (value: unknown): value is { var: string } =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === 1 &&
  typeof (value as { var?: unknown }).var === 'string'

const isLiteral = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** `in` is a choice among values (`{"in": [answer, [..]]}`) or a value in a list answer. */
function parseIn(args: unknown): RuleType | false {
  if (!Array.isArray(args) || args.length !== 2) return false
  const [first, second] = args as unknown[]
  if (isVar(first) && Array.isArray(second) && second.every(isLiteral)) {
    return { field: first.var, operator: 'in', value: second }
  }
  if (isLiteral(first) && isVar(second)) return { field: second.var, operator: 'contains', value: first }
  return false
}

const negatedOperators: Partial<Record<string, RuleOperator>> = { in: 'notIn', contains: 'doesNotContain' }

/** The keys of every answer a JSON Logic expression reads with `var`. */
export function answersReadBy(rule: unknown): string[] {
  if (Array.isArray(rule)) return rule.flatMap(answersReadBy)
  if (typeof rule !== 'object' || rule === null) return []
  return Object.entries(rule).flatMap(([operation, args]) =>
    operation === 'var' ? [String(Array.isArray(args) ? args[0] : args)] : answersReadBy(args),
  )
}

/** Builder values are what its editors hold: yes/no as 'true'/'false', lists as arrays. */
function toEditorValues(
  group: RuleGroupType,
  typeOf: (key: string) => DataElementType | undefined,
): RuleGroupType {
  return {
    ...group,
    rules: group.rules.map((rule) => {
      if (typeof rule === 'string') return rule
      if ('rules' in rule) return toEditorValues(rule, typeOf)
      const type = typeOf(rule.field)
      if (rule.operator === 'null' || rule.operator === 'notNull') {
        return { ...rule, operator: rule.operator === 'null' ? 'notAnswered' : 'answered', value: '' }
      }
      if (type === 'boolean' && typeof rule.value === 'boolean') return { ...rule, value: String(rule.value) }
      return rule
    }),
  }
}

/** True when every condition uses an operator the builder offers for its question's type. */
function offersEveryOperator(
  group: RuleGroupType,
  typeOf: (key: string) => DataElementType | undefined,
): boolean {
  return group.rules.every((rule) => {
    if (typeof rule === 'string') return true
    if ('rules' in rule) return offersEveryOperator(rule, typeOf)
    const type = typeOf(rule.field)
    return type !== undefined && (operatorsOf(type) as string[]).includes(rule.operator)
  })
}

const emptyQuery = (): RuleGroupType => ({ combinator: 'and', rules: [] })

/** What {@link toRuleQuery} gives: the builder's query, or why the rule stays in the JSON view. */
export type RuleQueryResult =
  | { isRepresentable: true; query: RuleGroupType }
  | {
      isRepresentable: false
      /** `unknown-questions`: the rule reads answers that are not analysis questions of the bundle. */
      reason: 'unknown-questions' | 'not-representable'
      unknownKeys: string[]
    }

/**
 * The builder's query of a stored rule over the bundle's analysis questions. A rule is shown
 * in the builder only when converting the query back ({@link fromRuleQuery}) gives exactly the
 * stored JSON Logic; anything else (operations the builder does not offer, answers that are
 * not questions of the bundle) stays in the JSON view, unchanged.
 */
export function toRuleQuery({
  rule,
  questions,
}: {
  rule: JsonLogicRule | undefined
  questions: readonly RuleQuestion[]
}): RuleQueryResult {
  if (rule === null || rule === undefined) return { isRepresentable: true, query: emptyQuery() }
  const typeOf = typeLookup(questions)
  const unknownKeys = [...new Set(answersReadBy(rule))].filter((key) => key !== '' && !typeOf(key))
  if (unknownKeys.length > 0) return { isRepresentable: false, reason: 'unknown-questions', unknownKeys }
  if (typeof rule !== 'object' || Array.isArray(rule)) {
    return { isRepresentable: false, reason: 'not-representable', unknownKeys: [] }
  }

  // parseJsonLogic checks each answer and its value sources (comparisons with another answer
  // of the same type); the operators are checked by the exact round trip below.
  const fields = questions.map((question) => ({
    name: question.key,
    value: question.key,
    label: question.key,
    comparator: (other: { name: string }) => typeOf(other.name) === question.type,
  }))

  const parsed = parseJsonLogic(rule as Parameters<typeof parseJsonLogic>[0], {
    fields,
    listsAsArrays: true,
    getValueSources: (field: string) => valueSourcesOf(typeOf(field) ?? 'text'),
    jsonLogicOperations: {
      '!!': (arg: unknown) => (isVar(arg) ? { field: arg.var, operator: 'answered', value: '' } : false),
      '!': (arg: unknown) => {
        if (isVar(arg)) return { field: arg.var, operator: 'notAnswered', value: '' }
        const inner = typeof arg === 'object' && arg !== null && 'in' in arg ? parseIn(arg.in) : false
        const negated = inner && negatedOperators[inner.operator]
        return inner && negated ? { ...inner, operator: negated } : false
      },
      in: parseIn,
    },
  })
  const query = toEditorValues(parsed, typeOf)
  const isExact =
    offersEveryOperator(query, typeOf) &&
    JSON.stringify(fromRuleQuery({ query, questions })) === JSON.stringify(rule)
  return isExact
    ? { isRepresentable: true, query }
    : { isRepresentable: false, reason: 'not-representable', unknownKeys: [] }
}

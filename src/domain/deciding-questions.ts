import { analyse } from './analysis'
import { isMissing } from './once-only'
import type { DataElement, DataValues, Locale, PermitBundle } from './types'

/*
 * Which analysis questions still decide which permits are needed, and what changed when an
 * answer did: so that the customer answers every such question in the analysis (the wizard
 * never asks it later as optional) and is told at once when a changed answer adds or removes
 * a permit.
 */

/** The permit types the answers make needed, in bundle order. */
export function neededPermitsOf({
  bundle,
  answers,
  locale = 'fi',
}: {
  bundle: PermitBundle
  answers: DataValues
  locale?: Locale
}): string[] {
  return analyse({ bundle, answers, locale })
    .permits.filter((permit) => permit.isNeeded)
    .map((permit) => permit.permitType)
}

/** The permits a change of answers added and removed. */
export function permitChangesOf(before: string[], after: string[]): { added: string[]; removed: string[] } {
  return {
    added: after.filter((key) => !before.includes(key)),
    removed: before.filter((key) => !after.includes(key)),
  }
}

/** Every literal of the rules: the numbers, times and texts they compare answers with. */
function literalsOf(node: unknown, into: Set<unknown> = new Set()): Set<unknown> {
  if (Array.isArray(node)) for (const item of node) literalsOf(item, into)
  else if (node && typeof node === 'object') for (const value of Object.values(node)) literalsOf(value, into)
  else if (typeof node === 'number' || typeof node === 'string') into.add(node)
  return into
}

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
const timeOf = (minutes: number) => {
  const wrapped = (minutes + 24 * 60) % (24 * 60)
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`
}

/**
 * Answers worth trying for a question: every option of a yes/no or choice question, and for
 * numbers and times the rules' own limits and their neighbours (a rule "more than 200" is
 * told apart by 200 and 201). Null for questions no finite set of answers covers (dates, text).
 */
function candidatesOf(element: DataElement, literals: Set<unknown>): unknown[] | null {
  switch (element.type) {
    case 'boolean':
      return [true, false]
    case 'select':
      return (element.options ?? []).map((option) => option.value)
    case 'multiSelect':
      return (element.options ?? []).map((option) => [option.value])
    case 'integer':
    case 'number':
      return [...literals]
        .filter((value): value is number => typeof value === 'number')
        .flatMap((value) => [value - 1, value, value + 1])
    case 'time':
      return [...literals]
        .filter((value): value is string => typeof value === 'string' && timePattern.test(value))
        .flatMap((value) => [-1, 0, 1].map((delta) => timeOf(minutesOf(value) + delta)))
    default:
      return null
  }
}

/**
 * The analysis questions left unanswered whose answer would change which permits are needed,
 * given the other answers (a question that matters only after another answer does not count
 * until then). In the bundle's order.
 */
export function openDecidingQuestions({
  bundle,
  elements,
  answers,
}: {
  bundle: PermitBundle
  elements: DataElement[]
  answers: DataValues
}): string[] {
  const byKey = new Map(elements.map((element) => [element.key, element]))
  const literals = literalsOf(bundle.permits.map((permit) => permit.rules.map((rule) => rule.when)))
  const base = neededPermitsOf({ bundle, answers }).join()
  return bundle.analysisElements.filter((key) => {
    const element = byKey.get(key)
    if (!element || !isMissing(answers[key])) return false
    const candidates = candidatesOf(element, literals) ?? []
    return candidates.some(
      (value) => neededPermitsOf({ bundle, answers: { ...answers, [key]: value } }).join() !== base,
    )
  })
}

import jsonLogic, { type RulesLogic } from 'json-logic-js'
import type { RuleGroupType } from '@react-querybuilder/core'
import { describe, expect, it } from 'vitest'

import { fromRuleQuery, operatorsOf, toRuleQuery, type RuleQuestion } from '../../src/domain/rule-builder'
import type { JsonLogicRule } from '../../src/domain/types'
import { dataElements, publicEventBundle, workedExampleAnswers } from '../../src/seed/public-event'

const questions: RuleQuestion[] = [
  { key: 'expectedAttendees', type: 'integer' },
  { key: 'isPublicEvent', type: 'boolean' },
  { key: 'placeType', type: 'select' },
  { key: 'structureTypes', type: 'multiSelect' },
  { key: 'eventStartDate', type: 'date' },
  { key: 'eventEndDate', type: 'date' },
  { key: 'eventEndTime', type: 'time' },
  { key: 'eventName', type: 'text' },
]

const query = (rules: RuleGroupType['rules'], combinator = 'and'): RuleGroupType => ({ combinator, rules })

const roundTrip = (rule: JsonLogicRule, over: RuleQuestion[] = questions) => {
  const result = toRuleQuery({ rule, questions: over })
  if (!result.isRepresentable) throw new Error(`not representable: ${JSON.stringify(result)}`)
  return fromRuleQuery({ query: result.query, questions: over })
}

describe('the rule builder conversion', () => {
  const seedQuestions: RuleQuestion[] = publicEventBundle.analysisElements.map((key) => ({
    key,
    type: dataElements.find((element) => element.key === key)!.type,
  }))
  const seedRules = publicEventBundle.permits.flatMap((permit) => permit.rules)

  it.each(seedRules.map((rule) => [rule.id, rule.when] as const))(
    'should show the seeded rule %s in the builder and give it back unchanged',
    (_id, when) => {
      expect(roundTrip(when, seedQuestions)).toEqual(when)
    },
  )

  it('should keep what the seeded rules decide for the worked example and its variations', () => {
    const variations = [
      workedExampleAnswers,
      { ...workedExampleAnswers, isPublicEvent: false, expectedAttendees: 0 },
      { ...workedExampleAnswers, eventEndTime: '03:00', soundEndTime: undefined, placeType: 'private-area' },
      { ...workedExampleAnswers, eventEndDate: '2027-06-14', amplifiedSound: true },
    ]
    for (const rule of seedRules) {
      const rebuilt = roundTrip(rule.when, seedQuestions)
      for (const answers of variations) {
        expect(jsonLogic.apply(rebuilt as RulesLogic, answers)).toEqual(
          jsonLogic.apply(rule.when as RulesLogic, answers),
        )
      }
    }
  })

  it('should write a yes/no condition as a strict comparison with a boolean', () => {
    const rule = fromRuleQuery({
      query: query([{ field: 'isPublicEvent', operator: '=', value: 'true' }]),
      questions,
    })
    expect(rule).toEqual({ '===': [{ var: 'isPublicEvent' }, true] })
  })

  it('should write numbers typed in the builder as numbers', () => {
    const rule = fromRuleQuery({
      query: query([{ field: 'expectedAttendees', operator: '>=', value: '200' }]),
      questions,
    })
    expect(rule).toEqual({ '>=': [{ var: 'expectedAttendees' }, 200] })
  })

  it('should join nested and/or groups', () => {
    const rule = fromRuleQuery({
      query: query([
        { field: 'isPublicEvent', operator: '=', value: 'true' },
        query(
          [
            { field: 'placeType', operator: 'in', value: ['park-or-square', 'public-road'] },
            { field: 'eventEndTime', operator: '>', value: '22:00' },
          ],
          'or',
        ),
      ]),
      questions,
    })
    expect(rule).toEqual({
      and: [
        { '===': [{ var: 'isPublicEvent' }, true] },
        {
          or: [
            { in: [{ var: 'placeType' }, ['park-or-square', 'public-road']] },
            { '>': [{ var: 'eventEndTime' }, '22:00'] },
          ],
        },
      ],
    })
    expect(roundTrip(rule)).toEqual(rule)
  })

  it('should tell answered from not answered without mistaking 0 or "no" for no answer', () => {
    const answeredNumber = fromRuleQuery({
      query: query([{ field: 'expectedAttendees', operator: 'answered', value: '' }]),
      questions,
    })
    const unansweredTime = fromRuleQuery({
      query: query([{ field: 'eventEndTime', operator: 'notAnswered', value: '' }]),
      questions,
    })
    expect(answeredNumber).toEqual({ '!=': [{ var: 'expectedAttendees' }, null] })
    expect(jsonLogic.apply(answeredNumber as RulesLogic, { expectedAttendees: 0 })).toBe(true)
    expect(jsonLogic.apply(answeredNumber as RulesLogic, {})).toBe(false)
    expect(unansweredTime).toEqual({ '!': { var: 'eventEndTime' } })
    expect(roundTrip(answeredNumber)).toEqual(answeredNumber)
    expect(roundTrip(unansweredTime)).toEqual(unansweredTime)
  })

  it('should compare an answer with another answer of the same type', () => {
    const rule = { '>': [{ var: 'eventEndDate' }, { var: 'eventStartDate' }] }
    const result = toRuleQuery({ rule, questions })
    expect(result).toMatchObject({
      isRepresentable: true,
      query: {
        rules: [{ field: 'eventEndDate', operator: '>', value: 'eventStartDate', valueSource: 'field' }],
      },
    })
  })

  it('should write "contains" and "does not contain" of a multiple choice as a value in the answer list', () => {
    const rule = fromRuleQuery({
      query: query([
        { field: 'structureTypes', operator: 'contains', value: 'stage' },
        { field: 'placeType', operator: 'notIn', value: ['public-road'] },
      ]),
      questions,
    })
    expect(rule).toEqual({
      and: [
        { in: ['stage', { var: 'structureTypes' }] },
        { '!': { in: [{ var: 'placeType' }, ['public-road']] } },
      ],
    })
    expect(
      jsonLogic.apply(rule as RulesLogic, { structureTypes: ['stage'], placeType: 'park-or-square' }),
    ).toBe(true)
    expect(roundTrip(rule)).toEqual(rule)
  })

  it('should keep an unfinished condition as a comparison with nothing rather than drop it', () => {
    const rule = fromRuleQuery({
      query: query([
        { field: 'isPublicEvent', operator: '=', value: 'true' },
        { field: 'expectedAttendees', operator: '>=', value: '' },
        query([], 'or'),
      ]),
      questions,
    })
    expect(rule).toEqual({
      and: [
        { '===': [{ var: 'isPublicEvent' }, true] },
        { '>=': [{ var: 'expectedAttendees' }, ''] },
        { or: [] },
      ],
    })
    expect(roundTrip(rule)).toEqual(rule)
  })

  it('should give no condition for an empty builder, and an empty builder for no condition', () => {
    expect(fromRuleQuery({ query: query([]), questions })).toBeNull()
    expect(toRuleQuery({ rule: null, questions })).toEqual({ isRepresentable: true, query: query([]) })
  })

  it('should leave a rule about a question outside the analysis in the JSON view, naming the question', () => {
    expect(toRuleQuery({ rule: { '===': [{ var: 'deletedQuestion' }, true] }, questions })).toEqual({
      isRepresentable: false,
      reason: 'unknown-questions',
      unknownKeys: ['deletedQuestion'],
    })
  })

  it.each([
    ['a loose comparison', { '==': [{ var: 'expectedAttendees' }, 200] }],
    ['a bare answer', { var: 'isPublicEvent' }],
    ['a literal', true],
    ['arithmetic', { '>': [{ '+': [{ var: 'expectedAttendees' }, 1] }, 200] }],
    ['an operator the type does not offer', { '<': [{ var: 'isPublicEvent' }, true] }],
    ['a one-item group', { and: [{ '===': [{ var: 'isPublicEvent' }, true] }] }],
  ] as const)('should leave %s in the JSON view unchanged', (_name, rule) => {
    expect(toRuleQuery({ rule, questions })).toEqual({
      isRepresentable: false,
      reason: 'not-representable',
      unknownKeys: [],
    })
  })

  it('should offer comparisons for numbers and dates, choices for selections, and presence for all', () => {
    expect(operatorsOf('integer')).toEqual(['=', '!=', '<', '<=', '>', '>=', 'answered', 'notAnswered'])
    expect(operatorsOf('date')).toContain('<')
    expect(operatorsOf('select')).toEqual(['=', '!=', 'in', 'notIn', 'answered', 'notAnswered'])
    expect(operatorsOf('multiSelect')).toEqual(['contains', 'doesNotContain', 'answered', 'notAnswered'])
    expect(operatorsOf('attachment')).toEqual(['answered', 'notAnswered'])
  })
})

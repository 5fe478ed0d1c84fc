import { describe, expect, it } from 'vitest'
import { analyse, validateRules } from '../../src/domain/analysis'
import type { PermitBundle } from '../../src/domain/types'

function makeBundle(overrides: Partial<PermitBundle> = {}): PermitBundle {
  return {
    key: 'public-event',
    name: { fi: 'Yleisötilaisuus', en: 'Public event' },
    analysisElements: ['attendance', 'hasFireworks', 'endsAfter22'],
    steps: [],
    permits: [
      {
        permitType: 'rescue-plan',
        rules: [
          {
            id: 'many-people',
            when: { '>=': [{ var: 'attendance' }, 200] },
            reason: { fi: 'Vähintään 200 henkeä', en: 'At least 200 people' },
          },
          {
            id: 'fireworks',
            when: { '==': [{ var: 'hasFireworks' }, true] },
            reason: { fi: 'Ilotulitus', en: 'Fireworks' },
          },
        ],
        notNeededReason: { fi: 'Pieni tilaisuus', en: 'A small event' },
      },
      {
        permitType: 'noise-notification',
        rules: [
          {
            id: 'late-sound',
            when: { var: 'endsAfter22' },
            reason: { fi: 'Ääntä klo 22 jälkeen', en: 'Sound after 22:00' },
          },
        ],
        notNeededReason: { fi: 'Ei melua yöllä', en: 'No noise at night' },
      },
    ],
    ...overrides,
  }
}

describe('analyse', () => {
  it('should mark a permit needed with the reason of the rule that fired', () => {
    const result = analyse({ bundle: makeBundle(), answers: { attendance: 500 }, locale: 'en' })
    expect(result.permits[0]).toEqual({
      permitType: 'rescue-plan',
      isNeeded: true,
      reasons: [{ ruleId: 'many-people', text: 'At least 200 people' }],
    })
  })

  it('should list every rule that fired', () => {
    const result = analyse({
      bundle: makeBundle(),
      answers: { attendance: 500, hasFireworks: true },
      locale: 'en',
    })
    expect(result.permits[0].reasons.map((reason) => reason.ruleId)).toEqual(['many-people', 'fireworks'])
  })

  it('should give the not-needed reason when no rule fires', () => {
    const result = analyse({ bundle: makeBundle(), answers: { attendance: 50 }, locale: 'fi' })
    expect(result.permits[1]).toEqual({
      permitType: 'noise-notification',
      isNeeded: false,
      reasons: [{ ruleId: 'not-needed', text: 'Ei melua yöllä' }],
    })
  })

  it('should keep the permits in bundle order', () => {
    const result = analyse({ bundle: makeBundle(), answers: {}, locale: 'fi' })
    expect(result.permits.map((permit) => permit.permitType)).toEqual(['rescue-plan', 'noise-notification'])
  })

  it('should treat a rule that throws as not firing and still analyse the others', () => {
    const bundle = makeBundle()
    bundle.permits[0].rules.unshift({
      id: 'broken',
      when: { 'no-such-operation': [1] },
      reason: { fi: 'Rikki' },
    })
    const result = analyse({ bundle, answers: { attendance: 300 }, locale: 'en' })
    expect(result.permits[0].reasons).toEqual([{ ruleId: 'many-people', text: 'At least 200 people' }])
  })

  it('should not fire a rule that is an object of several keys', () => {
    const bundle = makeBundle()
    bundle.permits[1].rules = [{ id: 'odd', when: { a: 1, b: 2 }, reason: { fi: 'Outo' } }]
    const result = analyse({ bundle, answers: {}, locale: 'fi' })
    expect(result.permits[1].isNeeded).toBe(false)
  })
})

describe('validateRules', () => {
  it('should find nothing wrong in a correct bundle', () => {
    expect(validateRules(makeBundle())).toEqual([])
  })

  it('should report a var that is not an analysis element', () => {
    const bundle = makeBundle()
    bundle.permits[0].rules[0].when = { '>=': [{ var: 'visitors' }, 200] }
    expect(validateRules(bundle)).toEqual([
      'Permit "rescue-plan", rule "many-people": refers to "visitors", which is not an analysis element of the bundle',
    ])
  })

  it('should report a key in missing that is not an analysis element', () => {
    const bundle = makeBundle()
    bundle.permits[0].rules[0].when = { missing: ['attendance', 'venue'] }
    expect(validateRules(bundle)).toHaveLength(1)
  })

  it('should not check vars inside a map, which read the array items', () => {
    const bundle = makeBundle({ analysisElements: ['sounds'] })
    bundle.permits = [
      {
        permitType: 'noise-notification',
        rules: [
          {
            id: 'loud',
            when: { some: [{ var: 'sounds' }, { '>': [{ var: 'decibels' }, 90] }] },
            reason: { fi: 'Kovaa' },
          },
        ],
        notNeededReason: { fi: 'Hiljaista' },
      },
    ]
    expect(validateRules(bundle)).toEqual([])
  })

  it('should report an unknown operation even in a branch that is not evaluated', () => {
    const bundle = makeBundle()
    bundle.permits[0].rules[0].when = { and: [false, { frobnicate: [1] }] }
    expect(validateRules(bundle)).toEqual([
      'Permit "rescue-plan", rule "many-people": uses unknown operation "frobnicate"',
    ])
  })

  it('should report a rule that is not JSON Logic', () => {
    const bundle = makeBundle()
    bundle.permits[0].rules[0].when = 'attendance > 200'
    expect(validateRules(bundle)).toEqual([
      'Permit "rescue-plan", rule "many-people": is not a JSON Logic operation or a boolean',
    ])
  })

  it('should report a rule id used twice in a permit', () => {
    const bundle = makeBundle()
    bundle.permits[0].rules[1].id = 'many-people'
    expect(validateRules(bundle)).toEqual([
      'Permit "rescue-plan", rule "many-people": the rule id is used twice',
    ])
  })
})

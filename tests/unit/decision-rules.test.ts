import { describe, expect, it } from 'vitest'

import { decisionOutcomes } from '../../src/domain/case-status'
import {
  appealInstructionsIn,
  conditionsOf,
  decisionProblemsOf,
  decisionVersionsOf,
  isOutcomeForKind,
  nextVersionOf,
  outcomesByKind,
  outcomeTakesConditions,
  permitTypeKindOf,
} from '../../src/domain/decision-rules'

describe('outcomes per permit type kind', () => {
  it('should offer a permit granted, granted with conditions, denied or dismissed', () => {
    expect(outcomesByKind.permit).toEqual(['granted', 'granted-with-conditions', 'rejected', 'dismissed'])
  })

  it('should offer a notification acknowledged, acknowledged with instructions or prohibited', () => {
    expect(outcomesByKind.notification).toEqual([
      'acknowledged',
      'acknowledged-with-instructions',
      'prohibited',
    ])
  })

  it('should give every outcome to exactly one kind, the stored ones included', () => {
    for (const outcome of decisionOutcomes)
      expect(
        [isOutcomeForKind(outcome, 'permit'), isOutcomeForKind(outcome, 'notification')].filter(Boolean),
      ).toHaveLength(1)
    // Values stored before kinds existed stay valid outcomes.
    expect(decisionOutcomes).toEqual(
      expect.arrayContaining(['granted', 'granted-with-conditions', 'rejected', 'acknowledged']),
    )
  })

  it('should never grant a notification', () => {
    expect(isOutcomeForKind('granted', 'notification')).toBe(false)
    expect(isOutcomeForKind('acknowledged', 'permit')).toBe(false)
  })

  it('should take a permit type without a kind for a permit', () => {
    expect(permitTypeKindOf(null)).toBe('permit')
    expect(permitTypeKindOf('something')).toBe('permit')
    expect(permitTypeKindOf('notification')).toBe('notification')
  })
})

describe('conditions', () => {
  it('should take one condition per line, trimmed, blank lines left out', () => {
    expect(conditionsOf('  Music ends at 22.\r\n\n Loudspeakers face the sea. \n')).toEqual([
      'Music ends at 22.',
      'Loudspeakers face the sea.',
    ])
    expect(conditionsOf([' a ', '', 3, 'b'])).toEqual(['a', 'b'])
    expect(conditionsOf(undefined)).toEqual([])
  })

  it('should need conditions exactly with the outcomes "with conditions" or "with instructions"', () => {
    expect(decisionOutcomes.filter(outcomeTakesConditions)).toEqual([
      'granted-with-conditions',
      'acknowledged-with-instructions',
    ])
  })
})

describe('decision problems', () => {
  const valid = {
    kind: 'permit' as const,
    outcome: 'granted-with-conditions' as const,
    conditions: ['Music ends at 22.'],
    validFrom: '2027-06-01',
    validUntil: '2027-06-30',
    isCorrection: false,
  }

  it('should accept a valid decision', () => {
    expect(decisionProblemsOf(valid)).toEqual([])
    expect(decisionProblemsOf({ ...valid, validFrom: null, validUntil: '2027-06-30' })).toEqual([])
  })

  it('should name each problem with its field', () => {
    expect(
      decisionProblemsOf({ ...valid, kind: 'notification', outcome: 'granted', conditions: [] }),
    ).toEqual([{ path: 'outcome', code: 'outcome-not-for-notification' }])
    expect(decisionProblemsOf({ ...valid, outcome: 'acknowledged', conditions: [] })).toEqual([
      { path: 'outcome', code: 'outcome-not-for-permit' },
    ])
    expect(decisionProblemsOf({ ...valid, conditions: [] })).toEqual([
      { path: 'conditions', code: 'conditions-required' },
    ])
    expect(decisionProblemsOf({ ...valid, outcome: 'rejected' })).toEqual([
      { path: 'conditions', code: 'conditions-not-for-outcome' },
    ])
    expect(decisionProblemsOf({ ...valid, validUntil: '2027-05-31' })).toEqual([
      { path: 'validUntil', code: 'ends-before-start' },
    ])
    expect(decisionProblemsOf({ ...valid, isCorrection: true, correctionReason: '  ' })).toEqual([
      { path: 'correctionReason', code: 'correction-reason-required' },
    ])
  })

  it('should compare timestamps of the validity by their day', () => {
    expect(
      decisionProblemsOf({
        ...valid,
        validFrom: '2027-06-01T00:00:00.000Z',
        validUntil: '2027-06-01T00:00:00.000Z',
      }),
    ).toEqual([])
  })
})

describe('decision versions', () => {
  const doc = (id: number, version: number | null, createdAt: string) => ({ id, version, createdAt })

  it('should put the highest version first and the ones it corrected after it, newest first', () => {
    const first = doc(1, 1, '2027-06-01T10:00:00.000Z')
    const second = doc(2, 2, '2027-06-02T10:00:00.000Z')
    const third = doc(3, 3, '2027-06-03T10:00:00.000Z')
    expect(decisionVersionsOf([second, third, first])).toEqual({ current: third, earlier: [second, first] })
  })

  it('should take a decision stored before versions for the first, and fall back to the later record', () => {
    const legacy = doc(1, null, '2027-06-01T10:00:00.000Z')
    const correction = doc(2, 2, '2027-06-02T10:00:00.000Z')
    expect(decisionVersionsOf([correction, legacy]).current).toBe(correction)
    const twin = doc(3, 1, '2027-06-03T10:00:00.000Z')
    expect(decisionVersionsOf([legacy, twin])).toEqual({ current: twin, earlier: [legacy] })
  })

  it('should have no current version without decisions, and number the next one', () => {
    expect(decisionVersionsOf([])).toEqual({ current: null, earlier: [] })
    expect(nextVersionOf([])).toBe(1)
    expect(nextVersionOf([{ version: null }, { version: 2 }])).toBe(3)
  })
})

describe('appeal instructions', () => {
  const instructions = {
    kind: 'rectification',
    fi: 'Oikaisuvaatimus 14 päivässä.',
    sv: '',
    en: 'Review within 14 days.',
  }

  it("should be in the reader's language, else in Finnish, saying which", () => {
    expect(appealInstructionsIn(instructions, 'en')).toEqual({
      kind: 'rectification',
      text: 'Review within 14 days.',
      lang: 'en',
    })
    expect(appealInstructionsIn(instructions, 'sv')).toEqual({
      kind: 'rectification',
      text: 'Oikaisuvaatimus 14 päivässä.',
      lang: 'fi',
    })
  })

  it('should be none without a text, and an appeal unless said otherwise', () => {
    expect(appealInstructionsIn({ kind: 'appeal', fi: ' ' }, 'fi')).toBeNull()
    expect(appealInstructionsIn(null, 'fi')).toBeNull()
    expect(appealInstructionsIn({ fi: 'Valitus.' }, 'fi')?.kind).toBe('appeal')
  })
})

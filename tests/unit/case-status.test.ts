import { describe, expect, it } from 'vitest'
import {
  allowedTransitions,
  canTransition,
  caseStatuses,
  IllegalTransitionError,
  transition,
  type CaseActor,
  type CaseStatus,
} from '../../src/domain/case-status'

const legalTransitions: [CaseStatus, CaseStatus, CaseActor][] = [
  ['draft', 'submitted', 'customer'],
  ['draft', 'submitted', 'system'],
  ['submitted', 'delivered', 'system'],
  ['submitted', 'received', 'authority'],
  ['delivered', 'received', 'authority'],
  ['delivered', 'received', 'system'],
  ['received', 'in-processing', 'authority'],
  ['received', 'supplement-requested', 'authority'],
  ['in-processing', 'supplement-requested', 'authority'],
  ['supplemented', 'supplement-requested', 'authority'],
  ['supplement-requested', 'supplemented', 'customer'],
  ['supplemented', 'in-processing', 'authority'],
  ['supplement-requested', 'in-processing', 'authority'],
  ['submitted', 'withdrawn', 'customer'],
  ['delivered', 'withdrawn', 'customer'],
  ['received', 'withdrawn', 'customer'],
  ['in-processing', 'withdrawn', 'customer'],
  ['supplement-requested', 'withdrawn', 'customer'],
  ['supplemented', 'withdrawn', 'customer'],
  ['draft', 'cancelled', 'staff'],
  ['submitted', 'cancelled', 'staff'],
  ['delivered', 'cancelled', 'staff'],
  ['received', 'cancelled', 'staff'],
  ['in-processing', 'cancelled', 'staff'],
  ['supplement-requested', 'cancelled', 'staff'],
  ['supplemented', 'cancelled', 'staff'],
]

const decidableFrom: CaseStatus[] = ['received', 'in-processing', 'supplemented', 'supplement-requested']

function thrown(run: () => unknown): IllegalTransitionError {
  try {
    run()
  } catch (error) {
    if (error instanceof IllegalTransitionError) return error
    throw error
  }
  throw new Error('expected an IllegalTransitionError')
}

describe('case status machine', () => {
  it.each(legalTransitions)('should allow %s → %s by %s', (from, to, actor) => {
    expect(transition({ from, to, actor })).toEqual({ status: to, outcome: null })
  })

  it.each(decidableFrom)('should allow an authority to decide a case in %s', (from) => {
    expect(transition({ from, to: 'decided', actor: 'authority', outcome: 'granted' })).toEqual({
      status: 'decided',
      outcome: 'granted',
    })
  })

  it('should allow nothing else', () => {
    const legal = new Set([
      ...legalTransitions.map(([from, to]) => `${from}→${to}`),
      ...decidableFrom.map((from) => `${from}→decided`),
    ])
    const extra = caseStatuses.flatMap((from) =>
      allowedTransitions(from)
        .map((to) => `${from}→${to}`)
        .filter((move) => !legal.has(move)),
    )
    expect(extra).toEqual([])
  })

  it('should allow no move out of a final status', () => {
    expect(
      ['decided', 'withdrawn', 'cancelled'].map((from) => allowedTransitions(from as CaseStatus)),
    ).toEqual([[], [], []])
  })

  it('should list the moves an actor may make', () => {
    expect(allowedTransitions('received', 'authority')).toEqual([
      'in-processing',
      'supplement-requested',
      'decided',
    ])
  })

  it('should not let a customer withdraw a draft', () => {
    expect(canTransition({ from: 'draft', to: 'withdrawn', actor: 'customer' })).toBe(false)
  })

  it('should not let a customer decide a case', () => {
    expect(canTransition({ from: 'in-processing', to: 'decided', actor: 'customer' })).toBe(false)
  })

  it('should not let an authority move a submitted case to delivered', () => {
    expect(canTransition({ from: 'submitted', to: 'delivered', actor: 'authority' })).toBe(false)
  })

  it('should reject a move out of a final status with a clear message', () => {
    const error = thrown(() => transition({ from: 'decided', to: 'received', actor: 'authority' }))
    expect(error.message).toBe('Cannot move a case from "decided" to "received"; allowed: none')
  })

  it('should carry from, to and the allowed moves on the error', () => {
    const error = thrown(() => transition({ from: 'received', to: 'supplemented', actor: 'authority' }))
    expect([error.from, error.to, error.allowed]).toEqual([
      'received',
      'supplemented',
      ['in-processing', 'supplement-requested', 'decided'],
    ])
  })

  it('should reject a customer deciding a case, naming the moves the customer may make', () => {
    const error = thrown(() =>
      transition({ from: 'in-processing', to: 'decided', actor: 'customer', outcome: 'granted' }),
    )
    expect(error.message).toBe(
      'Cannot move a case from "in-processing" to "decided" as customer; allowed: "withdrawn"',
    )
  })

  it('should reject deciding without an outcome', () => {
    expect(() => transition({ from: 'in-processing', to: 'decided', actor: 'authority' })).toThrow(
      IllegalTransitionError,
    )
  })

  it('should reject an outcome when the target is not decided', () => {
    expect(() =>
      transition({ from: 'received', to: 'in-processing', actor: 'authority', outcome: 'granted' }),
    ).toThrow(IllegalTransitionError)
  })

  it('should reject an outcome that does not exist', () => {
    expect(() =>
      transition({
        from: 'received',
        to: 'decided',
        actor: 'authority',
        outcome: 'maybe' as unknown as 'granted',
      }),
    ).toThrow(IllegalTransitionError)
  })
})

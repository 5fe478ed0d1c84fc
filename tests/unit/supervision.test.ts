import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { SupervisionKind, SupervisionStatus } from '../../plugins/supervision/domain/supervision'
import {
  canMoveSupervisionCase,
  customerFindings,
  highestSeverity,
  initialSupervisionStatus,
  isOverdue,
  isVisibleToCustomer,
  resolveDeadline,
  supervisionCaseProblems,
  supervisionKinds,
  supervisionStatuses,
} from '../../plugins/supervision/domain/supervision'

describe('supervision case statuses', () => {
  it('should start a planned inspection as planned and everything else open', () => {
    expect(initialSupervisionStatus('inspection', true)).toBe('planned')
    expect(initialSupervisionStatus('inspection')).toBe('open')
    expect(initialSupervisionStatus('guidance', true)).toBe('open')
  })

  it('should let the customer only answer what waits for an answer', () => {
    const answer = (kind: SupervisionKind, acknowledgementRequired = false) =>
      canMoveSupervisionCase({
        kind,
        from: 'open',
        to: 'answered',
        actor: 'customer',
        acknowledgementRequired,
      })
    expect(answer('deviation')).toBe(true)
    expect(answer('guidance', true)).toBe(true)
    expect(answer('guidance')).toBe(false)
    expect(answer('inspection')).toBe(false)
    expect(answer('feedback')).toBe(false)
    expect(
      canMoveSupervisionCase({ kind: 'deviation', from: 'answered', to: 'closed', actor: 'customer' }),
    ).toBe(false)
  })

  it('should let the authority accept an answer or ask again, and never reopen a closed case', () => {
    const byAuthority = (from: SupervisionStatus, to: SupervisionStatus) =>
      canMoveSupervisionCase({ kind: 'deviation', from, to, actor: 'authority' })
    expect(byAuthority('answered', 'closed')).toBe(true)
    expect(byAuthority('answered', 'open')).toBe(true)
    expect(byAuthority('open', 'answered')).toBe(false)
    expect(byAuthority('open', 'planned')).toBe(false)
    expect(
      canMoveSupervisionCase({ kind: 'inspection', from: 'planned', to: 'open', actor: 'authority' }),
    ).toBe(true)
    expect(
      canMoveSupervisionCase({ kind: 'guidance', from: 'planned', to: 'open', actor: 'authority' }),
    ).toBe(false)
  })

  it('should leave a closed case closed for anyone, whatever the kind', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...supervisionKinds),
        fc.constantFrom(...supervisionStatuses),
        fc.constantFrom('authority' as const, 'customer' as const),
        fc.boolean(),
        (kind, to, actor, acknowledgementRequired) =>
          !canMoveSupervisionCase({ kind, from: 'closed', to, actor, acknowledgementRequired }),
      ),
    )
  })
})

describe('deadlines', () => {
  it('should take a date as it is and count service days with the service-time engine', () => {
    expect(resolveDeadline({ dueDate: '2026-12-31' }, '2026-12-07')).toEqual({ deadline: '2026-12-31' })
    // Friday 18 December 2026 plus 5 service days: Christmas Eve, Christmas and Boxing Day are closed.
    expect(resolveDeadline({ serviceDays: 5 }, '2026-12-18')).toEqual({ deadline: '2026-12-29' })
    expect(resolveDeadline({}, '2026-12-07')).toEqual({ deadline: null })
  })

  it('should refuse a deadline in the past, a malformed date and a count below one', () => {
    expect(resolveDeadline({ dueDate: '2026-12-06' }, '2026-12-07')).toEqual({
      problem: 'supervision-deadline-in-past',
    })
    expect(resolveDeadline({ dueDate: '7.12.2026' }, '2026-12-07')).toEqual({ problem: 'invalid-date' })
    expect(resolveDeadline({ serviceDays: 0 }, '2026-12-07')).toEqual({
      problem: 'supervision-deadline-in-past',
    })
    expect(resolveDeadline({ serviceDays: 1.5 }, '2026-12-07')).toEqual({
      problem: 'supervision-deadline-in-past',
    })
  })

  it('should flag only open deviations past their deadline', () => {
    const deviation = { kind: 'deviation' as const, status: 'open' as const, deadline: '2026-12-04' }
    expect(isOverdue(deviation, '2026-12-07')).toBe(true)
    expect(isOverdue(deviation, '2026-12-04')).toBe(false)
    expect(isOverdue({ ...deviation, status: 'answered' }, '2026-12-07')).toBe(false)
    expect(isOverdue({ ...deviation, deadline: null }, '2026-12-07')).toBe(false)
    expect(isOverdue({ ...deviation, kind: 'guidance' }, '2026-12-07')).toBe(false)
  })
})

describe('what a supervision case may hold', () => {
  const base = {
    kind: 'inspection' as const,
    objectStatus: 'active' as const,
    today: '2026-12-07',
    isCreate: true,
  }

  it('should accept a complete inspection record', () => {
    expect(
      supervisionCaseProblems({ ...base, findings: [{ observation: 'Exits clear', severity: 'none' }] }),
    ).toEqual([])
  })

  it('should name each problem of bad input', () => {
    expect(supervisionCaseProblems({ ...base, objectStatus: 'closed' })).toEqual([
      'supervision-object-closed',
    ])
    expect(supervisionCaseProblems({ ...base, isCreate: false, previousStatus: 'closed' })).toEqual([
      'supervision-case-closed',
    ])
    expect(supervisionCaseProblems({ ...base, findings: [{ observation: 'Blocked exit' }] })).toEqual([
      'supervision-finding-severity',
    ])
    expect(supervisionCaseProblems({ ...base, findings: [{ observation: ' ', severity: 'minor' }] })).toEqual(
      ['supervision-finding-observation'],
    )
    expect(supervisionCaseProblems({ ...base, kind: 'deviation', deadline: '2026-12-01' })).toEqual([
      'supervision-correction-required',
      'supervision-deadline-in-past',
    ])
  })
})

describe('what the customer sees', () => {
  it('should hide internal findings and unannounced planned inspections', () => {
    const findings = [
      { observation: 'Exit blocked', severity: 'minor' as const },
      { observation: 'Tip from a neighbour', severity: 'none' as const, isInternal: true },
    ]
    expect(customerFindings(findings)).toEqual([findings[0]])
    expect(customerFindings(null)).toEqual([])
    expect(isVisibleToCustomer({ kind: 'inspection', status: 'planned', isAnnounced: false })).toBe(false)
    expect(isVisibleToCustomer({ kind: 'inspection', status: 'planned', isAnnounced: true })).toBe(true)
    expect(isVisibleToCustomer({ kind: 'inspection', status: 'open', isAnnounced: false })).toBe(true)
  })

  it('should rank severities', () => {
    expect(highestSeverity([])).toBe('none')
    expect(highestSeverity([{ severity: 'minor' }, { severity: 'critical' }, { severity: 'major' }])).toBe(
      'critical',
    )
  })
})

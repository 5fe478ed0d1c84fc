import { describe, expect, it } from 'vitest'

import { timelineOf } from '../../portal/app/models/applicationTimeline'

describe("an application's timeline", () => {
  it('should put its dates in order against the start date, flagging what comes after the start', () => {
    const entries = timelineOf({
      submittedOn: '2027-04-01',
      startDate: '2027-06-12',
      cases: [
        {
          permitTypeName: 'Meluilmoitus',
          expectedDecisionDate: '2027-05-10',
          decidedOn: null,
          supplementDueDates: ['2027-04-20'],
        },
        {
          permitTypeName: 'Anniskelulupa',
          expectedDecisionDate: '2027-06-20',
          decidedOn: null,
          supplementDueDates: [],
        },
        {
          permitTypeName: 'Pelastussuunnitelma',
          expectedDecisionDate: '2027-05-01',
          decidedOn: '2027-04-15',
          supplementDueDates: [],
        },
        {
          permitTypeName: 'Ilmoitus poliisille',
          expectedDecisionDate: null,
          decidedOn: null,
          supplementDueDates: [],
        },
      ],
    })
    expect(
      entries.map((entry) => [entry.date, entry.kind, entry.permitTypeName, entry.isAfterStart]),
    ).toEqual([
      ['2027-04-01', 'submitted', null, false],
      ['2027-04-15', 'decided', 'Pelastussuunnitelma', false],
      ['2027-04-20', 'supplement-due', 'Meluilmoitus', false],
      ['2027-05-10', 'expected-decision', 'Meluilmoitus', false],
      ['2027-06-12', 'start', null, false],
      ['2027-06-20', 'expected-decision', 'Anniskelulupa', true],
    ])
  })

  it('should flag nothing without a start date', () => {
    const entries = timelineOf({
      submittedOn: null,
      startDate: null,
      cases: [
        { permitTypeName: 'X', expectedDecisionDate: '2099-01-01', decidedOn: null, supplementDueDates: [] },
      ],
    })
    expect(entries).toEqual([
      { date: '2099-01-01', kind: 'expected-decision', permitTypeName: 'X', isAfterStart: false },
    ])
  })
})

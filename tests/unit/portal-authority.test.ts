import { describe, expect, it } from 'vitest'

import { caseActionsAvailableOf, caseDataRowsOf } from '../../portal/app/models/authorityCaseData.server'
import {
  applicantNameOf,
  inboxWhereOf,
  parseInboxFilters,
} from '../../portal/app/models/authorityInboxQuery.server'
import { columnSortOf, inboxSortOf, sortableColumns } from '../../portal/app/models/inboxSorts'
import { dateInFinlandOf, formatDateTime } from '../../portal/app/models/authorityLabels.server'
import { backfillCaseSearchText } from '../../src/cases/backfillCaseSearchText'
import { backfillCaseSubjects, caseSubjectOf } from '../../src/cases/caseSubject'
import { backfillLateSubmissions, isLateSubmission } from '../../src/cases/lateSubmission'
import { caseSearchTextOf } from '../../src/domain/case-search'
import type { DataElement } from '../../src/domain/types'

const filtersOf = (query: string) => parseInboxFilters(new URLSearchParams(query))

describe('the inbox filters', () => {
  it('should show open cases, oldest first, page 1 by default', () => {
    expect(filtersOf('')).toEqual({
      filters: {
        q: null,
        status: 'open',
        permitType: null,
        decisionBy: null,
        isUnopenedOnly: false,
        handler: null,
        isLateOnly: false,
        sort: 'oldest',
        page: 1,
      },
      errors: [],
      decisionByInput: '',
    })
  })

  it('should take every filter the form sends', () => {
    expect(
      filtersOf(
        'q=+Puisto%20%20ry+&status=supplement-requested&permitType=12&decisionBy=2027-06-01&unopened=1&handler=me&late=1&sort=decision-date&page=3',
      ).filters,
    ).toEqual({
      q: 'Puisto ry',
      status: 'supplement-requested',
      permitType: '12',
      decisionBy: '2027-06-01',
      isUnopenedOnly: true,
      handler: 'me',
      isLateOnly: true,
      sort: 'decision-date',
      page: 3,
    })
  })

  it('should fall back to the defaults on unknown values and report a malformed date', () => {
    const { filters, errors, decisionByInput } = filtersOf(
      'status=draft&permitType=%27%3B--&handler=%27%20or&decisionBy=2027-02-30&sort=random&page=-1',
    )
    expect(filters).toMatchObject({
      status: 'open',
      permitType: null,
      handler: null,
      decisionBy: null,
      sort: 'oldest',
      page: 1,
    })
    expect(errors).toEqual([{ field: 'decisionBy', code: 'invalid-date' }])
    expect(decisionByInput).toBe('2027-02-30')
  })

  it('should query the chosen filters (the access rule limits the authority)', () => {
    expect(inboxWhereOf({ filters: filtersOf('').filters, userId: 7 })).toEqual({
      and: [
        {
          status: {
            in: [
              'submitted',
              'delivered',
              'received',
              'in-processing',
              'supplement-requested',
              'supplemented',
            ],
          },
        },
      ],
    })
    expect(
      inboxWhereOf({
        filters: filtersOf('status=received&permitType=3&decisionBy=2027-06-01&unopened=1&late=1').filters,
        userId: 7,
      }),
    ).toEqual({
      and: [
        { status: { equals: 'received' } },
        { permitType: { equals: '3' } },
        { expectedDecisionDate: { less_than_equal: '2027-06-01' } },
        { openedAt: { exists: false } },
        { isLate: { equals: true } },
      ],
    })
    expect(inboxWhereOf({ filters: filtersOf('status=all').filters, userId: 7 })).toEqual({ and: [] })
    // Whose cases: mine, nobody's, or one colleague's.
    expect(inboxWhereOf({ filters: filtersOf('status=all&handler=me').filters, userId: 7 })).toEqual({
      and: [{ handler: { equals: 7 } }],
    })
    expect(inboxWhereOf({ filters: filtersOf('status=all&handler=none').filters, userId: 7 })).toEqual({
      and: [{ handler: { exists: false } }],
    })
    expect(inboxWhereOf({ filters: filtersOf('status=all&handler=12').filters, userId: 7 })).toEqual({
      and: [{ handler: { equals: '12' } }],
    })
    expect(
      inboxWhereOf({ filters: filtersOf('status=all&q=S%C3%84VELPAJA%20ry').filters, userId: 7 }),
    ).toEqual({
      and: [{ searchText: { like: 'sävelpaja ry' } }],
    })
    // Blank or overlong text: nothing, or its first hundred characters.
    expect(filtersOf('q=%20%20').filters.q).toBeNull()
    expect(filtersOf(`q=${'a'.repeat(300)}`).filters.q).toHaveLength(100)
  })

  it('should sort by arrival or by the expected decision date', () => {
    expect(inboxSortOf('oldest')).toEqual(['createdAt'])
    expect(inboxSortOf('newest')).toEqual(['-createdAt'])
    expect(inboxSortOf('decision-date')).toEqual(['expectedDecisionDate', 'createdAt'])
    expect(inboxSortOf('-event-date')).toEqual(['-startDate', 'createdAt'])
    expect(filtersOf('sort=-case-number').filters.sort).toBe('-case-number')
  })

  it("should sort by a column's header: ascending first, then the other way round", () => {
    expect(columnSortOf(sortableColumns.eventDate, 'oldest')).toEqual({ state: 'none', next: 'event-date' })
    expect(columnSortOf(sortableColumns.eventDate, 'event-date')).toEqual({
      state: 'ascending',
      next: '-event-date',
    })
    expect(columnSortOf(sortableColumns.eventDate, '-event-date')).toEqual({
      state: 'descending',
      next: 'event-date',
    })
    expect(columnSortOf(sortableColumns.received, 'newest')).toEqual({ state: 'descending', next: 'oldest' })
  })
})

describe('the applicant of a case', () => {
  it('should be the organiser, else the contact person, as the case data names them', () => {
    expect(applicantNameOf({ organiserName: ' Puistosoitto ry ', contactName: 'Maria' })).toBe(
      'Puistosoitto ry',
    )
    expect(applicantNameOf({ organiserName: '', contactName: 'Maria Virtanen' })).toBe('Maria Virtanen')
    expect(applicantNameOf(null)).toBeNull()
  })
})

describe('the data of a case', () => {
  const elements: DataElement[] = [
    { key: 'eventName', type: 'text', label: { fi: 'Tapahtuman nimi', en: 'Event name' }, step: 'event' },
    { key: 'isPublicEvent', type: 'boolean', label: { fi: 'Yleisötilaisuus' }, step: 'event' },
    { key: 'eventStartDate', type: 'date', label: { fi: 'Alkaa', en: 'Starts' }, step: 'event' },
    { key: 'expectedAttendees', type: 'integer', label: { fi: 'Osallistujia' }, step: 'event' },
    {
      key: 'placeType',
      type: 'select',
      label: { fi: 'Paikka' },
      step: 'place',
      options: [{ value: 'park-or-square', label: { fi: 'Puisto tai tori', en: 'Park or square' } }],
    },
    {
      key: 'soundSources',
      type: 'multiSelect',
      label: { fi: 'Äänilähteet' },
      step: 'sound',
      options: [
        { value: 'stage', label: { fi: 'Lava' } },
        { value: 'generator', label: { fi: 'Aggregaatti' } },
      ],
    },
    { key: 'contactPhone', type: 'phone', label: { fi: 'Puhelin' }, step: 'organiser' },
  ]
  const data = {
    eventName: 'Puistosoitto 2027',
    isPublicEvent: true,
    eventStartDate: '2027-06-12',
    expectedAttendees: 1500,
    placeType: 'park-or-square',
    soundSources: ['stage', 'generator'],
    securityPlanSummary: 'not for this authority',
  }

  it("should list the permit type's data in its order, each written out in the language", () => {
    const rows = caseDataRowsOf({
      elementKeys: [
        'eventName',
        'eventStartDate',
        'isPublicEvent',
        'expectedAttendees',
        'placeType',
        'soundSources',
        'contactPhone',
      ],
      elements,
      data,
      locale: 'en',
      yesNo: { yes: 'Yes', no: 'No' },
    })
    expect(rows).toEqual([
      { key: 'eventName', label: 'Event name', value: 'Puistosoitto 2027' },
      { key: 'eventStartDate', label: 'Starts', value: 'Sat, 12 June 2027' },
      { key: 'isPublicEvent', label: 'Yleisötilaisuus', value: 'Yes' },
      { key: 'expectedAttendees', label: 'Osallistujia', value: '1,500' },
      { key: 'placeType', label: 'Paikka', value: 'Park or square' },
      { key: 'soundSources', label: 'Äänilähteet', value: 'Lava, Aggregaatti' },
      { key: 'contactPhone', label: 'Puhelin', value: null },
    ])
  })

  it('should never show data the permit type does not list', () => {
    const rows = caseDataRowsOf({
      elementKeys: ['eventName'],
      elements,
      data,
      locale: 'fi',
      yesNo: { yes: 'Kyllä', no: 'Ei' },
    })
    expect(JSON.stringify(rows)).not.toContain('not for this authority')
  })
})

describe('the actions on offer', () => {
  const offer = (status: Parameters<typeof caseActionsAvailableOf>[0]['status']) =>
    caseActionsAvailableOf({ status, locale: 'fi', today: '2027-05-01' })

  it('should offer only marking received before the authority has the case', () => {
    expect(offer('delivered')).toMatchObject({
      canAcknowledge: true,
      statusOptions: [],
      canRequestSupplement: false,
      canDecide: false,
    })
  })

  it('should offer processing, a supplement request and the decision once received', () => {
    expect(offer('received')).toMatchObject({
      canAcknowledge: false,
      statusOptions: [{ value: 'in-processing', label: 'Käsittelyssä' }],
      canRequestSupplement: true,
      canDecide: true,
      today: '2027-05-01',
    })
    expect(offer('received').outcomeOptions.map((option) => option.value)).toEqual([
      'granted',
      'granted-with-conditions',
      'rejected',
      'dismissed',
    ])
  })

  it("should offer only the outcomes of the permit type's kind, and a correction once decided", () => {
    const notification = caseActionsAvailableOf({
      status: 'received',
      locale: 'en',
      today: '2027-05-01',
      kind: 'notification',
    })
    expect(notification.outcomeOptions).toEqual([
      { value: 'acknowledged', label: 'Notification acknowledged' },
      { value: 'acknowledged-with-instructions', label: 'Notification acknowledged with instructions' },
      { value: 'prohibited', label: 'Prohibited' },
    ])
    expect(notification.canCorrect).toBe(false)
    const decided = (hasDecision: boolean) =>
      caseActionsAvailableOf({ status: 'decided', locale: 'en', today: '2027-05-01', hasDecision })
    expect(decided(true)).toMatchObject({ canDecide: false, canCorrect: true })
    // A case decided through a bare status change has no record to correct.
    expect(decided(false).canCorrect).toBe(false)
  })

  it('should offer no moves on a decided case', () => {
    expect(offer('decided')).toMatchObject({
      canAcknowledge: false,
      statusOptions: [],
      canRequestSupplement: false,
      canDecide: false,
    })
  })
})

describe('moments', () => {
  it('should write a moment in Finnish time, the language’s way', () => {
    expect(formatDateTime({ value: '2027-06-12T20:30:00Z', locale: 'fi' })).toBe('12.6.2027 klo 23.30')
    expect(formatDateTime({ value: 'not a date', locale: 'fi' })).toBeNull()
  })

  it('should give the Finnish calendar date of a moment', () => {
    expect(dateInFinlandOf('2027-06-12T22:30:00Z')).toBe('2027-06-13')
  })
})

describe('the search text of a case', () => {
  it('should hold its number, applicant, name and address in lower case, and nothing else', () => {
    expect(
      caseSearchTextOf({
        caseNumber: 'LUPA-2026-000042-03',
        data: {
          organiserName: 'Sävelpaja  ry',
          eventName: 'SYYSROKKI',
          eventAddress: 'Kumpulan koulukasvitarha',
          contactPhone: '+358401234567',
          eventDescription: 'Konsertti',
        },
      }),
    ).toBe('lupa-2026-000042-03 | sävelpaja ry | syysrokki | kumpulan koulukasvitarha')
    expect(caseSearchTextOf({ caseNumber: null, data: null })).toBe('')
  })
})

describe('the search text of cases made before it was stored', () => {
  it('should be written for each row, from JSON text (SQLite) or an object (PostgreSQL)', async () => {
    const written: [unknown, string][] = []
    await backfillCaseSearchText({
      rows: [
        { id: 1, case_number: 'LUPA-2026-000001-01', data: JSON.stringify({ eventName: 'Puistosoitto' }) },
        { id: 2, case_number: 'LUPA-2026-000001-02', data: { organiserName: 'Ääni ry' } },
        { id: 3, case_number: 'LUPA-2026-000001-03', data: null },
      ],
      write: async (id, text) => written.push([id, text]),
    })
    expect(written).toEqual([
      [1, 'lupa-2026-000001-01 | puistosoitto'],
      [2, 'lupa-2026-000001-02 | ääni ry'],
      [3, 'lupa-2026-000001-03'],
    ])
  })
})

describe('a late submission', () => {
  it('should be one that came in after the latest safe date, by the day in Finland', () => {
    const latestSubmissionDate = '2027-06-01'
    // 21:30 UTC on 31 May is 00:30 on 1 June in Helsinki: still in time.
    expect(isLateSubmission({ createdAt: '2027-05-31T21:30:00.000Z', latestSubmissionDate })).toBe(false)
    expect(isLateSubmission({ createdAt: '2027-06-01T20:59:00.000Z', latestSubmissionDate })).toBe(false)
    expect(isLateSubmission({ createdAt: '2027-06-01T21:00:00.000Z', latestSubmissionDate })).toBe(true)
    expect(isLateSubmission({ createdAt: new Date('2027-06-02T08:00:00Z'), latestSubmissionDate })).toBe(true)
    expect(isLateSubmission({ createdAt: '2027-06-02T08:00:00Z', latestSubmissionDate: null })).toBe(false)
    expect(isLateSubmission({ createdAt: 'not a date', latestSubmissionDate })).toBe(false)
  })

  it('should be flagged on cases made before the flag was stored', async () => {
    const flagged: unknown[] = []
    await backfillLateSubmissions({
      rows: [
        { id: 1, created_at: '2027-06-02T08:00:00.000Z', latest_submission_date: '2027-06-01' },
        { id: 2, created_at: '2027-05-02T08:00:00.000Z', latest_submission_date: '2027-06-01' },
        { id: 3, created_at: new Date('2027-06-09T08:00:00Z'), latest_submission_date: '2027-06-01' },
        { id: 4, created_at: '2027-06-09T08:00:00.000Z', latest_submission_date: null },
      ],
      write: async (id) => flagged.push(id),
    })
    expect(flagged).toEqual([1, 3])
  })
})

describe("a case's name and start date", () => {
  it("should be the bundle's title datum and start date, as the application gave them", async () => {
    expect(
      caseSubjectOf({
        values: { eventName: '  Kesäkonsertti ', eventStartDate: '2027-06-12' },
        titleElement: 'eventName',
        startDateElement: 'eventStartDate',
      }),
    ).toEqual({ subjectName: 'Kesäkonsertti', startDate: '2027-06-12' })
    expect(caseSubjectOf({ values: { eventName: 'X' }, titleElement: null, startDateElement: null })).toEqual(
      {
        subjectName: null,
        startDate: null,
      },
    )
    const written: unknown[] = []
    await backfillCaseSubjects({
      rows: [
        {
          id: 1,
          values: '{"eventName":"A","eventStartDate":"2027-01-02"}',
          title_key: 'eventName',
          start_key: 'eventStartDate',
        },
        {
          id: 2,
          values: { restaurantOpeningDate: '2027-03-04' },
          title_key: null,
          start_key: 'restaurantOpeningDate',
        },
        { id: 3, values: {}, title_key: 'eventName', start_key: 'eventStartDate' },
      ],
      write: async (id, subject) => written.push([id, subject]),
    })
    expect(written).toEqual([
      [1, { subjectName: 'A', startDate: '2027-01-02' }],
      [2, { subjectName: null, startDate: '2027-03-04' }],
    ])
  })
})

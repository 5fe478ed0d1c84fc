import { describe, expect, it } from 'vitest'

import {
  casesOfData,
  changeForm,
  diffValues,
  isSameValue,
  planChange,
  type CaseOfChange,
} from '../../src/domain/change-after-submission'
import { formFields } from '../../src/domain/once-only'
import type { Authority, DataElement, DataValues, PermitBundle, PermitType } from '../../src/domain/types'

const elements: DataElement[] = [
  { key: 'eventName', type: 'text', label: { fi: 'Nimi' }, step: 'event', order: 1 },
  { key: 'municipality', type: 'select', label: { fi: 'Kunta' }, step: 'event', order: 2 },
  { key: 'attendance', type: 'integer', label: { fi: 'Yleisö' }, step: 'event', order: 3, min: 1 },
  { key: 'soundEndTime', type: 'time', label: { fi: 'Ääni päättyy' }, step: 'sound', order: 1 },
  { key: 'soundSources', type: 'multiSelect', label: { fi: 'Äänilähteet' }, step: 'sound', order: 2 },
  { key: 'foodVendors', type: 'integer', label: { fi: 'Myyjät' }, step: 'food', order: 1 },
  { key: 'sitePlan', type: 'attachment', label: { fi: 'Asemapiirros' }, step: 'event', order: 4 },
]

const byMunicipality = (authorityKind: string): PermitType['routing'] => ({
  kind: 'by-municipality',
  authorityKind,
  municipalityElement: 'municipality',
})

const permitType = (key: string, keys: string[], routing: PermitType['routing']): PermitType => ({
  key,
  name: { fi: key },
  elements: keys.map((elementKey) => ({ key: elementKey, isRequired: true })),
  routing,
  leadTime: { amount: 5, unit: 'calendar-days' },
})

const police = permitType(
  'police',
  ['eventName', 'municipality', 'attendance', 'sitePlan'],
  byMunicipality('police'),
)
const noise = permitType(
  'noise',
  ['eventName', 'municipality', 'soundEndTime', 'soundSources'],
  byMunicipality('environment'),
)
const food = permitType('food', ['eventName', 'foodVendors'], { kind: 'fixed', authority: 'food-agency' })
const fireworks = permitType('fireworks', ['eventName'], byMunicipality('rescue'))
const permitTypes = [police, noise, food, fireworks]

const joined = (permitType: PermitType) => [permitType.key]
const authorities: Authority[] = [
  { key: 'police-helsinki', kind: 'police', municipalities: ['091'], permitTypes: joined(police) },
  { key: 'police-espoo', kind: 'police', municipalities: ['049'], permitTypes: joined(police) },
  // One environmental authority serves both cities: moving the event keeps its case there.
  {
    key: 'environment-capital',
    kind: 'environment',
    municipalities: ['091', '049'],
    permitTypes: joined(noise),
  },
  { key: 'food-agency', kind: 'food', municipalities: [], permitTypes: joined(food) },
  { key: 'rescue-helsinki', kind: 'rescue', municipalities: ['091'], permitTypes: joined(fireworks) },
]

const bundle: PermitBundle = {
  key: 'public-event',
  name: { fi: 'Yleisötilaisuus' },
  analysisElements: ['attendance', 'hasFireworks'],
  steps: [
    { key: 'event', title: { fi: 'Tapahtuma' } },
    { key: 'sound', title: { fi: 'Ääni' } },
    { key: 'food', title: { fi: 'Ruoka' } },
  ],
  permits: [
    {
      permitType: 'police',
      rules: [{ id: 'crowd', when: { '>=': [{ var: 'attendance' }, 100] }, reason: { fi: 'Yleisöä' } }],
      notNeededReason: { fi: 'Pieni' },
    },
    {
      permitType: 'noise',
      rules: [{ id: 'always', when: true, reason: { fi: 'Ääntä' } }],
      notNeededReason: { fi: '-' },
    },
    {
      permitType: 'food',
      rules: [{ id: 'always', when: true, reason: { fi: 'Ruokaa' } }],
      notNeededReason: { fi: '-' },
    },
    {
      permitType: 'fireworks',
      rules: [{ id: 'fire', when: { '>=': [{ var: 'attendance' }, 5000] }, reason: { fi: 'Iso' } }],
      notNeededReason: { fi: '-' },
    },
  ],
}

const cases: CaseOfChange[] = [
  { id: 1, permitType: 'police', status: 'in-processing', authority: 'police-helsinki' },
  { id: 2, permitType: 'noise', status: 'received', authority: 'environment-capital' },
  { id: 3, permitType: 'food', status: 'decided', authority: 'food-agency' },
]

const before: DataValues = {
  eventName: 'Puistosoitto',
  municipality: '091',
  attendance: 1500,
  soundEndTime: '22:00',
  soundSources: ['pa', 'drums'],
  foodVendors: 6,
}

const plan = (after: DataValues, onCases = cases) =>
  planChange({ bundle, permitTypes, authorities, cases: onCases, answers: {}, before, after, locale: 'fi' })

describe('isSameValue', () => {
  it('should take blank text, null, an empty list and a missing value as the same', () => {
    expect(isSameValue('', undefined)).toBe(true)
    expect(isSameValue(null, [])).toBe(true)
    expect(isSameValue('  ', null)).toBe(true)
  })

  it('should compare lists of choices in any order', () => {
    expect(isSameValue(['pa', 'drums'], ['drums', 'pa'])).toBe(true)
    expect(isSameValue(['pa'], ['pa', 'drums'])).toBe(false)
  })

  it('should tell a number from a different number', () => {
    expect(isSameValue(1500, 1500)).toBe(true)
    expect(isSameValue(1500, 1600)).toBe(false)
  })
})

describe('diffValues', () => {
  it('should list only the data that differ, in key order, with before and after', () => {
    expect(
      diffValues({
        before,
        after: { ...before, soundEndTime: '23:00', attendance: 2000, soundSources: ['drums', 'pa'] },
      }),
    ).toEqual([
      { key: 'attendance', before: 1500, after: 2000 },
      { key: 'soundEndTime', before: '22:00', after: '23:00' },
    ])
  })

  it('should give null for a datum that was added or removed', () => {
    const { foodVendors: _removed, ...rest } = before
    expect(diffValues({ before, after: { ...rest, extra: 'x' } })).toEqual([
      { key: 'extra', before: null, after: 'x' },
      { key: 'foodVendors', before: 6, after: null },
    ])
  })
})

describe('changeForm', () => {
  it('should hold only the data the open cases carry, files left out', () => {
    const keys = formFields(changeForm({ bundle, permitTypes, elements, cases })).map(
      ({ element }) => element.key,
    )
    expect(keys).toEqual(['eventName', 'municipality', 'attendance', 'soundEndTime', 'soundSources'])
    expect(keys).not.toContain('foodVendors')
  })

  it('should be empty when every case is decided, withdrawn or cancelled', () => {
    const closed = cases.map((item, index): CaseOfChange => ({
      ...item,
      status: (['decided', 'withdrawn', 'cancelled'] as const)[index],
    }))
    expect(changeForm({ bundle, permitTypes, elements, cases: closed }).steps).toEqual([])
  })
})

describe('casesOfData', () => {
  it('should tell for each datum which open and which closed cases carry it', () => {
    const form = changeForm({ bundle, permitTypes, elements, cases })
    const users = casesOfData({ form, permitTypes, cases })
    expect(users.get('eventName')?.open.map((item) => item.id)).toEqual([1, 2])
    expect(users.get('eventName')?.closed.map((item) => item.id)).toEqual([3])
    expect(users.get('soundEndTime')?.open.map((item) => item.id)).toEqual([2])
  })
})

describe('planChange', () => {
  it('should reach only the open cases whose permit type carries a changed datum', () => {
    const result = plan({ ...before, soundEndTime: '23:00' })
    expect(result.affected.map(({ case: item }) => item.id)).toEqual([2])
    expect(result.affected[0].changes).toEqual([{ key: 'soundEndTime', before: '22:00', after: '23:00' }])
  })

  it('should give each case only its own part of a change (data minimisation)', () => {
    const result = plan({ ...before, eventName: 'Puistosoitto 2027', attendance: 2000 })
    const byCase = new Map(
      result.affected.map(({ case: item, changes }) => [item.id, changes.map((c) => c.key)]),
    )
    expect(byCase.get(1)).toEqual(['attendance', 'eventName'])
    expect(byCase.get(2)).toEqual(['eventName'])
  })

  it('should leave a decided case out and list it apart', () => {
    const result = plan({ ...before, eventName: 'Puistosoitto 2027' })
    expect(result.affected.map(({ case: item }) => item.id)).toEqual([1, 2])
    expect(result.closed.map(({ case: item }) => item.id)).toEqual([3])
  })

  it('should find the open cases that a new municipality would send to another authority', () => {
    const result = plan({ ...before, municipality: '049' })
    // The police of Espoo is another authority; the environmental authority serves both cities.
    expect(result.rerouted).toEqual([{ case: cases[0], authority: 'police-espoo' }])
  })

  it('should name no authority when the new municipality has none', () => {
    const result = plan({ ...before, municipality: '837' })
    expect(result.rerouted.map(({ case: item, authority }) => [item.id, authority])).toEqual([
      [1, null],
      [2, null],
    ])
  })

  it('should tell which permits the new data makes needed or no longer needed', () => {
    expect(plan({ ...before, attendance: 6000 }).newlyNeeded).toEqual(['fireworks'])
    expect(plan({ ...before, attendance: 50 }).noLongerNeeded.map((item) => item.id)).toEqual([1])
  })

  it('should plan nothing when nothing changes', () => {
    const result = plan({ ...before, soundSources: ['drums', 'pa'] })
    expect(result.changes).toEqual([])
    expect(result.affected).toEqual([])
  })
})

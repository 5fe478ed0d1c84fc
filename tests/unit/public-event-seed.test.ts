import jsonLogic, { type RulesLogic } from 'json-logic-js'
import { describe, expect, it } from 'vitest'
import { analyse, validateRules } from '../../src/domain/analysis'
import { assembleForm, validateValues } from '../../src/domain/once-only'
import { routeCase } from '../../src/domain/routing'
import type { DataValues, LocalizedText } from '../../src/domain/types'
import {
  dataElements,
  demoAuthorities,
  demoAuthorityKinds,
  municipalities,
  permitTypes,
  publicEventBundle,
  publicEventBundleDescription,
  workedExampleAnswers,
  workedExampleApplication,
} from '../../src/seed/public-event'

/** Y-tunnus check: weights 7,9,10,5,8,4,2; remainder 0 → 0, 1 → invalid, else 11 − remainder. */
function hasValidCheckDigit(businessId: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(businessId)
  if (!match) return false
  const weights = [7, 9, 10, 5, 8, 4, 2]
  const sum = [...match[1]].reduce((total, digit, i) => total + Number(digit) * weights[i], 0)
  const remainder = sum % 11
  if (remainder === 1) return false
  return Number(match[2]) === (remainder === 0 ? 0 : 11 - remainder)
}

/** Every `var` name in a JSON Logic expression. */
function varsOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(varsOf)
  if (typeof node !== 'object' || node === null) return []
  return Object.entries(node).flatMap(([operation, args]) => {
    if (operation !== 'var') return varsOf(args)
    const name = Array.isArray(args) ? args[0] : args
    return [String(name)]
  })
}

/** Every LocalizedText (an object with a string `fi`) reachable from a value, with its path. */
function localizedTexts(node: unknown, path: string): { path: string; text: LocalizedText }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`))
  if (typeof node !== 'object' || node === null) return []
  if (typeof (node as { fi?: unknown }).fi === 'string') {
    return [{ path, text: node as LocalizedText }]
  }
  return Object.entries(node).flatMap(([key, value]) => localizedTexts(value, `${path}.${key}`))
}

const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0)

/** The permit types whose rules fire, evaluated directly with json-logic-js. */
function neededPermits(answers: DataValues): string[] {
  return publicEventBundle.permits
    .filter((permit) =>
      permit.rules.some((rule) => jsonLogic.truthy(jsonLogic.apply(rule.when as RulesLogic, answers))),
    )
    .map((permit) => permit.permitType)
}

function firedRules(answers: DataValues, permitType: string): string[] {
  const permit = publicEventBundle.permits.find((p) => p.permitType === permitType)
  if (!permit) throw new Error(`no permit ${permitType}`)
  return permit.rules
    .filter((rule) => jsonLogic.truthy(jsonLogic.apply(rule.when as RulesLogic, answers)))
    .map((rule) => rule.id)
}

const elementKeys = new Set(dataElements.map((element) => element.key))
const stepKeys = new Set(publicEventBundle.steps.map((step) => step.key))
const permitTypeKeys = new Set(permitTypes.map((permitType) => permitType.key))

const workedExampleNeeded = [
  'police-public-event-notification',
  'rescue-plan',
  'noise-notification',
  'large-event-food-notification',
  'food-vendor-notice',
  'alcohol-serving-licence',
  'area-use-permit',
  'traffic-arrangement-plan',
  'temporary-structures-permit',
]

const smallPrivateParty: DataValues = {
  municipality: '049',
  placeType: 'indoor-venue',
  eventStartDate: '2027-03-20',
  eventEndDate: '2027-03-20',
  eventStartTime: '15:00',
  eventEndTime: '20:00',
  expectedAttendees: 30,
  isPublicEvent: false,
  alcoholServed: false,
  foodSold: 'none',
  amplifiedSound: true,
  soundEndTime: '20:00',
  fireworksOrPyrotechnics: false,
  temporaryStructures: false,
  streetsClosed: false,
  securityGuards: false,
}

describe('public event seed: catalogue and references', () => {
  it('should have unique keys in every list', () => {
    const lists: [string, string[]][] = [
      ['municipalities', municipalities.map((m) => m.code)],
      ['authorities', demoAuthorities.map((a) => a.key)],
      ['data elements', dataElements.map((e) => e.key)],
      ['permit types', permitTypes.map((p) => p.key)],
      ['steps', publicEventBundle.steps.map((s) => s.key)],
      ['bundle permits', publicEventBundle.permits.map((p) => p.permitType)],
      ['analysis elements', publicEventBundle.analysisElements],
      ['rule ids', publicEventBundle.permits.flatMap((p) => p.rules.map((r) => r.id))],
    ]
    for (const [name, keys] of lists) {
      expect(new Set(keys).size, name).toBe(keys.length)
    }
    for (const permitType of permitTypes) {
      const keys = permitType.elements.map((e) => e.key)
      expect(new Set(keys).size, permitType.key).toBe(keys.length)
    }
  })

  it('should use kebab-case keys for authorities, permit types and steps and camelCase for elements', () => {
    const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/
    for (const key of [
      ...demoAuthorities.map((a) => a.key),
      ...permitTypes.map((p) => p.key),
      ...publicEventBundle.steps.map((s) => s.key),
    ]) {
      expect(key).toMatch(kebab)
    }
    for (const element of dataElements) expect(element.key).toMatch(/^[a-z][a-zA-Z0-9]*$/)
  })

  it('should reference only existing data elements from permit types and the bundle', () => {
    for (const permitType of permitTypes) {
      for (const { key } of permitType.elements)
        expect(elementKeys, `${permitType.key}: ${key}`).toContain(key)
    }
    for (const key of publicEventBundle.analysisElements) expect(elementKeys).toContain(key)
  })

  it('should ask exactly the analysis questions of the brief', () => {
    expect([...publicEventBundle.analysisElements].sort()).toEqual(
      [
        'municipality',
        'placeType',
        'eventStartDate',
        'eventEndDate',
        'eventStartTime',
        'eventEndTime',
        'expectedAttendees',
        'isPublicEvent',
        'alcoholServed',
        'foodSold',
        'amplifiedSound',
        'soundEndTime',
        'fireworksOrPyrotechnics',
        'temporaryStructures',
        'streetsClosed',
        'securityGuards',
      ].sort(),
    )
  })

  it('should put every data element in an existing step with a unique order', () => {
    for (const element of dataElements) {
      expect(stepKeys, element.key).toContain(element.step)
      expect(typeof element.order, element.key).toBe('number')
    }
    for (const step of stepKeys) {
      const orders = dataElements.filter((e) => e.step === step).map((e) => e.order)
      expect(orders.length, `step ${step} has elements`).toBeGreaterThan(0)
      expect(new Set(orders).size, `orders in ${step}`).toBe(orders.length)
    }
  })

  it('should give options to select elements and bounds to numbers and texts', () => {
    for (const element of dataElements) {
      if (element.type === 'select' || element.type === 'multiSelect') {
        expect(element.options?.length, element.key).toBeGreaterThan(1)
        const values = element.options!.map((o) => o.value)
        expect(new Set(values).size, element.key).toBe(values.length)
      }
      if (element.type === 'integer' || element.type === 'number') {
        expect(typeof element.min, element.key).toBe('number')
        expect(typeof element.max, element.key).toBe('number')
        expect(element.min!, element.key).toBeLessThan(element.max!)
      }
      if (element.type === 'text' || element.type === 'longText') {
        expect(element.maxLength, element.key).toBeGreaterThan(0)
      }
    }
    const byKey = (key: string) => dataElements.find((e) => e.key === key)!
    expect(byKey('municipality').options!.map((o) => o.value)).toEqual(municipalities.map((m) => m.code))
    expect(byKey('placeType').options!.map((o) => o.value)).toEqual([
      'public-road',
      'park-or-square',
      'private-area',
      'indoor-venue',
    ])
    expect(byKey('foodSold').options!.map((o) => o.value)).toEqual([
      'none',
      'organiser-or-club',
      'professional-vendors',
    ])
    expect(byKey('expectedAttendees')).toMatchObject({ type: 'integer', min: 1 })
    expect(byKey('organiserBusinessId').type).toBe('businessId')
  })

  it('should have a bundle permit entry for every permit type and vice versa', () => {
    expect(publicEventBundle.permits.map((p) => p.permitType).sort()).toEqual([...permitTypeKeys].sort())
    for (const permit of publicEventBundle.permits) expect(permit.rules.length).toBeGreaterThan(0)
  })

  it('should read only analysis elements in rule variables', () => {
    const analysisElements = new Set(publicEventBundle.analysisElements)
    for (const permit of publicEventBundle.permits) {
      for (const rule of permit.rules) {
        const vars = varsOf(rule.when)
        expect(vars.length, rule.id).toBeGreaterThan(0)
        for (const name of vars) expect(analysisElements, `${rule.id}: ${name}`).toContain(name)
      }
    }
  })

  it('should route every permit type by municipality to an authority kind that exists', () => {
    const kinds = new Set(demoAuthorities.map((a) => a.kind))
    for (const permitType of permitTypes) {
      expect(permitType.routing).toEqual({
        kind: 'by-municipality',
        authorityKind: permitType.authorityKind,
        municipalityElement: 'municipality',
      })
      expect(kinds).toContain(permitType.authorityKind)
      expect(permitType.elements).toContainEqual({ key: 'municipality', isRequired: true })
    }
  })

  it('should name every authority kind in Finnish, Swedish and English', () => {
    const kinds = demoAuthorityKinds.map((kind) => kind.key)
    expect(new Set(kinds).size).toBe(kinds.length)
    for (const authority of demoAuthorities) expect(kinds).toContain(authority.kind)
    for (const { key, name } of demoAuthorityKinds)
      for (const locale of ['fi', 'sv', 'en'] as const)
        expect(name[locale]?.trim(), `${key} ${locale}`).toBeTruthy()
  })

  it('should have every authority join every permit type routed to its kind, and only those', () => {
    for (const authority of demoAuthorities) {
      const ofKind = permitTypes.filter((p) => p.authorityKind === authority.kind).map((p) => p.key)
      expect(authority.permitTypes.sort(), authority.key).toEqual(ofKind.sort())
      expect(authority.permitTypes.length, authority.key).toBeGreaterThan(0)
    }
  })

  it('should have exactly one authority of every routed kind in every municipality', () => {
    const codes = municipalities.map((m) => m.code)
    for (const authority of demoAuthorities) {
      for (const code of authority.municipalities) expect(codes).toContain(code)
    }
    const routedKinds = new Set(permitTypes.map((p) => p.authorityKind))
    for (const code of codes) {
      for (const kind of routedKinds) {
        const serving = demoAuthorities.filter((a) => a.kind === kind && a.municipalities.includes(code))
        expect(
          serving.map((a) => a.key),
          `${kind} in ${code}`,
        ).toHaveLength(1)
      }
    }
  })

  it('should use the lead times and authority kinds of the domain notes', () => {
    const byKey = Object.fromEntries(permitTypes.map((p) => [p.key, p]))
    const expected: Record<string, [number, string, string]> = {
      'police-public-event-notification': [5, 'calendar-days', 'police'],
      'rescue-plan': [14, 'calendar-days', 'rescue'],
      'fireworks-notification': [7, 'calendar-days', 'police'],
      'noise-notification': [30, 'calendar-days', 'environmental-protection'],
      'large-event-food-notification': [14, 'calendar-days', 'environmental-health'],
      'food-vendor-notice': [4, 'service-days', 'environmental-health'],
      'alcohol-serving-licence': [45, 'calendar-days', 'permit-agency'],
      'area-use-permit': [60, 'calendar-days', 'city-area-use'],
      'traffic-arrangement-plan': [60, 'calendar-days', 'city-area-use'],
      'temporary-structures-permit': [30, 'calendar-days', 'building-control'],
    }
    for (const [key, [amount, unit, kind]] of Object.entries(expected)) {
      expect(byKey[key], key).toBeDefined()
      expect(byKey[key].leadTime).toEqual({ amount, unit })
      expect(byKey[key].authorityKind).toBe(kind)
      expect(byKey[key].processingDays).toBeGreaterThan(0)
      expect(byKey[key].legalBasis.trim()).not.toBe('')
    }
  })
})

describe('public event seed: authorities and texts', () => {
  it('should give every authority a business ID with a valid check digit', () => {
    for (const authority of demoAuthorities) {
      expect(hasValidCheckDigit(authority.businessId), `${authority.key} ${authority.businessId}`).toBe(true)
    }
    for (const id of ['0201256-6', '0101263-6', '0124610-9', '0211675-2']) {
      expect(hasValidCheckDigit(id)).toBe(true)
    }
    expect(hasValidCheckDigit('0201256-5')).toBe(false)
    expect(hasValidCheckDigit(String(workedExampleApplication.organiserBusinessId))).toBe(true)
  })

  it('should use the real cities’ business IDs for municipal authorities', () => {
    const cityIds: Record<string, string> = {
      '091': '0201256-6',
      '049': '0101263-6',
      '092': '0124610-9',
      '837': '0211675-2',
    }
    const municipal = [
      'environmental-protection',
      'environmental-health',
      'city-area-use',
      'building-control',
    ]
    for (const authority of demoAuthorities.filter((a) => municipal.includes(a.kind))) {
      expect(authority.businessId, authority.key).toBe(cityIds[authority.municipalities[0]])
    }
  })

  it('should route police work to the right police department', () => {
    const police = (code: string) =>
      demoAuthorities.find((a) => a.kind === 'police' && a.municipalities.includes(code))!.key
    expect(police('091')).toBe('police-helsinki')
    expect(police('049')).toBe('police-lansi-uusimaa')
    expect(police('092')).toBe('police-ita-uusimaa')
    expect(police('837')).toBe('police-sisa-suomi')
  })

  it('should connect the police and the permit agency by integration and others in simplified mode', () => {
    for (const authority of demoAuthorities) {
      const expected = ['police', 'permit-agency'].includes(authority.kind) ? 'integration' : 'simplified'
      expect(authority.connectionMode, authority.key).toBe(expected)
      expect(authority.noticeEmail).toMatch(/^[a-z0-9-]+@lupa-demo\.example\.fi$/)
    }
    const permitAgency = demoAuthorities.find((a) => a.kind === 'permit-agency')!
    expect(permitAgency.municipalities.sort()).toEqual(['049', '091', '092', '837'])
    expect(permitAgency.name.fi).toBe('Lupa- ja valvontavirasto')
  })

  it('should have non-empty Finnish, Swedish and English in every localized text', () => {
    const texts = localizedTexts(
      {
        municipalities,
        demoAuthorities,
        dataElements,
        permitTypes,
        publicEventBundle,
        publicEventBundleDescription,
      },
      '',
    )
    expect(texts.length).toBeGreaterThan(200)
    for (const { path, text } of texts) {
      for (const locale of ['fi', 'sv', 'en'] as const) {
        expect(typeof text[locale] === 'string' && text[locale].trim() !== '', `${path}.${locale}`).toBe(true)
      }
    }
  })

  it('should give every permit type multi-sentence guidance in every language', () => {
    for (const permitType of permitTypes) {
      for (const locale of ['fi', 'sv', 'en'] as const) {
        const sentences = permitType.guidance[locale]!.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 3)
        expect(sentences.length, `${permitType.key} ${locale}`).toBeGreaterThanOrEqual(2)
      }
    }
  })
})

describe('public event seed: analysis rules', () => {
  it('should need exactly the permits of the worked example', () => {
    expect(neededPermits(workedExampleAnswers).sort()).toEqual([...workedExampleNeeded].sort())
    expect(neededPermits(workedExampleAnswers)).not.toContain('fireworks-notification')
  })

  it('should explain the worked example with the rules the domain notes give', () => {
    expect(firedRules(workedExampleAnswers, 'rescue-plan')).toEqual(['rescue-attendees'])
    expect(firedRules(workedExampleAnswers, 'noise-notification')).toEqual(['noise-after-22'])
    expect(firedRules(workedExampleAnswers, 'police-public-event-notification')).toEqual([
      'police-attendees',
      'police-public-place',
      'police-late-hours',
      'police-alcohol',
      'police-guards',
      'police-streets-closed',
    ])
  })

  it('should need nothing for a small private indoor party', () => {
    expect(neededPermits(smallPrivateParty)).toEqual([])
  })

  it('should need nothing when no question has been answered', () => {
    expect(neededPermits({})).toEqual([])
  })

  it('should treat amplified outdoor sound past midnight as after 22:00', () => {
    const outdoorGig = { ...smallPrivateParty, placeType: 'private-area', isPublicEvent: true }
    expect(neededPermits({ ...outdoorGig, soundEndTime: '01:00' })).toContain('noise-notification')
    expect(neededPermits({ ...outdoorGig, soundEndTime: '23:30' })).toContain('noise-notification')
    expect(neededPermits({ ...outdoorGig, soundEndTime: '22:00' })).not.toContain('noise-notification')
    expect(neededPermits({ ...outdoorGig, soundEndTime: '21:30' })).not.toContain('noise-notification')
    // Indoors the same sound needs no noise notification.
    expect(neededPermits({ ...outdoorGig, placeType: 'indoor-venue', soundEndTime: '01:00' })).not.toContain(
      'noise-notification',
    )
    // Without amplified sound, no noise notification.
    expect(neededPermits({ ...outdoorGig, amplifiedSound: false, soundEndTime: '01:00' })).not.toContain(
      'noise-notification',
    )
  })

  it('should fall back to the event end time when the sound end time is not given', () => {
    const outdoorGig = { ...smallPrivateParty, placeType: 'park-or-square', soundEndTime: '' }
    expect(neededPermits({ ...outdoorGig, eventEndTime: '23:00' })).toContain('noise-notification')
    expect(neededPermits({ ...outdoorGig, eventEndTime: '21:00' })).not.toContain('noise-notification')
  })

  it('should need a noise notification for a multi-day outdoor event with amplified sound', () => {
    const festival = {
      ...smallPrivateParty,
      placeType: 'private-area',
      eventStartDate: '2027-07-02',
      eventEndDate: '2027-07-04',
    }
    expect(firedRules(festival, 'noise-notification')).toEqual(['noise-multi-day'])
  })

  it('should need police and rescue for a public event of 200 and a rescue plan for fireworks alone', () => {
    const base = { ...smallPrivateParty, isPublicEvent: true }
    expect(neededPermits({ ...base, expectedAttendees: 199 })).toEqual([])
    expect(neededPermits({ ...base, expectedAttendees: 200 })).toEqual([
      'police-public-event-notification',
      'rescue-plan',
    ])
    expect(neededPermits({ ...smallPrivateParty, fireworksOrPyrotechnics: true })).toEqual([
      'rescue-plan',
      'fireworks-notification',
    ])
  })

  it('should not need the police for a private event even with alcohol and guards', () => {
    const party = { ...smallPrivateParty, alcoholServed: true, securityGuards: true, eventEndTime: '01:00' }
    expect(neededPermits(party)).not.toContain('police-public-event-notification')
    expect(neededPermits(party)).toContain('alcohol-serving-licence')
  })

  it('should distinguish food sales by size and by seller', () => {
    const market = { ...smallPrivateParty, isPublicEvent: true, placeType: 'private-area' }
    expect(neededPermits({ ...market, foodSold: 'organiser-or-club', expectedAttendees: 499 })).not.toContain(
      'large-event-food-notification',
    )
    expect(neededPermits({ ...market, foodSold: 'organiser-or-club', expectedAttendees: 500 })).toContain(
      'large-event-food-notification',
    )
    expect(neededPermits({ ...market, foodSold: 'organiser-or-club', expectedAttendees: 500 })).not.toContain(
      'food-vendor-notice',
    )
    expect(neededPermits({ ...market, foodSold: 'professional-vendors', expectedAttendees: 50 })).toContain(
      'food-vendor-notice',
    )
  })

  it('should need area use and a traffic plan for an event on a street', () => {
    const streetParty = { ...smallPrivateParty, placeType: 'public-road' }
    expect(neededPermits(streetParty)).toEqual(['area-use-permit', 'traffic-arrangement-plan'])
    expect(firedRules({ ...smallPrivateParty, streetsClosed: true }, 'traffic-arrangement-plan')).toEqual([
      'traffic-streets-closed',
    ])
  })
})

describe('public event seed: worked example application', () => {
  const neededTypes = permitTypes.filter((p) => workedExampleNeeded.includes(p.key))

  it('should contain the analysis answers and a future event date', () => {
    for (const [key, value] of Object.entries(workedExampleAnswers)) {
      expect(workedExampleApplication[key], key).toEqual(value)
    }
    expect(workedExampleAnswers).toMatchObject({
      municipality: '091',
      placeType: 'park-or-square',
      expectedAttendees: 1500,
      eventStartTime: '14:00',
      eventEndTime: '23:00',
    })
    expect(String(workedExampleApplication.eventStartDate) >= '2027-01-01').toBe(true)
  })

  it('should give every required element of every needed permit', () => {
    for (const permitType of neededTypes) {
      for (const { key, isRequired } of permitType.elements) {
        if (isRequired)
          expect(isBlank(workedExampleApplication[key]), `${permitType.key}: ${key}`).toBe(false)
      }
    }
  })

  it('should only give values for elements of the catalogue, in a consistent timeline', () => {
    for (const key of Object.keys(workedExampleApplication)) expect(elementKeys, key).toContain(key)
    const app = workedExampleApplication as Record<string, string>
    expect(app.buildUpDate <= app.eventStartDate).toBe(true)
    expect(app.eventStartDate <= app.eventEndDate).toBe(true)
    expect(app.eventEndDate <= app.tearDownDate).toBe(true)
  })

  it('should pass the once-only validation of the assembled form', () => {
    const form = assembleForm({
      bundle: publicEventBundle,
      permitTypes,
      elements: dataElements,
      neededPermitTypes: workedExampleNeeded,
    })
    const result = validateValues({ form, values: workedExampleApplication, locale: 'fi', isDraft: false })
    expect(result.isValid ? [] : result.errors).toEqual([])
  })
})

describe('public event seed with the domain rules', () => {
  it('should have no problems in its rules', () => {
    expect(validateRules(publicEventBundle)).toEqual([])
  })

  it('should analyse the worked example with reasons in every locale', () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const result = analyse({ bundle: publicEventBundle, answers: workedExampleAnswers, locale })
      const needed = result.permits.filter((p) => p.isNeeded).map((p) => p.permitType)
      expect(needed.sort()).toEqual([...workedExampleNeeded].sort())
      const rescue = result.permits.find((p) => p.permitType === 'rescue-plan')!
      expect(rescue.reasons.map((r) => r.ruleId)).toEqual(['rescue-attendees'])
      expect(rescue.reasons[0].text.trim()).not.toBe('')
    }
    const fi = analyse({ bundle: publicEventBundle, answers: workedExampleAnswers, locale: 'fi' })
    expect(fi.permits.find((p) => p.permitType === 'rescue-plan')!.reasons[0].text).toBe(
      'Tilaisuuteen odotetaan vähintään 200 henkeä samanaikaisesti',
    )
    const fireworks = fi.permits.find((p) => p.permitType === 'fireworks-notification')!
    expect(fireworks.isNeeded).toBe(false)
  })

  it('should analyse the small private party as needing nothing', () => {
    const result = analyse({ bundle: publicEventBundle, answers: smallPrivateParty, locale: 'en' })
    expect(result.permits.filter((p) => p.isNeeded)).toEqual([])
    for (const permit of result.permits) expect(permit.reasons[0].text.trim()).not.toBe('')
  })

  it('should route every permit type in every municipality to one authority of the right kind', () => {
    for (const { code } of municipalities) {
      for (const permitType of permitTypes) {
        const key = routeCase({ permitType, values: { municipality: code }, authorities: demoAuthorities })
        const authority = demoAuthorities.find((a) => a.key === key)!
        expect(authority.kind).toBe(permitType.authorityKind)
        expect(authority.municipalities).toContain(code)
      }
    }
  })

  it('should route the worked example to the Helsinki authorities and the permit agency', () => {
    const routed = Object.fromEntries(
      permitTypes
        .filter((p) => workedExampleNeeded.includes(p.key))
        .map((permitType) => [
          permitType.key,
          routeCase({ permitType, values: workedExampleApplication, authorities: demoAuthorities }),
        ]),
    )
    expect(routed).toEqual({
      'police-public-event-notification': 'police-helsinki',
      'rescue-plan': 'rescue-helsinki',
      'noise-notification': 'environmental-protection-helsinki',
      'large-event-food-notification': 'environmental-health-helsinki',
      'food-vendor-notice': 'environmental-health-helsinki',
      'alcohol-serving-licence': 'permit-agency',
      'area-use-permit': 'city-area-use-helsinki',
      'traffic-arrangement-plan': 'city-area-use-helsinki',
      'temporary-structures-permit': 'building-control-helsinki',
    })
  })
})

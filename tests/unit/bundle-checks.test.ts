import { describe, expect, it } from 'vitest'

import { blockingProblems, checkBundle, type BundleDraft } from '../../src/domain/bundle-checks'
import type { DataElement, LocalizedText, PermitType } from '../../src/domain/types'
import {
  dataElements,
  permitTypes,
  publicEventBundle,
  publicEventBundleDescription,
} from '../../src/seed/public-event'

const all = (fi: string): LocalizedText => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` })

const element = (key: string, overrides: Partial<DataElement> = {}): DataElement => ({
  key,
  type: 'boolean',
  label: all(key),
  step: 'event',
  ...overrides,
})

const makeBundle = (overrides: Partial<BundleDraft> = {}): BundleDraft => ({
  key: 'sauna',
  name: all('Saunan rakentaminen'),
  description: all('Kuvaus'),
  analysisElements: ['isOnShore', 'floorArea'],
  steps: [{ key: 'event', title: all('Hanke') }],
  permits: [
    {
      permitType: 'building-permit',
      rules: [
        { id: 'shore', when: { '===': [{ var: 'isOnShore' }, true] }, reason: all('Rannalla') },
        { id: 'large', when: { '>': [{ var: 'floorArea' }, 30] }, reason: all('Yli 30 m²') },
      ],
      notNeededReason: all('Pieni sauna'),
    },
  ],
  ...overrides,
})

const buildingPermit: Pick<PermitType, 'key' | 'name' | 'elements'> = {
  key: 'building-permit',
  name: all('Rakennuslupa'),
  elements: [{ key: 'siteAddress', isRequired: true }],
}

const elements = [
  element('isOnShore'),
  element('floorArea', { type: 'number' }),
  element('siteAddress', { type: 'text' }),
]

const check = (bundle: BundleDraft, extra: Partial<Parameters<typeof checkBundle>[0]> = {}) =>
  checkBundle({ bundle, permitTypes: [buildingPermit], elements, displayLocale: 'fi', ...extra })

const codes = (bundle: BundleDraft, extra: Partial<Parameters<typeof checkBundle>[0]> = {}) =>
  check(bundle, extra).map((problem) => `${problem.level} ${problem.code} ${problem.path}`)

describe('checkBundle', () => {
  it('should find nothing wrong with a complete bundle', () => {
    expect(check(makeBundle())).toEqual([])
  })

  it('should find nothing that blocks publishing the seeded public event bundle', () => {
    const bundle: BundleDraft = { ...publicEventBundle, description: publicEventBundleDescription }
    const problems = checkBundle({ bundle, permitTypes, elements: dataElements, displayLocale: 'fi' })
    expect(blockingProblems({ problems, isPublished: true })).toEqual([])
  })

  it('should refuse publishing a permit without rules, naming the permit', () => {
    const bundle = makeBundle()
    bundle.permits[0].rules = []
    expect(check(bundle)).toEqual([
      {
        code: 'permit-no-rule',
        level: 'publish',
        path: 'permits.0.rules',
        params: { permit: 'Rakennuslupa' },
      },
    ])
  })

  it('should always refuse a rule about a question that is not in the analysis', () => {
    const bundle = makeBundle({ analysisElements: ['floorArea'] })
    expect(check(bundle)).toContainEqual({
      code: 'rule-unknown-question',
      level: 'error',
      path: 'permits.0.rules.0.when',
      params: { permit: 'Rakennuslupa', rule: 'shore', question: 'isOnShore' },
    })
  })

  it.each([
    ['an empty value', { '>': [{ var: 'floorArea' }, ''] }],
    ['an empty choice list', { in: [{ var: 'floorArea' }, []] }],
    ['an empty group', { and: [{ '===': [{ var: 'isOnShore' }, true] }, { or: [] }] }],
    ['no question', { '===': [{ var: '' }, true] }],
  ])('should always refuse a condition with %s as incomplete', (_name, when) => {
    const bundle = makeBundle()
    bundle.permits[0].rules[1].when = when
    expect(codes(bundle)).toEqual(['error rule-incomplete permits.0.rules.1.when'])
  })

  it('should refuse an empty condition, one that is not JSON Logic and an unknown operation', () => {
    const bundle = makeBundle()
    bundle.permits[0].rules = [
      { id: 'a', when: null, reason: all('A') },
      { id: 'b', when: { '===': [{ var: 'isOnShore' }, true], or: [] }, reason: all('B') },
      { id: 'c', when: { between: [{ var: 'floorArea' }, 1, 2] }, reason: all('C') },
    ]
    expect(codes(bundle)).toEqual([
      'error rule-empty permits.0.rules.0.when',
      'error rule-not-logic permits.0.rules.1.when',
      'error rule-unknown-operation permits.0.rules.2.when',
    ])
  })

  it('should not count what a condition reads from list items as questions', () => {
    const bundle = makeBundle()
    bundle.permits[0].rules[0].when = { some: [{ var: 'isOnShore' }, { '===': [{ var: 'kind' }, 'pier'] }] }
    expect(check(bundle)).toEqual([])
  })

  it('should refuse repeated rule ids, permit types and step keys', () => {
    const bundle = makeBundle()
    bundle.permits[0].rules[1].id = 'shore'
    bundle.permits.push({ ...bundle.permits[0], rules: [bundle.permits[0].rules[0]] })
    bundle.steps.push({ key: 'event', title: all('Toinen') })
    expect(codes(bundle)).toEqual([
      'error step-duplicate-key steps.1.key',
      'error rule-duplicate-id permits.0.rules.1.ruleId',
      'error permit-duplicate permits.1.permitType',
    ])
  })

  it('should refuse a permit whose permit type is unknown', () => {
    const bundle = makeBundle()
    bundle.permits[0].permitType = ''
    expect(codes(bundle)).toEqual(['error permit-unknown permits.0.permitType'])
  })

  it('should refuse publishing when a data element of a permit type has no step in the bundle', () => {
    const stepless = [...elements.slice(0, 2), element('siteAddress', { step: 'site' })]
    expect(check(makeBundle(), { elements: stepless })).toEqual([
      {
        code: 'element-no-step',
        level: 'publish',
        path: 'permits.0.permitType',
        params: { permit: 'Rakennuslupa', elements: 'siteAddress' },
      },
    ])
  })

  it('should refuse removing a step that data elements still use, listing them', () => {
    const problems = check(makeBundle(), {
      previousStepKeys: ['event', 'site'],
      elements: [...elements, element('siteArea', { step: 'site' }), element('sitePlan', { step: 'site' })],
    })
    expect(problems).toContainEqual({
      code: 'step-in-use',
      level: 'error',
      path: 'steps',
      params: { step: 'site', elements: 'siteArea, sitePlan' },
    })
  })

  it('should refuse publishing without a Finnish text and only warn about Swedish and English', () => {
    const bundle = makeBundle({ description: { fi: '', sv: 'Beskrivning' } })
    bundle.permits[0].rules[0].reason = { fi: 'Rannalla' }
    expect(codes(bundle)).toEqual([
      'publish text-missing description',
      'warning text-missing description',
      'warning text-missing permits.0.rules.0.reason',
      'warning text-missing permits.0.rules.0.reason',
    ])
    expect(check(bundle).map((problem) => problem.params.locale)).toEqual(['fi', 'en', 'sv', 'en'])
  })

  it('should check the texts of permit type names, step titles and analysis questions and their options', () => {
    const withOptions = [
      element('isOnShore', {
        label: { fi: 'Rannalla?' },
        type: 'select',
        options: [{ value: 'yes', label: { fi: '' } }],
      }),
      ...elements.slice(1),
    ]
    const problems = check(makeBundle({ steps: [{ key: 'event', title: { fi: 'Hanke', sv: 'Projekt' } }] }), {
      elements: withOptions,
      permitTypes: [{ ...buildingPermit, name: { fi: 'Rakennuslupa', sv: 'Bygglov' } }],
    })
    expect(
      problems.map((problem) => `${problem.level} ${problem.params.text} ${problem.params.locale}`),
    ).toEqual([
      'warning question-label sv',
      'warning question-label en',
      'publish option-label fi',
      'warning option-label sv',
      'warning option-label en',
      'warning step-title en',
      'warning permit-type-name en',
    ])
  })
})

describe('blockingProblems', () => {
  it('should block a draft only on errors and a published bundle on publish problems too', () => {
    const bundle = makeBundle({ description: { fi: '' } })
    bundle.permits[0].rules[0].when = { '>': [{ var: 'floorArea' }, ''] }
    const problems = check(bundle)
    expect(blockingProblems({ problems, isPublished: false }).map((problem) => problem.code)).toEqual([
      'rule-incomplete',
    ])
    expect(blockingProblems({ problems, isPublished: true }).map((problem) => problem.code)).toEqual([
      'text-missing',
      'rule-incomplete',
    ])
  })
})

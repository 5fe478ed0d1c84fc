import { describe, expect, it } from 'vitest'

import { feedbackProblems } from '../../plugins/service-desk/domain/feedback'
import type { OnboardingModeChoice } from '../../plugins/onboarding/domain/onboarding'
import {
  authorityKeyOf,
  municipalitiesOf,
  onboardingProblems,
} from '../../plugins/onboarding/domain/onboarding'

const permitTypeIds = ['1', '2']
const authorityKinds = ['police', 'environmental-protection']
/** The modes as the registry gives them: one asks for an https endpoint. */
const modes: OnboardingModeChoice[] = [
  { slug: 'simplified', onboardingFields: [] },
  {
    slug: 'integration',
    onboardingFields: [
      {
        name: 'endpointUrl',
        type: 'url',
        isRequired: true,
        label: { fi: 'Osoite', sv: 'Adress', en: 'URL' },
      },
    ],
  },
]
const complete = {
  nameFi: 'Kangasalan kunta',
  businessId: '0157616-7',
  noticeEmail: 'kirjaamo@kangasala.example.fi',
  authorityKind: 'environmental-protection',
  municipalities: ['211'],
  permitTypes: ['1'],
  connectionMode: 'simplified',
}
const problemsOf = (input: Record<string, unknown>, isNewAuthority = true, kind = 'joining' as const) =>
  onboardingProblems({ kind, input, isNewAuthority, permitTypeIds, authorityKinds, modes }).map(
    (problem) => `${problem.field}:${problem.code}`,
  )

describe('onboarding details', () => {
  it('should accept a complete joining application', () => {
    expect(problemsOf(complete)).toEqual([])
  })

  it('should ask a new authority for everything needed to set it up', () => {
    expect(problemsOf({})).toEqual([
      'nameFi:required',
      'businessId:required',
      'noticeEmail:required',
      'authorityKind:required',
      'municipalities:required',
      'permitTypes:required',
      'connectionMode:required',
    ])
  })

  it('should refuse a bad business id, municipality code, unknown permit type and an http endpoint', () => {
    expect(
      problemsOf({
        ...complete,
        businessId: '0157616-0',
        municipalities: ['91'],
        permitTypes: ['9'],
        connectionMode: 'integration',
        modeAnswers: { endpointUrl: 'http://example.fi' },
      }),
    ).toEqual([
      'businessId:invalid-business-id',
      'municipalities:invalid-municipality',
      'permitTypes:not-an-option',
      'endpointUrl:invalid-url',
    ])
  })

  it('should ask what the chosen mode asks and refuse a mode nobody registered', () => {
    expect(problemsOf({ ...complete, connectionMode: 'integration' })).toEqual(['endpointUrl:required'])
    expect(problemsOf({ ...complete, connectionMode: 'carrier-pigeon' })).toEqual([
      'connectionMode:not-an-option',
    ])
  })

  it('should need only the permit types from an authority already in the service', () => {
    expect(problemsOf({ permitTypes: ['2'] }, false)).toEqual([])
  })

  it('should ask the reason of leaving', () => {
    expect(problemsOf({}, false, 'leaving' as never)).toEqual(['description:required'])
  })

  it('should split municipality codes and make keys from names', () => {
    expect(municipalitiesOf(' 091, 049;091 211 ')).toEqual(['091', '049', '211'])
    expect(authorityKeyOf('Pälkäneen kunta – ympäristö')).toBe('palkaneen-kunta-ymparisto')
  })
})

describe('feedback', () => {
  it('should need a kind and text, and an email only when given to be one', () => {
    expect(feedbackProblems({ kind: 'idea', text: 'Good', email: '' })).toEqual([])
    expect(feedbackProblems({ kind: 'wish', text: ' ', email: 'x' })).toEqual([
      { field: 'kind', code: 'not-an-option' },
      { field: 'text', code: 'required' },
      { field: 'email', code: 'invalid-email' },
    ])
    expect(feedbackProblems({ kind: 'idea', text: 'x'.repeat(2_001), email: '' })).toEqual([
      { field: 'text', code: 'too-long' },
    ])
  })
})

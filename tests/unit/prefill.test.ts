import { describe, expect, it } from 'vitest'

import {
  isPrefillSource,
  prefillDraft,
  prefilledRecordOf,
  prefilledValuesOf,
  prefillOriginOf,
  prefillSources,
  prefillValueOf,
  type PrefillFacts,
} from '../../src/domain/prefill-sources'
import type { DataElement } from '../../src/domain/types'
import { dataElements } from '../../src/seed/public-event'

const person = { name: 'Sanna Soittaja', email: 'sanna.soittaja@example.fi', phone: '+358 40 765 4321' }
const organisation = { name: 'Puistosoitto ry', businessId: '3012345-8' }
const register = {
  businessId: '3012345-8',
  name: 'Puistosoitto ry',
  streetAddress: 'Tehtaankatu 12 A 3',
  postcode: '00140',
  postOffice: 'Helsinki',
  website: 'https://www.puistosoitto.example.fi',
}

const forSelf: PrefillFacts = { person, organisation: null, register: null }
const forOrganisation: PrefillFacts = { person, organisation, register }
const registerDown: PrefillFacts = { person, organisation, register: null }

const element = (key: string, type: DataElement['type'], prefill: DataElement['prefill']): DataElement => ({
  key,
  type,
  label: { fi: key },
  step: 'organiser',
  prefill,
})

/** The organiser step of the public event, as the demo seed sets its sources. */
const organiserElements = dataElements.filter((candidate) => candidate.step === 'organiser')

describe('the sources of prefill', () => {
  it('should take the person’s name, email and phone from the identity and profile', () => {
    expect(prefillValueOf('person-name', forSelf)).toEqual({ value: 'Sanna Soittaja', origin: 'profile' })
    expect(prefillValueOf('person-email', forOrganisation)).toEqual({
      value: 'sanna.soittaja@example.fi',
      origin: 'profile',
    })
    expect(prefillValueOf('person-phone', forSelf)).toEqual({ value: '+358 40 765 4321', origin: 'profile' })
    expect(prefillValueOf('person-phone', { ...forSelf, person: { ...person, phone: ' ' } })).toBeNull()
  })

  it('should name the applicant: the organisation when acting for one, else the person', () => {
    expect(prefillValueOf('applicant-name', forSelf)).toEqual({ value: 'Sanna Soittaja', origin: 'profile' })
    expect(prefillValueOf('applicant-name', forOrganisation)).toEqual({
      value: 'Puistosoitto ry',
      origin: 'business-register',
    })
    expect(prefillValueOf('applicant-name', registerDown)).toEqual({
      value: 'Puistosoitto ry',
      origin: 'organisation',
    })
  })

  it('should take the address from the business register only, and nothing of an organisation for oneself', () => {
    expect(prefillValueOf('organisation-street-address', forOrganisation)).toEqual({
      value: 'Tehtaankatu 12 A 3',
      origin: 'business-register',
    })
    expect(prefillValueOf('organisation-street-address', registerDown)).toBeNull()
    expect(prefillValueOf('organisation-business-id', registerDown)).toEqual({
      value: '3012345-8',
      origin: 'organisation',
    })
    for (const source of prefillSources.filter((candidate) => candidate.startsWith('organisation-')))
      expect(prefillValueOf(source, { ...forSelf, register })).toBeNull()
  })

  it('should know its sources by name', () => {
    expect(isPrefillSource('person-email')).toBe(true)
    expect(isPrefillSource('person.email')).toBe(false)
  })
})

describe('prefilling a new draft', () => {
  it('should fill the demo’s organiser step for an organisation: the eight fields a customer typed again', () => {
    const { values, prefilled } = prefillDraft({
      elements: organiserElements,
      analysisElements: [],
      values: {},
      facts: forOrganisation,
    })
    expect(values).toEqual({
      organiserName: 'Puistosoitto ry',
      organiserBusinessId: '3012345-8',
      organiserAddress: 'Tehtaankatu 12 A 3',
      organiserPostcode: '00140',
      organiserPostOffice: 'Helsinki',
      contactName: 'Sanna Soittaja',
      contactPhone: '+358 40 765 4321',
      contactEmail: 'sanna.soittaja@example.fi',
    })
    expect(prefilled.organiserAddress).toEqual({ origin: 'business-register', value: 'Tehtaankatu 12 A 3' })
    expect(prefilled.contactEmail.origin).toBe('profile')
  })

  it('should leave the organisation’s data to the customer when they apply for themselves', () => {
    const { values } = prefillDraft({
      elements: organiserElements,
      analysisElements: [],
      values: {},
      facts: forSelf,
    })
    expect(Object.keys(values).sort()).toEqual([
      'contactEmail',
      'contactName',
      'contactPhone',
      'organiserName',
    ])
    expect(values.organiserName).toBe('Sanna Soittaja')
  })

  it('should never overwrite a value, fill an analysis answer, an attachment or an element without a source', () => {
    const elements = [
      element('contactName', 'text', 'person-name'),
      element('expectedAttendees', 'text', 'person-name'),
      element('plan', 'attachment', 'person-name'),
      element('notes', 'text', null),
    ]
    const { values, prefilled } = prefillDraft({
      elements,
      analysisElements: ['expectedAttendees'],
      values: { contactName: 'Typed by me' },
      facts: forSelf,
    })
    expect(values).toEqual({ contactName: 'Typed by me' })
    expect(prefilled).toEqual({})
  })

  it('should leave out a value that does not fit the element', () => {
    const { values } = prefillDraft({
      elements: [
        element('contactPhone', 'phone', 'person-phone'),
        element('organiserPostcode', 'postcode', 'organisation-postcode'),
        element('short', 'text', 'person-name'),
      ].map((candidate) => (candidate.key === 'short' ? { ...candidate, maxLength: 5 } : candidate)),
      analysisElements: [],
      values: {},
      facts: {
        person: { ...person, phone: 'call me' },
        organisation,
        register: { ...register, postcode: '140' },
      },
    })
    expect(values).toEqual({})
  })
})

describe('marking prefilled values', () => {
  const record = prefilledRecordOf({
    contactName: { origin: 'profile', value: 'Sanna Soittaja' },
    organiserAddress: { origin: 'business-register', value: 'Tehtaankatu 12 A 3' },
    broken: { origin: 'somewhere', value: 'x' },
    alsoBroken: 'text',
  })

  it('should keep only well-formed entries of a stored record', () => {
    expect(Object.keys(record)).toEqual(['contactName', 'organiserAddress'])
    expect(prefilledRecordOf(null)).toEqual({})
    expect(prefilledRecordOf(['x'])).toEqual({})
    expect(prefilledValuesOf(record)).toEqual({
      contactName: 'Sanna Soittaja',
      organiserAddress: 'Tehtaankatu 12 A 3',
    })
  })

  it('should mark a value while it is the prefilled one, and no longer once the customer changed it', () => {
    expect(prefillOriginOf({ record, key: 'organiserAddress', value: 'Tehtaankatu 12 A 3' })).toBe(
      'business-register',
    )
    expect(prefillOriginOf({ record, key: 'organiserAddress', value: 'Tehtaankatu 14' })).toBeNull()
    expect(prefillOriginOf({ record, key: 'organiserAddress', value: '' })).toBeNull()
    expect(prefillOriginOf({ record, key: 'eventName', value: 'Puistokonsertti' })).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import {
  assembleForm,
  buildValuesSchema,
  formFields,
  prefill,
  projectCase,
  UnknownDataElementError,
  validateValues,
  type AssembledForm,
} from '../../src/domain/once-only'
import type { DataElement, PermitBundle, PermitType } from '../../src/domain/types'

const elements: DataElement[] = [
  {
    key: 'organiserName',
    type: 'text',
    label: { fi: 'Järjestäjä' },
    step: 'organiser',
    order: 1,
    maxLength: 20,
  },
  { key: 'businessId', type: 'businessId', label: { fi: 'Y-tunnus' }, step: 'organiser', order: 2 },
  { key: 'contactEmail', type: 'email', label: { fi: 'Sähköposti' }, step: 'organiser', order: 3 },
  { key: 'contactPhone', type: 'phone', label: { fi: 'Puhelin' }, step: 'organiser', order: 3 },
  { key: 'eventDate', type: 'date', label: { fi: 'Päivä' }, step: 'event', order: 1 },
  { key: 'startTime', type: 'time', label: { fi: 'Alkaa' }, step: 'event', order: 2 },
  {
    key: 'attendance',
    type: 'integer',
    label: { fi: 'Yleisömäärä' },
    step: 'event',
    order: 3,
    min: 1,
    max: 100_000,
  },
  { key: 'postcode', type: 'postcode', label: { fi: 'Postinumero' }, step: 'place', order: 2 },
  {
    key: 'municipality',
    type: 'select',
    label: { fi: 'Kunta' },
    step: 'place',
    order: 1,
    options: [
      { value: '091', label: { fi: 'Helsinki' } },
      { value: '049', label: { fi: 'Espoo' } },
    ],
  },
  {
    key: 'soundSources',
    type: 'multiSelect',
    label: { fi: 'Äänilähteet' },
    step: 'noise',
    options: [
      { value: 'pa', label: { fi: 'PA' } },
      { value: 'drums', label: { fi: 'Rummut' } },
    ],
  },
  { key: 'isOutdoors', type: 'boolean', label: { fi: 'Ulkona' }, step: 'event', order: 4 },
  { key: 'guardCount', type: 'number', label: { fi: 'Vartijat' }, step: 'security' },
]

const bundle: PermitBundle = {
  key: 'public-event',
  name: { fi: 'Yleisötilaisuus' },
  analysisElements: ['attendance', 'isOutdoors'],
  steps: [
    { key: 'event', title: { fi: 'Tapahtuma' } },
    { key: 'organiser', title: { fi: 'Järjestäjä' } },
    { key: 'place', title: { fi: 'Paikka' } },
    { key: 'noise', title: { fi: 'Melu' } },
  ],
  permits: [],
}

function permitType(key: string, elementList: [string, boolean][]): PermitType {
  return {
    key,
    name: { fi: key },
    elements: elementList.map(([elementKey, isRequired]) => ({ key: elementKey, isRequired })),
    routing: { kind: 'fixed', authority: 'police' },
    leadTime: { amount: 5, unit: 'calendar-days' },
  }
}

const police = permitType('police-notification', [
  ['organiserName', true],
  ['businessId', false],
  ['eventDate', true],
  ['attendance', true],
  ['guardCount', false],
  ['municipality', true],
])
const noise = permitType('noise-notification', [
  ['organiserName', true],
  ['businessId', true],
  ['eventDate', true],
  ['startTime', true],
  ['soundSources', true],
  ['contactEmail', false],
  ['contactPhone', false],
  ['postcode', false],
  ['isOutdoors', false],
])
const permitTypes = [police, noise]

function bothForm(): AssembledForm {
  return assembleForm({
    bundle,
    permitTypes,
    elements,
    neededPermitTypes: ['police-notification', 'noise-notification'],
  })
}

function fieldOf(form: AssembledForm, key: string) {
  return formFields(form).find((field) => field.element.key === key)
}

const validValues = {
  organiserName: 'Festarit ry',
  businessId: '0737546-2',
  eventDate: '2026-07-04',
  startTime: '14:00',
  attendance: 1500,
  municipality: '091',
  soundSources: ['pa'],
}

describe('assembleForm', () => {
  it('should ask an element shared by two permit types once', () => {
    const keys = formFields(bothForm()).map((field) => field.element.key)
    expect(keys.filter((key) => key === 'organiserName')).toHaveLength(1)
  })

  it('should hold the union of the elements of the needed permit types', () => {
    expect(formFields(bothForm())).toHaveLength(12)
  })

  it('should require an element that any needed permit type requires', () => {
    expect(fieldOf(bothForm(), 'businessId')?.isRequired).toBe(true)
  })

  it('should not require an element that no needed permit type requires', () => {
    expect(fieldOf(bothForm(), 'contactEmail')?.isRequired).toBe(false)
  })

  it('should list every permit type that uses an element', () => {
    expect(fieldOf(bothForm(), 'eventDate')?.usedBy).toEqual(['police-notification', 'noise-notification'])
  })

  it('should leave out elements of permit types that are not needed', () => {
    const form = assembleForm({
      bundle,
      permitTypes,
      elements,
      neededPermitTypes: ['police-notification'],
    })
    expect(fieldOf(form, 'startTime')).toBeUndefined()
  })

  it('should put steps in bundle order and leave out empty steps', () => {
    const form = assembleForm({
      bundle,
      permitTypes,
      elements,
      neededPermitTypes: ['police-notification'],
    })
    expect(form.steps.map((step) => step.key)).toEqual(['event', 'organiser', 'place', 'other'])
  })

  it('should put elements of an unknown step into a last step "other"', () => {
    const form = bothForm()
    const last = form.steps[form.steps.length - 1]
    expect([last.key, last.fields.map((field) => field.element.key)]).toEqual(['other', ['guardCount']])
  })

  it('should order fields by element order and then by key', () => {
    const organiser = bothForm().steps.find((step) => step.key === 'organiser')
    expect(organiser?.fields.map((field) => field.element.key)).toEqual([
      'organiserName',
      'businessId',
      'contactEmail',
      'contactPhone',
    ])
  })

  it('should throw UnknownDataElementError for an element not in the catalogue', () => {
    const broken = permitType('broken', [['noSuchElement', true]])
    expect(() =>
      assembleForm({ bundle, permitTypes: [broken], elements, neededPermitTypes: ['broken'] }),
    ).toThrow(UnknownDataElementError)
  })
})

describe('prefill', () => {
  it('should copy analysis answers of elements that the form asks', () => {
    expect(prefill({ form: bothForm(), answers: { attendance: 800, isOutdoors: true } })).toEqual({
      attendance: 800,
      isOutdoors: true,
    })
  })

  it('should leave out answers the form does not ask', () => {
    expect(prefill({ form: bothForm(), answers: { hasFireworks: true } })).toEqual({})
  })
})

describe('validateValues', () => {
  function errorsOf(values: Record<string, unknown>, locale: 'fi' | 'sv' | 'en' = 'en', isDraft = false) {
    const result = validateValues({ form: bothForm(), values, locale, isDraft })
    return result.isValid ? [] : result.errors
  }

  it('should accept complete valid values, including business ID 0737546-2', () => {
    expect(validateValues({ form: bothForm(), values: validValues, locale: 'fi', isDraft: false })).toEqual({
      isValid: true,
      values: validValues,
    })
  })

  it('should report a missing required field in Finnish', () => {
    const { organiserName: _omitted, ...values } = validValues
    expect(errorsOf(values, 'fi')).toEqual([{ key: 'organiserName', message: 'Pakollinen tieto puuttuu' }])
  })

  it('should report a missing required field in Swedish', () => {
    const { organiserName: _omitted, ...values } = validValues
    expect(errorsOf(values, 'sv')).toEqual([{ key: 'organiserName', message: 'Obligatorisk uppgift saknas' }])
  })

  it('should report a missing required field in English', () => {
    const { organiserName: _omitted, ...values } = validValues
    expect(errorsOf(values, 'en')).toEqual([
      { key: 'organiserName', message: 'Required information is missing' },
    ])
  })

  it('should count an empty string as missing', () => {
    expect(errorsOf({ ...validValues, organiserName: '' })).toEqual([
      { key: 'organiserName', message: 'Required information is missing' },
    ])
  })

  it('should count an empty list as missing for a required multi-select', () => {
    expect(errorsOf({ ...validValues, soundSources: [] })).toEqual([
      { key: 'soundSources', message: 'Required information is missing' },
    ])
  })

  it('should report a value of the wrong type', () => {
    expect(errorsOf({ ...validValues, attendance: '1500' })).toEqual([
      { key: 'attendance', message: 'The value is of the wrong type' },
    ])
  })

  it('should report a text that is too long', () => {
    expect(errorsOf({ ...validValues, organiserName: 'x'.repeat(21) }, 'fi')).toEqual([
      { key: 'organiserName', message: 'Teksti on liian pitkä (enintään 20 merkkiä)' },
    ])
  })

  it('should report a number below the minimum', () => {
    expect(errorsOf({ ...validValues, attendance: 0 })).toEqual([
      { key: 'attendance', message: 'The value is too small (at least 1)' },
    ])
  })

  it('should report a number above the maximum', () => {
    expect(errorsOf({ ...validValues, attendance: 100_001 }, 'sv')).toEqual([
      { key: 'attendance', message: 'Värdet är för stort (högst 100000)' },
    ])
  })

  it('should report a fraction for an integer', () => {
    expect(errorsOf({ ...validValues, attendance: 1.5 })).toEqual([
      { key: 'attendance', message: 'The value must be a whole number' },
    ])
  })

  it('should report a date that does not exist', () => {
    expect(errorsOf({ ...validValues, eventDate: '2026-02-30' }, 'fi')).toEqual([
      { key: 'eventDate', message: 'Päivämäärä ei ole kelvollinen (VVVV-KK-PP)' },
    ])
  })

  it('should report a date in another format', () => {
    expect(errorsOf({ ...validValues, eventDate: '4.7.2026' })).toEqual([
      { key: 'eventDate', message: 'The date is not valid (YYYY-MM-DD)' },
    ])
  })

  it('should report a time that does not exist', () => {
    expect(errorsOf({ ...validValues, startTime: '24:00' })).toEqual([
      { key: 'startTime', message: 'The time is not valid (HH:MM)' },
    ])
  })

  it('should report a business ID with a wrong check digit', () => {
    expect(errorsOf({ ...validValues, businessId: '0737546-3' }, 'sv')).toEqual([
      { key: 'businessId', message: 'FO-numret är inte giltigt' },
    ])
  })

  it('should report a business ID whose weighted sum leaves remainder 1', () => {
    // 8 + 4 = 12 leaves remainder 1, for which no check digit exists.
    expect(errorsOf({ ...validValues, businessId: '0000110-1' })).toEqual([
      { key: 'businessId', message: 'The business ID is not valid' },
    ])
  })

  it('should accept check digit 0 when the weighted sum leaves remainder 0', () => {
    // 7 + 4 = 11 leaves remainder 0.
    expect(errorsOf({ ...validValues, businessId: '1000010-0' })).toEqual([])
  })

  it('should report a value that is not one of the options', () => {
    expect(errorsOf({ ...validValues, municipality: '092' })).toEqual([
      { key: 'municipality', message: 'The value is not one of the options' },
    ])
  })

  it('should report a multi-select item that is not one of the options', () => {
    expect(errorsOf({ ...validValues, soundSources: ['pa', 'cannon'] })).toEqual([
      { key: 'soundSources', message: 'The value is not one of the options' },
    ])
  })

  it('should report an invalid email address', () => {
    expect(errorsOf({ ...validValues, contactEmail: 'not-an-address' })).toEqual([
      { key: 'contactEmail', message: 'The email address is not valid' },
    ])
  })

  it('should accept an international phone number', () => {
    expect(errorsOf({ ...validValues, contactPhone: '+358 40 123 4567' })).toEqual([])
  })

  it('should accept a Finnish phone number', () => {
    expect(errorsOf({ ...validValues, contactPhone: '040-123 4567' })).toEqual([])
  })

  it('should report a phone number with letters', () => {
    expect(errorsOf({ ...validValues, contactPhone: '040 CALL ME' })).toEqual([
      { key: 'contactPhone', message: 'The phone number is not valid' },
    ])
  })

  it('should report a postcode that is not five digits', () => {
    expect(errorsOf({ ...validValues, postcode: '0010' })).toEqual([
      { key: 'postcode', message: 'The postcode must be five digits' },
    ])
  })

  it('should report a boolean given as text', () => {
    expect(errorsOf({ ...validValues, isOutdoors: 'yes' })).toEqual([
      { key: 'isOutdoors', message: 'The value is of the wrong type' },
    ])
  })

  it('should strip keys the form does not ask', () => {
    const result = validateValues({
      form: bothForm(),
      values: { ...validValues, socialSecurityNumber: '010101-123N' },
      locale: 'en',
      isDraft: false,
    })
    expect(result.isValid && 'socialSecurityNumber' in result.values).toBe(false)
  })

  it('should allow missing required values in a draft', () => {
    expect(errorsOf({ organiserName: 'Festarit ry' }, 'en', true)).toEqual([])
  })

  it('should still reject a value of the wrong type in a draft', () => {
    expect(errorsOf({ attendance: 'many' }, 'en', true)).toEqual([
      { key: 'attendance', message: 'The value is of the wrong type' },
    ])
  })

  it('should still reject an invalid date in a draft', () => {
    expect(errorsOf({ eventDate: '2026-02-30' }, 'en', true)).toEqual([
      { key: 'eventDate', message: 'The date is not valid (YYYY-MM-DD)' },
    ])
  })

  it('should drop empty values from a valid draft', () => {
    const result = validateValues({
      form: bothForm(),
      values: { organiserName: 'Festarit ry', businessId: '' },
      locale: 'en',
      isDraft: true,
    })
    expect(result).toEqual({ isValid: true, values: { organiserName: 'Festarit ry' } })
  })
})

describe('buildValuesSchema', () => {
  it('should give a schema that parses valid values', () => {
    const schema = buildValuesSchema({ form: bothForm(), locale: 'en', isDraft: false })
    expect(schema.safeParse(validValues).success).toBe(true)
  })

  it('should give a schema that rejects a missing required value', () => {
    const schema = buildValuesSchema({ form: bothForm(), locale: 'en', isDraft: false })
    expect(schema.safeParse({}).success).toBe(false)
  })
})

describe('projectCase', () => {
  it('should keep only the values the permit type lists', () => {
    const values = { ...validValues, contactEmail: 'info@example.fi' }
    expect(projectCase({ permitType: police, values })).toEqual({
      organiserName: 'Festarit ry',
      businessId: '0737546-2',
      eventDate: '2026-07-04',
      attendance: 1500,
      municipality: '091',
    })
  })
})

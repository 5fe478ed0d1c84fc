import { describe, expect, it } from 'vitest'

import {
  currentNameOf,
  organisationDetailsOf,
  placeNameOf,
  prhCompaniesSchema,
  streetAddressOf,
} from '../../plugins/business-register/domain/prhFormat'
import { demoRegisterCompanies, prhCompany } from '../support/fakeBusinessRegister'

const today = '2026-05-04'

const answerOf = (companies: unknown[]) =>
  prhCompaniesSchema.parse({ totalResults: companies.length, companies })

describe("the business register's open data (PRH YTJ v3 JSON)", () => {
  it('should give the demo organisation’s current name, street address, postcode, post office and website', () => {
    expect(
      organisationDetailsOf({ answer: answerOf(demoRegisterCompanies), businessId: '3012345-8', today }),
    ).toEqual({
      businessId: '3012345-8',
      name: 'Puistosoitto ry',
      streetAddress: 'Tehtaankatu 12 A 3',
      postcode: '00140',
      postOffice: 'Helsinki',
      website: 'https://www.puistosoitto.example.fi',
    })
  })

  it('should name the post office in the customer’s language when the register has it', () => {
    const answer = answerOf(demoRegisterCompanies)
    expect(organisationDetailsOf({ answer, businessId: '3012345-8', today, locale: 'sv' })?.postOffice).toBe(
      'Helsingfors',
    )
    expect(organisationDetailsOf({ answer, businessId: '3012345-8', today, locale: 'en' })?.postOffice).toBe(
      'Helsinki',
    )
  })

  it('should give nothing for an answer without the business ID', () => {
    expect(organisationDetailsOf({ answer: answerOf([]), businessId: '3012345-8', today })).toBeNull()
    expect(
      organisationDetailsOf({ answer: answerOf(demoRegisterCompanies), businessId: '1234567-1', today }),
    ).toBeNull()
    expect(organisationDetailsOf({ answer: { totalResults: 0 }, businessId: '3012345-8', today })).toBeNull()
  })

  it('should read the real format’s variants: numeric codes, nulls, unknown parts', () => {
    const answer = prhCompaniesSchema.parse({
      totalResults: 1,
      companies: [
        {
          businessId: { value: '1234567-1', registrationDate: '2001-01-01', source: '3' },
          names: [
            {
              name: 'Vanha Nimi Oy',
              type: 1,
              registrationDate: '2001-01-01',
              endDate: '2010-01-01',
              version: 2,
            },
            { name: 'Kesäjuhlat Oy', type: 1, registrationDate: '2010-01-02', endDate: null, version: 1 },
            { name: 'Sommarfest Ab', type: 2, registrationDate: '2010-01-02', endDate: null, version: 1 },
          ],
          addresses: [
            {
              type: '2',
              street: null,
              postCode: '00101',
              postOfficeBox: '123',
              postOffices: [{ city: 'HELSINKI', languageCode: 1 }],
            },
          ],
          website: null,
          somethingNew: { value: 1 },
        },
      ],
    })
    expect(organisationDetailsOf({ answer, businessId: '1234567-1', today })).toEqual({
      businessId: '1234567-1',
      name: 'Kesäjuhlat Oy',
      streetAddress: 'PL 123',
      postcode: '00101',
      postOffice: 'Helsinki',
      website: null,
    })
  })

  it('should prefer the street address to the postal address, and leave a foreign or malformed postcode out', () => {
    const company = prhCompany({
      businessId: '1234567-1',
      name: 'Kesäjuhlat Oy',
      street: 'Aleksanterinkatu',
      buildingNumber: '5',
      postCode: '00100',
      city: 'HELSINKI',
    })
    const addresses = [
      {
        type: 2,
        street: 'Postikatu',
        buildingNumber: '1',
        postCode: '00230',
        postOffices: [{ city: 'HELSINKI', languageCode: '1' }],
      },
      { type: 1, street: 'Aleksanterinkatu', buildingNumber: '5', postCode: '100', postOffices: [] },
    ]
    const details = organisationDetailsOf({
      answer: answerOf([{ ...company, addresses }]),
      businessId: '1234567-1',
      today,
    })
    expect(details?.streetAddress).toBe('Aleksanterinkatu 5')
    expect(details?.postcode).toBeNull()
    expect(details?.postOffice).toBeNull()
  })

  it('should pick the current name and write place names and addresses as people do', () => {
    const [demo] = answerOf(demoRegisterCompanies).companies!
    expect(currentNameOf(demo, today)).toBe('Puistosoitto ry')
    expect(currentNameOf(demo, '2010-06-01')).toBe('Puistosoitto ry')
    expect(placeNameOf('KOKKOLA-KARLEBY')).toBe('Kokkola-Karleby')
    expect(placeNameOf('PEDERSÖREN KUNTA')).toBe('Pedersören Kunta')
    expect(placeNameOf('Helsinki')).toBe('Helsinki')
    expect(
      streetAddressOf({
        type: 1,
        street: 'Mannerheimintie',
        buildingNumber: '10',
        entrance: 'B',
        apartmentNumber: '12',
        apartmentIdSuffix: 'a',
      }),
    ).toBe('Mannerheimintie 10 B 12a')
  })
})

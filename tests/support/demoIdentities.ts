import type { FakePerson } from './fakeMandatesService'
import type { IdpPerson } from './samlIdp'

/**
 * The people of the demo identity environment (`npm run demo:identity`) and of the identity
 * browser tests. Their personal identity codes have valid check characters and individual
 * numbers of the 900 range, which the Population Information System keeps for test use:
 * they are nobody's.
 */

export const identityAttributes = {
  personalIdentityCode: 'urn:oid:1.2.246.21',
  givenName: 'urn:oid:2.5.4.42',
  surname: 'urn:oid:2.5.4.4',
  commonName: 'urn:oid:2.5.4.3',
  email: 'urn:oid:0.9.2342.19200300.100.1.3',
  virtuLocalId: 'urn:oid:1.3.6.1.4.1.31350.1.8',
  virtuHomeOrganization: 'urn:oid:1.3.6.1.4.1.31350.1.5',
} as const

/** The demo organisation of the seed (src/seed/seed.ts). */
export const demoOrganisation = { name: 'Puistosoitto ry', businessId: '3012345-8' } as const

/** The Virtu home organisation the demo seed maps to the police authority (police-helsinki). */
export const demoVirtuHomeOrganization = 'poliisi.fi'

const suomifiPerson = ({
  key,
  code,
  givenName,
  surname,
  label,
}: {
  key: string
  code: string
  givenName: string
  surname: string
  label: string
}): IdpPerson => ({
  key,
  label,
  login: {
    attributes: {
      [identityAttributes.personalIdentityCode]: code,
      [identityAttributes.givenName]: givenName,
      [identityAttributes.surname]: surname,
      [identityAttributes.commonName]: `${surname} ${givenName}`,
      [identityAttributes.email]: `${givenName}.${surname}@example.fi`.toLowerCase(),
    },
  },
})

/** Signing rights (NIMKO) for Puistosoitto ry. */
export const signatory = suomifiPerson({
  key: 'signatory',
  code: '010280-952L',
  givenName: 'Sanna',
  surname: 'Soittaja',
  label: 'Sanna Soittaja: may sign for Puistosoitto ry',
})

/** A board member (J) of Puistosoitto ry: the board acts together, so no mandate of her own. */
export const boardMember = suomifiPerson({
  key: 'board-member',
  code: '150475-963A',
  givenName: 'Bertta',
  surname: 'Hallitus',
  label: 'Bertta Hallitus: board member of Puistosoitto ry, no signing rights',
})

/** An official of the demo police authority's home organisation in Virtu. */
export const virtuOfficial: IdpPerson = {
  key: 'official',
  label: `Ville Virkailija: official of ${demoVirtuHomeOrganization}`,
  login: {
    attributes: {
      [identityAttributes.virtuLocalId]: 'ville.virkailija',
      [identityAttributes.virtuHomeOrganization]: demoVirtuHomeOrganization,
      [identityAttributes.commonName]: 'Ville Virkailija',
      [identityAttributes.givenName]: 'Ville',
      [identityAttributes.surname]: 'Virkailija',
      [identityAttributes.email]: 'ville.virkailija@poliisi.example',
    },
  },
}

export const suomifiPeople: IdpPerson[] = [signatory, boardMember]
export const virtuPeople: IdpPerson[] = [virtuOfficial]

const codeOf = (person: IdpPerson) => person.login.attributes[identityAttributes.personalIdentityCode]

const organisation = { name: demoOrganisation.name, identifier: demoOrganisation.businessId }

/** What Suomi.fi Mandates knows of the demo people, by personal identity code. */
export const mandatesFixtures: [string, FakePerson][] = [
  [codeOf(signatory), { organisations: [{ ...organisation, roles: ['NIMKO'] }] }],
  [codeOf(boardMember), { organisations: [{ ...organisation, roles: ['J'] }] }],
]

import type { IdpKey } from './identitySlugs'

export const nameIdFormats = {
  transient: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
  email: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
} as const

/** Levels of assurance as Suomi.fi names them in AuthnContextClassRef. */
export const suomifiLoas = {
  substantial: 'http://ftn.ficora.fi/2017/loa2',
  high: 'http://ftn.ficora.fi/2017/loa3',
  eidasSubstantial: 'http://eidas.europa.eu/LoA/substantial',
  eidasHigh: 'http://eidas.europa.eu/LoA/high',
} as const

/** SAML attribute names (URIs) Lupa reads. */
export const attributeNames = {
  personalIdentityCode: 'urn:oid:1.2.246.21',
  givenName: 'urn:oid:2.5.4.42',
  surname: 'urn:oid:2.5.4.4',
  commonName: 'urn:oid:2.5.4.3',
  email: 'urn:oid:0.9.2342.19200300.100.1.3',
  eidasPersonIdentifier: 'http://eidas.europa.eu/attributes/naturalperson/PersonIdentifier',
  eidasGivenName: 'http://eidas.europa.eu/attributes/naturalperson/CurrentGivenName',
  eidasFamilyName: 'http://eidas.europa.eu/attributes/naturalperson/CurrentFamilyName',
  virtuLocalId: 'urn:oid:1.3.6.1.4.1.31350.1.8',
  virtuHomeOrganization: 'urn:oid:1.3.6.1.4.1.31350.1.5',
} as const

export type RequestedAttribute = { name: string; friendlyName: string; isRequired: boolean }

/** What Lupa asks of an identity provider and accepts from it. */
export type IdpProfile = {
  key: IdpKey
  /** For logs and pages. */
  label: string
  /** The NameID format requested in AuthnRequests and listed in the SP metadata. */
  nameIdFormat: string
  /** NameID formats refused in assertions, however well signed. */
  refusedNameIdFormats: string[]
  /** Only these NameID formats are accepted (null: any format not refused). */
  requiredNameIdFormat: string | null
  /** The attributes listed in the SP metadata. */
  requestedAttributes: RequestedAttribute[]
  /** The AuthnContextClassRefs requested, exact comparison; null: none requested. */
  requestedLoas: string[] | null
  /** The AuthnContextClassRefs accepted in the assertion; null: not checked. */
  acceptedLoas: string[] | null
  /** The levels of assurance announced in the SP metadata (Suomi.fi's `FinnishAuthMethod`). */
  announcedLoas: string[]
}

const uri = (name: string, friendlyName: string, isRequired = false): RequestedAttribute => ({
  name,
  friendlyName,
  isRequired,
})

/**
 * Suomi.fi e-Identification: a transient NameID, the person by their personal identity code
 * (or, for foreign eIDAS users, their eIDAS person identifier), a substantial or high level of
 * assurance. What is requested is the deployment's choice (`loa3`, high, by default).
 */
export const suomifiProfile = ({ requestedLoas }: { requestedLoas: string[] }): IdpProfile => {
  const acceptedLoas = Object.values(suomifiLoas) as string[]
  if (requestedLoas.length === 0 || requestedLoas.some((loa) => !acceptedLoas.includes(loa)))
    throw new Error(`identitySamlPlugin: suomifiLoas must be some of ${acceptedLoas.join(', ')}`)
  return {
    key: 'suomifi',
    label: 'Suomi.fi',
    nameIdFormat: nameIdFormats.transient,
    refusedNameIdFormats: [],
    requiredNameIdFormat: nameIdFormats.transient,
    requestedAttributes: [
      uri(attributeNames.personalIdentityCode, 'nationalIdentificationNumber'),
      uri(attributeNames.givenName, 'givenName'),
      uri(attributeNames.surname, 'sn'),
      uri(attributeNames.commonName, 'cn'),
      uri(attributeNames.email, 'mail'),
      uri(attributeNames.eidasPersonIdentifier, 'PersonIdentifier'),
      uri(attributeNames.eidasGivenName, 'FirstName'),
      uri(attributeNames.eidasFamilyName, 'FamilyName'),
    ],
    requestedLoas,
    acceptedLoas,
    announcedLoas: acceptedLoas,
  }
}

/**
 * Virtu, the state officials' identity federation: the official by `virtuLocalId` and
 * `virtuHomeOrganization`; email NameIDs are not identifiers there and are refused.
 */
export const virtuProfile: IdpProfile = {
  key: 'virtu',
  label: 'Virtu',
  nameIdFormat: nameIdFormats.transient,
  refusedNameIdFormats: [nameIdFormats.email],
  requiredNameIdFormat: null,
  requestedAttributes: [
    uri(attributeNames.virtuLocalId, 'virtuLocalID', true),
    uri(attributeNames.virtuHomeOrganization, 'virtuHomeOrganization', true),
    uri(attributeNames.commonName, 'cn', true),
    uri(attributeNames.givenName, 'givenName', true),
    uri(attributeNames.surname, 'sn', true),
    uri(attributeNames.email, 'mail'),
  ],
  requestedLoas: null,
  acceptedLoas: null,
  announcedLoas: [],
}

import type { IdpProfile } from './idpProfiles'

const escapeXml = (value: string) => value.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`)

/** The base64 body of a PEM certificate, as metadata carries it. */
export const certificateBody = (pem: string) =>
  pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '')

const keyDescriptor = (use: 'signing' | 'encryption', certificate: string) =>
  `<md:KeyDescriptor use="${use}"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certificateBody(certificate)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`

const serviceNames = {
  fi: 'Lupa – luvat ja valvonta',
  sv: 'Lupa – tillstånd och tillsyn',
  en: 'Lupa – permits and supervision',
}

/**
 * Lupa's service provider metadata for one IdP: signed AuthnRequests, signed assertions
 * wanted, one certificate for signing and one for encryption (the same one unless a separate
 * decryption pair is configured), the single logout and assertion consumer addresses, the
 * NameID format, the requested attributes and (Suomi.fi) the accepted levels of assurance.
 */
export const spMetadataXml = ({
  profile,
  entityId,
  acsUrl,
  sloUrl,
  signingCert,
  encryptionCert,
  publicUrl,
}: {
  profile: IdpProfile
  entityId: string
  acsUrl: string
  sloUrl: string
  signingCert: string
  encryptionCert: string
  publicUrl: string
}) => {
  const extensions =
    profile.announcedLoas.length === 0
      ? ''
      : `<md:Extensions><mdattr:EntityAttributes xmlns:mdattr="urn:oasis:names:tc:SAML:metadata:attribute"><saml:Attribute Name="FinnishAuthMethod" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">${profile.announcedLoas
          .map((loa) => `<saml:AttributeValue>${escapeXml(loa)}</saml:AttributeValue>`)
          .join('')}</saml:Attribute></mdattr:EntityAttributes></md:Extensions>`
  const names = Object.entries(serviceNames)
    .map(([lang, name]) => `<md:ServiceName xml:lang="${lang}">${escapeXml(name)}</md:ServiceName>`)
    .join('')
  const attributes = profile.requestedAttributes
    .map(
      (attribute) =>
        `<md:RequestedAttribute Name="${escapeXml(attribute.name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri" FriendlyName="${escapeXml(attribute.friendlyName)}" isRequired="${attribute.isRequired}"/>`,
    )
    .join('')
  const organisation = ['fi', 'sv', 'en']
    .map((lang) => `<md:OrganizationName xml:lang="${lang}">Lupa</md:OrganizationName>`)
    .concat(
      ['fi', 'sv', 'en'].map(
        (lang) => `<md:OrganizationDisplayName xml:lang="${lang}">Lupa</md:OrganizationDisplayName>`,
      ),
    )
    .concat(
      ['fi', 'sv', 'en'].map(
        (lang) => `<md:OrganizationURL xml:lang="${lang}">${escapeXml(publicUrl)}/</md:OrganizationURL>`,
      ),
    )
    .join('')
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" entityID="${escapeXml(entityId)}">`,
    extensions,
    '<md:SPSSODescriptor AuthnRequestsSigned="true" WantAssertionsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">',
    keyDescriptor('signing', signingCert),
    keyDescriptor('encryption', encryptionCert),
    `<md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${escapeXml(sloUrl)}"/>`,
    `<md:NameIDFormat>${escapeXml(profile.nameIdFormat)}</md:NameIDFormat>`,
    `<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${escapeXml(acsUrl)}" index="1" isDefault="true"/>`,
    `<md:AttributeConsumingService index="1" isDefault="true">${names}${attributes}</md:AttributeConsumingService>`,
    '</md:SPSSODescriptor>',
    `<md:Organization>${organisation}</md:Organization>`,
    '</md:EntityDescriptor>',
  ].join('\n')
}

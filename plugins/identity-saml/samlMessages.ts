import type { IdpProfile } from './idpProfiles'
import type { RefusalKind } from './samlRefusal'
import { SamlRefusal } from './samlRefusal'
import { attributeOf, childrenOf, descendantsOf, hasComments, ns, onlyChildOf, parseXml, textOf } from './xml'

const bearer = 'urn:oasis:names:tc:SAML:2.0:cm:bearer'
const success = 'urn:oasis:names:tc:SAML:2.0:status:Success'

const refuse = (message: string, kind: RefusalKind = 'failed'): never => {
  throw new SamlRefusal(kind, message)
}

const parsed = (xml: string, kind: RefusalKind = 'failed') => {
  try {
    return parseXml(xml)
  } catch (error) {
    return refuse((error as Error).message, kind)
  }
}

/**
 * Refuses a SAML message with an XML comment anywhere in it. Canonical XML drops comments,
 * so a comment slipped into a signed value (`ville<!---->.attacker`) leaves the signature
 * valid while a reader that stops at the comment sees someone else; honest IdPs send none.
 */
export const checkNoComments = (xml: string, what: string) => {
  if (hasComments(parsed(xml))) refuse(`XML comment in the ${what}`)
}

/**
 * Checks the envelope of a login response before its signature is verified: a SAML
 * Response for this ACS (`Destination`), no XML comments, and — when encryption is required —
 * exactly one EncryptedAssertion, a direct child, and no plaintext Assertion anywhere
 * (wrapped, nested or beside it). An error status is the IdP's refusal and is reported as
 * `cancelled`. Returns the EncryptedAssertion's XML (null when the assertion is plaintext).
 */
export const checkResponseEnvelope = (
  xml: string,
  { acsUrl, mustBeEncrypted }: { acsUrl: string; mustBeEncrypted: boolean },
) => {
  const document = parsed(xml)
  const root = document.documentElement
  if (root.namespaceURI !== ns.protocol || root.localName !== 'Response') refuse('Not a SAML Response')
  if (hasComments(document)) refuse('XML comment in the response')
  const destination = attributeOf(root, 'Destination')
  if (destination !== acsUrl) refuse(`Destination is ${destination ?? 'missing'}, not this ACS`)
  const status = onlyChildOf(root, ns.protocol, 'Status')
  const statusCodes = descendantsOf(status ?? root, ns.protocol, 'StatusCode').map(
    (code) => attributeOf(code, 'Value') ?? '',
  )
  if (statusCodes[0] !== success)
    throw new SamlRefusal('cancelled', `The IdP answered ${statusCodes.join(' / ') || 'no status'}`)
  const plain = descendantsOf(root, ns.assertion, 'Assertion')
  const encrypted = descendantsOf(root, ns.assertion, 'EncryptedAssertion')
  if (plain.length + encrypted.length !== 1)
    refuse(`${plain.length + encrypted.length} assertions in the response`)
  if (mustBeEncrypted && (encrypted.length !== 1 || encrypted[0].parentNode !== root))
    refuse('The assertion is not encrypted')
  return encrypted[0]?.toString() ?? null
}

/** A verified assertion, as Lupa reads it. */
export type AssertionFacts = {
  id: string
  nameId: string
  nameIdFormat: string | null
  nameQualifier: string | null
  spNameQualifier: string | null
  sessionIndex: string | null
  loa: string | null
  /** Attribute name → values, text content in full. */
  attributes: Record<string, string[]>
  /** The earliest NotOnOrAfter of the assertion (its conditions and subject confirmations). */
  notOnOrAfter: Date | null
}

/**
 * Reads and checks the assertion node-saml verified (signature, audience, times,
 * InResponseTo): its Issuer is the IdP, every bearer confirmation is addressed to this ACS (`Recipient`), the NameID
 * is of a format the IdP's profile accepts, and the level of assurance is one the profile
 * accepts. `xml` is the signed content as verified (canonical, comments gone), and text is
 * read whole, so a comment slipped into a value cannot cut it short.
 */
export const readAssertion = (
  xml: string,
  { acsUrl, profile, issuer }: { acsUrl: string; profile: IdpProfile; issuer: string },
): AssertionFacts => {
  const assertion = parsed(xml).documentElement
  if (assertion.namespaceURI !== ns.assertion || assertion.localName !== 'Assertion')
    refuse('Not an assertion')
  // node-saml checks the response's Issuer only; the assertion's must be the IdP too.
  const assertionIssuer = textOf(onlyChildOf(assertion, ns.assertion, 'Issuer'))
  if (assertionIssuer !== issuer) refuse(`The assertion's Issuer is ${assertionIssuer || 'missing'}`)
  const id = attributeOf(assertion, 'ID')
  if (!id) return refuse('The assertion has no ID')
  const subject = onlyChildOf(assertion, ns.assertion, 'Subject')
  const nameIdElement = subject && onlyChildOf(subject, ns.assertion, 'NameID')
  if (!subject || !nameIdElement) return refuse('The assertion has no NameID')
  const nameId = textOf(nameIdElement)
  if (!nameId) refuse('The NameID is empty')
  const nameIdFormat = attributeOf(nameIdElement, 'Format')
  if (nameIdFormat && profile.refusedNameIdFormats.includes(nameIdFormat))
    throw new SamlRefusal('identifier', `${profile.label} NameID format ${nameIdFormat} is not accepted`)
  if (profile.requiredNameIdFormat && nameIdFormat !== profile.requiredNameIdFormat)
    throw new SamlRefusal(
      'identifier',
      `${profile.label} NameID format ${nameIdFormat ?? '(none)'} is not accepted`,
    )

  const confirmations = childrenOf(subject, ns.assertion, 'SubjectConfirmation')
  const confirmationData = confirmations.map((confirmation) =>
    onlyChildOf(confirmation, ns.assertion, 'SubjectConfirmationData'),
  )
  if (confirmations.length === 0) refuse('The assertion has no subject confirmation')
  if (confirmations.some((confirmation) => attributeOf(confirmation, 'Method') !== bearer))
    refuse('A subject confirmation is not bearer')
  for (const data of confirmationData) {
    const recipient = attributeOf(data, 'Recipient')
    if (recipient !== acsUrl) refuse(`Recipient is ${recipient ?? 'missing'}, not this ACS`)
  }

  const authnStatement = onlyChildOf(assertion, ns.assertion, 'AuthnStatement')
  const context = authnStatement && onlyChildOf(authnStatement, ns.assertion, 'AuthnContext')
  const loa = context ? textOf(onlyChildOf(context, ns.assertion, 'AuthnContextClassRef')) || null : null
  if (profile.acceptedLoas && (!loa || !profile.acceptedLoas.includes(loa)))
    throw new SamlRefusal(
      'assurance',
      `${profile.label} level of assurance ${loa ?? '(none)'} is not accepted`,
    )

  const attributes: Record<string, string[]> = {}
  for (const statement of childrenOf(assertion, ns.assertion, 'AttributeStatement'))
    for (const attribute of childrenOf(statement, ns.assertion, 'Attribute')) {
      const name = attributeOf(attribute, 'Name')
      if (!name) continue
      attributes[name] = [
        ...(attributes[name] ?? []),
        ...childrenOf(attribute, ns.assertion, 'AttributeValue').map((value) => textOf(value)),
      ]
    }

  const conditions = onlyChildOf(assertion, ns.assertion, 'Conditions')
  const deadlines = [conditions, ...confirmationData]
    .map((element) => attributeOf(element, 'NotOnOrAfter'))
    .filter((value): value is string => Boolean(value))
    .map((value) => new Date(value))
    .filter((date) => !Number.isNaN(date.getTime()))
  return {
    id,
    nameId,
    nameIdFormat,
    nameQualifier: attributeOf(nameIdElement, 'NameQualifier'),
    spNameQualifier: attributeOf(nameIdElement, 'SPNameQualifier'),
    sessionIndex: attributeOf(authnStatement, 'SessionIndex'),
    loa,
    attributes,
    notOnOrAfter:
      deadlines.length > 0 ? new Date(Math.min(...deadlines.map((date) => date.getTime()))) : null,
  }
}

/**
 * Checks an IdP's logout message (HTTP-Redirect binding, already inflated): the expected kind,
 * addressed to this logout endpoint (`Destination`); an answer names the request it answers.
 */
export const checkLogoutMessage = (
  xml: string,
  { kind, sloUrl }: { kind: 'LogoutRequest' | 'LogoutResponse'; sloUrl: string },
) => {
  const root = parsed(xml, 'logout').documentElement
  if (root.namespaceURI !== ns.protocol || root.localName !== kind) refuse(`Not a ${kind}`, 'logout')
  const destination = attributeOf(root, 'Destination')
  if (destination !== sloUrl)
    refuse(`Destination is ${destination ?? 'missing'}, not this logout endpoint`, 'logout')
  const inResponseTo = attributeOf(root, 'InResponseTo')
  if (kind === 'LogoutResponse' && !inResponseTo) refuse('The logout response answers no request', 'logout')
  return { inResponseTo }
}

import type { IdpKey } from './identitySlugs'
import type { Subject } from './identityKeys'
import { attributeNames } from './idpProfiles'
import { isValidPersonalIdentityCode } from './personalIdentityCode'
import { SamlRefusal } from './samlRefusal'

/** The person an assertion identifies, as Lupa keeps them. */
export type Identity = Subject & {
  name: string
  email: string | null
  /** Virtu: the official's home organisation (maps to an authority). */
  homeOrganization: string | null
}

const first = (attributes: Record<string, string[]>, name: string) =>
  attributes[name]?.map((value) => value.trim()).find(Boolean) ?? null

const joined = (...parts: (string | null)[]) => parts.filter(Boolean).join(' ').trim() || null

const emailOf = (attributes: Record<string, string[]>) => {
  const email = first(attributes, attributeNames.email)
  return email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254 ? email.toLowerCase() : null
}

const missing = (message: string): never => {
  throw new SamlRefusal('attributes', message)
}

/**
 * Suomi.fi: a Finnish person by their personal identity code, a foreign eIDAS user by their
 * eIDAS person identifier. Errors name the attribute, never its value.
 */
const suomifiIdentity = (attributes: Record<string, string[]>): Identity => {
  const code = first(attributes, attributeNames.personalIdentityCode)?.toUpperCase() ?? null
  const eidas = first(attributes, attributeNames.eidasPersonIdentifier)
  if (code && !isValidPersonalIdentityCode(code)) missing('The personal identity code is not valid')
  if (!code && !eidas) missing('Neither a personal identity code nor an eIDAS person identifier')
  if (!code && eidas && eidas.length > 256) missing('The eIDAS person identifier is too long')
  const name =
    joined(first(attributes, attributeNames.givenName), first(attributes, attributeNames.surname)) ??
    first(attributes, attributeNames.commonName) ??
    joined(
      first(attributes, attributeNames.eidasGivenName),
      first(attributes, attributeNames.eidasFamilyName),
    ) ??
    missing('No name')
  return {
    idp: 'suomifi',
    kind: code ? 'personal-identity-code' : 'eidas-person-identifier',
    subject: code ?? eidas!,
    name,
    email: emailOf(attributes),
    homeOrganization: null,
  }
}

/** Virtu: an official by `virtuLocalId` within `virtuHomeOrganization`. */
const virtuIdentity = (attributes: Record<string, string[]>): Identity => {
  const localId = first(attributes, attributeNames.virtuLocalId) ?? missing('No virtuLocalID')
  const homeOrganization =
    first(attributes, attributeNames.virtuHomeOrganization)?.toLowerCase() ??
    missing('No virtuHomeOrganization')
  return {
    idp: 'virtu',
    kind: 'virtu-user',
    subject: `${localId}@${homeOrganization}`,
    name:
      first(attributes, attributeNames.commonName) ??
      joined(first(attributes, attributeNames.givenName), first(attributes, attributeNames.surname)) ??
      localId,
    email: emailOf(attributes),
    homeOrganization,
  }
}

/** The identity in a verified assertion's attributes, by the IdP's rules. */
export const identityOf = (idp: IdpKey, attributes: Record<string, string[]>): Identity =>
  idp === 'suomifi' ? suomifiIdentity(attributes) : virtuIdentity(attributes)

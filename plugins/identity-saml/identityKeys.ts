import { createHmac } from 'node:crypto'

import { derivedKey, seal, unseal } from '../../src/crypto/sealing'
import type { IdpKey } from './identitySlugs'

/** How an identity provider identifies a person. */
export const subjectKinds = ['personal-identity-code', 'eidas-person-identifier', 'virtu-user'] as const
export type SubjectKind = (typeof subjectKinds)[number]

/** A person as one identity provider knows them; `subject` is personal data (an identity code). */
export type Subject = { idp: IdpKey; kind: SubjectKind; subject: string }

export type IdentityKeys = { sealing: Buffer; lookup: Buffer }

/** The keys of subjects at rest: one encrypts, one keys the look-up hash. */
export const identityKeysOf = (secret: string): IdentityKeys => ({
  sealing: derivedKey({ secret, info: 'identity-saml/subjects' }),
  lookup: derivedKey({ secret, info: 'identity-saml/lookup' }),
})

/**
 * The look-up key of a subject: HMAC-SHA256 over the IdP, the kind and the value, so equal
 * values from two IdPs never meet and a stolen table cannot be searched without the key.
 */
export const subjectHashOf = (keys: IdentityKeys, { idp, kind, subject }: Subject) =>
  createHmac('sha256', keys.lookup).update(`${idp}\n${kind}\n${subject}`).digest('hex')

export const sealSubject = (keys: IdentityKeys, subject: string) => seal(subject, keys.sealing)

export const openSubject = (keys: IdentityKeys, sealed: string) => unseal(sealed, keys.sealing)

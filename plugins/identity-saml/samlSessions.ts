import type { Payload } from 'payload'

import { revokeSession } from '../../src/auth/sessions'
import type { SamlSession as SamlSessionDoc } from '../../src/payload-types'
import type { IdpKey } from './identitySlugs'
import { identitySlugs } from './identitySlugs'
import type { AssertionFacts } from './samlMessages'

/** What single logout needs of an IdP session. */
export type SamlSession = {
  id: number
  idp: IdpKey
  user: number
  sid: string
  nameId: string
  nameIdFormat: string | null
  nameQualifier: string | null
  spNameQualifier: string | null
  sessionIndex: string | null
}

const system = { collection: identitySlugs.samlSessions, overrideAccess: true, depth: 0 } as const

/** Remembers which IdP session opened the Payload session `sid`, until the session's own expiry. */
export const recordSamlSession = async ({
  payload,
  idp,
  userId,
  sid,
  facts,
  expiresAt,
}: {
  payload: Payload
  idp: IdpKey
  userId: number
  sid: string
  facts: AssertionFacts
  expiresAt: Date
}) => {
  await payload.delete({ ...system, where: { expiresAt: { less_than_equal: new Date().toISOString() } } })
  await payload.create({
    ...system,
    data: {
      idp,
      user: userId,
      sid,
      nameId: facts.nameId,
      nameIdFormat: facts.nameIdFormat,
      nameQualifier: facts.nameQualifier,
      spNameQualifier: facts.spNameQualifier,
      sessionIndex: facts.sessionIndex,
      loa: facts.loa,
      expiresAt: expiresAt.toISOString(),
    },
  })
}

const sessionOf = (doc: SamlSessionDoc): SamlSession => ({
  id: doc.id,
  idp: doc.idp,
  user: typeof doc.user === 'number' ? doc.user : doc.user.id,
  sid: doc.sid,
  nameId: doc.nameId,
  nameIdFormat: doc.nameIdFormat ?? null,
  nameQualifier: doc.nameQualifier ?? null,
  spNameQualifier: doc.spNameQualifier ?? null,
  sessionIndex: doc.sessionIndex ?? null,
})

/** The IdP session behind the Payload session `sid`, if SAML opened it. */
export const samlSessionOfSid = async ({ payload, sid }: { payload: Payload; sid: string }) => {
  const { docs } = await payload.find({
    ...system,
    where: { sid: { equals: sid } },
    limit: 1,
    pagination: false,
  })
  return docs[0] ? sessionOf(docs[0]) : null
}

/** Forgets one IdP session (its Payload session is ended separately). */
export const forgetSamlSession = ({ payload, id }: { payload: Payload; id: number }) =>
  payload.delete({ ...system, id })

/**
 * Ends every Payload session the IdP names in a logout request: its NameID, and the
 * SessionIndex when given. Returns the ended Payload session ids.
 */
export const endSamlSessions = async ({
  payload,
  idp,
  nameId,
  sessionIndex,
}: {
  payload: Payload
  idp: IdpKey
  nameId: string
  sessionIndex: string | null
}) => {
  const { docs } = await payload.find({
    ...system,
    where: {
      and: [
        { idp: { equals: idp } },
        { nameId: { equals: nameId } },
        ...(sessionIndex ? [{ sessionIndex: { equals: sessionIndex } }] : []),
      ],
    },
    pagination: false,
  })
  const sessions = docs.map(sessionOf)
  for (const session of sessions) {
    await revokeSession({ payload, userId: session.user, sid: session.sid })
    await forgetSamlSession({ payload, id: session.id })
  }
  return sessions.map((session) => session.sid)
}

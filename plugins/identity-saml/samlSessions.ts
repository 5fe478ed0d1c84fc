import type { Payload } from 'payload'

import { revokeSession } from '../../src/auth/sessions'
import type { Id } from '../../src/collections/relations'
import { idOf } from '../../src/collections/relations'
import type { IdpKey } from './identitySlugs'
import { identitySlugs } from './identitySlugs'
import type { AssertionFacts } from './samlMessages'

/** What single logout needs of an IdP session. */
export type SamlSession = {
  id: Id
  idp: IdpKey
  user: Id
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
  userId: Id
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
    } as never,
  })
}

const sessionOf = (doc: Record<string, unknown>): SamlSession => ({
  ...(doc as unknown as SamlSession),
  user: idOf(doc.user)!,
})

/** The IdP session behind the Payload session `sid`, if SAML opened it. */
export const samlSessionOfSid = async ({ payload, sid }: { payload: Payload; sid: string }) => {
  const { docs } = await payload.find({ ...system, where: { sid: { equals: sid } }, limit: 1 })
  return docs[0] ? sessionOf(docs[0] as unknown as Record<string, unknown>) : null
}

/** Forgets one IdP session (its Payload session is ended separately). */
export const forgetSamlSession = ({ payload, id }: { payload: Payload; id: Id }) =>
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
  const sessions = docs.map((doc) => sessionOf(doc as unknown as Record<string, unknown>))
  for (const session of sessions) {
    await revokeSession({ payload, userId: session.user, sid: session.sid })
    await forgetSamlSession({ payload, id: session.id })
  }
  return sessions.map((session) => session.sid)
}

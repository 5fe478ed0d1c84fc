import type { Payload } from 'payload'

import { writeAudit } from '../../src/access/auditHooks'
import { issueSession } from '../../src/auth/sessions'
import { slugs } from '../../src/collections/slugs'
import { withTransaction } from '../../src/db/withTransaction'
import { auditRequest } from './auditRequest'
import type { Identity } from './identityOf'
import type { IdentityKeys } from './identityKeys'
import type { IdpKey } from './identitySlugs'
import type { AdmitUser } from './options'
import { provisionUser } from './provisionUser'
import type { AssertionFacts } from './samlMessages'
import { SamlRefusal } from './samlRefusal'
import { recordSamlSession } from './samlSessions'

/**
 * Signs in the person a verified assertion identifies: their account (created or brought up
 * to date in one transaction), the host's last word on it (`admitUser`), a Payload session
 * remembered with the IdP's session for single logout, an audit entry and a log line.
 * Answers the session cookie; throws a `SamlRefusal` when the account may not sign in.
 */
export const signIn = async ({
  payload,
  idp,
  identity,
  facts,
  keys,
  admitUser,
  ip,
  now,
}: {
  payload: Payload
  idp: IdpKey
  identity: Identity
  facts: AssertionFacts
  keys: IdentityKeys
  admitUser?: AdmitUser
  /** The client's address, for the audit entry and the log. */
  ip?: string
  now: Date
}): Promise<{ cookie: string }> => {
  // The identity is established: the account and its session are system writes.
  const systemReq = await auditRequest({ payload, ip })
  const { userId, isNew } = await withTransaction(systemReq, () =>
    provisionUser({ req: systemReq, identity, keys, now }),
  )
  const user = await payload.findByID({ collection: slugs.users, id: userId, overrideAccess: true, depth: 0 })
  if (admitUser && !(await admitUser({ payload, user })))
    throw new SamlRefusal('account', `User ${userId} was identified but not admitted`)
  const { cookie, sid } = await issueSession({ payload, userId })
  if (!sid) throw new Error('Payload issued a session without an id')
  const sessionTtlMs = (payload.collections[slugs.users].config.auth.tokenExpiration ?? 7200) * 1000
  await recordSamlSession({
    payload,
    idp,
    userId,
    sid,
    facts,
    expiresAt: new Date(now.getTime() + sessionTtlMs),
  })
  await writeAudit({
    req: await auditRequest({ payload, ip, user }),
    action: 'login',
    resource: slugs.users,
    resourceId: userId,
    detail: { idp, loa: facts.loa, isNewAccount: isNew },
  })
  payload.logger.info({ msg: `SAML ${idp} login`, userId, isNewAccount: isNew, loa: facts.loa, ip })
  return { cookie }
}

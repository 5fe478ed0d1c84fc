import { randomBytes } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { isStaff } from '../../src/access/roles'
import { idOf } from '../../src/collections/relations'
import { slugs } from '../../src/collections/slugs'
import type { User } from '../../src/payload-types'
import type { Identity } from './identityOf'
import type { IdentityKeys } from './identityKeys'
import { sealSubject, subjectHashOf } from './identityKeys'
import { identitySlugs } from './identitySlugs'
import { SamlRefusal } from './samlRefusal'

/** The authority whose `virtuHomeOrganizations` lists the organisation; null when none does. */
const authorityOfHomeOrganization = async (
  req: PayloadRequest,
  homeOrganization: string,
): Promise<number | null> => {
  const { docs } = await req.payload.find({
    collection: slugs.authorities,
    where: { virtuHomeOrganizations: { equals: homeOrganization } },
    overrideAccess: true,
    depth: 0,
    limit: 2,
    req,
  })
  if (docs.length > 1)
    throw new SamlRefusal('account', `Virtu organisation ${homeOrganization} maps to several authorities`)
  return docs[0]?.id ?? null
}

/** The asserted email when no other account has it; otherwise an address that receives nothing. */
const emailFor = async (req: PayloadRequest, identity: Identity) => {
  if (identity.email) {
    const { totalDocs } = await req.payload.count({
      collection: slugs.users,
      where: { email: { equals: identity.email } },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return identity.email
  }
  return `${identity.idp}-${randomBytes(8).toString('hex')}@users.lupa.invalid`
}

/**
 * The account of an identity, created at its first login: a customer, or — for a Virtu
 * official whose home organisation maps to an authority — that authority's user. A Virtu
 * account follows the mapping at every login (owners and service producers keep their role).
 * Call inside the login's transaction; the identity record keeps only the subject's hash and
 * its encryption.
 */
export const provisionUser = async ({
  req,
  identity,
  keys,
  now,
}: {
  req: PayloadRequest
  identity: Identity
  keys: IdentityKeys
  now: Date
}): Promise<{ userId: number; isNew: boolean }> => {
  const { payload } = req
  const system = { overrideAccess: true, depth: 0, req } as const
  const subjectHash = subjectHashOf(keys, identity)
  const authority = identity.homeOrganization
    ? await authorityOfHomeOrganization(req, identity.homeOrganization)
    : null
  const roleData: Partial<Pick<User, 'role' | 'authority'>> =
    identity.idp === 'virtu' ? { role: authority ? 'authority-user' : 'customer', authority } : {}

  const { docs } = await payload.find({
    collection: identitySlugs.identities,
    where: { and: [{ idp: { equals: identity.idp } }, { subjectHash: { equals: subjectHash } }] },
    limit: 1,
    ...system,
  })
  const record = docs.at(0)
  const linkedId = idOf(record?.user)
  const linked = linkedId
    ? await payload.findByID({ collection: slugs.users, id: linkedId, disableErrors: true, ...system })
    : null

  if (linked) {
    if (linked.isServiceAccount) throw new SamlRefusal('account', 'A service account cannot log in')
    await payload.update({
      collection: slugs.users,
      id: linked.id,
      data: { name: identity.name, ...(isStaff(linked) ? {} : roleData) },
      ...system,
    })
    await payload.update({
      collection: identitySlugs.identities,
      id: record!.id,
      data: { lastLoginAt: now.toISOString(), homeOrganization: identity.homeOrganization },
      ...system,
    })
    return { userId: linked.id, isNew: false }
  }

  const user = await payload.create({
    collection: slugs.users,
    data: {
      name: identity.name,
      email: await emailFor(req, identity),
      // Never used: these accounts sign in only through their identity provider.
      password: randomBytes(32).toString('hex'),
      role: 'customer',
      ...roleData,
    },
    ...system,
  })
  const identityData = {
    idp: identity.idp,
    kind: identity.kind,
    subjectHash,
    sealedSubject: sealSubject(keys, identity.subject),
    user: user.id,
    homeOrganization: identity.homeOrganization,
    lastLoginAt: now.toISOString(),
  }
  // A record whose account was deleted is linked to the new account.
  if (record)
    await payload.update({
      collection: identitySlugs.identities,
      id: record.id,
      data: identityData,
      ...system,
    })
  else await payload.create({ collection: identitySlugs.identities, data: identityData, ...system })
  return { userId: user.id, isNew: true }
}

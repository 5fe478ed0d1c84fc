import { randomBytes } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { slugs } from '../../src/collections/slugs'
import { integrationSlugs } from './integrationSlugs'
import { idOf } from '../../src/collections/relations'
import type { Authority } from '../../src/payload-types'

/**
 * The authority's integration account: an authority user that the integration API acts
 * as, so the collections' own access rules, hooks, case events and audit log treat an
 * authority system exactly like a person of that authority. It has a random password that
 * nobody knows, an address in the reserved `.invalid` domain and the service-account flag:
 * it cannot log in and receives no mail. One per authority, created with its first API key.
 */
export const serviceUserOf = async ({
  req,
  authority,
}: {
  req: PayloadRequest
  authority: Pick<Authority, 'id' | 'key'>
}): Promise<number> => {
  const { docs } = await req.payload.find({
    collection: integrationSlugs.credentials,
    where: { and: [{ authority: { equals: authority.id } }, { serviceUser: { exists: true } }] },
    req,
    overrideAccess: true,
    depth: 0,
    limit: 1,
  })
  const existing = idOf(docs.at(0)?.serviceUser)
  if (existing !== null) return existing
  const user = await req.payload.create({
    collection: slugs.users,
    req,
    overrideAccess: true,
    depth: 0,
    data: {
      email: `integration.${authority.key.replace(/[^a-z0-9-]/gi, '-').toLowerCase()}.${randomBytes(3).toString('hex')}@lupa.invalid`,
      password: randomBytes(32).toString('base64url'),
      name: `Integraatio / Integration: ${authority.key}`,
      role: 'authority-user',
      authority: authority.id,
      isServiceAccount: true,
    },
  })
  return user.id
}

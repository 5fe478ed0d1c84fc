import type { PayloadRequest } from 'payload'

import { slugs } from '../collections/slugs'
import type { Locale } from '../domain/types'
import type { AuthorityKind } from '../payload-types'
import { readerOf } from './readerOf'
import { usesOf } from './usesOf'

/**
 * Where an authority kind is used, each described in the locale: the authorities of the
 * kind and the permit types routed to it. Empty when it may be deleted.
 */
export const authorityKindUsesOf = async ({
  req,
  kind,
  locale,
}: {
  req: PayloadRequest
  kind: Pick<AuthorityKind, 'id'>
  locale: Locale
}): Promise<string[]> => {
  const system = { req: readerOf(req), overrideAccess: true, depth: 0, locale, pagination: false } as const
  const { docs: authorities } = await req.payload.find({
    collection: slugs.authorities,
    where: { kind: { equals: kind.id } },
    select: { name: true },
    ...system,
  })
  const { docs: permitTypes } = await req.payload.find({
    collection: slugs.permitTypes,
    where: { authorityKind: { equals: kind.id } },
    select: { name: true },
    ...system,
  })
  return [
    ...usesOf(locale, 'used-by-authority', authorities),
    ...usesOf(locale, 'used-in-permit-type-routing', permitTypes),
  ]
}

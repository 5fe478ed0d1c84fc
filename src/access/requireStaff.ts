import type { CollectionSlug, DataFromCollectionSlug, PayloadRequest, TypedLocale } from 'payload'
import { APIError, NotFound } from 'payload'

import { isStaff, userOf } from './roles'

/** Refuses anyone but the owner and the service producers (403; 401 without a login). */
export const requireStaff = (req: PayloadRequest, what: string) => {
  const user = userOf(req)
  if (!user) throw new APIError('Log in first.', 401, undefined, true)
  if (!isStaff(user)) throw new APIError(`Only the service staff can ${what}.`, 403, undefined, true)
}

/** A record by the route's `:id`, read with the system's rights (callers checked the user). */
export const recordOfRoute = async <S extends CollectionSlug>(
  req: PayloadRequest,
  collection: S,
  { locale }: { locale?: TypedLocale } = {},
): Promise<DataFromCollectionSlug<S>> => {
  const doc = await req.payload
    .findByID({
      collection,
      id: String(req.routeParams?.id ?? ''),
      req,
      overrideAccess: true,
      depth: 0,
      ...(locale ? { locale } : {}),
      disableErrors: true,
    })
    .catch(() => null)
  if (!doc) throw new NotFound(req.t)
  return doc
}

import type { Payload } from 'payload'
import { data } from 'react-router'

import { slugs } from '../../../src/collections/slugs'
import type { Application } from '../../../src/payload-types'
import { asUser, type PortalUser } from './session.server'

/**
 * An application the user may read (their own, or an organisation's they act for), or a
 * 404 Response: an unknown id, a malformed one and another's application look the same.
 */
export const readApplication = async ({
  payload,
  user,
  id,
}: {
  payload: Payload
  user: PortalUser
  id: string
}): Promise<Application> => {
  const doc = await payload
    .findByID({ collection: slugs.applications, id, depth: 0, disableErrors: true, ...asUser(user) })
    .catch(() => null)
  if (!doc) throw data(null, { status: 404 })
  return doc
}

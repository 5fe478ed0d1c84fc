import type { Payload } from 'payload'

import { currentPrincipal } from '../../../plugins/mandates'
import type { PortalUser } from './session.server'

/** The principal a customer acts for, when not themselves: the header shows it on every page. */
export const actingForOf = async (payload: Payload, user: PortalUser): Promise<string | null> => {
  if (user.role !== 'customer') return null
  const principal = await currentPrincipal(payload, user)
  return principal.kind === 'self' ? null : principal.name
}

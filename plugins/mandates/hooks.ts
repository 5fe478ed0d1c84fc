import type { CollectionBeforeChangeHook, CollectionBeforeLoginHook, Field } from 'payload'
import { APIError } from 'payload'

import { hasRole, noOneField } from '../../src/access/roles'
import { l } from '../../src/collections/labels'
import { mandatesSlugs } from './mandatesSlugs'
import type { SessionUser } from './principal'
import { resolvePrincipal } from './principal'
import { civilServantMandateStatuses } from './civilServantMandate'

/**
 * Who acted for whom: an audit entry of a signed-in user acting for a principal names the
 * mandate (and the organisation in `onBehalfOf`), so every write through the audit hooks
 * records it without each caller knowing about mandates.
 */
export const recordPrincipalOnAudit: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const user: SessionUser | null = req.user
  if (operation !== 'create' || !user?._sid || data.actor == null || String(data.actor) !== String(user.id))
    return data
  const { principal, mandateId } = await resolvePrincipal({ payload: req.payload, user, req })
  if (mandateId === null) return data
  data.mandate = mandateId
  if (principal.kind === 'organisation' && data.onBehalfOf == null) data.onBehalfOf = principal.id
  return data
}

/** The mandate an audit entry's actor acted by (added to the audit log by the plugin). */
export const auditMandateField: Field = {
  name: 'mandate',
  type: 'relationship',
  relationTo: mandatesSlugs.mandates,
  label: l('Valtuus', 'Fullmakt', 'Mandate'),
}

/**
 * A new application of a customer acting for an organisation is made on the organisation's
 * behalf unless it says otherwise (runs after the collection's own hook, which has already
 * refused organisations the customer may not act for).
 */
export const defaultOnBehalfOfToPrincipal: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const user: SessionUser | null = req.user
  if (operation !== 'create' || data.onBehalfOf != null || !user?._sid || !hasRole(user, 'customer'))
    return data
  const { principal } = await resolvePrincipal({ payload: req.payload, user, req })
  if (principal.kind === 'organisation') data.onBehalfOf = principal.id
  return data
}

/** The last civil-servant mandate check of an authority user (written by the system only). */
export const civilServantMandateField: Field = {
  name: 'civilServantMandate',
  type: 'group',
  label: l('Virkailijavaltuus', 'Tjänstemannafullmakt', 'Civil-servant mandate'),
  access: { create: noOneField, update: noOneField },
  admin: {
    readOnly: true,
    position: 'sidebar',
    condition: (data) => data?.role === 'authority-user',
    description: l(
      'Suomi.fi-tunnistautuneen virkailijan valtuus toimia viranomaisen puolesta; tarkistetaan kirjautuessa ja päivittäin.',
      'Fullmakten för en tjänsteman identifierad via Suomi.fi att agera för myndigheten; kontrolleras vid inloggning och dagligen.',
      "A Suomi.fi-identified official's mandate to act for the authority; checked at login and daily.",
    ),
  },
  fields: [
    {
      name: 'status',
      type: 'select',
      options: civilServantMandateStatuses.map((value) => ({ value, label: value })),
      label: l('Tila', 'Status', 'Status'),
    },
    {
      name: 'checkedAt',
      type: 'date',
      label: l('Tarkistettu', 'Kontrollerad', 'Checked at'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}

/** An authority user whose civil-servant mandate was found missing cannot log in with a password either. */
export const refuseMissingCivilServantMandate: CollectionBeforeLoginHook = ({ user }) => {
  if (user?.role === 'authority-user' && user?.civilServantMandate?.status === 'missing')
    throw new APIError('No valid civil-servant mandate.', 403, undefined, true)
  return user
}

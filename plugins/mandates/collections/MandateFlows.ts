import type { CollectionConfig } from 'payload'

import { denyAll } from '../../../src/access/roles'
import { collectionLabels, groups, l } from '../../../src/collections/labels'
import { slugs } from '../../../src/collections/slugs'
import { mandatesKinds } from '../mandatesClient'
import { mandatesSlugs } from '../mandatesSlugs'

/**
 * Started mandate flows waiting for the browser to come back from Suomi.fi Mandates: the
 * Web API session, and the OAuth `state` (its SHA-256) bound to the user's Payload session.
 * Each is used once; only the system reads and writes them.
 */
export const MandateFlows: CollectionConfig = {
  slug: mandatesSlugs.mandateFlows,
  lockDocuments: false,
  labels: collectionLabels(
    ['Valtuutuksen valinta', 'Val av fullmakt', 'Mandate flow'],
    ['Valtuutusten valinnat', 'Val av fullmakter', 'Mandate flows'],
  ),
  admin: { hidden: true, group: groups.system },
  access: { read: denyAll, create: denyAll, update: denyAll, delete: denyAll },
  fields: [
    { name: 'user', type: 'relationship', relationTo: slugs.users, required: true, index: true },
    { name: 'sid', type: 'text', required: true, label: l('Istunto', 'Session', 'Session') },
    { name: 'kind', type: 'select', required: true, options: [...mandatesKinds] },
    { name: 'stateHash', type: 'text', required: true, unique: true, index: true },
    { name: 'webApiSessionId', type: 'text', required: true },
    { name: 'returnTo', type: 'text', required: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}

import type { CollectionConfig } from 'payload'

import { denyAll } from '../../../src/access/roles'
import { collectionLabels, groups } from '../../../src/collections/labels'
import { identitySlugs } from '../identitySlugs'

/**
 * Short-lived SAML state shared by every web process: the ids of requests sent to an IdP
 * (InResponseTo), the assertion ids already used (replay), and where to return after login.
 * A unique key makes "use once" hold even when two processes race.
 */
export const SamlCache: CollectionConfig = {
  slug: identitySlugs.samlCache,
  labels: collectionLabels(
    ['SAML-välimuistin merkintä', 'SAML-cachepost', 'SAML cache entry'],
    ['SAML-välimuisti', 'SAML-cache', 'SAML cache'],
  ),
  admin: { hidden: true, group: groups.system },
  access: { read: denyAll, create: denyAll, update: denyAll, delete: denyAll },
  lockDocuments: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'value', type: 'text' },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}

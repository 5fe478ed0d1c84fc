import type { CollectionConfig, FieldAccess } from 'payload'

import { denyAll, staffOnly } from '../../../src/access/roles'
import { collectionLabels, groups, l } from '../../../src/collections/labels'
import { slugs } from '../../../src/collections/slugs'
import { revokeCredentialEndpoint } from '../endpoints/revokeCredentialEndpoint'
import { integrationSlugs } from '../integrationSlugs'

const noOne: FieldAccess = () => false
const readOnly = { readOnly: true }

/**
 * API keys of authority systems for the integration API. Created by staff through
 * `POST /api/authorities/:id/integration/credentials` (the key is shown once), revoked
 * through `POST /api/integration-credentials/:id/revoke`. Only a keyed hash of each key is
 * stored, and no API can read it.
 */
export const integrationCredentials = ({ isEnabled }: { isEnabled: boolean }): CollectionConfig => ({
  slug: integrationSlugs.credentials,
  labels: collectionLabels(
    ['Integraation avain', 'Integrationsnyckel', 'Integration API key'],
    ['Integraation avaimet', 'Integrationsnycklar', 'Integration API keys'],
  ),
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'authority', 'keyPrefix', 'lastUsedAt', 'revokedAt', 'createdAt'],
    group: groups.system,
  },
  access: { read: staffOnly, create: denyAll, update: denyAll, delete: denyAll },
  lockDocuments: false,
  endpoints: isEnabled ? [revokeCredentialEndpoint] : [],
  fields: [
    {
      name: 'authority',
      type: 'relationship',
      relationTo: slugs.authorities,
      required: true,
      index: true,
      label: l('Viranomainen', 'Myndighet', 'Authority'),
      admin: readOnly,
    },
    {
      name: 'label',
      type: 'text',
      required: true,
      maxLength: 100,
      label: l('Nimi', 'Namn', 'Label'),
      admin: readOnly,
    },
    {
      name: 'keyPrefix',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: l('Avaimen alku', 'Nyckelns början', 'Key prefix'),
      admin: readOnly,
    },
    {
      name: 'keyHash',
      type: 'text',
      required: true,
      access: { read: noOne, create: noOne, update: noOne },
      admin: { hidden: true },
    },
    {
      name: 'serviceUser',
      type: 'relationship',
      relationTo: slugs.users,
      label: l('Integraation käyttäjätili', 'Integrationens användarkonto', 'Integration account'),
      admin: readOnly,
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: l('Luonut', 'Skapad av', 'Created by'),
      admin: readOnly,
    },
    {
      name: 'revokedAt',
      type: 'date',
      index: true,
      label: l('Peruttu', 'Återkallad', 'Revoked at'),
      admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastUsedAt',
      type: 'date',
      label: l('Viimeksi käytetty', 'Senast använd', 'Last used at'),
      admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
})

import type { CollectionConfig } from 'payload'

import { denyAll, staffOnly } from '../../../src/access/roles'
import { collectionLabels, groups, l } from '../../../src/collections/labels'
import { slugs } from '../../../src/collections/slugs'
import { mandatesSlugs } from '../mandatesSlugs'

/**
 * The principal a user acts for in one Payload session (`sid`), by the mandate that
 * entitles it. No record: the user acts for themselves, as every new session starts.
 */
export const PrincipalChoices: CollectionConfig = {
  slug: mandatesSlugs.principalChoices,
  lockDocuments: false,
  labels: collectionLabels(
    ['Valittu päämies', 'Vald huvudman', 'Principal choice'],
    ['Valitut päämiehet', 'Valda huvudmän', 'Principal choices'],
  ),
  admin: { defaultColumns: ['user', 'mandate', 'createdAt', 'expiresAt'], group: groups.system },
  access: { read: staffOnly, create: denyAll, update: denyAll, delete: denyAll },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: slugs.users,
      required: true,
      index: true,
      label: l('Käyttäjä', 'Användare', 'User'),
    },
    { name: 'sid', type: 'text', required: true, index: true, label: l('Istunto', 'Session', 'Session') },
    {
      name: 'mandate',
      type: 'relationship',
      relationTo: mandatesSlugs.mandates,
      required: true,
      index: true,
      label: l('Valtuus', 'Fullmakt', 'Mandate'),
    },
    {
      name: 'expiresAt',
      type: 'date',
      required: true,
      index: true,
      label: l('Voimassa asti', 'Giltig till', 'Valid until'),
    },
  ],
}

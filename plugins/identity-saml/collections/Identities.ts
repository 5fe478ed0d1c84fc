import type { CollectionConfig } from 'payload'

import { denyAll, noOneField, staffOnly } from '../../../src/access/roles'
import { collectionLabels, groups, l } from '../../../src/collections/labels'
import { slugs } from '../../../src/collections/slugs'
import { subjectKinds } from '../identityKeys'
import { idpKeys, identitySlugs } from '../identitySlugs'

const readOnly = { readOnly: true }

/**
 * Who logged in through which identity provider: (IdP, keyed hash of the subject) → user, so
 * the same identifier from two IdPs is never the same account. The subject itself (a personal
 * identity code) is stored only encrypted, and no one reads it through the API.
 */
export const Identities: CollectionConfig = {
  slug: identitySlugs.identities,
  labels: collectionLabels(
    ['Tunnistettu henkilöllisyys', 'Identifierad identitet', 'Identity'],
    ['Tunnistetut henkilöllisyydet', 'Identifierade identiteter', 'Identities'],
  ),
  admin: {
    useAsTitle: 'idp',
    defaultColumns: ['user', 'idp', 'kind', 'lastLoginAt'],
    group: groups.system,
  },
  access: { read: staffOnly, create: denyAll, update: denyAll, delete: denyAll },
  lockDocuments: false,
  indexes: [{ fields: ['idp', 'subjectHash'], unique: true }],
  fields: [
    {
      name: 'idp',
      type: 'select',
      required: true,
      options: idpKeys.map((value) => ({ value, label: value })),
      label: l('Tunnistuspalvelu', 'Identifieringstjänst', 'Identity provider'),
      admin: readOnly,
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: subjectKinds.map((value) => ({ value, label: value })),
      label: l('Tunnisteen laji', 'Typ av identifierare', 'Identifier kind'),
      admin: readOnly,
    },
    {
      name: 'subjectHash',
      type: 'text',
      required: true,
      label: l('Tunnisteen tiiviste', 'Identifierarens hash', 'Identifier hash'),
      access: { read: noOneField },
      admin: { hidden: true },
    },
    {
      name: 'sealedSubject',
      type: 'text',
      required: true,
      label: l('Salattu tunniste', 'Krypterad identifierare', 'Encrypted identifier'),
      access: { read: noOneField, create: noOneField, update: noOneField },
      admin: { hidden: true },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: slugs.users,
      required: true,
      index: true,
      label: l('Käyttäjä', 'Användare', 'User'),
      admin: readOnly,
    },
    {
      name: 'homeOrganization',
      type: 'text',
      label: l('Virtu-kotiorganisaatio', 'Virtu-hemorganisation', 'Virtu home organisation'),
      admin: readOnly,
    },
    {
      name: 'lastLoginAt',
      type: 'date',
      label: l('Viimeksi kirjautunut', 'Senast inloggad', 'Last login'),
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}

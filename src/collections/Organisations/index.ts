import type { CollectionConfig } from 'payload'

import { isStaff, organisationIdsOf, staffOnly, userOf } from '../../access/roles'
import { isValidBusinessId } from '../../domain/business-id'
import { collectionLabels, groups, l } from '../labels'
import { slugs } from '../slugs'

export const Organisations: CollectionConfig = {
  slug: slugs.organisations,
  labels: collectionLabels(
    ['Organisaatio', 'Organisation', 'Organisation'],
    ['Organisaatiot', 'Organisationer', 'Organisations'],
  ),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'businessId', 'type'], group: groups.people },
  access: {
    create: staffOnly,
    read: ({ req }) => {
      const user = userOf(req)
      if (!user) return false
      if (isStaff(user)) return true
      const ids = organisationIdsOf(user)
      return ids.length > 0 ? { id: { in: ids } } : false
    },
    update: staffOnly,
    delete: staffOnly,
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: l('Nimi', 'Namn', 'Name') },
    {
      name: 'businessId',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: l('Y-tunnus', 'FO-nummer', 'Business ID'),
      admin: { description: l('Muodossa 1234567-8', 'I formen 1234567-8', 'Format 1234567-8') },
      validate: (value: unknown) =>
        typeof value === 'string' && isValidBusinessId(value) ? true : 'Invalid business ID.',
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'company',
      label: l('Tyyppi', 'Typ', 'Type'),
      options: [
        { value: 'company', label: l('Yritys', 'Företag', 'Company') },
        { value: 'association', label: l('Yhdistys', 'Förening', 'Association') },
        { value: 'public-body', label: l('Julkisyhteisö', 'Offentlig sammanslutning', 'Public body') },
      ],
    },
  ],
}

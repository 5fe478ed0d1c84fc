import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from '../../access/roles'
import { collectionLabels, groups, l } from '../labels'
import { slugs } from '../slugs'

/** Authorities' service descriptions and channels, imported from the service catalogue (PTV). */
export const ServiceDescriptions: CollectionConfig = {
  slug: slugs.serviceDescriptions,
  labels: collectionLabels(
    ['Palvelukuvaus', 'Tjänstebeskrivning', 'Service description'],
    ['Palvelukuvaukset', 'Tjänstebeskrivningar', 'Service descriptions'],
  ),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'authority', 'permitType'],
    group: groups.catalogue,
  },
  access: { create: staffOnly, read: anyone, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: l('Otsikko', 'Rubrik', 'Title') },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: l('Tiivistelmä', 'Sammanfattning', 'Summary'),
    },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: l('Kuvaus', 'Beskrivning', 'Description'),
    },
    {
      name: 'authority',
      type: 'relationship',
      relationTo: slugs.authorities,
      label: l('Viranomainen', 'Myndighet', 'Authority'),
    },
    {
      name: 'permitType',
      type: 'relationship',
      relationTo: slugs.permitTypes,
      label: l('Lupatyyppi', 'Tillståndstyp', 'Permit type'),
    },
    { name: 'ptvId', type: 'text', unique: true, index: true, label: l('PTV-tunniste', 'PTV-id', 'PTV id') },
    {
      name: 'channels',
      type: 'array',
      label: l('Asiointikanavat', 'Servicekanaler', 'Service channels'),
      fields: [
        { name: 'name', type: 'text', localized: true, label: l('Nimi', 'Namn', 'Name') },
        { name: 'url', type: 'text', label: 'URL' },
        { name: 'phone', type: 'text', label: l('Puhelin', 'Telefon', 'Phone') },
      ],
    },
  ],
}

import type { CollectionConfig } from 'payload'

import { isStaff, staffOnly, userOf } from '../../access/roles'
import { collectionLabels, groups, l } from '../labels'
import { slugs } from '../slugs'
import { bundleTextFields } from './bundleTextFields'
import { validateBundleRules } from './validateBundleRules'

/** A customer need such as "organise a public event": the analysis and the permits it can lead to. */
export const PermitBundles: CollectionConfig = {
  slug: slugs.permitBundles,
  labels: collectionLabels(
    ['Lupakokonaisuus', 'Tillståndshelhet', 'Permit bundle'],
    ['Lupakokonaisuudet', 'Tillståndshelheter', 'Permit bundles'],
  ),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'key', 'isPublished'], group: groups.catalogue },
  access: {
    create: staffOnly,
    read: ({ req }) => (isStaff(userOf(req)) ? true : { isPublished: { equals: true } }),
    update: staffOnly,
    delete: staffOnly,
  },
  hooks: { beforeChange: [validateBundleRules] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, localized: true, label: l('Nimi', 'Namn', 'Name') },
        {
          name: 'key',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: l('Tunniste', 'Identifierare', 'Key'),
        },
      ],
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: l('Kuvaus', 'Beskrivning', 'Description'),
    },
    {
      name: 'isPublished',
      type: 'checkbox',
      defaultValue: false,
      label: l('Julkaistu', 'Publicerad', 'Published'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'analysisElements',
      type: 'relationship',
      relationTo: slugs.dataElements,
      hasMany: true,
      label: l('Lupatarpeen kysymykset', 'Frågor i tillståndsanalysen', 'Permit analysis questions'),
    },
    {
      name: 'steps',
      type: 'array',
      label: l('Hakemuksen vaiheet', 'Ansökans steg', 'Application steps'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', required: true, label: l('Tunniste', 'Identifierare', 'Key') },
            {
              name: 'title',
              type: 'text',
              required: true,
              localized: true,
              label: l('Otsikko', 'Rubrik', 'Title'),
            },
          ],
        },
      ],
    },
    {
      name: 'permits',
      type: 'array',
      label: l('Luvat ja ilmoitukset', 'Tillstånd och anmälningar', 'Permits and notifications'),
      fields: [
        {
          name: 'permitType',
          type: 'relationship',
          relationTo: slugs.permitTypes,
          required: true,
          label: l('Lupatyyppi', 'Tillståndstyp', 'Permit type'),
        },
        {
          name: 'rules',
          type: 'array',
          label: l('Säännöt', 'Regler', 'Rules'),
          admin: {
            description: l(
              'Lupa tarvitaan, kun jokin sääntö täyttyy. Ehto on JSON Logic -lauseke vastauksista.',
              'Tillståndet behövs när någon regel uppfylls. Villkoret är ett JSON Logic-uttryck.',
              'The permit is needed when any rule fires. The condition is JSON Logic over the answers.',
            ),
          },
          fields: [
            {
              name: 'ruleId',
              type: 'text',
              required: true,
              label: l('Tunniste', 'Identifierare', 'Rule id'),
            },
            { name: 'when', type: 'json', required: true, label: l('Ehto', 'Villkor', 'Condition') },
            {
              name: 'reason',
              type: 'text',
              required: true,
              localized: true,
              label: l('Perustelu', 'Motivering', 'Reason'),
            },
          ],
        },
        {
          name: 'notNeededReason',
          type: 'text',
          localized: true,
          label: l('Kun ei tarvita', 'När det inte behövs', 'When not needed'),
        },
      ],
    },
    ...bundleTextFields,
  ],
}

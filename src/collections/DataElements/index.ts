import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from '../../access/roles'
import { dataElementTypes } from '../../domain/types'
import { collectionLabels, groups, l } from '../labels'
import { slugs } from '../slugs'

/** The once-only catalogue: every datum any form asks, defined once. */
export const DataElements: CollectionConfig = {
  slug: slugs.dataElements,
  labels: collectionLabels(
    ['Tietokenttä', 'Datafält', 'Data element'],
    ['Tietokentät', 'Datafält', 'Data elements'],
  ),
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'label', 'type', 'step'],
    group: groups.catalogue,
    description: l(
      'Jokainen lomakkeen kysymys on tietokenttä. Sama tieto kysytään asiakkaalta vain kerran.',
      'Varje fråga i en blankett är ett datafält. Samma uppgift frågas bara en gång.',
      'Every question is a data element. The customer is asked each datum only once.',
    ),
  },
  access: { create: staffOnly, read: anyone, update: staffOnly, delete: staffOnly },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'key',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: l('Tunniste', 'Identifierare', 'Key'),
          validate: (value: unknown) =>
            typeof value === 'string' && /^[a-z][a-zA-Z0-9]*$/.test(value)
              ? true
              : 'Use camelCase letters and digits, e.g. eventName.',
        },
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'text',
          label: l('Tyyppi', 'Typ', 'Type'),
          options: dataElementTypes.map((value) => ({ value, label: value })),
        },
      ],
    },
    { name: 'label', type: 'text', required: true, localized: true, label: l('Kysymys', 'Fråga', 'Label') },
    { name: 'help', type: 'textarea', localized: true, label: l('Ohje', 'Hjälptext', 'Help text') },
    {
      type: 'row',
      fields: [
        {
          name: 'step',
          type: 'text',
          required: true,
          label: l('Vaihe', 'Steg', 'Step'),
          admin: {
            description: l(
              'Lomakkeen vaihe, esim. organiser',
              'Blankettens steg',
              'Form step, e.g. organiser',
            ),
          },
        },
        { name: 'order', type: 'number', defaultValue: 0, label: l('Järjestys', 'Ordning', 'Order') },
      ],
    },
    {
      name: 'options',
      type: 'array',
      label: l('Vaihtoehdot', 'Alternativ', 'Options'),
      admin: { condition: (data) => data?.type === 'select' || data?.type === 'multiSelect' },
      fields: [
        { name: 'value', type: 'text', required: true, label: l('Arvo', 'Värde', 'Value') },
        { name: 'label', type: 'text', required: true, localized: true, label: l('Teksti', 'Text', 'Label') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'min', type: 'number', label: l('Vähintään', 'Minst', 'Minimum') },
        { name: 'max', type: 'number', label: l('Enintään', 'Högst', 'Maximum') },
        { name: 'maxLength', type: 'number', label: l('Enimmäispituus', 'Maxlängd', 'Maximum length') },
      ],
    },
  ],
}

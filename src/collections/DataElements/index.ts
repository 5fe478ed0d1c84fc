import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from '../../access/roles'
import { deriveKey } from '../../catalogue/deriveKey'
import { uniqueKey } from '../../catalogue/uniqueKey'
import { collectionLabels, groups, l } from '../labels'
import { dataElementTypeOptions } from '../optionLabels'
import { slugs } from '../slugs'
import { refuseDeletingUsed } from './refuseDeletingUsed'
import { validateStep } from './validateStep'

/** The once-only catalogue: every datum any form asks, defined once. */
export const DataElements: CollectionConfig = {
  slug: slugs.dataElements,
  // CMS content: kept by each process until it changes (src/catalogue/contentCache.ts).
  custom: { isContent: true },
  labels: collectionLabels(
    ['Tietokenttä', 'Datafält', 'Data element'],
    ['Tietokentät', 'Datafält', 'Data elements'],
  ),
  admin: {
    // Pickers name an element by its question (in the content language, Finnish as fallback).
    useAsTitle: 'label',
    listSearchableFields: ['label', 'key'],
    defaultColumns: ['label', 'key', 'type', 'step'],
    group: groups.catalogue,
    description: l(
      'Jokainen lomakkeen kysymys on tietokenttä. Sama tieto kysytään asiakkaalta vain kerran.',
      'Varje fråga i en blankett är ett datafält. Samma uppgift frågas bara en gång.',
      'Every question is a data element. The customer is asked each datum only once.',
    ),
  },
  access: { create: staffOnly, read: anyone, update: staffOnly, delete: staffOnly },
  hooks: {
    beforeValidate: [
      deriveKey({ collection: slugs.dataElements, from: 'label', style: 'camel', fallback: 'element' }),
    ],
    beforeDelete: [refuseDeletingUsed],
  },
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
          // JSON Logic reads an answer by its key: no dots, no spaces.
          validate: uniqueKey({
            collection: slugs.dataElements,
            format: { pattern: /^[a-z][a-zA-Z0-9]*$/, code: 'invalid-element-key' },
            derived: true,
          }),
          admin: {
            description: l(
              'Pysyvä tunniste, esim. expectedAttendees. Jos jätät sen tyhjäksi, se muodostetaan kysymyksestä tallennettaessa.',
              'Permanent identifierare, t.ex. expectedAttendees. Lämnas den tom bildas den av frågan när posten sparas.',
              'Stable key, e.g. expectedAttendees. Left empty, it is made of the label when saved.',
            ),
          },
        },
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'text',
          label: l('Tyyppi', 'Typ', 'Type'),
          options: dataElementTypeOptions,
        },
      ],
    },
    { name: 'label', type: 'text', required: true, localized: true, label: l('Kysymys', 'Fråga', 'Label') },
    { name: 'help', type: 'textarea', localized: true, label: l('Ohje', 'Hjälptext', 'Help text') },
    {
      type: 'row',
      fields: [
        {
          // The step's key, chosen from the steps of the bundles that use the element.
          name: 'step',
          type: 'text',
          label: l('Vaihe', 'Steg', 'Step'),
          validate: validateStep,
          admin: {
            components: { Field: '/components/Catalogue/StepSelect#StepSelect' },
            description: l(
              'Hakemuksen vaihe, jolla tieto kysytään: valitaan tietoa käyttävien lupakokonaisuuksien vaiheista.',
              'Steget i ansökan där uppgiften frågas: väljs bland stegen i de tillståndshelheter som använder den.',
              'The application step that asks this datum: chosen from the steps of the bundles that use it.',
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

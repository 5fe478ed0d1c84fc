import type { CollectionConfig } from 'payload'

import { isStaff, staffOnly, userOf } from '../../access/roles'
import { deriveBundleRowKeys, deriveKey } from '../../catalogue/deriveKey'
import { derivedRowKey, uniqueKey } from '../../catalogue/uniqueKey'
import { collectionLabels, groups, l } from '../labels'
import { slugs } from '../slugs'
import { bundleTextFields } from './bundleTextFields'
import { previewEndpoint } from './previewEndpoint'
import { refuseBundleProblems } from './refuseBundleProblems'

/** A customer need such as "organise a public event": the analysis and the permits it can lead to. */
export const PermitBundles: CollectionConfig = {
  slug: slugs.permitBundles,
  // CMS content: kept by each process until it changes (src/catalogue/contentCache.ts).
  custom: { isContent: true },
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
  hooks: {
    beforeValidate: [
      deriveKey({ collection: slugs.permitBundles, from: 'name', style: 'kebab', fallback: 'bundle' }),
      deriveBundleRowKeys,
    ],
    beforeChange: [refuseBundleProblems],
  },
  endpoints: [previewEndpoint],
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
          validate: uniqueKey({ collection: slugs.permitBundles, derived: true }),
          admin: {
            description: l(
              'Pysyvä tunniste, esim. public-event (portaalin osoitteessa). Jos jätät sen tyhjäksi, se muodostetaan nimestä tallennettaessa.',
              'Permanent identifierare, t.ex. public-event (i portalens adress). Lämnas den tom bildas den av namnet när posten sparas.',
              'Stable key, e.g. public-event (in the portal address). Left empty, it is made of the name when saved.',
            ),
          },
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
            {
              name: 'key',
              type: 'text',
              required: true,
              label: l('Tunniste', 'Identifierare', 'Key'),
              validate: derivedRowKey,
              admin: {
                description: l(
                  'Jos jätät tyhjäksi, muodostetaan otsikosta.',
                  'Lämnas den tom bildas den av rubriken.',
                  'Left empty, it is made of the title.',
                ),
              },
            },
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
              'Lupa tarvitaan, kun jokin sääntö täyttyy. Ehto koskee lupatarpeen kysymysten vastauksia; se tallennetaan JSON Logic -lausekkeena.',
              'Tillståndet behövs när någon regel uppfylls. Villkoret gäller svaren på tillståndsanalysens frågor och sparas som JSON Logic.',
              'The permit is needed when any rule fires. The condition is about the answers to the permit analysis questions; it is stored as JSON Logic.',
            ),
          },
          fields: [
            {
              name: 'ruleId',
              type: 'text',
              required: true,
              label: l('Tunniste', 'Identifierare', 'Rule id'),
              validate: derivedRowKey,
              admin: {
                description: l(
                  'Jos jätät tyhjäksi, muodostetaan perustelusta.',
                  'Lämnas den tom bildas den av motiveringen.',
                  'Left empty, it is made of the reason.',
                ),
              },
            },
            {
              name: 'when',
              type: 'json',
              required: true,
              label: l('Ehto', 'Villkor', 'Condition'),
              admin: { components: { Field: '/components/RuleBuilder#RuleBuilder' } },
            },
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
          admin: {
            description: l(
              'Näytetään asiakkaalle perusteluna, kun mikään tämän luvan säännöistä ei täyty.',
              'Visas för kunden som motivering när ingen av reglerna för detta tillstånd uppfylls.',
              'Shown to the customer as the reason when none of this permit’s rules fires.',
            ),
          },
        },
      ],
    },
    {
      // Beside the permits: try the rules as edited, see the publishing checks.
      name: 'preview',
      type: 'ui',
      admin: { components: { Field: '/components/BundlePreview#BundlePreview' } },
    },
    ...bundleTextFields,
  ],
}

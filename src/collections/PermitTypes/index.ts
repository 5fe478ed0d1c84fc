import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from '../../access/roles'
import { collectionLabels, groups, l } from '../labels'
import { slugs } from '../slugs'

/** A permit or notification, with the data it needs and where its cases go. */
export const PermitTypes: CollectionConfig = {
  slug: slugs.permitTypes,
  labels: collectionLabels(
    ['Lupatyyppi', 'Tillståndstyp', 'Permit type'],
    ['Lupatyypit', 'Tillståndstyper', 'Permit types'],
  ),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'key', 'authorityKind', 'leadTime'],
    group: groups.catalogue,
  },
  access: { create: staffOnly, read: anyone, update: staffOnly, delete: staffOnly },
  fields: [
    {
      name: 'connectionMode',
      type: 'select',
      defaultValue: 'authority',
      label: l('Liitäntätapa', 'Anslutningssätt', 'Connection mode'),
      options: [
        {
          value: 'authority',
          label: l(
            'Viranomaisen liitäntätapa',
            'Myndighetens anslutningssätt',
            "The authority's connection mode",
          ),
        },
      ],
      admin: {
        position: 'sidebar',
        description: l(
          'Tämän luvan asiat voidaan toimittaa eri tavalla kuin viranomaisen muut asiat.',
          'Ärenden om detta tillstånd kan levereras annorlunda än myndighetens övriga ärenden.',
          "Cases of this permit may be delivered differently from the authority's other cases.",
        ),
      },
    },
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
      type: 'tabs',
      tabs: [
        {
          label: l('Reititys', 'Routning', 'Routing'),
          fields: [
            {
              name: 'routingKind',
              type: 'radio',
              required: true,
              defaultValue: 'by-municipality',
              label: l('Toimivaltainen viranomainen', 'Behörig myndighet', 'Competent authority'),
              options: [
                { value: 'by-municipality', label: l('Kunnan mukaan', 'Enligt kommun', 'By municipality') },
                {
                  value: 'fixed',
                  label: l('Aina sama viranomainen', 'Alltid samma myndighet', 'Always the same authority'),
                },
              ],
            },
            {
              name: 'authority',
              type: 'relationship',
              relationTo: slugs.authorities,
              label: l('Viranomainen', 'Myndighet', 'Authority'),
              admin: { condition: (_, sibling) => sibling?.routingKind === 'fixed' },
              validate: (value: unknown, { siblingData }: { siblingData: { routingKind?: string } }) =>
                siblingData.routingKind === 'fixed' && !value ? 'Choose the authority.' : true,
            },
            {
              type: 'row',
              admin: { condition: (_, sibling) => sibling?.routingKind === 'by-municipality' },
              fields: [
                {
                  name: 'authorityKind',
                  type: 'text',
                  label: l('Viranomaistyyppi', 'Myndighetstyp', 'Authority kind'),
                  validate: (value: unknown, { siblingData }: { siblingData: { routingKind?: string } }) =>
                    siblingData.routingKind === 'by-municipality' && !value
                      ? 'Give the authority kind.'
                      : true,
                },
                {
                  name: 'municipalityElement',
                  type: 'text',
                  defaultValue: 'municipality',
                  label: l('Kunnan tietokenttä', 'Datafält för kommun', 'Municipality data element'),
                },
              ],
            },
          ],
        },
        {
          label: l('Tiedot', 'Uppgifter', 'Data'),
          fields: [
            {
              name: 'elements',
              type: 'array',
              label: l('Tarvittavat tiedot', 'Uppgifter som behövs', 'Data needed'),
              admin: {
                description: l(
                  'Viranomaiselle lähetetään vain nämä tiedot.',
                  'Endast dessa uppgifter skickas till myndigheten.',
                  'Only these data are sent to the authority.',
                ),
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'element',
                      type: 'relationship',
                      relationTo: slugs.dataElements,
                      required: true,
                      label: l('Tietokenttä', 'Datafält', 'Data element'),
                    },
                    {
                      name: 'isRequired',
                      type: 'checkbox',
                      defaultValue: true,
                      label: l('Pakollinen', 'Obligatorisk', 'Required'),
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: l('Ajat ja ohjeet', 'Tider och anvisningar', 'Times and guidance'),
          fields: [
            {
              name: 'leadTime',
              type: 'group',
              label: l(
                'Jättöaika ennen tapahtumaa',
                'Inlämningstid före evenemanget',
                'Lead time before the event',
              ),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'amount',
                      type: 'number',
                      required: true,
                      min: 0,
                      defaultValue: 14,
                      label: l('Määrä', 'Antal', 'Amount'),
                    },
                    {
                      name: 'unit',
                      type: 'select',
                      required: true,
                      defaultValue: 'calendar-days',
                      label: l('Yksikkö', 'Enhet', 'Unit'),
                      options: [
                        {
                          value: 'calendar-days',
                          label: l('kalenteripäivää', 'kalenderdagar', 'calendar days'),
                        },
                        { value: 'service-days', label: l('arkipäivää', 'vardagar', 'working days') },
                      ],
                    },
                  ],
                },
              ],
            },
            {
              name: 'processingDays',
              type: 'number',
              min: 0,
              label: l(
                'Tyypillinen käsittelyaika (päivää)',
                'Typisk handläggningstid (dagar)',
                'Typical processing time (days)',
              ),
            },
            {
              name: 'guidance',
              type: 'richText',
              localized: true,
              label: l('Ohjeet', 'Anvisningar', 'Guidance'),
            },
            { name: 'legalBasis', type: 'text', label: l('Säädösperusta', 'Rättslig grund', 'Legal basis') },
            {
              name: 'ptvServiceId',
              type: 'text',
              index: true,
              label: l('PTV-palvelun tunniste', 'PTV-tjänstens id', 'PTV service id'),
            },
          ],
        },
      ],
    },
  ],
}

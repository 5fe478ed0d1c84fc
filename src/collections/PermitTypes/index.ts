import type { CollectionConfig, PayloadRequest, RelationshipFieldSingleValidation } from 'payload'
import { relationship } from 'payload/shared'

import { anyone, staffOnly } from '../../access/roles'
import { requestLocaleOf } from '../../catalogue/requestLocaleOf'
import { deriveKey } from '../../catalogue/deriveKey'
import { uniqueKey } from '../../catalogue/uniqueKey'
import { message } from '../../domain/messages'
import type { MessageCode } from '../../domain/messages'
import { collectionLabels, groups, l } from '../labels'
import { appealKindOptions, permitTypeKindOptions } from '../optionLabels'
import { slugs } from '../slugs'
import { coverageEndpoint } from './coverageEndpoint'

type RoutingKind = 'fixed' | 'by-municipality'

/**
 * A relationship the routing of `kind` needs: refused empty, in the admin's language, when
 * `routingKind` is `kind`; otherwise checked as Payload checks any relationship.
 */
const requiredFor =
  (kind: RoutingKind, code: MessageCode): RelationshipFieldSingleValidation =>
  (value, options) =>
    (options.siblingData as { routingKind?: string }).routingKind === kind && !value
      ? message(code, requestLocaleOf(options.req))
      : relationship(value, options)

/** A permit or notification, with the data it needs and where its cases go. */
export const PermitTypes: CollectionConfig = {
  slug: slugs.permitTypes,
  // CMS content: kept by each process until it changes (src/catalogue/contentCache.ts).
  custom: { isContent: true },
  labels: collectionLabels(
    ['Lupatyyppi', 'Tillståndstyp', 'Permit type'],
    ['Lupatyypit', 'Tillståndstyper', 'Permit types'],
  ),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'key', 'authorityKind', 'leadTime'],
    group: groups.catalogue,
    // Which authority gets the cases of each published permit type, municipality by municipality.
    components: { beforeList: ['/components/Catalogue/Coverage#CoverageList'] },
  },
  access: { create: staffOnly, read: anyone, update: staffOnly, delete: staffOnly },
  hooks: {
    beforeValidate: [
      deriveKey({ collection: slugs.permitTypes, from: 'name', style: 'kebab', fallback: 'permit' }),
    ],
  },
  endpoints: [coverageEndpoint],
  fields: [
    {
      // Not required: a permit type stored before kinds existed, or without one, is a permit.
      name: 'kind',
      type: 'select',
      defaultValue: 'permit',
      options: permitTypeKindOptions,
      label: l('Laji', 'Typ', 'Kind'),
      admin: {
        position: 'sidebar',
        description: l(
          'Lupa myönnetään tai hylätään; ilmoitus käsitellään tai toiminta kielletään. Laji ratkaisee, mitkä päätöksen ratkaisut ovat mahdollisia.',
          'Ett tillstånd beviljas eller avslås; en anmälan behandlas eller verksamheten förbjuds. Typen avgör vilka avgöranden ett beslut kan ha.',
          'A permit is granted or denied; a notification is acknowledged or the activity prohibited. The kind decides which outcomes a decision may have.',
        ),
      },
    },
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
          validate: uniqueKey({ collection: slugs.permitTypes, derived: true }),
          admin: {
            description: l(
              'Pysyvä tunniste, esim. police-public-event-notification. Jos jätät sen tyhjäksi, se muodostetaan nimestä tallennettaessa.',
              'Permanent identifierare, t.ex. police-public-event-notification. Lämnas den tom bildas den av namnet när posten sparas.',
              'Stable key, e.g. police-public-event-notification. Left empty, it is made of the name when saved.',
            ),
          },
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
              validate: requiredFor('fixed', 'choose-authority'),
            },
            {
              type: 'row',
              admin: { condition: (_, sibling) => sibling?.routingKind === 'by-municipality' },
              fields: [
                {
                  name: 'authorityKind',
                  type: 'relationship',
                  relationTo: slugs.authorityKinds,
                  label: l('Viranomaistyyppi', 'Myndighetstyp', 'Authority kind'),
                  validate: requiredFor('by-municipality', 'choose-authority-kind'),
                },
                {
                  name: 'municipalityElement',
                  type: 'relationship',
                  relationTo: slugs.dataElements,
                  label: l('Kunnan tietokenttä', 'Datafält för kommun', 'Municipality data element'),
                  // The catalogue's usual municipality question, when there is one.
                  defaultValue: async ({ req }: { req: PayloadRequest }) =>
                    (
                      await req.payload.find({
                        collection: slugs.dataElements,
                        where: { key: { equals: 'municipality' } },
                        limit: 1,
                        depth: 0,
                        overrideAccess: true,
                        req,
                      })
                    ).docs[0]?.id,
                  validate: requiredFor('by-municipality', 'choose-municipality-element'),
                  admin: {
                    description: l(
                      'Kysymys, jonka vastaus on kuntanumero. Sen vaihtoehdot ovat kattavuuden kunnat.',
                      'Frågan vars svar är kommunnumret. Dess alternativ är kommunerna i täckningen.',
                      'The question whose answer is the municipality code. Its options are the municipalities of the coverage.',
                    ),
                  },
                },
              ],
            },
            {
              name: 'coverage',
              type: 'ui',
              admin: { components: { Field: '/components/Catalogue/Coverage#PermitTypeCoverage' } },
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
                'Tyypillinen käsittelyaika (arkipäivää)',
                'Typisk handläggningstid (vardagar)',
                'Typical processing time (working days)',
              ),
              admin: {
                description: l(
                  'Arvioitu päätöspäivä lasketaan palvelukalenterin arkipäivinä; täydennystä odottavia päiviä ei lasketa.',
                  'Det beräknade beslutsdatumet räknas i servicekalenderns vardagar; dagar då en komplettering väntas räknas inte.',
                  'The expected decision date counts the working days of the service calendar; days spent waiting for a supplement do not count.',
                ),
              },
            },
            {
              name: 'guidance',
              type: 'richText',
              localized: true,
              label: l('Ohjeet', 'Anvisningar', 'Guidance'),
            },
            {
              name: 'appealInstructions',
              type: 'group',
              label: l('Muutoksenhakuohje', 'Anvisning om ändringssökande', 'Appeal instructions'),
              admin: {
                description: l(
                  'Liitetään jokaiseen tämän lupatyypin päätökseen sellaisena kuin se on päätöstä kirjattaessa. Asiakas näkee sen omalla kielellään (suomeksi, jos käännös puuttuu).',
                  'Fogas till varje beslut av denna tillståndstyp sådan den är när beslutet registreras. Kunden ser den på sitt eget språk (på finska om översättning saknas).',
                  'Attached to every decision of this permit type as it stands when the decision is recorded. The customer reads it in their language (Finnish when a translation is missing).',
                ),
              },
              fields: [
                {
                  name: 'kind',
                  type: 'select',
                  defaultValue: 'appeal',
                  options: appealKindOptions,
                  label: l('Ohjeen laji', 'Typ av anvisning', 'Kind of instructions'),
                },
                {
                  name: 'text',
                  type: 'textarea',
                  localized: true,
                  maxLength: 10000,
                  label: l('Ohje', 'Anvisning', 'Instructions'),
                },
              ],
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

import type { CollectionConfig, PayloadRequest } from 'payload'

import { anyone, staffField, staffOnly } from '../../access/roles'
import { requestLocaleOf } from '../../catalogue/requestLocaleOf'
import { deriveKey } from '../../catalogue/deriveKey'
import { uniqueKey } from '../../catalogue/uniqueKey'
import { isValidBusinessId } from '../../domain/business-id'
import { message } from '../../domain/messages'
import { collectionLabels, groups, l } from '../labels'
import { slugs } from '../slugs'

/**
 * Competent authorities. Names, areas and the contact details for customers are public (the
 * permit analysis shows them); the notice address, connection settings and the permit types
 * joined are for staff only. Routing
 * sends a case to an authority that has joined its permit type and serves the municipality.
 */
export const Authorities: CollectionConfig = {
  slug: slugs.authorities,
  // CMS content: kept by each process until it changes (src/catalogue/contentCache.ts).
  custom: { isContent: true },
  labels: collectionLabels(
    ['Viranomainen', 'Myndighet', 'Authority'],
    ['Viranomaiset', 'Myndigheter', 'Authorities'],
  ),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'municipalities', 'connectionMode'],
    group: groups.catalogue,
  },
  access: { create: staffOnly, read: anyone, update: staffOnly, delete: staffOnly },
  hooks: {
    beforeValidate: [
      deriveKey({ collection: slugs.authorities, from: 'name', style: 'kebab', fallback: 'authority' }),
    ],
  },
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
          validate: uniqueKey({ collection: slugs.authorities, derived: true }),
          admin: {
            description: l(
              'Pysyvä tunniste, esim. police-helsinki. Jos jätät sen tyhjäksi, se muodostetaan nimestä tallennettaessa.',
              'Permanent identifierare, t.ex. police-helsinki. Lämnas den tom bildas den av namnet när posten sparas.',
              'Stable key, e.g. police-helsinki. Left empty, it is made of the name when saved.',
            ),
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'relationship',
          relationTo: slugs.authorityKinds,
          required: true,
          label: l('Viranomaistyyppi', 'Myndighetstyp', 'Authority kind'),
          admin: {
            description: l(
              'Reititys valitsee tämän tyypin viranomaisen kunnan perusteella.',
              'Routningen väljer en myndighet av denna typ enligt kommun.',
              'Routing picks the authority of this kind by municipality.',
            ),
          },
        },
        {
          name: 'businessId',
          type: 'text',
          label: l('Y-tunnus', 'FO-nummer', 'Business ID'),
          validate: (value: unknown, { req }: { req: PayloadRequest }) =>
            !value || (typeof value === 'string' && isValidBusinessId(value))
              ? true
              : message('invalid-business-id', requestLocaleOf(req)),
        },
        { name: 'ptvId', type: 'text', index: true, label: l('PTV-tunniste', 'PTV-id', 'PTV id') },
      ],
    },
    {
      name: 'municipalities',
      type: 'text',
      hasMany: true,
      label: l('Toimialueen kunnat', 'Kommuner i verksamhetsområdet', 'Municipalities served'),
      admin: {
        description: l(
          'Tilastokeskuksen kuntanumerot, esim. 091 (Helsinki).',
          'Statistikcentralens kommunnummer, t.ex. 091 (Helsingfors).',
          'Statistics Finland municipality codes, e.g. 091 (Helsinki).',
        ),
      },
    },
    {
      // Public: the customer sees it with the permit in the analysis, with each case, and in
      // every warning that asks them to contact the authority.
      name: 'contact',
      type: 'group',
      label: l('Yhteystiedot asiakkaille', 'Kontaktuppgifter för kunder', 'Contact details for customers'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', maxLength: 40, label: l('Puhelin', 'Telefon', 'Phone') },
            { name: 'email', type: 'email', label: l('Sähköposti', 'E-post', 'Email') },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'website',
              type: 'text',
              localized: true,
              label: l('Verkkosivu', 'Webbsida', 'Website'),
              validate: (value: unknown, { req }: { req: PayloadRequest }) =>
                !value || (typeof value === 'string' && /^https:\/\/\S+$/.test(value))
                  ? true
                  : message('invalid-https-url', requestLocaleOf(req)),
            },
            {
              name: 'hours',
              type: 'text',
              localized: true,
              maxLength: 200,
              label: l('Palveluajat', 'Öppettider', 'Service hours'),
              admin: { placeholder: 'ma–pe 9–15' },
            },
          ],
        },
      ],
    },
    {
      name: 'noticeEmail',
      type: 'email',
      label: l('Ilmoitusten sähköposti', 'E-post för meddelanden', 'Notice email'),
      access: { read: staffField },
    },
    {
      name: 'connectionMode',
      type: 'select',
      defaultValue: 'none',
      label: l('Liitäntätapa', 'Anslutningssätt', 'Connection mode'),
      // Each connection mode plugin appends its option (connectionModePlugin).
      options: [{ value: 'none', label: l('Ei määritetty', 'Inte inställt', 'Not configured') }],
      // The options are whatever modes are registered: code reads any mode's slug.
      typescriptSchema: [
        ({ jsonSchema }) => ({ description: jsonSchema.description, type: ['string', 'null'] }),
      ],
      access: { read: staffField },
      admin: {
        position: 'sidebar',
        description: l(
          'Miten hakemukset toimitetaan viranomaiselle.',
          'Hur ansökningar levereras till myndigheten.',
          'How applications are delivered to this authority.',
        ),
      },
    },
    {
      name: 'testConnection',
      type: 'ui',
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.connectionMode) && data?.connectionMode !== 'none',
        components: { Field: '/components/TestConnection#TestConnection' },
      },
    },
    {
      name: 'joinedPermitTypes',
      type: 'relationship',
      relationTo: slugs.permitTypes,
      hasMany: true,
      label: l('Liittyneet lupatyypit', 'Anslutna tillståndstyper', 'Permit types joined'),
      access: { read: staffField },
      admin: {
        position: 'sidebar',
        description: l(
          'Viranomainen saa vain niiden lupatyyppien asioita, joihin se on liittynyt. Liittymis- ja poistopyyntöjen hyväksynnät ylläpitävät tätä.',
          'Myndigheten får bara ärenden om de tillståndstyper den har anslutit sig till. Uppdateras när anslutnings- och borttagningsbegäranden godkänns.',
          'The authority receives cases only of the permit types it has joined. Kept up by approved joining and removal requests.',
        ),
      },
    },
    {
      name: 'isActive',
      type: 'checkbox',
      defaultValue: true,
      label: l('Mukana palvelussa', 'Ansluten till tjänsten', 'Connected to the service'),
      admin: { position: 'sidebar' },
    },
  ],
}

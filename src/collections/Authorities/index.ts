import type { CollectionConfig } from 'payload'

import { anyone, staffField, staffOnly } from '../../access/roles'
import { isValidBusinessId } from '../../domain/business-id'
import { collectionLabels, groups, l } from '../labels'
import { slugs } from '../slugs'

/**
 * Competent authorities. Names and areas are public (the permit analysis shows them);
 * contact and connection settings are for staff only.
 */
export const Authorities: CollectionConfig = {
  slug: slugs.authorities,
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
          admin: {
            description: l(
              'Pysyvä tunniste, esim. poliisi-helsinki',
              'Permanent identifierare',
              'Stable key, e.g. police-helsinki',
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
          type: 'text',
          required: true,
          index: true,
          label: l('Viranomaistyyppi', 'Myndighetstyp', 'Authority kind'),
          admin: {
            description: l(
              'Reititys valitsee tämän tyypin viranomaisen kunnan perusteella (esim. police, rescue).',
              'Routningen väljer en myndighet av denna typ enligt kommun (t.ex. police, rescue).',
              'Routing picks the authority of this kind by municipality (e.g. police, rescue).',
            ),
          },
        },
        {
          name: 'businessId',
          type: 'text',
          label: l('Y-tunnus', 'FO-nummer', 'Business ID'),
          validate: (value: unknown) =>
            !value || (typeof value === 'string' && isValidBusinessId(value)) ? true : 'Invalid business ID.',
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
      name: 'isActive',
      type: 'checkbox',
      defaultValue: true,
      label: l('Mukana palvelussa', 'Ansluten till tjänsten', 'Connected to the service'),
      admin: { position: 'sidebar' },
    },
  ],
}

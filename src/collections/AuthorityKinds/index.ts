import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from '../../access/roles'
import { deriveKey } from '../../catalogue/deriveKey'
import { uniqueKey } from '../../catalogue/uniqueKey'
import { collectionLabels, groups, l } from '../labels'
import { slugs } from '../slugs'
import { refuseDeletingUsed } from './refuseDeletingUsed'

/**
 * The kinds of competent authority (police, rescue department…): authorities have one,
 * and a permit type routed by municipality goes to the authority of its kind.
 */
export const AuthorityKinds: CollectionConfig = {
  slug: slugs.authorityKinds,
  // CMS content: kept by each process until it changes (src/catalogue/contentCache.ts).
  custom: { isContent: true },
  labels: collectionLabels(
    ['Viranomaistyyppi', 'Myndighetstyp', 'Authority kind'],
    ['Viranomaistyypit', 'Myndighetstyper', 'Authority kinds'],
  ),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'key'],
    group: groups.catalogue,
    description: l(
      'Lupatyyppi, joka reititetään kunnan mukaan, menee tämän tyypin viranomaiselle.',
      'En tillståndstyp som routas enligt kommun går till en myndighet av denna typ.',
      'A permit type routed by municipality goes to the authority of this kind.',
    ),
  },
  access: { create: staffOnly, read: anyone, update: staffOnly, delete: staffOnly },
  hooks: {
    beforeValidate: [
      deriveKey({ collection: slugs.authorityKinds, from: 'name', style: 'kebab', fallback: 'kind' }),
    ],
    beforeDelete: [refuseDeletingUsed],
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
          validate: uniqueKey({ collection: slugs.authorityKinds, derived: true }),
          admin: {
            description: l(
              'Pysyvä tunniste, esim. police. Liittymislomake käyttää sitä. Jos jätät sen tyhjäksi, se muodostetaan nimestä tallennettaessa.',
              'Permanent identifierare, t.ex. police. Anslutningsblanketten använder den. Lämnas den tom bildas den av namnet när posten sparas.',
              'Stable key, e.g. police. The joining form uses it. Left empty, it is made of the name when saved.',
            ),
          },
        },
      ],
    },
  ],
}

import type { CollectionConfig, Field, Plugin } from 'payload'

import { l } from '../../src/collections/labels'
import { slugs } from '../../src/collections/slugs'

export { importServiceCatalogue, CatalogueImportError } from './importServiceCatalogue'
export type { CatalogueLinks, ImportEntry, ImportOutcome, ImportReport } from './importServiceCatalogue'
export { parsePtvExport, PtvFormatError } from './ptvFormat'
export { readCatalogueSource, CatalogueSourceError } from './readCatalogueSource'

/** The authority's opt-out from taking its municipalities from the catalogue. */
const authorityFields: Field[] = [
  {
    name: 'isAreaFromCatalogue',
    type: 'checkbox',
    defaultValue: true,
    label: l(
      'Toimialueen kunnat palvelutietovarannosta',
      'Kommuner i verksamhetsområdet från servicedatalagret',
      'Municipalities served from the service catalogue',
    ),
    admin: {
      position: 'sidebar',
      description: l(
        'PTV-tuonti korvaa kuntaluettelon organisaation alueella.',
        'PTV-importen ersätter kommunlistan med organisationens område.',
        "The PTV import replaces the municipality list with the organisation's area.",
      ),
    },
  },
]

/** Where an imported service is offered, as the catalogue says. */
const serviceDescriptionFields: Field[] = [
  {
    name: 'areaType',
    type: 'select',
    label: l('Alue', 'Område', 'Area'),
    options: [
      { value: 'Nationwide', label: l('Koko Suomi', 'Hela Finland', 'Nationwide') },
      {
        value: 'NationwideExceptAlandIslands',
        label: l('Koko Suomi paitsi Ahvenanmaa', 'Hela Finland utom Åland', 'Nationwide except Åland'),
      },
      { value: 'LimitedType', label: l('Rajattu alue', 'Begränsat område', 'Limited area') },
    ],
  },
  {
    name: 'municipalities',
    type: 'text',
    hasMany: true,
    label: l('Kunnat', 'Kommuner', 'Municipalities'),
  },
]

const withFields = (collection: CollectionConfig): CollectionConfig => {
  if (collection.slug === slugs.authorities)
    return { ...collection, fields: [...collection.fields, ...authorityFields] }
  if (collection.slug === slugs.serviceDescriptions) {
    return { ...collection, fields: [...collection.fields, ...serviceDescriptionFields] }
  }
  return collection
}

/**
 * The Finnish Service Catalogue (PTV) import: the fields it writes beside the core's PTV
 * ids. The import itself runs from `npm run import:ptv` through {@link importServiceCatalogue}.
 */
export const serviceCataloguePlugin = (): Plugin => (incoming) => ({
  ...incoming,
  collections: (incoming.collections ?? []).map(withFields),
})

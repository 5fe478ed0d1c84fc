import type { DataFromCollectionSlug } from 'payload'

import type { slugs } from '../collections/slugs'

/** The catalogue collections whose records have a stable `key` and a title to name them by. */
export type CatalogueSlug =
  | typeof slugs.authorities
  | typeof slugs.authorityKinds
  | typeof slugs.dataElements
  | typeof slugs.permitTypes
  | typeof slugs.permitBundles

/** How the admin names a catalogue record (its `useAsTitle`), read in one locale. */
export const titleOf = (doc: DataFromCollectionSlug<CatalogueSlug>): string =>
  ('label' in doc ? doc.label : doc.name) || doc.key

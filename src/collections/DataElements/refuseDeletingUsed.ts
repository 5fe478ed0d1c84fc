import { dataElementUsesOf } from '../../catalogue/dataElementUsesOf'
import { refuseDeletingUsedOf } from '../../catalogue/refuseDeletingUsed'
import { slugs } from '../slugs'

/** Refuses to delete a data element still in use, listing its users. */
export const refuseDeletingUsed = refuseDeletingUsedOf({
  collection: slugs.dataElements,
  nameOf: (element) => element.label || element.key,
  usesOf: ({ req, record, locale }) => dataElementUsesOf({ req, element: record, locale }),
})

import { authorityKindUsesOf } from '../../catalogue/authorityKindUsesOf'
import { refuseDeletingUsedOf } from '../../catalogue/refuseDeletingUsed'
import { slugs } from '../slugs'

/** Refuses to delete an authority kind that authorities have or permit types are routed to. */
export const refuseDeletingUsed = refuseDeletingUsedOf({
  collection: slugs.authorityKinds,
  nameOf: (kind) => kind.name || kind.key,
  usesOf: ({ req, record, locale }) => authorityKindUsesOf({ req, kind: record, locale }),
})

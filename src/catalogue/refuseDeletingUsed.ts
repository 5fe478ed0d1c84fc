import type { CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { message } from '../domain/messages'
import type { Locale } from '../domain/types'
import type { AuthorityKind, DataElement } from '../payload-types'
import type { slugs } from '../collections/slugs'
import { readerOf } from './readerOf'
import { requestLocaleOf } from './requestLocaleOf'

/** The catalogue records whose deletion is checked, with what names one in a message. */
type Checked = {
  [slugs.dataElements]: DataElement
  [slugs.authorityKinds]: AuthorityKind
}

/**
 * A `beforeDelete` hook that refuses (409) to delete a catalogue record still in use,
 * listing its users (`usesOf`, each described in the admin's language); nothing is deleted.
 * The database would refuse some of these deletes too, but without saying where the record
 * is used, and a rule reads a data element only by its key.
 */
export const refuseDeletingUsedOf =
  <S extends keyof Checked>({
    collection,
    nameOf,
    usesOf,
  }: {
    collection: S
    nameOf: (record: Checked[S]) => string
    usesOf: (args: { req: PayloadRequest; record: Checked[S]; locale: Locale }) => Promise<string[]>
  }): CollectionBeforeDeleteHook =>
  async ({ req, id }) => {
    const locale = requestLocaleOf(req)
    const record = await req.payload.findByID({
      collection,
      id,
      depth: 0,
      locale,
      overrideAccess: true,
      req: readerOf(req),
      disableErrors: true,
    })
    if (!record) return
    const uses = await usesOf({ req, record, locale })
    if (uses.length > 0)
      throw new APIError(
        message('in-use-by', locale, { record: nameOf(record), users: uses.join('; ') }),
        409,
        { uses },
        true,
      )
  }

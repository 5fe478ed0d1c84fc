import type { PayloadRequest, Where } from 'payload'

import { message } from '../domain/messages'
import type { MessageCode } from '../domain/messages'
import { readerOf } from './readerOf'
import { requestLocaleOf } from './requestLocaleOf'
import { titleOf } from './titleOf'
import type { CatalogueSlug } from './titleOf'

/**
 * The validator of a catalogue record's `key`: given, of the collection's format, and no
 * other record's. A taken key is refused with the record that has it, in the admin's
 * language, before anything is written (instead of the database's unique-constraint error).
 * With `derived`, an empty key is accepted: the collection's deriveKey hook makes one of the
 * record's name before the record is validated on the server.
 */
/**
 * The validator of a key inside a record (a bundle's step key, a rule id) that the record's
 * hook derives when left empty (see deriveBundleRowKeys): empty or any text. The bundle's
 * checks refuse repeated keys.
 */
export const derivedRowKey = (value: unknown): true | string =>
  value === undefined || value === null || typeof value === 'string' ? true : 'invalid key'

export const uniqueKey =
  ({
    collection,
    format,
    derived = false,
  }: {
    collection: CatalogueSlug
    format?: { pattern: RegExp; code: MessageCode }
    derived?: boolean
  }) =>
  async (
    value: unknown,
    { req, id }: { req: PayloadRequest; id?: number | string },
  ): Promise<string | true> => {
    const locale = requestLocaleOf(req)
    const isEmpty =
      value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
    if (isEmpty && derived) return true
    if (typeof value !== 'string' || value.trim() === '') return message('required', locale)
    if (format && !format.pattern.test(value)) return message(format.code, locale)
    const where: Where =
      id === undefined
        ? { key: { equals: value } }
        : { and: [{ key: { equals: value } }, { id: { not_equals: id } }] }
    const { docs } = await req.payload.find({
      collection,
      where,
      limit: 1,
      depth: 0,
      locale,
      overrideAccess: true,
      req: readerOf(req),
    })
    return docs[0] ? message('key-taken', locale, { key: value, record: titleOf(docs[0]) }) : true
  }

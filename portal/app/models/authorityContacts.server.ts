import type { Payload, Where } from 'payload'

import { slugs } from '../../../src/collections/slugs'
import type { Locale } from '../../../src/domain/types'
import type { Authority } from '../../../src/payload-types'
import { textOf } from './authorityLabels.server'

/** How a customer reaches an authority: what its CMS record gives, in the language. */
export type AuthorityContact = {
  name: string
  phone: string | null
  email: string | null
  website: string | null
  hours: string | null
}

const textOrNull = (value: unknown, locale: Locale) => {
  const text = textOf(value, locale).trim()
  return text ? text : null
}

/** An authority's name and contact details, from its record read with `locale: 'all'` or in one locale. */
export const authorityContactOf = (
  doc: Pick<Authority, 'name' | 'contact'>,
  locale: Locale,
): AuthorityContact => ({
  name: textOf(doc.name, locale),
  phone: doc.contact?.phone?.trim() || null,
  email: doc.contact?.email?.trim() || null,
  website: textOrNull(doc.contact?.website, locale),
  hours: textOrNull(doc.contact?.hours, locale),
})

/** The contact details of authorities by key and by id (as strings): public catalogue data. */
export const authorityContactsOf = async ({
  payload,
  where,
  locale,
}: {
  payload: Payload
  where: Where
  locale: Locale
}): Promise<Map<string, AuthorityContact>> => {
  const { docs } = await payload.find({
    collection: slugs.authorities,
    where,
    overrideAccess: false,
    user: null,
    locale: 'all',
    depth: 0,
    pagination: false,
    select: { key: true, name: true, contact: true },
  })
  const contacts = new Map<string, AuthorityContact>()
  for (const doc of docs) {
    const contact = authorityContactOf(doc, locale)
    contacts.set(doc.key ?? '', contact)
    contacts.set(String(doc.id), contact)
  }
  return contacts
}

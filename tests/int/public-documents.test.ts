import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadPublicDocument, publicDocumentViewOf } from '../../portal/app/models/publicDocuments.server'
import { richTextToBlocks } from '../../portal/app/models/richText.server'
import { publicDocumentKeys } from '../../src/collections/PublicDocuments'
import { slugs } from '../../src/collections/slugs'
import { locales } from '../../src/domain/types'
import { richTextFromMarkup, seedPublicDocuments } from '../../src/seed/publicDocuments'
import type { TestUser } from '../support/factories'
import { createUser } from '../support/factories'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'

let test: TestPayload
let payload: Payload
let owner: TestUser
let producer: TestUser
let customer: TestUser

const collection = slugs.publicDocuments
const as = (user: TestUser | null) => ({ user, overrideAccess: false }) as const

const refusal = async (call: Promise<unknown>) =>
  (await call.then(
    () => null,
    (error: unknown) => error,
  )) as { status?: number } | null

const idOf = async (key: string) =>
  (await payload.find({ collection, where: { key: { equals: key } }, overrideAccess: true, depth: 0 }))
    .docs[0]!.id

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  await seedPublicDocuments({ payload, req: await createLocalReq({}, payload) })
  owner = await createUser(payload, { role: 'owner' })
  producer = await createUser(payload, { role: 'service-producer' })
  customer = await createUser(payload, { role: 'customer' })
})

afterAll(async () => {
  await test?.close()
})

describe('public documents', () => {
  it('should seed the privacy statement, terms and accessibility statement, published, in fi, sv and en', async () => {
    const { docs } = await payload.find({ collection, locale: 'all', ...as(null), depth: 0 })
    expect(docs.map((doc) => doc.key).sort()).toEqual([...publicDocumentKeys].sort())
    for (const doc of docs) {
      const titles = doc.title as unknown as Record<string, string>
      const bodies = doc.body as unknown as Record<string, unknown>
      expect(new Set(locales.map((locale) => titles[locale])).size, doc.key).toBe(3)
      for (const locale of locales) {
        const blocks = richTextToBlocks(bodies[locale])
        expect(
          blocks.filter((block) => block.kind === 'heading').length,
          `${doc.key} ${locale}`,
        ).toBeGreaterThan(2)
        expect(JSON.stringify(blocks)).not.toContain('undefined')
      }
    }
  })

  it('should name the acts and bodies the documents are about, in each language', async () => {
    const textOf = async (key: string, locale: 'fi' | 'sv' | 'en') =>
      JSON.stringify((await loadPublicDocument({ payload, locale, key: key as 'terms' }))?.sections)
    for (const locale of locales) {
      expect(await textOf('terms', locale)).toMatch(/621\/1999[\s\S]*831\/1994/)
      expect(await textOf('accessibility', locale)).toContain('WCAG 2.1')
      expect(await textOf('accessibility', locale)).toContain('/feedback')
      expect(await textOf('privacy', locale)).toContain('Suomi.fi')
    }
    expect(await textOf('accessibility', 'fi')).toContain('Etelä-Suomen aluehallintovirasto')
  })

  it('should let anyone read a published document, and only staff an unpublished one', async () => {
    const id = await idOf('terms')
    await payload.update({ collection, id, data: { isPublished: false }, ...as(owner) })
    try {
      expect(
        (await payload.find({ collection, where: { key: { equals: 'terms' } }, ...as(null) })).docs,
      ).toEqual([])
      expect(
        (await payload.find({ collection, where: { key: { equals: 'terms' } }, ...as(customer) })).docs,
      ).toEqual([])
      expect((await payload.findByID({ collection, id, ...as(producer) })).key).toBe('terms')
      expect(await loadPublicDocument({ payload, locale: 'fi', key: 'terms' })).toBeNull()
    } finally {
      await payload.update({ collection, id, data: { isPublished: true }, ...as(owner) })
    }
    expect((await loadPublicDocument({ payload, locale: 'fi', key: 'terms' }))?.title).toBe('Käyttöehdot')
  })

  it('should refuse a visitor and a customer writing a document', async () => {
    const id = await idOf('privacy')
    for (const user of [null, customer]) {
      expect(
        await refusal(
          payload.update({ collection, id, data: { title: 'Hacked' }, locale: 'fi', ...as(user) }),
        ),
      ).not.toBeNull()
      expect(
        await refusal(
          payload.create({
            collection,
            data: { key: 'terms', title: 'Mine', body: richTextFromMarkup('Text'), updatedOn: '2026-12-07' },
            ...as(user),
          }),
        ),
      ).not.toBeNull()
    }
    expect((await loadPublicDocument({ payload, locale: 'fi', key: 'privacy' }))?.title).toBe(
      'Tietosuojaseloste',
    )
  })

  it('should let the owner edit a document, and keep the edit when the seed runs again', async () => {
    const id = await idOf('accessibility')
    await payload.update({ collection, id, data: { title: 'Saavutettavuus' }, locale: 'fi', ...as(owner) })
    await seedPublicDocuments({ payload, req: await createLocalReq({}, payload) })
    expect((await loadPublicDocument({ payload, locale: 'fi', key: 'accessibility' }))?.title).toBe(
      'Saavutettavuus',
    )
    await payload.update({
      collection,
      id,
      data: { title: 'Saavutettavuusseloste' },
      locale: 'fi',
      ...as(owner),
    })
  })

  it('should refuse a second document of the same kind', async () => {
    const error = await refusal(
      payload.create({
        collection,
        data: {
          key: 'privacy',
          title: 'Toinen',
          body: richTextFromMarkup('Teksti'),
          updatedOn: '2026-12-07',
        },
        ...as(owner),
      }),
    )
    expect(error?.status).toBe(400)
  })

  it('should refuse deleting a document, even to the owner', async () => {
    const id = await idOf('terms')
    expect(await refusal(payload.delete({ collection, id, ...as(owner) }))).not.toBeNull()
    expect(await idOf('terms')).toBe(id)
  })

  it('should show the Finnish text, marked as Finnish, where a translation is missing', () => {
    const view = publicDocumentViewOf({
      doc: {
        title: { fi: 'Käyttöehdot', sv: 'Användarvillkor' },
        body: { fi: richTextFromMarkup('## Mitä Lupa tekee\n\nLupa kokoaa hakemuksen.'), sv: null },
        updatedOn: '2026-12-06T22:30:00.000Z',
      },
      locale: 'sv',
    })
    expect(view.title).toBe('Användarvillkor')
    expect(view.titleLang).toBeUndefined()
    expect(view.bodyLang).toBe('fi')
    expect(view.sections.map((section) => section.heading)).toEqual(['Mitä Lupa tekee'])
    // The day in Finland: 22.30 UTC on the 6th is already the 7th in Helsinki.
    expect(view.updatedOnText).toBe('mån 7 december 2026')
    expect(publicDocumentViewOf({ doc: { title: { fi: 'Ehdot' } }, locale: 'en' }).titleLang).toBe('fi')
  })
})

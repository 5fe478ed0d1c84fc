import type { Payload } from 'payload'
import { data } from 'react-router'

import { cachedContent } from '../../../src/catalogue/contentCache'
import type { PublicDocumentKey } from '../../../src/collections/PublicDocuments'
import { slugs } from '../../../src/collections/slugs'
import { fallbackLangOf } from '../../../src/domain/localize'
import type { Locale } from '../../../src/domain/types'
import { formatDate } from '../i18n/format'
import { getFixedT, getLocale } from '../i18n/i18next.server'
import { localizedTextOf, textOf } from './authorityLabels.server'
import { localizeRichText, richTextFallbackLangOf, type RichBlock, type RichInline } from './richText.server'

/** One part of a document: the sub-heading it starts with (none before the first) and its text. */
export type PublicDocumentSection = { heading: string | null; blocks: RichBlock[] }

/** A published public document as the portal shows it, in the language with Finnish fallback. */
export type PublicDocumentView = {
  title: string
  /** 'fi' when the title is the Finnish one standing in for a missing translation. */
  titleLang?: 'fi'
  /** 'fi' when the text is the Finnish one standing in for a missing translation. */
  bodyLang?: 'fi'
  /** The update date written out in the language. */
  updatedOnText: string | null
  sections: PublicDocumentSection[]
}

const plainTextOf = (inlines: RichInline[]): string =>
  inlines
    .map((inline) =>
      inline.kind === 'text' ? inline.text : inline.kind === 'link' ? plainTextOf(inline.children) : ' ',
    )
    .join('')
    .trim()

/** The blocks cut into sections at each sub-heading, which the page shows one level below its title. */
const sectionsOf = (blocks: RichBlock[]): PublicDocumentSection[] => {
  const sections: PublicDocumentSection[] = []
  for (const block of blocks) {
    if (block.kind === 'heading') sections.push({ heading: plainTextOf(block.children), blocks: [] })
    else {
      if (sections.length === 0) sections.push({ heading: null, blocks: [] })
      sections[sections.length - 1].blocks.push(block)
    }
  }
  return sections
}

/** A stored date as the calendar day in Finland ('YYYY-MM-DD'). */
const finnishDayOf = (value: unknown): string | null => {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return null
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date(value))
}

/**
 * A document read with `locale: 'all'` (texts per locale), as shown in the language: the
 * Finnish title or text, marked `fi`, where the translation is missing or empty.
 */
export const publicDocumentViewOf = ({
  doc,
  locale,
}: {
  doc: { title?: unknown; body?: unknown; updatedOn?: unknown }
  locale: Locale
}): PublicDocumentView => {
  const day = finnishDayOf(doc.updatedOn)
  return {
    title: textOf(doc.title, locale),
    titleLang: fallbackLangOf(localizedTextOf(doc.title), locale),
    bodyLang: richTextFallbackLangOf(doc.body, locale),
    updatedOnText: day ? formatDate({ date: day, locale }) : null,
    sections: sectionsOf(localizeRichText(doc.body, locale)),
  }
}

/**
 * The published document of `key`, as an anonymous visitor may read it (every visitor gets
 * the same), in the language with Finnish fallback; null when there is none published.
 */
export const loadPublicDocument = async ({
  payload,
  locale,
  key,
}: {
  payload: Payload
  locale: Locale
  key: PublicDocumentKey
}): Promise<PublicDocumentView | null> => {
  const doc = await cachedContent(payload, `public-document:${key}`, async () => {
    const { docs } = await payload.find({
      collection: slugs.publicDocuments,
      where: { key: { equals: key } },
      overrideAccess: false,
      user: null,
      locale: 'all',
      depth: 0,
      limit: 1,
      select: { title: true, body: true, updatedOn: true },
    })
    return docs[0] ?? null
  })
  return doc ? publicDocumentViewOf({ doc, locale }) : null
}

/**
 * The loader data of a document's page: its title for the browser tab and the document,
 * or, when none is published, 404 with the document's name for a page that says so.
 */
export const loadPublicDocumentPage = async ({
  request,
  payload,
  key,
}: {
  request: Request
  payload: Payload
  key: PublicDocumentKey
}) => {
  const locale = await getLocale(request)
  const t = await getFixedT(locale)
  const document = await loadPublicDocument({ payload, locale, key })
  const name = t(`publicDocuments.names.${key}`)
  return data(
    { title: t('publicDocuments.metaTitle', { title: document?.title ?? name }), name, document },
    { status: document ? 200 : 404 },
  )
}

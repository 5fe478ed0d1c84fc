import type { Payload, PayloadRequest } from 'payload'

import { slugs } from '../collections/slugs'
import { locales } from '../domain/types'
import { publicDocumentTexts } from './publicDocumentTexts'

const textNode = (text: string) => ({
  type: 'text',
  text,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

const elementBase = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }

/** Text with `[label](address)` links, as Lexical inline nodes. */
const inlineNodes = (text: string) => {
  const nodes: Record<string, unknown>[] = []
  const linkPattern = /\[([^\]]+)\]\(([^)\s]+)\)/g
  let last = 0
  for (const match of text.matchAll(linkPattern)) {
    if (match.index > last) nodes.push(textNode(text.slice(last, match.index)))
    nodes.push({
      ...elementBase,
      type: 'link',
      version: 3,
      fields: { url: match[2], newTab: false, linkType: 'custom' },
      children: [textNode(match[1])],
    })
    last = match.index + match[0].length
  }
  if (last < text.length) nodes.push(textNode(text.slice(last)))
  return nodes
}

/**
 * Lexical rich text from a small markup: blocks separated by blank lines; a block starting
 * with `## ` is a sub-heading, one whose lines start with `- ` a bulleted list, anything
 * else a paragraph; `[label](address)` is a link.
 */
export const richTextFromMarkup = (markup: string) => ({
  root: {
    ...elementBase,
    type: 'root',
    children: markup
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter(Boolean)
      .map((block) => {
        if (block.startsWith('## '))
          return { ...elementBase, type: 'heading', tag: 'h2', children: inlineNodes(block.slice(3).trim()) }
        const lines = block.split('\n').map((line) => line.trim())
        if (lines.every((line) => line.startsWith('- ')))
          return {
            ...elementBase,
            type: 'list',
            listType: 'bullet',
            tag: 'ul',
            start: 1,
            children: lines.map((line, index) => ({
              ...elementBase,
              type: 'listitem',
              value: index + 1,
              children: inlineNodes(line.slice(2)),
            })),
          }
        return {
          ...elementBase,
          type: 'paragraph',
          textFormat: 0,
          textStyle: '',
          children: inlineNodes(lines.join(' ')),
        }
      }),
  },
})

/**
 * Writes the privacy statement, the terms of use and the accessibility statement in
 * Finnish, Swedish and English, published, when the document is not there yet. A document
 * that exists is left alone: the owner may have edited it in the admin.
 */
export const seedPublicDocuments = async ({ payload, req }: { payload: Payload; req: PayloadRequest }) => {
  const system = { collection: slugs.publicDocuments, req, overrideAccess: true, depth: 0 } as const
  for (const [key, texts] of Object.entries(publicDocumentTexts)) {
    const found = await payload.find({ ...system, where: { key: { equals: key } }, limit: 1 })
    if (found.docs[0]) continue
    const { id } = await payload.create({
      ...system,
      locale: 'fi',
      data: {
        key: key as keyof typeof publicDocumentTexts,
        title: texts.title.fi,
        body: richTextFromMarkup(texts.body.fi),
        updatedOn: texts.updatedOn,
        isPublished: true,
      },
    })
    for (const locale of locales.filter((code) => code !== 'fi'))
      await payload.update({
        ...system,
        id,
        locale,
        data: { title: texts.title[locale], body: richTextFromMarkup(texts.body[locale]) },
      })
  }
}

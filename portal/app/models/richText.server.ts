/**
 * Lexical rich text (Payload's `richText` fields) turned into a small, serialisable tree
 * that the portal renders with Suomi.fi components, on the server, without client code and
 * without raw HTML. Unknown nodes keep their text; links keep only safe addresses.
 */

/** Inline content of a block. */
export type RichInline =
  | { kind: 'text'; text: string; isBold: boolean; isItalic: boolean }
  | { kind: 'link'; href: string; children: RichInline[] }
  | { kind: 'break' }

/** A block of rich text. Headings are sub-headings of the section the text is shown in. */
export type RichBlock =
  | { kind: 'paragraph'; children: RichInline[] }
  | { kind: 'heading'; children: RichInline[] }
  | { kind: 'list'; isOrdered: boolean; items: RichInline[][] }

type LexicalNode = {
  type?: unknown
  text?: unknown
  format?: unknown
  tag?: unknown
  listType?: unknown
  url?: unknown
  fields?: { url?: unknown; linkType?: unknown }
  children?: unknown
}

const isBoldFormat = 1
const isItalicFormat = 2

const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children) ? (node.children as LexicalNode[]) : []

/** http(s), mailto and tel addresses and site-relative paths; anything else (javascript:…) is dropped. */
export const safeHref = (value: unknown): string | null => {
  if (typeof value !== 'string') return null
  const href = value.trim()
  if (href.startsWith('/') && !href.startsWith('//')) return href
  return /^(https?:|mailto:|tel:)/i.test(href) ? href : null
}

const inlines = (nodes: LexicalNode[]): RichInline[] =>
  nodes.flatMap((node): RichInline[] => {
    if (node.type === 'text' && typeof node.text === 'string') {
      const format = typeof node.format === 'number' ? node.format : 0
      return [
        {
          kind: 'text',
          text: node.text,
          isBold: (format & isBoldFormat) !== 0,
          isItalic: (format & isItalicFormat) !== 0,
        },
      ]
    }
    if (node.type === 'linebreak') return [{ kind: 'break' }]
    if (node.type === 'link' || node.type === 'autolink') {
      const href = safeHref(node.fields?.url ?? node.url)
      const children = inlines(childrenOf(node))
      return href ? [{ kind: 'link', href, children }] : children
    }
    return inlines(childrenOf(node))
  })

const isBlank = (children: RichInline[]) =>
  children.every((child) => child.kind === 'text' && child.text.trim() === '')

const blocks = (nodes: LexicalNode[]): RichBlock[] =>
  nodes.flatMap((node): RichBlock[] => {
    if (node.type === 'heading') {
      const children = inlines(childrenOf(node))
      return isBlank(children) ? [] : [{ kind: 'heading', children }]
    }
    if (node.type === 'list') {
      const items = childrenOf(node)
        .map((item) => inlines(childrenOf(item)))
        .filter((item) => !isBlank(item))
      return items.length > 0 ? [{ kind: 'list', isOrdered: node.listType === 'number', items }] : []
    }
    const children = inlines(childrenOf(node))
    return isBlank(children) ? [] : [{ kind: 'paragraph', children }]
  })

/** The blocks of a Lexical document (`{ root: { children } }`); empty for anything else. */
export const richTextToBlocks = (value: unknown): RichBlock[] => {
  if (!value || typeof value !== 'object' || !('root' in value)) return []
  return blocks(childrenOf((value as { root: LexicalNode }).root ?? {}))
}

/** The document in the wanted language, or the Finnish one when that is missing or empty. */
/** 'fi' when {@link localizeRichText} gives the Finnish text for a missing translation. */
export const richTextFallbackLangOf = (value: unknown, locale: string): 'fi' | undefined => {
  if (locale === 'fi' || !value || typeof value !== 'object') return undefined
  const byLocale = new Map(Object.entries(value))
  return richTextToBlocks(byLocale.get(locale)).length === 0 &&
    richTextToBlocks(byLocale.get('fi')).length > 0
    ? 'fi'
    : undefined
}

export const localizeRichText = (value: unknown, locale: string): RichBlock[] => {
  if (!value || typeof value !== 'object') return []
  const byLocale = new Map(Object.entries(value))
  const wanted = richTextToBlocks(byLocale.get(locale))
  return wanted.length > 0 ? wanted : richTextToBlocks(byLocale.get('fi'))
}

import { describe, expect, it } from 'vitest'

import { localizeRichText, richTextToBlocks, safeHref } from '../../portal/app/models/richText.server'
import { richTextFromPlain } from '../../src/seed/richText'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format })
const doc = (...children: unknown[]) => ({ root: { type: 'root', children } })

describe('rich text for the portal', () => {
  it('should turn paragraphs into paragraph blocks', () => {
    expect(richTextToBlocks(richTextFromPlain('First.\n\nSecond.'))).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', text: 'First.', isBold: false, isItalic: false }] },
      { kind: 'paragraph', children: [{ kind: 'text', text: 'Second.', isBold: false, isItalic: false }] },
    ])
  })

  it('should keep bold and italic text, headings and lists', () => {
    const blocks = richTextToBlocks(
      doc(
        { type: 'heading', tag: 'h2', children: [text('Before the event')] },
        { type: 'paragraph', children: [text('Note', 1), text(' this', 2)] },
        { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('One')] }] },
      ),
    )
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'list'])
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      children: [
        { kind: 'text', text: 'Note', isBold: true, isItalic: false },
        { kind: 'text', text: ' this', isBold: false, isItalic: true },
      ],
    })
    expect(blocks[2]).toMatchObject({ kind: 'list', isOrdered: true })
  })

  it('should keep links to safe addresses only', () => {
    const blocks = richTextToBlocks(
      doc({
        type: 'paragraph',
        children: [
          { type: 'link', fields: { url: 'https://poliisi.fi/luvat' }, children: [text('police')] },
          { type: 'link', fields: { url: 'javascript:alert(1)' }, children: [text('trap')] },
        ],
      }),
    )
    expect(blocks[0]).toEqual({
      kind: 'paragraph',
      children: [
        {
          kind: 'link',
          href: 'https://poliisi.fi/luvat',
          children: [{ kind: 'text', text: 'police', isBold: false, isItalic: false }],
        },
        { kind: 'text', text: 'trap', isBold: false, isItalic: false },
      ],
    })
  })

  it('should refuse unsafe and protocol-relative addresses', () => {
    expect(safeHref('/analysis/public-event')).toBe('/analysis/public-event')
    expect(safeHref('mailto:tuki@example.fi')).toBe('mailto:tuki@example.fi')
    expect(safeHref('//evil.example')).toBeNull()
    expect(safeHref('data:text/html,x')).toBeNull()
  })

  it('should drop empty paragraphs and give nothing for what is not rich text', () => {
    expect(richTextToBlocks(doc({ type: 'paragraph', children: [text('  ')] }))).toEqual([])
    expect(richTextToBlocks('plain string')).toEqual([])
    expect(richTextToBlocks(null)).toEqual([])
  })

  it('should fall back to Finnish when the language has no text', () => {
    const guidance = { fi: richTextFromPlain('Suomeksi.'), sv: richTextFromPlain(''), en: null }
    expect(localizeRichText(guidance, 'sv')).toEqual(localizeRichText(guidance, 'fi'))
    expect(localizeRichText(guidance, 'en')).toEqual(localizeRichText(guidance, 'fi'))
  })
})

/** Lexical rich text from plain text: one paragraph per blank-line-separated block. */
export const richTextFromPlain = (text: string) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: text
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter(Boolean)
      .map((block) => ({
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', text: block, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
        ],
      })),
  },
})

/**
 * Keys derived from names: a catalogue record (or a bundle's step or rule) left without a key
 * gets one made of its Finnish name, in ASCII (ä → a, ö → o, å → a, other accents dropped),
 * kebab-case (`ravintolan-perustaminen`) or camelCase (`asiakaspaikkojenMaara`, for data
 * elements, whose keys JSON Logic reads), made unique with a number (`-2`, `2`).
 *
 * Pure: the caller says which keys are taken.
 */

export type KeyStyle = 'kebab' | 'camel'

/** Keys made longer than this are cut at a word boundary (the first word is cut itself). */
export const maxDerivedKeyLength = 48

/** How many numbered candidates are tried before giving up on a base. */
export const keyCandidateCount = 100

/** The lowercase ASCII words of a text. */
export const asciiWordsOf = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')

const joinWords = (words: string[], style: KeyStyle): string =>
  style === 'kebab'
    ? words.join('-')
    : words.map((word, index) => (index === 0 ? word : word[0].toUpperCase() + word.slice(1))).join('')

/**
 * The key a name gives, without a number: empty when the name has no letter or digit. A
 * camelCase key never starts with a digit (`fallback`, e.g. `element`, is put in front).
 */
export const keyBaseOf = (
  text: string | null | undefined,
  style: KeyStyle,
  { fallback = 'key', maxLength = maxDerivedKeyLength }: { fallback?: string; maxLength?: number } = {},
): string => {
  const words = asciiWordsOf(text ?? '')
  if (words.length === 0) return ''
  if (style === 'camel' && /^[0-9]/.test(words[0])) words.unshift(...asciiWordsOf(fallback))
  const kept: string[] = []
  for (const word of words) {
    if (joinWords([...kept, word], style).length > maxLength) break
    kept.push(word)
  }
  return kept.length > 0 ? joinWords(kept, style) : joinWords([words[0]], style).slice(0, maxLength)
}

/** The `index`th key tried for a base: `base`, then `base-2`, `base-3`… (camelCase: `base2`…). */
const candidateOf = (base: string, style: KeyStyle, index: number): string =>
  index === 0 ? base : `${base}${style === 'kebab' ? '-' : ''}${index + 1}`

/** The first `count` keys tried in turn for a base. */
export const keyCandidatesOf = (base: string, style: KeyStyle, count = keyCandidateCount): string[] =>
  Array.from({ length: count }, (_, index) => candidateOf(base, style, index))

/**
 * The first candidate of the base that is not taken. Past the numbered candidates the
 * number keeps growing: a key is always given.
 */
export const firstFreeKey = (base: string, style: KeyStyle, taken: Iterable<string>): string => {
  const takenKeys = new Set(taken)
  for (let index = 0; ; index += 1) {
    const candidate = candidateOf(base, style, index)
    if (!takenKeys.has(candidate)) return candidate
  }
}

/** A key given (not empty, not only spaces). */
export const hasKey = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/**
 * The rows with every missing key filled from the row's text, unique among the rows (the
 * given keys stay as they are). Rows without a text of their own get `fallback`.
 */
export const fillRowKeys = <Row extends Record<string, unknown>>({
  rows,
  keyField,
  textOf,
  style,
  fallback,
}: {
  rows: readonly Row[]
  keyField: string
  textOf: (row: Row) => string | null | undefined
  style: KeyStyle
  fallback: string
}): Row[] => {
  const taken = rows.map((row) => row[keyField]).filter(hasKey)
  return rows.map((row) => {
    if (hasKey(row[keyField])) return row
    const base = keyBaseOf(textOf(row), style, { fallback }) || fallback
    const key = firstFreeKey(base, style, taken)
    taken.push(key)
    return { ...row, [keyField]: key }
  })
}

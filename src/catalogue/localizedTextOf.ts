import type { LocalizedText } from '../domain/types'

/**
 * A localised field read with `locale: 'all'`: the generated types say `string` (one
 * locale), the document holds the texts per locale.
 */
export const localizedTextOf = (value: unknown): LocalizedText =>
  value && typeof value === 'object' ? (value as LocalizedText) : { fi: String(value ?? '') }

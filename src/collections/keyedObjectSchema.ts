import type { JSONField } from 'payload'

/**
 * The generated type of a json field that Lupa writes as an object keyed by string (data
 * values keyed by data-element key): `{ [k: string]: unknown } | null` rather than any JSON
 * value, so readers need no cast. It types the field only; Payload does not check it.
 */
export const keyedObjectSchema: NonNullable<JSONField['typescriptSchema']> = [
  () => ({ type: ['object', 'null'], additionalProperties: true }),
]

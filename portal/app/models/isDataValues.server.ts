import type { DataValues } from '../../../src/domain/types'

/**
 * True for parsed JSON that is an object of data values (keyed by data-element key), as a
 * form's hidden field or an address parameter should carry; false for anything else.
 */
export const isDataValues = (value: unknown): value is DataValues =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

import type { PayloadRequest } from 'payload'

/**
 * The request to read the catalogue with in a language of our own choosing. The Local API
 * sets `locale` on the request it is handed, and a validator or hook shares its request
 * with the write under way, which must keep writing its own locale; a shallow copy keeps
 * the user and the transaction.
 */
export const readerOf = (req: PayloadRequest): PayloadRequest => ({ ...req })

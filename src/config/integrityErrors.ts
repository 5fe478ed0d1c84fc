import type { AfterErrorHook } from 'payload'

import { message } from '../domain/messages'
import { pickLocale } from '../domain/localize'

const causes = (error: unknown): unknown[] => {
  const chain: unknown[] = []
  let current: unknown = error
  while (current && chain.length < 5) {
    chain.push(current)
    current = (current as { cause?: unknown }).cause
  }
  return chain
}

/** A foreign-key or not-null violation from SQLite or PostgreSQL, anywhere in the cause chain. */
const isIntegrityViolation = (error: unknown) =>
  causes(error).some((item) => {
    const { code, message: text } = item as { code?: unknown; message?: unknown }
    return (
      code === '23503' ||
      code === '23502' ||
      (typeof text === 'string' && /(FOREIGN KEY|NOT NULL) constraint failed/.test(text))
    )
  })

/**
 * A write that refers to a record that does not exist, or a delete of a record still
 * referred to, is the client's mistake: answer 400 or 409 with a clear message instead
 * of the database's 500.
 */
export const integrityErrors: AfterErrorHook = ({ error, req }) => {
  if (!isIntegrityViolation(error)) return
  const locale = pickLocale(req.searchParams?.get('locale') ?? req.headers?.get('accept-language'))
  const isDelete = req.method === 'DELETE'
  return {
    status: isDelete ? 409 : 400,
    response: { errors: [{ message: message(isDelete ? 'still-in-use' : 'reference-not-found', locale) }] },
  }
}

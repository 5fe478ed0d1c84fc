import { message } from '../domain/messages'
import type { MessageCode } from '../domain/messages'
import type { Locale } from '../domain/types'

/** Names as the messages list them: each in quotes. */
export const quoted = (names: string[]) => names.map((name) => `"${name}"`).join(', ')

/**
 * One description of a use (a `used-…` message) naming every record that has it; none when
 * no record has.
 */
export const usesOf = (locale: Locale, code: MessageCode, records: { name: string }[]): string[] =>
  records.length === 0 ? [] : [message(code, locale, { names: quoted(records.map((record) => record.name)) })]

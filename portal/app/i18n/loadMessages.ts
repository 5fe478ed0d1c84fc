import type { Locale } from '../../../src/domain/types'

/**
 * One language's strings, as its own chunk: the browser fetches only the language it shows
 * (and another only when the user switches to it), not all three with the entry script.
 */
export const loadMessages = async (locale: Locale) =>
  (
    await (locale === 'sv'
      ? import('./messages.sv')
      : locale === 'en'
        ? import('./messages.en')
        : import('./messages.fi'))
  ).messages

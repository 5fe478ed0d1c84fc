import { importDateFNSLocale } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { describe, expect, it } from 'vitest'

import { fi } from '../../src/i18n/admin/fi'

type Tree = { [key: string]: unknown }

/** Every string of a translation object by its path ("general:save"), the way Payload's t() names them. */
const stringsOf = (tree: Tree, prefix = ''): Map<string, unknown> =>
  new Map(
    Object.entries(tree).flatMap(([key, value]): [string, unknown][] =>
      typeof value === 'object' && value !== null
        ? [...stringsOf(value as Tree, `${prefix}${key}:`)]
        : [[`${prefix}${key}`, value]],
    ),
  )

/** The distinct {{placeholders}} of a text, sorted. A Finnish sentence may need one only once. */
const placeholdersOf = (text: string) => [...new Set(text.match(/\{\{.*?\}\}/g) ?? [])].sort()

/** Markup the admin's <Translation> component and emails rely on: <0>, </1>, <a href="…">, <br>. */
const tagsOf = (text: string) => (text.match(/<\/?(?:\d+|[a-z]+)(?:\s[^>]*)?>/g) ?? []).sort()

const english = stringsOf(en.translations)
const finnish = stringsOf(fi.translations)

describe('Finnish admin translation', () => {
  it('should have every key of the English translation', () => {
    expect([...english.keys()].filter((key) => !finnish.has(key))).toEqual([])
  })

  it('should have no key that the English translation lacks', () => {
    expect([...finnish.keys()].filter((key) => !english.has(key))).toEqual([])
  })

  it('should have a non-empty text for every key', () => {
    expect(
      [...finnish].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key),
    ).toEqual([])
  })

  it('should keep the placeholders of the English text', () => {
    const differing = [...english]
      .filter(([key]) => finnish.has(key))
      .map(([key, text]) => ({
        key,
        en: placeholdersOf(String(text)),
        fi: placeholdersOf(String(finnish.get(key))),
      }))
      .filter(({ en, fi }) => en.join() !== fi.join())
    expect(differing).toEqual([])
  })

  it('should keep the markup tags of the English text', () => {
    const differing = [...english]
      .filter(([key]) => finnish.has(key))
      .map(([key, text]) => ({ key, en: tagsOf(String(text)), fi: tagsOf(String(finnish.get(key))) }))
      .filter(({ en, fi }) => en.join() !== fi.join())
    expect(differing).toEqual([])
  })

  it('should use a date-fns locale that Payload can load and that starts the week on Monday', async () => {
    const locale = await importDateFNSLocale(fi.dateFNSKey)
    expect(locale?.options?.weekStartsOn).toBe(1)
  })
})

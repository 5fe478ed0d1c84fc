import { describe, expect, it } from 'vitest'

import { formatDate, formatFileSize, formatNumber, formatTime } from '../../portal/app/i18n/format'
import { languageFromCookie, serializeLanguageCookie } from '../../portal/app/i18n/i18next.server'
import { namespaces, resources } from '../../portal/app/i18n/resources'
import { safeReturnTo } from '../../portal/app/models/safeReturnTo.server'

/** Keys of a translation file, plural suffixes removed (languages have different plural forms). */
const keysOf = (value: unknown, prefix = ''): string[] =>
  Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null
      ? keysOf(child, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  )

const sorted = (keys: string[]) => [...new Set(keys)].sort()

describe.each(namespaces)('portal translations, namespace %s', (namespace) => {
  const fi = resources.fi[namespace]
  it('should have the same strings in Swedish as in Finnish', () => {
    expect(sorted(keysOf(resources.sv[namespace]))).toEqual(sorted(keysOf(fi)))
  })

  it('should have the same strings in English as in Finnish', () => {
    expect(sorted(keysOf(resources.en[namespace]))).toEqual(sorted(keysOf(fi)))
  })

  const values = (value: unknown): unknown[] =>
    Object.values(value as Record<string, unknown>).flatMap((child) =>
      typeof child === 'object' && child !== null ? values(child) : [child],
    )

  it('should have no empty strings', () => {
    for (const locale of ['fi', 'sv', 'en'] as const)
      expect(
        values(resources[locale][namespace]).every((text) => typeof text === 'string' && text.trim()),
      ).toBe(true)
  })

  it('should say optional one way, without parentheses of its own (the field label adds them)', () => {
    const optionalTexts = (value: unknown): unknown[] =>
      Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
        typeof child === 'object' && child !== null
          ? optionalTexts(child)
          : key === 'optional'
            ? [child]
            : [],
      )
    const optional = { fi: 'vapaaehtoinen', sv: 'frivilligt', en: 'optional' }
    for (const locale of ['fi', 'sv', 'en'] as const)
      for (const text of optionalTexts(resources[locale][namespace])) expect(text).toBe(optional[locale])
    // "Vapaaehtoinen", never its synonym; and the Finnish unit of megabytes.
    expect(values(resources.fi[namespace]).join(' ')).not.toMatch(/valinnai|\d\s?MB\b/)
  })
})

describe('dates and numbers', () => {
  it('should write a date the way each language does', () => {
    expect(formatDate({ date: '2027-06-12', locale: 'fi' })).toBe('la 12. kesäkuuta 2027')
    expect(formatDate({ date: '2027-06-12', locale: 'sv' })).toBe('lör 12 juni 2027')
    expect(formatDate({ date: '2027-06-12', locale: 'en' })).toBe('Sat, 12 June 2027')
  })

  it('should write a time of day in Finnish time, whatever the machine says', () => {
    // 06:05 UTC in December is 08.05 in Helsinki; in July (summer time) 09.05.
    expect(formatTime({ instant: new Date('2026-12-07T06:05:00Z'), locale: 'fi' })).toBe('08.05')
    expect(formatTime({ instant: new Date('2027-07-07T06:05:00Z'), locale: 'en' })).toBe('09:05')
  })

  it("should write file sizes in each language's units", () => {
    expect(formatFileSize({ bytes: 20 * 1024 * 1024, locale: 'fi' })).toBe('20 Mt')
    expect(formatFileSize({ bytes: 1536 * 1024, locale: 'fi' })).toBe('1,5 Mt')
    expect(formatFileSize({ bytes: 2048, locale: 'fi' })).toBe('2 kt')
    expect(formatFileSize({ bytes: 1536 * 1024, locale: 'sv' })).toBe('1,5 MB')
    expect(formatFileSize({ bytes: 100, locale: 'en' })).toBe('1 kB')
  })

  it('should group digits the way each language does', () => {
    expect(formatNumber({ value: 1500, locale: 'en' })).toBe('1,500')
    expect(formatNumber({ value: 1500, locale: 'fi' }).replace(/\s/g, ' ')).toBe('1 500')
  })
})

describe('the language cookie', () => {
  it('should read the language from the lng cookie among others', () => {
    expect(languageFromCookie('theme=dark; lng=sv; other=1')).toBe('sv')
  })

  it('should ignore a missing or unsupported language', () => {
    expect(languageFromCookie(null)).toBeNull()
    expect(languageFromCookie('lng=de')).toBeNull()
  })

  it('should keep the choice for a year, HttpOnly and SameSite, Secure over HTTPS', () => {
    expect(serializeLanguageCookie({ locale: 'en', isSecure: false })).toBe(
      'lng=en; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly',
    )
    expect(serializeLanguageCookie({ locale: 'en', isSecure: true })).toMatch(/; Secure$/)
  })
})

describe('returning after a language change', () => {
  it('should return to a path of this site with its query', () => {
    expect(safeReturnTo('/analysis/public-event?analyse=1&municipality=091')).toBe(
      '/analysis/public-event?analyse=1&municipality=091',
    )
  })

  it('should refuse other sites and odd addresses', () => {
    for (const value of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
      null,
    ]) {
      expect(safeReturnTo(value)).toBe('/')
    }
  })
})

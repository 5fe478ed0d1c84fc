import { describe, expect, it } from 'vitest'
import { fallbackLangOf, localize, pickLocale } from '../../src/domain/localize'

describe('localize', () => {
  const text = { fi: 'Hei', sv: 'Hej', en: null }

  it('should return the text in the requested locale', () => {
    expect(localize(text, 'sv')).toBe('Hej')
  })

  it('should fall back to Finnish when the translation is missing', () => {
    expect(localize(text, 'en')).toBe('Hei')
  })

  it('should fall back to Finnish when the translation is blank', () => {
    expect(localize({ fi: 'Hei', sv: '  ' }, 'sv')).toBe('Hei')
  })

  it('should return an empty string for a missing text', () => {
    expect(localize(null, 'fi')).toBe('')
  })
})

describe('pickLocale', () => {
  it('should accept a plain supported locale', () => {
    expect(pickLocale('en')).toBe('en')
  })

  it('should pick the first supported language of an Accept-Language header', () => {
    expect(pickLocale('sv-FI,sv;q=0.9,en;q=0.8')).toBe('sv')
  })

  it('should skip unsupported languages', () => {
    expect(pickLocale('de-DE,de;q=0.9,en;q=0.8')).toBe('en')
  })

  it('should prefer the language with the higher quality', () => {
    expect(pickLocale('en;q=0.5,sv;q=0.8')).toBe('sv')
  })

  it('should ignore languages refused with q=0', () => {
    expect(pickLocale('en;q=0,de')).toBe('fi')
  })

  it('should default to Finnish for nothing', () => {
    expect(pickLocale(undefined)).toBe('fi')
  })

  it('should default to Finnish when no language is supported', () => {
    expect(pickLocale('de,fr;q=0.5')).toBe('fi')
  })
})

describe('the language of a fallback text', () => {
  it('should be Finnish only where the Finnish text stands in for a missing translation', () => {
    const text = { fi: 'Tapahtuman nimi', sv: '  ', en: 'Name of the event' }
    expect(fallbackLangOf(text, 'sv')).toBe('fi')
    expect(fallbackLangOf(text, 'en')).toBeUndefined()
    expect(fallbackLangOf(text, 'fi')).toBeUndefined()
    expect(fallbackLangOf({ fi: '' }, 'sv')).toBeUndefined()
    expect(fallbackLangOf(null, 'sv')).toBeUndefined()
  })
})

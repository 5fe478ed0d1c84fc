import { describe, expect, it } from 'vitest'

import { asciiWordsOf, fillRowKeys, firstFreeKey, keyBaseOf, keyCandidatesOf } from '../../src/domain/keys'

describe('keys derived from Finnish names', () => {
  it('should write a name in ASCII, ä and å as a and ö as o', () => {
    expect(asciiWordsOf('Äänentoisto, yö & Åland – café')).toEqual(['aanentoisto', 'yo', 'aland', 'cafe'])
  })

  it('should make a kebab-case key of a bundle, permit type, kind or authority name', () => {
    expect(keyBaseOf('Ravintolan perustaminen', 'kebab')).toBe('ravintolan-perustaminen')
    expect(keyBaseOf('Kaupungin alueiden käyttö', 'kebab')).toBe('kaupungin-alueiden-kaytto')
    expect(keyBaseOf('  Terassilupa (yleinen alue)  ', 'kebab')).toBe('terassilupa-yleinen-alue')
  })

  it('should make a camelCase key of a data element label, as JSON Logic reads it', () => {
    const key = keyBaseOf('Anniskellaanko alkoholia?', 'camel')
    expect(key).toBe('anniskellaankoAlkoholia')
    expect(key).toMatch(/^[a-z][a-zA-Z0-9]*$/)
    expect(keyBaseOf('Asiakaspaikkojen määrä', 'camel')).toBe('asiakaspaikkojenMaara')
  })

  it('should never start a camelCase key with a digit', () => {
    expect(keyBaseOf('24 tunnin aukiolo', 'camel', { fallback: 'element' })).toBe('element24TunninAukiolo')
  })

  it('should give nothing for a name without a letter or digit', () => {
    expect(keyBaseOf('?!', 'kebab')).toBe('')
    expect(keyBaseOf(undefined, 'camel')).toBe('')
  })

  it('should cut a long name at a word boundary', () => {
    const key = keyBaseOf(
      'Ilmoitus elintarvikehuoneistosta kunnan elintarvikevalvontaviranomaiselle ennen toiminnan aloittamista',
      'kebab',
    )
    expect(key).toBe('ilmoitus-elintarvikehuoneistosta-kunnan')
    expect(keyBaseOf('a'.repeat(60), 'kebab')).toHaveLength(48)
  })

  it('should number a key that is taken, after the style', () => {
    expect(keyCandidatesOf('terassi', 'kebab', 3)).toEqual(['terassi', 'terassi-2', 'terassi-3'])
    expect(keyCandidatesOf('terassi', 'camel', 2)).toEqual(['terassi', 'terassi2'])
    expect(firstFreeKey('terassi', 'kebab', [])).toBe('terassi')
    expect(firstFreeKey('terassi', 'kebab', ['terassi', 'terassi-2'])).toBe('terassi-3')
    expect(firstFreeKey('onTerassi', 'camel', ['onTerassi'])).toBe('onTerassi2')
  })

  it('should fill the missing keys of rows, unique among the rows, and keep the given ones', () => {
    const rows = [
      { key: 'place', title: 'Sijainti' },
      { key: '', title: 'Sijainti' },
      { title: 'Sijainti' },
      { key: null, title: 'Terassi' },
      { key: '', title: '' },
    ]
    expect(
      fillRowKeys({
        rows,
        keyField: 'key',
        textOf: (row) => row.title,
        style: 'kebab',
        fallback: 'step',
      }).map((row) => row.key),
    ).toEqual(['place', 'sijainti', 'sijainti-2', 'terassi', 'step'])
  })
})

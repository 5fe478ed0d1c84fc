import { describe, expect, it } from 'vitest'

import { searchDocuments, stemOf, type SearchDocument } from '../../src/domain/search'
import type { LocalizedText } from '../../src/domain/types'
import { permitTypes, publicEventBundle, publicEventBundleDescription } from '../../src/seed/public-event'
import { publicEventTexts } from '../../src/seed/publicEventTexts'

const t = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en })

const publicEventKeywords: LocalizedText = {
  fi: publicEventTexts({ locale: 'fi', elementIds: new Map() }).keywords ?? '',
  sv: publicEventTexts({ locale: 'sv', elementIds: new Map() }).keywords,
  en: publicEventTexts({ locale: 'en', elementIds: new Map() }).keywords,
}

/** The demo bundle as the home page searches it. */
const publicEvent: SearchDocument = {
  key: 'public-event',
  name: [publicEventBundle.name],
  keywords: [publicEventKeywords],
  description: [publicEventBundleDescription],
  permits: permitTypes.map((permitType) => permitType.name),
}

const restaurant: SearchDocument = {
  key: 'restaurant',
  name: [t('Ravintolan perustaminen', 'Att starta en restaurang', 'Starting a restaurant')],
  keywords: [
    t(
      'ravintola, kahvila, baari, terassi, anniskelu, alkoholi',
      'restaurang, kafé, bar, uteservering, servering, alkohol',
      'restaurant, café, bar, terrace, alcohol',
    ),
  ],
  description: [
    t(
      'Kun avaat ravintolan, kahvilan tai baarin, tarvitset ilmoituksen elintarvikehuoneistosta ja usein anniskeluluvan.',
      'När du öppnar en restaurang, ett kafé eller en bar behöver du en anmälan om livsmedelslokal och ofta ett serveringstillstånd.',
      'Opening a restaurant, café or bar takes a food premises notification and often a serving licence.',
    ),
  ],
  permits: [
    t('Elintarvikehuoneistoilmoitus', 'Anmälan om livsmedelslokal', 'Food premises notification'),
    t('Alkoholijuomien anniskelulupa', 'Serveringstillstånd för alkoholdrycker', 'Alcohol serving licence'),
    t('Terassin sijoituslupa', 'Tillstånd för uteservering', 'Terrace permit'),
    t('Mainoslaitteen lupa', 'Tillstånd för reklamanordning', 'Advertising sign permit'),
  ],
}

/** Only a description mentions the word: ranks below a bundle that names it. */
const market: SearchDocument = {
  key: 'market',
  name: [t('Torikaupan aloittaminen', 'Att börja med torghandel', 'Starting market trade')],
  keywords: [t('tori, myyntipaikka', 'torg, försäljningsplats', 'market, stall')],
  description: [
    t(
      'Myyntipaikka torilta; jos myyt ruokaa, kerro siitä elintarvikevalvontaan. Terassi ei kuulu tähän.',
      'En försäljningsplats på torget.',
      'A stall at the market square.',
    ),
  ],
  permits: [t('Torin myyntipaikka', 'Försäljningsplats på torget', 'Market stall')],
}

const documents = [market, publicEvent, restaurant]
const keysFor = (query: string) => searchDocuments({ documents, query }).map((hit) => hit.key)

describe('searchDocuments', () => {
  it.each([
    ['konsertti', ['public-event']],
    ['konsertin', ['public-event']],
    ['konserttiin', ['public-event']],
    ['festivaaleille', ['public-event']],
    ['ravintola', ['restaurant']],
    ['ravintolan', ['restaurant']],
    ['ravintoloiden', ['restaurant']],
    ['anniskeluluvan', ['public-event', 'restaurant']],
    ['terassille', ['restaurant', 'market']],
    ['meluilmoitus', ['public-event']],
  ])('should find what the Finnish word %s is about', (query, expected) => {
    expect(keysFor(query).sort()).toEqual([...expected].sort())
  })

  it.each([['alkoholi'], ['alkoholia'], ['anniskelu'], ['alkohol'], ['alcohol'], ['serveringstillstånd']])(
    'should find both bundles that serve alcohol for %s',
    (query) => {
      expect(keysFor(query).sort()).toEqual(['public-event', 'restaurant'])
    },
  )

  it('should find Swedish and English words in their inflected forms', () => {
    expect(keysFor('restaurangen')).toEqual(['restaurant'])
    expect(keysFor('konserter')).toEqual(['public-event'])
    expect(keysFor('restaurants')).toEqual(['restaurant'])
    expect(keysFor('concerts')).toEqual(['public-event'])
  })

  it('should find a part of a Finnish or Swedish compound word', () => {
    expect(keysFor('uteservering')).toEqual(['restaurant'])
    expect(keysFor('huoneisto')).toEqual(['restaurant'])
  })

  it('should find partly typed words', () => {
    expect(keysFor('ravin')).toEqual(['restaurant'])
    expect(keysFor('konse')).toEqual(['public-event'])
  })

  it('should ignore case and accents', () => {
    expect(keysFor('RAVINTOLA')).toEqual(['restaurant'])
    expect(keysFor('yleisotilaisuus')).toEqual(['public-event'])
  })

  it('should need every word of the query', () => {
    expect(keysFor('ravintola terassi')).toEqual(['restaurant'])
    expect(keysFor('ravintola konsertti')).toEqual([])
  })

  it('should rank a name or keyword hit above a description hit', () => {
    expect(keysFor('terassi')).toEqual(['restaurant', 'market'])
    const [first, second] = searchDocuments({ documents, query: 'terassi' })
    expect(first.score).toBeGreaterThan(second.score)
  })

  it('should find nothing for a word that no bundle speaks of', () => {
    expect(keysFor('sauna')).toEqual([])
  })

  it('should give every document, in the given order, for an empty query', () => {
    expect(keysFor('  ')).toEqual(['market', 'public-event', 'restaurant'])
  })
})

describe('stemOf', () => {
  it('should give inflected Finnish forms one stem', () => {
    expect(new Set(['konsertti', 'konsertin', 'konserttiin'].map((word) => stemOf(word, 'fi'))).size).toBe(1)
    expect(stemOf('ravintolan', 'fi')).toBe(stemOf('ravintola', 'fi'))
    expect(stemOf('terassille', 'fi')).toBe(stemOf('terassi', 'fi'))
  })

  it('should give Swedish and English forms one stem', () => {
    expect(stemOf('restaurangen', 'sv')).toBe(stemOf('restaurang', 'sv'))
    expect(stemOf('concerts', 'en')).toBe(stemOf('concert', 'en'))
  })
})

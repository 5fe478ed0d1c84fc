import { stemmer as englishStemmer } from '@orama/stemmers/english'
import { stemmer as finnishStemmer } from '@orama/stemmers/finnish'
import { stemmer as swedishStemmer } from '@orama/stemmers/swedish'

import { locales, type Locale, type LocalizedText } from './types'

/*
 * Search over a few catalogue documents (the published bundles) that understands Finnish and
 * Swedish inflection: every text is cut into words and each word stemmed with the Snowball
 * stemmer of its own language, and each query word with all three, so "ravintolan" meets
 * "ravintola", "konserttiin" meets "konsertin", "alkohol" meets "alkoholi". Pure: the caller
 * reads the documents, so the result is the same on every database.
 */

/** The parts of a document, heaviest first: hits in the name and keywords rank above others. */
export const searchFieldWeights = { name: 4, keywords: 4, permits: 2, description: 1 } as const
export type SearchField = keyof typeof searchFieldWeights

/** A document to search: its texts per field, each in the languages it has. */
export type SearchDocument = { key: string } & Record<SearchField, LocalizedText[]>

export type SearchHit = { key: string; score: number }

const stemmers: Record<Locale, (word: string) => string> = {
  fi: finnishStemmer,
  sv: swedishStemmer,
  en: englishStemmer,
}

/** Languages that write compounds as one word, so a query word may be a part of one. */
const compoundingLocales: readonly Locale[] = ['fi', 'sv']

/** Query stems shorter than this are not looked for inside compounds ("ala" in "ravintola"). */
const minCompoundPartLength = 4

/** How far a query stem may run past a shorter indexed stem ("anniskeluluv" – "anniskelulu"). */
const maxStemOverrun = 2

/** How well a query word matches an indexed word. */
const quality = { exact: 1, variant: 0.9, prefix: 0.75, compoundPart: 0.5 } as const

/** Without accents, so that "saannot" finds "säännöt" and "tillstand" "tillstånd". */
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '')

/** Lower-case words of a text: letters and digits, anything else separates. */
export const wordsOf = (text: string): string[] =>
  text
    .toLocaleLowerCase('fi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

/** The word's stem in the language, without accents (stemmed first: the rules need ä, ö and å). */
export const stemOf = (word: string, locale: Locale): string => fold(stemmers[locale](word))

type IndexedWord = { word: string; stem: string }

/** Each field's words per language, stemmed in that language. */
type IndexedDocument = {
  key: string
  fields: { field: SearchField; locale: Locale; words: IndexedWord[] }[]
}

const indexDocument = (document: SearchDocument): IndexedDocument => ({
  key: document.key,
  fields: (Object.keys(searchFieldWeights) as SearchField[]).flatMap((field) =>
    locales.map((locale) => ({
      field,
      locale,
      words: document[field]
        .flatMap((text) => wordsOf(text[locale] ?? ''))
        .map((word) => ({ word: fold(word), stem: stemOf(word, locale) })),
    })),
  ),
})

/** The quality of the best match of a query word among the indexed words of one language. */
const matchQuality = ({
  word,
  stem,
  locale,
  candidates,
}: {
  word: string
  stem: string
  locale: Locale
  candidates: IndexedWord[]
}): number => {
  let best = 0
  for (const candidate of candidates) {
    if (candidate.stem === stem) return quality.exact
    // Consonant gradation keeps some stems apart by a letter or two (lupa – luvan).
    if (
      candidate.stem.length >= minCompoundPartLength &&
      stem.startsWith(candidate.stem) &&
      stem.length - candidate.stem.length <= maxStemOverrun
    )
      best = Math.max(best, quality.variant)
    // A partly typed word, or the first part of a compound (anniskelu – anniskelulupa).
    else if (candidate.stem.startsWith(stem) || candidate.word.startsWith(word))
      best = Math.max(best, quality.prefix)
    else if (
      compoundingLocales.includes(locale) &&
      stem.length >= minCompoundPartLength &&
      candidate.word.includes(stem)
    )
      best = Math.max(best, quality.compoundPart)
  }
  return best
}

/** A query word's best score in the document: the heaviest field times the match quality. */
const scoreOfWord = (word: string, document: IndexedDocument): number => {
  const folded = fold(word)
  const stems = new Map(locales.map((locale) => [locale, stemOf(word, locale)]))
  let best = 0
  for (const { field, locale, words } of document.fields) {
    const weight = searchFieldWeights[field]
    if (weight <= best) continue
    best = Math.max(
      best,
      weight * matchQuality({ word: folded, stem: stems.get(locale)!, locale, candidates: words }),
    )
  }
  return best
}

/**
 * The documents that match every word of the query, best first (ties keep the given order),
 * with their scores; an empty query gives every document with score 0. A word matches in any
 * of the three languages: exactly by stem, as a stem variant, as the start of a word (partly
 * typed, or the first part of a compound) or, in Finnish and Swedish, as a part of a compound.
 */
export const searchDocuments = ({
  documents,
  query,
}: {
  documents: SearchDocument[]
  query: string
}): SearchHit[] => {
  const words = [...new Set(wordsOf(query))]
  if (words.length === 0) return documents.map((document) => ({ key: document.key, score: 0 }))
  return documents
    .map(indexDocument)
    .map((document) => {
      const scores = words.map((word) => scoreOfWord(word, document))
      return {
        key: document.key,
        score: scores.every((score) => score > 0) ? scores.reduce((sum, score) => sum + score, 0) : 0,
      }
    })
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score)
}

import { describe, expect, it } from 'vitest'

import { analyse, validateRules } from '../../src/domain/analysis'
import { checkBundle } from '../../src/domain/bundle-checks'
import { candidateAuthorities, routeCase } from '../../src/domain/routing'
import { searchDocuments, type SearchDocument } from '../../src/domain/search'
import { locales, type DataValues, type LocalizedText, type PermitBundle } from '../../src/domain/types'
import {
  dataElements,
  demoAuthorityKinds,
  municipalities,
  permitTypes,
  publicEventBundle,
  publicEventBundleDescription,
} from '../../src/seed/public-event'
import { publicEventTexts } from '../../src/seed/publicEventTexts'
import {
  demoCatalogueAuthorities,
  restaurantBundle,
  restaurantBundleDescription,
  restaurantDataElements,
  restaurantPermitTypes,
  restaurantTexts,
  restaurantWorkedExampleAnswers,
  restaurantWording,
  sharedPermitTypeKeys,
} from '../../src/seed/restaurant'

/** The whole demo catalogue, as the seed writes it. */
const catalogueElements = [...dataElements, ...restaurantDataElements]
const cataloguePermitTypes = [...permitTypes, ...restaurantPermitTypes]
const elementsByKey = new Map(catalogueElements.map((element) => [element.key, element]))
const permitTypesByKey = new Map(cataloguePermitTypes.map((permitType) => [permitType.key, permitType]))
const bundlePermitTypes = restaurantBundle.permits.map((permit) => permitTypesByKey.get(permit.permitType)!)

/** Every `var` name in a JSON Logic expression. */
function varsOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(varsOf)
  if (typeof node !== 'object' || node === null) return []
  return Object.entries(node).flatMap(([operation, args]) => {
    if (operation !== 'var') return varsOf(args)
    const name = Array.isArray(args) ? args[0] : args
    return [String(name)]
  })
}

/** Every LocalizedText (an object with a string `fi`) reachable from a value, with its path. */
function localizedTexts(node: unknown, path: string): { path: string; text: LocalizedText }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`))
  if (typeof node !== 'object' || node === null) return []
  if (typeof (node as { fi?: unknown }).fi === 'string') return [{ path, text: node as LocalizedText }]
  return Object.entries(node).flatMap(([key, value]) => localizedTexts(value, `${path}.${key}`))
}

const needed = (bundle: PermitBundle, answers: DataValues) =>
  analyse({ bundle, answers, locale: 'fi' })
    .permits.filter((permit) => permit.isNeeded)
    .map((permit) => permit.permitType)

const firedRuleIds = (answers: DataValues, permitType: string) =>
  analyse({ bundle: restaurantBundle, answers, locale: 'en' })
    .permits.find((permit) => permit.permitType === permitType)!
    .reasons.map((reason) => reason.ruleId)

/** Answers that fire each rule of the bundle, by permit type and rule id. */
const firingAnswers: Record<string, Record<string, DataValues>> = {
  'food-premises-notification': { 'food-served': { servesFood: true } },
  'food-establishment-approval': {
    'animal-products-supplied': { servesFood: true, animalProductsSupplied: true },
  },
  'premises-serving-licence': { 'alcohol-served': { restaurantServesAlcohol: true } },
  'terrace-area-lease': { 'terrace-on-city-land': { terraceLocation: 'city-street-or-park' } },
  'advertising-sign-permit': { 'sign-on-facade': { advertisingSign: true } },
  'change-of-use-permit': {
    'change-of-use': { premisesApprovedForRestaurant: false },
    'construction-works': { constructionWorks: true },
    'smoking-room': { smokingRoom: true },
    'terrace-structures': { terraceLocation: 'private-land', terraceStructures: true },
  },
  'noise-notification': {
    'music-outdoors-late': { outdoorAmplifiedMusic: true, soundEndTime: '23:30' },
  },
  'restaurant-rescue-plan': { 'over-50-places': { indoorCustomerPlaces: 51 } },
}

describe('restaurant seed: catalogue and references', () => {
  it('should have keys unique across the whole demo catalogue', () => {
    const lists: [string, string[]][] = [
      ['data elements', catalogueElements.map((element) => element.key)],
      ['permit types', cataloguePermitTypes.map((permitType) => permitType.key)],
      ['authorities', demoCatalogueAuthorities.map((authority) => authority.key)],
      ['steps', restaurantBundle.steps.map((step) => step.key)],
      ['bundle permits', restaurantBundle.permits.map((permit) => permit.permitType)],
      ['analysis elements', restaurantBundle.analysisElements],
      ['rule ids', restaurantBundle.permits.flatMap((permit) => permit.rules.map((rule) => rule.id))],
    ]
    for (const [name, keys] of lists) expect(new Set(keys).size, name).toBe(keys.length)
    expect(restaurantBundle.key).not.toBe(publicEventBundle.key)
  })

  it('should use camelCase keys for new elements and kebab-case for permit types and steps', () => {
    for (const element of restaurantDataElements) expect(element.key).toMatch(/^[a-z][a-zA-Z0-9]*$/)
    for (const permitType of restaurantPermitTypes) expect(permitType.key).toMatch(/^[a-z]+(-[a-z0-9]+)*$/)
    for (const step of restaurantBundle.steps) expect(step.key).toMatch(/^[a-z]+(-[a-z0-9]+)*$/)
  })

  it('should reuse the public event’s data for the operator, contact person, municipality and serving', () => {
    const used = new Set(bundlePermitTypes.flatMap((permitType) => permitType.elements.map((e) => e.key)))
    for (const key of [
      'organiserName',
      'organiserBusinessId',
      'contactName',
      'contactPhone',
      'contactEmail',
      'municipality',
      'responsibleManagerName',
      'servingAreaDescription',
    ])
      expect(used, key).toContain(key)
    expect(restaurantBundle.analysisElements).toContain('municipality')
    expect(restaurantPermitTypes.map((p) => p.key)).not.toContain('noise-notification')
    expect(restaurantBundle.permits.map((p) => p.permitType)).toEqual(
      expect.arrayContaining([...sharedPermitTypeKeys]),
    )
  })

  it('should reference only existing elements, each in a step of the bundle', () => {
    const stepKeys = restaurantBundle.steps.map((step) => step.key)
    for (const key of restaurantBundle.analysisElements) expect(elementsByKey.has(key), key).toBe(true)
    for (const permitType of bundlePermitTypes) {
      expect(permitType, 'permit type of the bundle').toBeDefined()
      for (const { key } of permitType.elements) {
        expect(elementsByKey.has(key), `${permitType.key}: ${key}`).toBe(true)
        expect(stepKeys, `${permitType.key}: ${key}`).toContain(elementsByKey.get(key)!.step)
      }
    }
  })

  it('should list every new permit type in the bundle', () => {
    const listed = restaurantBundle.permits.map((permit) => permit.permitType)
    for (const permitType of restaurantPermitTypes) expect(listed).toContain(permitType.key)
  })

  it('should pass the bundle checks of the admin with no error and nothing that blocks publishing', () => {
    const used = new Set([
      ...restaurantBundle.analysisElements,
      ...bundlePermitTypes.flatMap((permitType) => permitType.elements.map((e) => e.key)),
    ])
    const problems = checkBundle({
      bundle: { ...restaurantBundle, description: restaurantBundleDescription },
      permitTypes: bundlePermitTypes,
      elements: catalogueElements.filter((element) => used.has(element.key)),
      displayLocale: 'en',
    })
    expect(problems).toEqual([])
  })

  it('should give options to select elements and bounds to numbers', () => {
    for (const element of restaurantDataElements) {
      if (element.type === 'select' || element.type === 'multiSelect')
        expect(element.options?.length, element.key).toBeGreaterThan(1)
      if (element.type === 'integer') expect(element.max, element.key).toBeDefined()
    }
  })
})

describe('restaurant seed: rules', () => {
  it('should give every permit type of the bundle at least one rule', () => {
    for (const permit of restaurantBundle.permits)
      expect(permit.rules.length, permit.permitType).toBeGreaterThan(0)
  })

  it('should read only analysis elements in rule variables', () => {
    for (const permit of restaurantBundle.permits)
      for (const rule of permit.rules)
        for (const name of varsOf(rule.when))
          expect(restaurantBundle.analysisElements, `${permit.permitType} ${rule.id}`).toContain(name)
    expect(validateRules(restaurantBundle)).toEqual([])
  })

  it('should reach every rule of every permit type with some answers', () => {
    for (const permit of restaurantBundle.permits) {
      const cases = firingAnswers[permit.permitType]
      expect(cases, permit.permitType).toBeDefined()
      expect(Object.keys(cases).sort(), permit.permitType).toEqual(permit.rules.map((rule) => rule.id).sort())
      for (const [ruleId, answers] of Object.entries(cases))
        expect(firedRuleIds(answers, permit.permitType), `${permit.permitType} ${ruleId}`).toContain(ruleId)
    }
  })

  it('should need nothing when no question has been answered', () => {
    expect(needed(restaurantBundle, {})).toEqual([])
  })

  it('should need the approval instead of the notification when animal products go to other businesses', () => {
    const both = needed(restaurantBundle, { servesFood: true, animalProductsSupplied: true })
    expect(both).toContain('food-establishment-approval')
    expect(both).not.toContain('food-premises-notification')
  })

  it('should need a rescue plan only above 50 customer places', () => {
    expect(needed(restaurantBundle, { indoorCustomerPlaces: 50 })).not.toContain('restaurant-rescue-plan')
    expect(needed(restaurantBundle, { indoorCustomerPlaces: 51 })).toContain('restaurant-rescue-plan')
  })

  it('should need a noise notification only for amplified music outdoors after 22:00', () => {
    expect(needed(restaurantBundle, { outdoorAmplifiedMusic: true, soundEndTime: '21:30' })).toEqual([])
    expect(needed(restaurantBundle, { outdoorAmplifiedMusic: true, soundEndTime: '01:00' })).toEqual([
      'noise-notification',
    ])
    expect(needed(restaurantBundle, { outdoorAmplifiedMusic: false, soundEndTime: '23:00' })).toEqual([])
  })

  it('should not need the city’s terrace permit for a terrace on private land', () => {
    expect(needed(restaurantBundle, { terraceLocation: 'private-land' })).toEqual([])
  })

  it('should need for the worked example what the domain notes list', () => {
    expect(needed(restaurantBundle, restaurantWorkedExampleAnswers).sort()).toEqual(
      [
        'food-premises-notification',
        'premises-serving-licence',
        'terrace-area-lease',
        'advertising-sign-permit',
        'change-of-use-permit',
        'restaurant-rescue-plan',
      ].sort(),
    )
    expect(firedRuleIds(restaurantWorkedExampleAnswers, 'change-of-use-permit')).toEqual([
      'change-of-use',
      'construction-works',
    ])
  })
})

describe('restaurant seed: lead times', () => {
  it('should use the lead times of the domain notes', () => {
    const leadDays = Object.fromEntries(
      restaurantPermitTypes.map((permitType) => [permitType.key, permitType.leadTime.amount]),
    )
    expect(leadDays).toMatchObject({
      'food-premises-notification': 28,
      'food-establishment-approval': 60,
      'premises-serving-licence': 60,
      'terrace-area-lease': 60,
      'restaurant-rescue-plan': 0,
    })
    for (const permitType of restaurantPermitTypes) {
      expect(permitType.leadTime.unit).toBe('calendar-days')
      expect(permitType.processingDays, permitType.key).toBeGreaterThanOrEqual(0)
    }
  })
})

describe('restaurant seed: languages', () => {
  it('should have non-empty Finnish, Swedish and English in every text', () => {
    const texts = [
      ...localizedTexts(restaurantDataElements, 'elements'),
      ...localizedTexts(restaurantPermitTypes, 'permitTypes'),
      ...localizedTexts(restaurantBundle, 'bundle'),
      ...localizedTexts(restaurantBundleDescription, 'description'),
      ...localizedTexts(restaurantWording, 'wording'),
    ]
    expect(texts.length).toBeGreaterThan(100)
    for (const { path, text } of texts)
      for (const locale of locales) expect(text[locale]?.trim(), `${path} ${locale}`).toBeTruthy()
  })

  it('should give the bundle its own words in every language, not the public event’s', () => {
    const eventWords =
      /tilaisuu|tapahtum|järjestä|evenemang|tillställning|arrangör|\bevents?\b|organi[sz]er|recurring|toistuva/i
    const elementIds = new Map([
      ['restaurantTradeName', 1],
      ['restaurantOpeningDate', 2],
    ])
    for (const locale of locales) {
      const wording = restaurantTexts({ locale, elementIds })
      expect(wording).toMatchObject({ titleElement: 1, startDateElement: 2, isRepeatOffered: false })
      expect(Object.values(wording.texts ?? {}).every(Boolean), locale).toBe(true)
      expect(JSON.stringify(wording), locale).not.toMatch(eventWords)
      expect(restaurantBundleDescription[locale], locale).not.toMatch(eventWords)
    }
    expect(elementsByKey.get('restaurantTradeName')?.type).toBe('text')
    expect(elementsByKey.get('restaurantOpeningDate')?.type).toBe('date')
  })
})

describe('restaurant seed: routing', () => {
  it('should route every permit type of the bundle to exactly one authority in every demo municipality', () => {
    const kinds = demoAuthorityKinds.map((kind) => kind.key) as string[]
    for (const permitType of bundlePermitTypes) {
      if (permitType.routing.kind === 'by-municipality')
        expect(kinds).toContain(permitType.routing.authorityKind)
      for (const { code } of municipalities) {
        const values = { ...restaurantWorkedExampleAnswers, municipality: code }
        const authority = routeCase({ permitType, values, authorities: demoCatalogueAuthorities })
        expect(
          candidateAuthorities({ permitType, municipality: code, authorities: demoCatalogueAuthorities }).map(
            (candidate) => candidate.key,
          ),
          `${permitType.key} ${code}`,
        ).toEqual([authority])
        const routed = demoCatalogueAuthorities.find((candidate) => candidate.key === authority)!
        expect(routed.municipalities, `${permitType.key} ${code}`).toContain(code)
      }
    }
  })

  it('should send food to environmental health, alcohol to the agency and the rest to their kinds', () => {
    const routedTo = (key: string) =>
      routeCase({
        permitType: permitTypesByKey.get(key)!,
        values: { municipality: '837' },
        authorities: demoCatalogueAuthorities,
      })
    expect(routedTo('food-premises-notification')).toBe('environmental-health-tampere')
    expect(routedTo('food-establishment-approval')).toBe('environmental-health-tampere')
    expect(routedTo('premises-serving-licence')).toBe('permit-agency')
    expect(routedTo('terrace-area-lease')).toBe('city-area-use-tampere')
    expect(routedTo('advertising-sign-permit')).toBe('building-control-tampere')
    expect(routedTo('change-of-use-permit')).toBe('building-control-tampere')
    expect(routedTo('noise-notification')).toBe('environmental-protection-tampere')
    expect(routedTo('restaurant-rescue-plan')).toBe('rescue-pirkanmaa')
  })

  it('should have every authority join every permit type of its kind, of both bundles, and only those', () => {
    for (const authority of demoCatalogueAuthorities) {
      const ofKind = cataloguePermitTypes
        .filter((permitType) => permitType.authorityKind === authority.kind)
        .map((permitType) => permitType.key)
      expect([...authority.permitTypes].sort(), authority.key).toEqual(ofKind.sort())
    }
  })
})

describe('restaurant seed: search', () => {
  /** A seeded bundle as the portal's home page searches it (see `searchBundles`). */
  const documentOf = ({
    bundle,
    description,
    keywords,
  }: {
    bundle: PermitBundle
    description: LocalizedText
    keywords: LocalizedText
  }): SearchDocument => ({
    key: bundle.key,
    name: [bundle.name],
    keywords: [keywords],
    description: [description],
    permits: bundle.permits.map((permit) => permitTypesByKey.get(permit.permitType)!.name),
  })

  const keywordsOf = (wording: typeof publicEventTexts | typeof restaurantTexts): LocalizedText => {
    const [fi, sv, en] = locales.map((locale) => wording({ locale, elementIds: new Map() }).keywords ?? '')
    return { fi, sv, en }
  }

  const documents = [
    documentOf({
      bundle: publicEventBundle,
      description: publicEventBundleDescription,
      keywords: keywordsOf(publicEventTexts),
    }),
    documentOf({
      bundle: restaurantBundle,
      description: restaurantBundleDescription,
      keywords: keywordsOf(restaurantTexts),
    }),
  ]
  const keysFor = (query: string) => searchDocuments({ documents, query }).map((hit) => hit.key)

  it.each(['ravintola', 'ravintolan', 'anniskelu', 'alkoholi', 'terassi', 'restaurang', 'restaurant'])(
    'should find the restaurant for %s',
    (query) => {
      expect(keysFor(query)).toContain('restaurant')
    },
  )

  it.each(['ravintola', 'ravintolan', 'terassi', 'restaurang', 'restaurant', 'kahvila', 'terassille'])(
    'should find only the restaurant for %s',
    (query) => {
      expect(keysFor(query)).toEqual(['restaurant'])
    },
  )

  it('should not rank the restaurant first for a concert', () => {
    expect(keysFor('konsertti')[0]).toBe('public-event')
    expect(keysFor('konsertti')).not.toContain('restaurant')
  })
})

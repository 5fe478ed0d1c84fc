import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { latestSubmissionDate } from '../../src/domain/lead-times'
import type { DataValues, Locale } from '../../src/domain/types'
import { seedCatalogue } from '../../src/seed/seed'
import { dataElements, publicEventBundle, workedExampleAnswers } from '../../src/seed/public-event'
import { richTextFromPlain } from '../../src/seed/richText'
import { loadAnalysisPage } from '../../portal/app/models/analysis.server'
import { todayInFinland } from '../../src/clock'
import { parseFormValue } from '../../portal/app/models/questions.server'
import { searchBundles } from '../../portal/app/models/bundles.server'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'

let test: TestPayload
let payload: Payload

/** Before every deadline of the worked example (2027-06-12). */
const today = '2026-11-30'

const neededInWorkedExample = [
  'police-public-event-notification',
  'rescue-plan',
  'noise-notification',
  'large-event-food-notification',
  'food-vendor-notice',
  'alcohol-serving-licence',
  'area-use-permit',
  'traffic-arrangement-plan',
  'temporary-structures-permit',
]

/** The query string a browser sends for the answers (booleans and numbers as text). */
const paramsOf = (answers: DataValues, { isSubmitted = true } = {}) => {
  const params = new URLSearchParams(isSubmitted ? { analyse: '1' } : {})
  for (const [key, value] of Object.entries(answers)) params.set(key, String(value))
  return params
}

const pageOf = ({
  answers = workedExampleAnswers,
  locale = 'fi',
  params,
  onDay = today,
}: {
  answers?: DataValues
  locale?: Locale
  params?: URLSearchParams
  onDay?: string
} = {}) =>
  loadAnalysisPage({
    payload,
    bundleKey: 'public-event',
    locale,
    params: params ?? paramsOf(answers),
    today: onDay,
  })

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  await seedCatalogue(payload)
})

afterAll(async () => {
  await test?.close()
})

describe('the analysis questions', () => {
  it("should ask the bundle's analysis elements in bundle order", async () => {
    const page = await pageOf({ params: new URLSearchParams() })
    expect(page.questions.map((question) => question.key)).toEqual(publicEventBundle.analysisElements)
  })

  it('should give labels, help texts and options in the chosen language', async () => {
    const page = await pageOf({ params: new URLSearchParams(), locale: 'sv' })
    const municipality = page.questions.find((question) => question.key === 'municipality')!
    expect(municipality.label).toBe('I vilken kommun ordnas evenemanget?')
    expect(municipality.help).toContain('Kommunen avgör')
    expect(municipality.options).toContainEqual({ value: '091', label: 'Helsingfors' })
    const isPublic = page.questions.find((question) => question.key === 'isPublicEvent')!
    expect(isPublic.options.map((option) => option.label)).toEqual(['Ja', 'Nej'])
  })

  it('should ask by element type: radio buttons, numbers with bounds, dates and times', async () => {
    const page = await pageOf({ params: new URLSearchParams() })
    const inputOf = (key: string) => page.questions.find((question) => question.key === key)!
    expect(inputOf('isPublicEvent').input).toBe('radio')
    expect(inputOf('placeType').input).toBe('radio')
    expect(inputOf('expectedAttendees')).toMatchObject({
      input: 'number',
      min: 1,
      max: 1_000_000,
      isInteger: true,
    })
    expect(inputOf('eventStartDate').input).toBe('date')
    expect(inputOf('soundEndTime').input).toBe('time')
    expect(inputOf('isPublicEvent').focusId).toBe('q-isPublicEvent-0')
    expect(inputOf('expectedAttendees').focusId).toBe('q-expectedAttendees')
  })

  it('should not analyse before the form is submitted', async () => {
    const page = await pageOf({ params: paramsOf(workedExampleAnswers, { isSubmitted: false }) })
    expect(page.result).toBeNull()
    expect(page.errors).toEqual([])
  })

  it('should answer 404 for a bundle that does not exist', async () => {
    const error = await loadAnalysisPage({
      payload,
      bundleKey: 'no-such-bundle',
      locale: 'fi',
      params: new URLSearchParams(),
    }).catch((caught) => caught)
    expect(error).toBeInstanceOf(Response)
    expect((error as Response).status).toBe(404)
  })

  it('should answer 404 for a bundle that is not published', async () => {
    const bundle = (
      await payload.find({
        collection: slugs.permitBundles,
        where: { key: { equals: 'public-event' } },
        overrideAccess: true,
      })
    ).docs[0]
    await payload.update({
      collection: slugs.permitBundles,
      id: bundle.id,
      data: { isPublished: false },
      overrideAccess: true,
    })
    try {
      const error = await pageOf().catch((caught) => caught)
      expect((error as Response).status).toBe(404)
    } finally {
      await payload.update({
        collection: slugs.permitBundles,
        id: bundle.id,
        data: { isPublished: true },
        overrideAccess: true,
      })
    }
  })
})

describe('the analysis result', () => {
  it('should list the nine needed permits of the worked example and fireworks as not needed', async () => {
    const { result } = await pageOf()
    expect(result!.needed.map((permit) => permit.permitType).sort()).toEqual(
      [...neededInWorkedExample].sort(),
    )
    expect(result!.notNeeded.map((permit) => permit.permitType)).toEqual(['fireworks-notification'])
  })

  it('should give the reasons in the chosen language', async () => {
    const { result } = await pageOf({ locale: 'en' })
    const police = result!.needed.find((permit) => permit.permitType === 'police-public-event-notification')!
    expect(police.name).toBe('Public event notification to the police')
    expect(police.reasons).toContain('At least 200 people are expected at the public event at the same time')
    const fireworks = result!.notNeeded[0]
    expect(fireworks.reasons).toEqual([
      'No fireworks notification is needed: there are no fireworks or pyrotechnic effects at the event.',
    ])
  })

  it('should resolve the authorities for the municipality of the event', async () => {
    const { result } = await pageOf({ locale: 'en' })
    const authorityOf = (permitType: string) =>
      [...result!.needed, ...result!.notNeeded].find((permit) => permit.permitType === permitType)!.authority
    // Each with the contact details the customer needs, in the language.
    expect(authorityOf('police-public-event-notification')).toEqual({
      isResolved: true,
      key: 'police-helsinki',
      name: 'Helsinki Police Department',
      contact: {
        name: 'Helsinki Police Department',
        phone: null,
        email: 'asiakaspalvelu.police-helsinki@lupa-demo.example.fi',
        website: 'https://lupa-demo.example.fi/en/police-helsinki',
        hours: 'Mon–Fri 9:00–16:00',
      },
    })
    expect(authorityOf('noise-notification')).toMatchObject({ key: 'environmental-protection-helsinki' })
    expect(authorityOf('alcohol-serving-licence')).toMatchObject({ key: 'permit-agency' })
  })

  it('should say the authority depends on the place when no municipality is given', async () => {
    const { municipality: _municipality, ...answers } = workedExampleAnswers
    const { result } = await pageOf({ answers })
    const police = result!.needed.find((permit) => permit.permitType === 'police-public-event-notification')!
    expect(police.authority).toEqual({ isResolved: false, reason: 'missing-municipality' })
  })

  it('should plan the deadlines with the area-use permit on the critical path', async () => {
    const { result } = await pageOf()
    const plan = result!.plan!
    expect(plan.startDate).toBe('2027-06-12')
    expect(plan.items.map((item) => item.permitType).sort()).toEqual([...neededInWorkedExample].sort())
    expect(plan.criticalPath).toContain('area-use-permit')
    expect(plan.items[0].latestDate).toBe('2027-04-13')
    const alcohol = plan.items.find((item) => item.permitType === 'alcohol-serving-licence')!
    expect(alcohol.latestDate).toBe('2027-04-28')
    expect(plan.items.map((item) => item.latestDate)).toEqual(
      [...plan.items.map((item) => item.latestDate)].sort(),
    )
  })

  it('should count service days where the permit type says so', async () => {
    const { result } = await pageOf()
    const vendors = result!.plan!.items.find((item) => item.permitType === 'food-vendor-notice')!
    expect(vendors.latestDate).toBe(
      latestSubmissionDate({ eventDate: '2027-06-12', leadTime: { amount: 4, unit: 'service-days' } }),
    )
    expect(vendors.latestDate).toBe('2027-06-08')
  })

  it('should write the dates out in the chosen language', async () => {
    const fi = (await pageOf({ locale: 'fi' })).result!.plan!
    const sv = (await pageOf({ locale: 'sv' })).result!.plan!
    expect(fi.items[0].latestDateText).toContain('huhtikuuta 2027')
    expect(sv.items[0].latestDateText).toContain('april 2027')
    expect(fi.startDateText).toContain('12. kesäkuuta 2027')
  })

  it('should warn of deadlines that have already passed', async () => {
    const { result } = await pageOf({ onDay: '2027-05-20' })
    const plan = result!.plan!
    expect(plan.hasPassed).toBe(true)
    const passed = plan.items.filter((item) => item.isPassed).map((item) => item.permitType)
    expect(passed).toContain('alcohol-serving-licence')
    expect(passed).not.toContain('police-public-event-notification')
    const area = result!.needed.find((permit) => permit.permitType === 'area-use-permit')!
    expect(area.deadline).toMatchObject({ isPassed: true, daysLeft: -37 })
    // The warning names whom to contact about each passed date.
    expect(plan.items.find((item) => item.permitType === 'alcohol-serving-licence')!.contact).toMatchObject({
      email: 'asiakaspalvelu.permit-agency@lupa-demo.example.fi',
    })
  })

  it("should take today's date in Finland from the clock", () => {
    expect(todayInFinland(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01')
  })

  it('should leave the deadline plan out when the event date is not given', async () => {
    const { eventStartDate: _date, ...answers } = workedExampleAnswers
    const { result } = await pageOf({ answers })
    expect(result!.plan).toBeNull()
    expect(result!.needed.every((permit) => permit.deadline === null)).toBe(true)
  })

  it('should count the questions left unanswered', async () => {
    const { result } = await pageOf({ answers: { municipality: '091', expectedAttendees: 300 } })
    expect(result!.unansweredCount).toBe(publicEventBundle.analysisElements.length - 2)
  })

  it('should give the guidance from the CMS in the chosen language', async () => {
    const { result } = await pageOf({ locale: 'en' })
    const rescue = result!.needed.find((permit) => permit.permitType === 'rescue-plan')!
    expect(rescue.guidance[0]).toMatchObject({ kind: 'paragraph' })
    expect(JSON.stringify(rescue.guidance)).toContain('rescue')
  })

  it('should fall back to the Finnish guidance when a translation is empty', async () => {
    const permitType = (
      await payload.find({
        collection: slugs.permitTypes,
        where: { key: { equals: 'rescue-plan' } },
        overrideAccess: true,
      })
    ).docs[0]
    const english = await payload.findByID({
      collection: slugs.permitTypes,
      id: permitType.id,
      locale: 'en',
      overrideAccess: true,
    })
    await payload.update({
      collection: slugs.permitTypes,
      id: permitType.id,
      locale: 'en',
      data: { guidance: richTextFromPlain('') },
      overrideAccess: true,
    })
    try {
      const { result } = await pageOf({ locale: 'en' })
      const rescue = result!.needed.find((permit) => permit.permitType === 'rescue-plan')!
      expect(JSON.stringify(rescue.guidance)).toContain('pelastussuunnitelma')
      // Marked as Finnish for screen readers; the translated name is not.
      expect(rescue.guidanceLang).toBe('fi')
      expect(rescue.nameLang).toBeUndefined()
      expect(
        result!.needed.find((permit) => permit.permitType === 'police-public-event-notification')!
          .guidanceLang,
      ).toBeUndefined()
    } finally {
      await payload.update({
        collection: slugs.permitTypes,
        id: permitType.id,
        locale: 'en',
        data: { guidance: english.guidance },
        overrideAccess: true,
      })
    }
  })

  it('should carry the answers into the start-application link', async () => {
    const { result } = await pageOf()
    const url = new URL(result!.startApplicationHref, 'http://lupa.test')
    expect(url.pathname).toBe('/applications/new')
    expect(url.searchParams.get('bundle')).toBe('public-event')
    expect(JSON.parse(url.searchParams.get('answers')!)).toEqual(workedExampleAnswers)
  })
})

describe('invalid answers', () => {
  it('should give localised field errors and no result', async () => {
    const page = await pageOf({ answers: { ...workedExampleAnswers, expectedAttendees: -5 }, locale: 'sv' })
    expect(page.result).toBeNull()
    expect(page.errors).toEqual([
      {
        key: 'expectedAttendees',
        focusId: 'q-expectedAttendees',
        label: 'Uppskattat största antal personer samtidigt',
        message: 'Värdet är för litet (minst 1)',
      },
    ])
    expect(page.questions.find((question) => question.key === 'expectedAttendees')!.error).toBe(
      'Värdet är för litet (minst 1)',
    )
  })

  it('should keep what was submitted', async () => {
    const page = await pageOf({ answers: { ...workedExampleAnswers, expectedAttendees: 'lots' } })
    expect(page.questions.find((question) => question.key === 'expectedAttendees')!.value).toBe('lots')
  })

  it('should report malformed values of every type without throwing', async () => {
    const page = await pageOf({
      answers: {
        municipality: '999',
        isPublicEvent: 'maybe',
        expectedAttendees: '12.5',
        eventStartDate: '2027-02-30',
        eventEndTime: '25:00',
        placeType: 'x'.repeat(10_000),
      },
    })
    expect(page.result).toBeNull()
    expect(page.errors.map((error) => error.key).sort()).toEqual(
      [
        'municipality',
        'isPublicEvent',
        'expectedAttendees',
        'eventStartDate',
        'eventEndTime',
        'placeType',
      ].sort(),
    )
  })

  it('should list the errors in question order', async () => {
    const page = await pageOf({ answers: { expectedAttendees: 0, municipality: 'nowhere' } })
    expect(page.errors.map((error) => error.key)).toEqual(['municipality', 'expectedAttendees'])
  })
})

describe('reading form values', () => {
  const element = (key: string) => dataElements.find((candidate) => candidate.key === key)!

  it('should read numbers with Finnish digit grouping and decimal commas', () => {
    expect(parseFormValue(element('expectedAttendees'), ['1 500'])).toBe(1500)
    expect(parseFormValue({ ...element('expectedAttendees'), type: 'number' }, ['2,5'])).toBe(2.5)
  })

  it('should read times written with a dot and dates written the Finnish way', () => {
    expect(parseFormValue(element('eventEndTime'), ['9.30'])).toBe('09:30')
    expect(parseFormValue(element('eventStartDate'), ['12.6.2027'])).toBe('2027-06-12')
  })

  it('should read yes and no, and leave blanks out', () => {
    expect(parseFormValue(element('isPublicEvent'), ['true'])).toBe(true)
    expect(parseFormValue(element('isPublicEvent'), ['false'])).toBe(false)
    expect(parseFormValue(element('isPublicEvent'), [''])).toBeUndefined()
  })
})

describe('the bundle list', () => {
  const keysFound = async (query: string, locale: Locale = 'fi') =>
    (await searchBundles({ payload, locale, query })).bundles.map((bundle) => bundle.key)

  it('should list published bundles with the names of the permits they cover', async () => {
    const { bundles, browse } = await searchBundles({ payload, locale: 'en' })
    const [bundle] = bundles
    expect(bundle).toMatchObject({ key: 'public-event', name: 'Organising a public event' })
    expect(bundle.permits).toHaveLength(publicEventBundle.permits.length)
    expect(bundle.permits).toContain('Public event notification to the police')
    expect(browse).toEqual([])
  })

  it('should find bundles by the name of a permit they cover', async () => {
    expect((await keysFound('anniskelulupa')).sort()).toEqual(['public-event', 'restaurant'])
    expect((await keysFound('serveringstillstånd', 'sv')).sort()).toEqual(['public-event', 'restaurant'])
    expect(await keysFound('ilotulitusnäytöksestä')).toEqual(['public-event'])
  })

  it('should find bundles by their keywords and inflected words in every language', async () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      for (const query of ['konsertti', 'konsertin', 'concerts'])
        expect(await keysFound(query, locale)).toEqual(['public-event'])
      for (const query of ['ravintola', 'ravintolan', 'terassi', 'restaurang', 'restaurant'])
        expect(await keysFound(query, locale)).toEqual(['restaurant'])
      for (const query of ['alkoholi', 'anniskelu', 'alkohol'])
        expect((await keysFound(query, locale)).sort()).toEqual(['public-event', 'restaurant'])
    }
  })

  it('should find bundles whatever the accents and case', async () => {
    expect(await keysFound('YLEISOTILAISUUDEN jarjestaminen')).toEqual(['public-event'])
  })

  it('should find nothing for words the bundles do not contain, and offer every bundle instead', async () => {
    const { bundles, browse } = await searchBundles({
      payload,
      locale: 'fi',
      query: 'anniskelulupa kalastus',
    })
    expect(bundles).toEqual([])
    expect(browse).toEqual([
      { key: 'restaurant', name: 'Ravintolan perustaminen' },
      { key: 'public-event', name: 'Yleisötilaisuuden järjestäminen' },
    ])
  })
})

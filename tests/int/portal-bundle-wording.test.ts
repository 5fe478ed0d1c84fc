import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFStream } from 'pdf-lib'
import type { DataFromCollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getFixedT } from '../../portal/app/i18n/i18next.server'
import { loadAnalysisPage } from '../../portal/app/models/analysis.server'
import { listApplications } from '../../portal/app/models/applications.server'
import { searchBundles } from '../../portal/app/models/bundles.server'
import { loadReceipt, receiptPdf } from '../../portal/app/models/receipt.server'
import { staffPreviewerOf } from '../../portal/app/models/session.server'
import { loadStartPreview, startApplication } from '../../portal/app/models/wizardNew.server'
import { loadWizardPage } from '../../portal/app/models/wizardPage.server'
import { postStep, submitDraft } from '../../portal/app/models/wizardPost.server'
import { slugs } from '../../src/collections/slugs'
import type { DataValues, Locale } from '../../src/domain/types'
import { seedCatalogue } from '../../src/seed/seed'
import { createUser, tokenOf, type TestUser } from '../support/factories'
import { startTestPayload, type TestPayload } from '../support/testPayload'

/*
 * A second bundle, made through the Local API as the owner would in the admin, with its own
 * words: a restaurant must read as a restaurant from the search to the receipt PDF.
 */

let test: TestPayload
let payload: Payload
let customer: TestUser
let owner: TestUser

const today = '2026-11-30'

/** Words that belong to the public event and must not leak into another bundle's pages. */
const eventWords =
  /tilaisuu|tapahtum|järjestä|evenemang|tillställning|arrangör|\bevents?\b|organi[sz]er|recurring|toistuva/i

type Localized = { fi: string; sv: string; en: string }
const t = (fi: string, sv: string, en: string): Localized => ({ fi, sv, en })

/** Copies array row ids by position, so that other languages update the same rows. */
const withRowIds = (data: unknown, stored: unknown): unknown => {
  if (Array.isArray(data))
    return data.map((item: unknown, index) => {
      const row: unknown = Array.isArray(stored) ? stored[index] : undefined
      const merged = withRowIds(item, row)
      const id = row && typeof row === 'object' ? (row as { id?: unknown }).id : undefined
      return merged && typeof merged === 'object' && id !== undefined ? { ...merged, id } : merged
    })
  if (data && typeof data === 'object')
    return Object.fromEntries(
      Object.entries(data).map(([key, value]) => [
        key,
        withRowIds(
          value,
          stored && typeof stored === 'object' ? (stored as Record<string, unknown>)[key] : undefined,
        ),
      ]),
    )
  return data
}

type CatalogueSlug = typeof slugs.dataElements | typeof slugs.permitTypes | typeof slugs.permitBundles

/** Creates a catalogue document in Finnish, then writes its Swedish and English texts. */
const createInAllLanguages = async <S extends CatalogueSlug>(
  collection: S,
  build: (locale: Locale) => RequiredDataFromCollectionSlug<S>,
): Promise<{ id: DataFromCollectionSlug<CatalogueSlug>['id'] }> => {
  // Payload cannot relate a generic collection's data to its update type; the union it can.
  const system = { collection: collection as CatalogueSlug, depth: 0, overrideAccess: true } as const
  const dataOf = (locale: Locale): RequiredDataFromCollectionSlug<CatalogueSlug> => build(locale)
  const created = await payload.create({ ...system, data: dataOf('fi'), locale: 'fi' })
  for (const locale of ['sv', 'en'] as const)
    await payload.update({
      ...system,
      id: created.id,
      data: withRowIds(dataOf(locale), created) as RequiredDataFromCollectionSlug<CatalogueSlug>,
      locale,
    })
  return created
}

const keyed = async <S extends typeof slugs.permitTypes | typeof slugs.authorities>(
  collection: S,
  key: string,
) =>
  (
    await payload.find({
      collection,
      where: { key: { equals: key } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
  ).docs[0]

const element = (
  key: string,
  type: 'text' | 'date' | 'integer' | 'boolean',
  step: string,
  label: Localized,
) => createInAllLanguages(slugs.dataElements, (locale) => ({ key, type, step, label: label[locale] }))

/** The restaurant's own words in the portal. */
const texts = {
  analysisHeading: t('Kerro ravintolastasi', 'Berätta om din restaurang', 'Tell us about your restaurant'),
  analysisIntro: t(
    'Vastaa kysymyksiin ravintolastasi, niin näet, mitä lupia ja ilmoituksia tarvitset ennen avaamista.',
    'Svara på frågorna om din restaurang så ser du vilka tillstånd och anmälningar du behöver före öppnandet.',
    'Answer the questions about your restaurant to see which permits and notifications you need before opening.',
  ),
  placeQuestion: t(
    'Missä kunnassa ravintola on?',
    'I vilken kommun ligger restaurangen?',
    'In which municipality is the restaurant?',
  ),
  deadlineSubject: t('avaamista', 'öppnandet', 'the opening'),
  applicantLabel: t('Toiminnanharjoittaja', 'Verksamhetsutövare', 'Operator'),
}

/** The restaurant bundle (published, or a draft under another key) with its own words. */
const createRestaurantBundle = async ({ key, isPublished }: { key: string; isPublished: boolean }) => {
  const ids = Object.fromEntries(
    (
      await payload.find({
        collection: slugs.dataElements,
        where: {
          key: {
            in: [
              'municipality',
              'restaurantName',
              'operatorName',
              'openingDate',
              'seatCount',
              'servesAlcohol',
            ],
          },
        },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    ).docs.map((doc) => [doc.key, doc.id]),
  )
  const permitTypeIds = {
    food: (await keyed(slugs.permitTypes, 'restaurant-food-premises'))!.id,
    alcohol: (await keyed(slugs.permitTypes, 'restaurant-alcohol-licence'))!.id,
  }
  return createInAllLanguages(slugs.permitBundles, (locale) => ({
    key,
    name: t('Ravintolan perustaminen', 'Att starta en restaurang', 'Starting a restaurant')[locale],
    description: t(
      'Kun avaat ravintolan, kahvilan tai baarin, tarvitset ilmoituksen elintarvikehuoneistosta ja usein anniskeluluvan.',
      'När du öppnar en restaurang, ett kafé eller en bar behöver du en anmälan om livsmedelslokal och ofta ett serveringstillstånd.',
      'Opening a restaurant, café or bar takes a food premises notification and often an alcohol serving licence.',
    )[locale],
    keywords: t(
      'ravintola, kahvila, baari, terassi, anniskelu, alkoholi',
      'restaurang, kafé, bar, uteservering, alkohol',
      'restaurant, café, bar, terrace, alcohol',
    )[locale],
    isPublished,
    analysisElements: [ids.municipality, ids.openingDate, ids.seatCount, ids.servesAlcohol],
    steps: [
      // The shared municipality question's step; the analysis answers it before the wizard.
      { key: 'place', title: t('Sijainti', 'Plats', 'Location')[locale] },
      { key: 'restaurant', title: t('Ravintola', 'Restaurangen', 'The restaurant')[locale] },
      { key: 'operator', title: t('Toiminnanharjoittaja', 'Verksamhetsutövare', 'Operator')[locale] },
    ],
    permits: [
      {
        permitType: permitTypeIds.food,
        rules: [
          {
            ruleId: 'seats',
            when: { '>=': [{ var: 'seatCount' }, 1] },
            reason: t(
              'Ravintolassa on asiakaspaikkoja',
              'Restaurangen har kundplatser',
              'The restaurant has seats',
            )[locale],
          },
        ],
        notNeededReason: t('Ei asiakaspaikkoja', 'Inga kundplatser', 'No seats')[locale],
      },
      {
        permitType: permitTypeIds.alcohol,
        rules: [
          {
            ruleId: 'alcohol',
            when: { '==': [{ var: 'servesAlcohol' }, true] },
            reason: t(
              'Ravintolassa anniskellaan alkoholijuomia',
              'Restaurangen serverar alkoholdrycker',
              'The restaurant serves alcoholic drinks',
            )[locale],
          },
        ],
        notNeededReason: t('Alkoholia ei anniskella', 'Ingen alkohol serveras', 'No alcohol is served')[
          locale
        ],
      },
    ],
    titleElement: ids.restaurantName,
    startDateElement: ids.openingDate,
    isRepeatOffered: false,
    texts: Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, text[locale]])),
  }))
}

const answers: DataValues = {
  municipality: '091',
  openingDate: '2027-09-01',
  seatCount: 40,
  servesAlcohol: true,
}

const analysisParams = (values: DataValues, extra: Record<string, string> = {}) => {
  const params = new URLSearchParams({ analyse: '1', ...extra })
  for (const [key, value] of Object.entries(values)) params.set(key, String(value))
  return params
}

/** The text a PDF shows: pdf-lib writes each line as one hex string in WinAnsi. */
const pdfText = async (bytes: Uint8Array) => {
  const pdf = await PDFDocument.load(bytes)
  const lines: string[] = [pdf.getTitle() ?? '', pdf.getSubject() ?? '']
  for (const page of pdf.getPages()) {
    const contents = page.node.Contents()
    const streams =
      contents instanceof PDFArray
        ? contents.asArray().map((ref) => pdf.context.lookup(ref) as PDFStream)
        : contents
          ? [contents]
          : []
    for (const stream of streams) {
      const raw = stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents()
      for (const match of Buffer.from(raw)
        .toString('latin1')
        .matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g))
        lines.push(Buffer.from(match[1], 'hex').toString('latin1'))
    }
  }
  return lines.join('\n')
}

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  await seedCatalogue(payload)
  // In place of the demo's restaurant: this file builds a small one of its own, as an owner would.
  await payload.delete({
    collection: slugs.permitBundles,
    where: { key: { equals: 'restaurant' } },
    overrideAccess: true,
  })
  customer = await createUser(payload, { role: 'customer', name: 'Riikka Ravintoloitsija' })
  owner = await createUser(payload, { role: 'owner' })

  await element(
    'restaurantName',
    'text',
    'restaurant',
    t('Ravintolan nimi', 'Restaurangens namn', 'Name of the restaurant'),
  )
  await element('openingDate', 'date', 'restaurant', t('Avaamispäivä', 'Öppningsdag', 'Opening day'))
  await element(
    'seatCount',
    'integer',
    'restaurant',
    t('Asiakaspaikkojen määrä', 'Antal kundplatser', 'Number of seats'),
  )
  await element(
    'servesAlcohol',
    'boolean',
    'restaurant',
    t('Anniskellaanko alkoholijuomia?', 'Serveras alkoholdrycker?', 'Are alcoholic drinks served?'),
  )
  await element(
    'operatorName',
    'text',
    'operator',
    t('Toiminnanharjoittajan nimi', 'Verksamhetsutövarens namn', 'Name of the operator'),
  )
  const elementIds = new Map(
    (
      await payload.find({
        collection: slugs.dataElements,
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    ).docs.map((doc) => [doc.key, doc.id]),
  )
  const rows = (...keys: string[]) => keys.map((key) => ({ element: elementIds.get(key)!, isRequired: true }))
  // Routed like the seeded food control notification: to the municipality's environmental health.
  const foodControl = (await keyed(slugs.permitTypes, 'large-event-food-notification'))!
  const food = await createInAllLanguages(slugs.permitTypes, (locale) => ({
    key: 'restaurant-food-premises',
    name: t('Ilmoitus elintarvikehuoneistosta', 'Anmälan om livsmedelslokal', 'Food premises notification')[
      locale
    ],
    routingKind: 'by-municipality',
    authorityKind: foodControl.authorityKind,
    municipalityElement: foodControl.municipalityElement,
    elements: rows('municipality', 'restaurantName', 'operatorName', 'openingDate', 'seatCount'),
    leadTime: { amount: 28, unit: 'calendar-days' },
    processingDays: 28,
  }))
  const permitAgency = (await keyed(slugs.authorities, 'permit-agency'))!
  const alcohol = await createInAllLanguages(slugs.permitTypes, (locale) => ({
    key: 'restaurant-alcohol-licence',
    name: t('Anniskelulupa', 'Serveringstillstånd', 'Alcohol serving licence')[locale],
    routingKind: 'fixed',
    authority: permitAgency.id,
    elements: rows('restaurantName', 'operatorName', 'openingDate'),
    leadTime: { amount: 60, unit: 'calendar-days' },
    processingDays: 60,
  }))
  for (const [key, permitType] of [
    ['environmental-health-helsinki', food],
    ['permit-agency', alcohol],
  ] as const) {
    const authority = (await keyed(slugs.authorities, key))!
    await payload.update({
      collection: slugs.authorities,
      id: authority.id,
      depth: 0,
      overrideAccess: true,
      data: { joinedPermitTypes: [...(authority.joinedPermitTypes ?? []), permitType.id] },
    })
  }
  await createRestaurantBundle({ key: 'restaurant', isPublished: true })
  await createRestaurantBundle({ key: 'restaurant-draft', isPublished: false })
})

afterAll(async () => {
  await test?.close()
})

describe('a restaurant bundle in its own words', () => {
  it('should be found by restaurant words in every language', async () => {
    for (const locale of ['fi', 'sv', 'en'] as const)
      for (const query of ['ravintola', 'ravintolan', 'terassille', 'restaurang', 'restaurants'])
        expect((await searchBundles({ payload, locale, query })).bundles.map((bundle) => bundle.key)).toEqual(
          ['restaurant'],
        )
    const both = await searchBundles({ payload, locale: 'fi', query: 'anniskelu' })
    expect(both.bundles.map((bundle) => bundle.key).sort()).toEqual(['public-event', 'restaurant'])
  })

  it.each([
    ['fi', 'Kerro ravintolastasi', 'Missä kunnassa ravintola on?', 'vähintään 28 päivää ennen avaamista'],
    [
      'sv',
      'Berätta om din restaurang',
      'I vilken kommun ligger restaurangen?',
      'minst 28 dagar före öppnandet',
    ],
    [
      'en',
      'Tell us about your restaurant',
      'In which municipality is the restaurant?',
      'at least 28 days before the opening',
    ],
  ] as const)(
    'should ask and plan the analysis as a restaurant in %s',
    async (locale, heading, place, leadTime) => {
      const page = await loadAnalysisPage({
        payload,
        bundleKey: 'restaurant',
        locale,
        params: analysisParams(answers),
        today,
      })
      expect(page.wording.analysisHeading).toBe(heading)
      expect(page.questions.find((question) => question.key === 'municipality')!.label).toBe(place)
      expect(page.result!.needed.map((permit) => permit.permitType).sort()).toEqual([
        'restaurant-alcohol-licence',
        'restaurant-food-premises',
      ])
      expect(page.result!.plan!.startDate).toBe('2027-09-01')
      const tr = await getFixedT(locale)
      const rendered = [
        tr('analysis.permit.leadTimeCalendarDays', { count: 28, subject: page.wording.deadlineSubject }),
        tr('analysis.plan.intro', {
          subject: page.wording.deadlineSubject,
          date: page.result!.plan!.startDateText,
        }),
        JSON.stringify(page),
      ].join('\n')
      expect(rendered).toContain(leadTime)
      expect(rendered).not.toMatch(eventWords)
    },
  )

  it('should ask for the opening day by its own question when it is missing', async () => {
    const { openingDate: _date, ...withoutDate } = answers
    const page = await loadAnalysisPage({
      payload,
      bundleKey: 'restaurant',
      locale: 'fi',
      params: analysisParams(withoutDate),
      today,
    })
    expect(page.result!.plan).toBeNull()
    expect(page.startDateQuestion).toBe('Avaamispäivä')
  })

  it('should fill in, submit and give a receipt and PDF that speak of the restaurant only', async () => {
    const form = new FormData()
    form.set('bundle', 'restaurant')
    form.set('answers', JSON.stringify(answers))
    form.set('onBehalfOf', 'self')
    const started = await startApplication({ payload, user: customer, locale: 'fi', form })
    expect(started.kind).toBe('redirect')
    const id = /\/applications\/([^/]+)\/edit/.exec(started.kind === 'redirect' ? started.to : '')![1]

    for (const [step, fields] of [
      ['restaurant', { restaurantName: 'Ravintola Kuukkeli' }],
      ['operator', { operatorName: 'Kuukkeli Oy' }],
    ] as const) {
      const stepPage = await loadWizardPage({
        payload,
        user: customer,
        id,
        locale: 'fi',
        stepKey: step,
      })
      expect(JSON.stringify(stepPage)).not.toMatch(eventWords)
      const posted = new FormData()
      posted.set('step', step)
      posted.set('intent', 'next')
      for (const [name, value] of Object.entries(fields)) posted.set(name, value)
      const saved = await postStep({
        payload,
        user: customer,
        id,
        locale: 'fi',
        posted: { form: posted, isTooLarge: false },
      })
      expect(saved.kind).toBe('redirect')
    }
    const review = await loadWizardPage({
      payload,
      user: customer,
      id,
      locale: 'fi',
      stepKey: 'review',
    })
    expect(review.review!.problems).toEqual([])
    expect(review.answers.find((answer) => answer.key === 'municipality')!.label).toBe(
      'Missä kunnassa ravintola on?',
    )
    expect(review.review!.recipients.map((recipient) => recipient.authorityName).every(Boolean)).toBe(true)
    expect(JSON.stringify(review)).not.toMatch(eventWords)

    expect(await submitDraft({ payload, user: customer, id, locale: 'fi' })).toEqual({
      kind: 'redirect',
      to: `/applications/${id}/receipt`,
    })
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const receipt = await loadReceipt({ payload, user: customer, id, locale })
      expect(receipt.applicantLabel).toBe(t('Toiminnanharjoittaja', 'Verksamhetsutövare', 'Operator')[locale])
      expect(receipt.repeatHeading).toBeNull()
      expect(
        receipt.cases.flatMap((item) => item.data).find((row) => row.key === 'municipality')?.label,
      ).toBe(texts.placeQuestion[locale])
      expect(JSON.stringify(receipt)).not.toMatch(eventWords)
      const text = await pdfText((await receiptPdf({ receipt, locale })).bytes)
      expect(text).toContain(receipt.applicantLabel)
      expect(text).toContain('Kuukkeli Oy')
      expect(text).toContain(
        t('Ravintolan perustaminen', 'Att starta en restaurang', 'Starting a restaurant')[locale],
      )
      expect(text).not.toMatch(eventWords)
    }
    const { submitted } = await listApplications({ payload, user: customer, locale: 'fi' })
    expect(submitted.find((item) => item.id === id)!.canCopy).toBe(false)
  })
})

describe('a staff preview of an unpublished bundle', () => {
  const requestOf = async (url: string, as?: TestUser) =>
    new Request(url, { headers: as ? { Authorization: `JWT ${await tokenOf(payload, as)}` } : {} })

  it('should show the unpublished bundle to the owner who asks for a preview, and to nobody else', async () => {
    const url = 'http://localhost/analysis/restaurant-draft?preview=1'
    expect((await staffPreviewerOf({ request: await requestOf(url, owner), payload }))?.id).toBe(owner.id)
    expect(await staffPreviewerOf({ request: await requestOf(url, customer), payload })).toBeNull()
    expect(await staffPreviewerOf({ request: await requestOf(url), payload })).toBeNull()
    expect(
      await staffPreviewerOf({
        request: await requestOf('http://localhost/analysis/restaurant-draft', owner),
        payload,
      }),
    ).toBeNull()
  })

  it('should open the analysis with the preview kept in its links', async () => {
    const page = await loadAnalysisPage({
      payload,
      bundleKey: 'restaurant-draft',
      locale: 'fi',
      params: analysisParams(answers, { preview: '1' }),
      previewer: owner,
      today,
    })
    expect(page.preview).toEqual({ isPublished: false })
    expect(page.result!.startApplicationHref).toMatch(/&preview=1$/)
    const published = await loadAnalysisPage({
      payload,
      bundleKey: 'restaurant',
      locale: 'fi',
      params: analysisParams(answers),
      today,
    })
    expect(published.preview).toBeNull()
  })

  it('should answer 404 for the unpublished bundle without a staff previewer', async () => {
    const thrown = await loadAnalysisPage({
      payload,
      bundleKey: 'restaurant-draft',
      locale: 'fi',
      params: new URLSearchParams({ preview: '1' }),
    }).catch((error: unknown) => error)
    expect(thrown).toBeInstanceOf(Response)
    expect((thrown as Response).status).toBe(404)
  })

  it('should preview the start of the application with its steps and questions, and start nothing', async () => {
    const params = new URLSearchParams({
      bundle: 'restaurant-draft',
      answers: JSON.stringify(answers),
      preview: '1',
    })
    const before = await payload.count({ collection: slugs.applications, overrideAccess: true })
    const page = await loadStartPreview({ payload, user: owner, locale: 'fi', params })
    expect(page.preview).toEqual({
      isPublished: false,
      steps: [
        { key: 'restaurant', title: 'Ravintola', questions: ['Ravintolan nimi'] },
        { key: 'operator', title: 'Toiminnanharjoittaja', questions: ['Toiminnanharjoittajan nimi'] },
      ],
    })
    expect(page.analysisHref).toMatch(/^\/analysis\/restaurant-draft\?.*preview=1/)
    expect(await payload.count({ collection: slugs.applications, overrideAccess: true })).toEqual(before)
  })
})

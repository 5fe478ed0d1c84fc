import type { CollectionSlug, Where } from 'payload'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { createUser } from '../support/factories'
import { openAdminPage, watchContext, type AdminPage } from './support/adminPage'
import { startAdminTestServer, type AdminTestServer } from './support/adminTestServer'
import { fillAnalysis } from './support/analysisForm'
import { launchChromium, openPage } from './support/portalTestServer'
import { askedNames, continueFrom, fillStep } from './support/wizardForm'

/*
 * Issue 10: the owner builds a new permit bundle in the admin from scratch with the mouse
 * and by typing its texts only (no key, no identifier, no JSON: keys are derived from the
 * names), previews and publishes it, and a customer finds it on the portal and applies.
 * The demo data already has a restaurant bundle (key `restaurant`): this one is built beside
 * it under names of its own, and is told apart by the keys derived from them.
 */

let server: AdminTestServer
let browser: Browser
let admin: AdminPage

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startAdminTestServer({ portal: true }), launchChromium()])
  admin = await openAdminPage({ browser, server })
  admin.page.on('request', () => (requestsUnderWay += 1))
  admin.page.on('requestfinished', () => (requestsUnderWay -= 1))
  admin.page.on('requestfailed', () => (requestsUnderWay -= 1))
})

afterAll(async () => {
  await admin?.context.close()
  await browser?.close()
  await server?.close()
})

const names = {
  bundle: 'Ravintolan perustaminen (testi)',
  description:
    'Testiravintolan perustaminen: anniskelu ja terassi yleisellä alueella. Kokonaisuus kertoo, mitä lupia ravintola tarvitsee.',
  restaurantStep: 'Ravintolan tiedot',
  servingStep: 'Anniskelu ja terassi',
  alcohol: 'Tarjoillaanko ravintolassa alkoholijuomia?',
  seats: 'Montako asiakaspaikkaa ravintolassa on?',
  terrace: 'Onko ravintolalla terassi yleisellä alueella?',
  restaurantName: 'Ravintolan markkinointinimi',
  licence: 'Ravintolan anniskelulupa (testi)',
  terracePermit: 'Terassilupa yleiselle alueelle (testi)',
}

/** The keys the admin never typed: derived from the names above when saved. */
const keys = {
  bundle: 'ravintolan-perustaminen-testi',
  restaurantStep: 'ravintolan-tiedot',
  servingStep: 'anniskelu-ja-terassi',
  alcohol: 'tarjoillaankoRavintolassaAlkoholijuomia',
  seats: 'montakoAsiakaspaikkaaRavintolassaOn',
  terrace: 'onkoRavintolallaTerassiYleisellaAlueella',
  restaurantName: 'ravintolanMarkkinointinimi',
  licence: 'ravintolan-anniskelulupa-testi',
  terracePermit: 'terassilupa-yleiselle-alueelle-testi',
}

// ---------------------------------------------------------------------------------------
// Reading what was saved (Local API, reads only)
// ---------------------------------------------------------------------------------------

const findOne = async (collection: CollectionSlug, where: Where) =>
  (
    await server.test.payload.find({
      collection,
      where,
      limit: 1,
      depth: 0,
      locale: 'fi',
      overrideAccess: true,
    })
  ).docs[0] as unknown as (Record<string, unknown> & { id: number | string }) | undefined

const byName = (collection: CollectionSlug, name: string) => findOne(collection, { name: { equals: name } })

const storedBundle = async () => {
  const bundle = await byName(slugs.permitBundles, names.bundle)
  if (!bundle) throw new Error(`No bundle named ${names.bundle}`)
  return bundle
}

// ---------------------------------------------------------------------------------------
// Driving the admin with the mouse
// ---------------------------------------------------------------------------------------

/** Requests of the admin page under way (Payload works out the form's state on the server). */
let requestsUnderWay = 0

/**
 * Waits until the admin page has made no request for a moment: a click while Payload is
 * still answering the last change may be lost or undone (the machine is slow and shared).
 */
const settle = async (page: Page) => {
  const started = Date.now()
  let quietSince = Date.now()
  while (Date.now() - quietSince < 500 && Date.now() - started < 20_000) {
    if (requestsUnderWay > 0) quietSince = Date.now()
    await page.waitForTimeout(50)
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Picks an option of a select or relationship field (react-select) with the mouse: opens
 * its menu and, while the option is not among those loaded, wheels the menu for more. A
 * relationship with more records than the menu loads is searched by the option's name, as a
 * person would (a name, never a key). A string matches an option's whole text.
 */
const pick = async (page: Page, fieldId: string, option: string | RegExp, search?: string) => {
  await settle(page)
  const field = page.locator(`#${fieldId}`)
  await field.locator('.rs__control').waitFor()
  await field.locator('.rs__input').click({ force: true })
  const menu = page.locator('.rs__menu')
  await menu.waitFor()
  const matcher = typeof option === 'string' ? new RegExp(`^\\s*${escapeRegExp(option)}\\s*$`) : option
  const choice = menu.locator('.rs__option').filter({ hasText: matcher })
  const isShown = async () => {
    for (let attempt = 0; attempt < 8; attempt += 1) {
      if ((await choice.count()) > 0) return true
      await page.waitForTimeout(250)
    }
    return false
  }
  for (let attempt = 0; attempt < 3 && !(await isShown()); attempt += 1) {
    await menu.locator('.rs__menu-list').hover()
    await page.mouse.wheel(0, 2000)
  }
  const searchText = search ?? (typeof option === 'string' ? option : undefined)
  if ((await choice.count()) === 0 && searchText) {
    await field.locator('.rs__input').fill(searchText)
    await settle(page)
    await isShown()
  }
  if ((await choice.count()) === 0) {
    const shown = await menu.locator('.rs__option').allTextContents()
    throw new Error(`#${fieldId}: no option ${String(matcher)} among ${JSON.stringify(shown)}`)
  }
  await choice.first().click()
  await menu.waitFor({ state: 'detached' }).catch(() => undefined)
  await settle(page)
}

/** Adds a row to an array field (its own "add" button, not one of a nested array). */
const addRow = async (page: Page, arrayId: string, firstFieldOfRow: string) => {
  const rows = page.locator(`#${arrayId} > .array-field__draggable-rows > *`)
  for (let attempt = 1; ; attempt += 1) {
    await settle(page)
    const before = await rows.count()
    await page.locator(`#${arrayId} > .array-field__add-row`).click()
    try {
      await page.locator(`#${firstFieldOfRow}`).waitFor({ timeout: 10_000 })
      await settle(page)
      return
    } catch (error) {
      // A click Payload lost while busy adds no row: press again; a slow row is waited for.
      if (attempt === 3) throw error
      if ((await rows.count()) > before) await page.locator(`#${firstFieldOfRow}`).waitFor()
    }
  }
}

/** Saves a new document and waits for the edit view of the created document. */
const saveNew = async (page: Page, slug: string) => {
  await settle(page)
  await page.locator('#action-save').click()
  await page.waitForURL((url) => new RegExp(`/admin/collections/${slug}/\\d+$`).test(url.pathname))
}

/** Saves and waits for what the save shows (e.g. an error at a field); a picture when it never shows. */
const saveAndWaitFor = async (page: Page, shown: Locator) => {
  await settle(page)
  await page.locator('#action-save').click()
  await shown.waitFor({ state: 'attached', timeout: 30_000 }).catch(async (error: Error) => {
    await page.screenshot({ path: 'build/admin-restaurant-failure.png', fullPage: true })
    const toasts = await page.locator('.payload-toast-item').allInnerTexts()
    const stored = await storedBundle()
    throw new Error(
      `${error.message}\ntoasts: ${JSON.stringify(toasts)}\nstored published: ${String(stored.isPublished)}, permits: ${JSON.stringify(stored.permits)}`,
    )
  })
}

const openCreate = async (page: Page, slug: string, firstField: string) => {
  await page.goto(`${server.url}/admin/collections/${slug}/create`)
  await page.locator(`#${firstField}`).waitFor()
  // The form is the client's when its save button answers.
  await page.locator('#action-save').waitFor()
}

const previewOf = (page: Page, permitType: string) =>
  page.locator(`[data-testid="preview-permits"] [data-permit-type="${permitType}"]`)

const expectNoForeignRequestOrCspViolation = (watched: {
  foreignRequests: string[]
  cspViolations: string[]
}) => {
  expect(watched.foreignRequests).toEqual([])
  expect(watched.cspViolations).toEqual([])
}

// ---------------------------------------------------------------------------------------

describe('the owner builds the restaurant bundle in the admin', () => {
  it('should create the bundle with its steps, unpublished, its keys derived from the names', async () => {
    const { page } = admin
    await openCreate(page, 'permit-bundles', 'field-name')
    await page.locator('#field-name').fill(names.bundle)
    await page.locator('#field-description').fill(names.description)
    await addRow(page, 'field-steps', 'field-steps__0__title')
    await page.locator('#field-steps__0__title').fill(names.restaurantStep)
    await addRow(page, 'field-steps', 'field-steps__1__title')
    await page.locator('#field-steps__1__title').fill(names.servingStep)
    expect(await page.locator('#field-key').inputValue()).toBe('')
    await saveNew(page, 'permit-bundles')

    const bundle = await storedBundle()
    expect(bundle.key).toBe(keys.bundle)
    expect(bundle.isPublished).toBe(false)
    expect((bundle.steps as { key: string }[]).map((step) => step.key)).toEqual([
      keys.restaurantStep,
      keys.servingStep,
    ])
    expectNoForeignRequestOrCspViolation(admin)
  }, 120_000)

  it('should create the data elements, each with its step picked from the bundle', async () => {
    const { page } = admin
    const elements = [
      { label: names.alcohol, type: 'Kyllä / ei', step: names.servingStep },
      { label: names.seats, type: 'Kokonaisluku', step: names.restaurantStep },
      { label: names.terrace, type: 'Kyllä / ei', step: names.servingStep },
      { label: names.restaurantName, type: null, step: names.restaurantStep },
    ]
    for (const element of elements) {
      await openCreate(page, 'data-elements', 'field-label')
      await page.locator('#field-label').fill(element.label)
      if (element.type) await pick(page, 'field-type', element.type)
      // "<step title> (<key>) – <bundles>"
      await pick(
        page,
        'field-step',
        new RegExp(`^${escapeRegExp(element.step)} \\(.*${escapeRegExp(names.bundle)}`),
      )
      await saveNew(page, 'data-elements')
    }

    const stored = async (label: string) => findOne(slugs.dataElements, { label: { equals: label } })
    expect(await stored(names.alcohol)).toMatchObject({
      key: keys.alcohol,
      type: 'boolean',
      step: keys.servingStep,
    })
    expect(await stored(names.seats)).toMatchObject({
      key: keys.seats,
      type: 'integer',
      step: keys.restaurantStep,
    })
    expect(await stored(names.terrace)).toMatchObject({ key: keys.terrace, type: 'boolean' })
    expect(await stored(names.restaurantName)).toMatchObject({
      key: keys.restaurantName,
      type: 'text',
      step: keys.restaurantStep,
    })
    expectNoForeignRequestOrCspViolation(admin)
  }, 240_000)

  it('should create the permit types, one fixed to the permit agency, one routed by municipality, and have the authorities join them', async () => {
    const { page } = admin
    const municipality = await findOne(slugs.dataElements, { key: { equals: 'municipality' } })
    const agency = await findOne(slugs.authorities, { key: { equals: 'permit-agency' } })
    const cityAreaUse = await findOne(slugs.authorities, { key: { equals: 'city-area-use-helsinki' } })
    const kind = await findOne(slugs.authorityKinds, { key: { equals: 'city-area-use' } })

    // The alcohol serving licence: always the Permit and Supervision Agency.
    await openCreate(page, 'permit-types', 'field-name')
    await page.locator('#field-name').fill(names.licence)
    await page.locator('label[for="field-routingKind-fixed"]').click()
    await pick(page, 'field-authority', String(agency!.name))
    await settle(page)
    await page.locator('.tabs-field__tab-button', { hasText: 'Tiedot' }).click()
    await addRow(page, 'field-elements', 'field-elements__0__element')
    await pick(page, 'field-elements__0__element', names.restaurantName)
    await addRow(page, 'field-elements', 'field-elements__1__element')
    await pick(page, 'field-elements__1__element', names.seats)
    await saveNew(page, 'permit-types')

    // The terrace permit: the city's area use of the municipality answered.
    await openCreate(page, 'permit-types', 'field-name')
    await page.locator('#field-name').fill(names.terracePermit)
    await pick(page, 'field-authorityKind', String(kind!.name))
    await pick(page, 'field-municipalityElement', String(municipality!.label))
    await settle(page)
    await page.locator('.tabs-field__tab-button', { hasText: 'Tiedot' }).click()
    await addRow(page, 'field-elements', 'field-elements__0__element')
    await pick(page, 'field-elements__0__element', names.restaurantName)
    await saveNew(page, 'permit-types')

    const licence = await byName(slugs.permitTypes, names.licence)
    const terracePermit = await byName(slugs.permitTypes, names.terracePermit)
    expect(licence).toMatchObject({ key: keys.licence, routingKind: 'fixed', authority: agency!.id })
    expect(terracePermit).toMatchObject({
      key: keys.terracePermit,
      routingKind: 'by-municipality',
      authorityKind: kind!.id,
      municipalityElement: municipality!.id,
    })

    // The authorities join the new permit types (their cases go only to authorities that have).
    for (const [authority, permitType] of [
      [agency!, names.licence],
      [cityAreaUse!, names.terracePermit],
    ] as const) {
      await page.goto(`${server.url}/admin/collections/authorities/${authority.id}`)
      await page.locator('#action-save').waitFor()
      await pick(page, 'field-joinedPermitTypes', permitType)
      await settle(page)
      await page.locator('#action-save').click()
      const joined = permitType === names.licence ? licence!.id : terracePermit!.id
      await expect
        .poll(
          async () => (await findOne(slugs.authorities, { id: { equals: authority.id } }))?.joinedPermitTypes,
          { timeout: 15_000 },
        )
        .toContain(joined)
    }
    expectNoForeignRequestOrCspViolation(admin)
  }, 240_000)

  it('should add the questions and the permits with rules built in the builder, preview them, be refused publishing a permit without a rule, then publish', async () => {
    const { page } = admin
    const bundle = await storedBundle()
    const municipality = await findOne(slugs.dataElements, { key: { equals: 'municipality' } })
    await page.goto(`${server.url}/admin/collections/permit-bundles/${bundle.id}`)
    await page.locator('#action-save').waitFor()

    for (const question of [String(municipality!.label), names.alcohol, names.seats, names.terrace]) {
      await pick(page, 'field-analysisElements', question)
    }

    // The licence: needed when alcohol is served.
    await addRow(page, 'field-permits', 'field-permits__0__permitType')
    await pick(page, 'field-permits__0__permitType', names.licence)
    await addRow(page, 'field-permits__0__rules', 'field-permits__0__rules__0__reason')
    const licenceRule = page.locator('#field-permits__0__rules__0__when')
    await licenceRule.locator('.ruleGroup-addRule').first().click()
    const alcoholCondition = licenceRule.locator('.rule').first()
    await alcoholCondition.locator('.rule-fields').selectOption({ label: names.alcohol })
    await alcoholCondition.locator('input[type="radio"][value="true"]').check()
    await page.locator('#field-permits__0__rules__0__reason').fill('Ravintolassa tarjoillaan alkoholijuomia.')
    await page
      .locator('#field-permits__0__notNeededReason')
      .fill('Anniskelulupaa ei tarvita, kun alkoholijuomia ei tarjoilla.')

    // The terrace permit, first without a rule.
    await addRow(page, 'field-permits', 'field-permits__1__permitType')
    await pick(page, 'field-permits__1__permitType', names.terracePermit)
    await page
      .locator('#field-permits__1__notNeededReason')
      .fill('Terassilupaa ei tarvita, kun terassi ei ole yleisellä alueella.')

    // The live preview: serving alcohol makes the licence needed, by the rule as built.
    await page.locator(`#lupa-preview-${keys.alcohol}`).selectOption('true')
    await previewOf(page, keys.licence).and(page.locator('[data-needed="true"]')).waitFor()
    expect(await previewOf(page, keys.licence).textContent()).toContain(
      'Ravintolassa tarjoillaan alkoholijuomia.',
    )
    await page.locator(`#lupa-preview-${keys.alcohol}`).selectOption('false')
    await previewOf(page, keys.licence).and(page.locator('[data-needed="false"]')).waitFor()

    // Publishing with a permit without rules is refused, at the permit's rules.
    const noRule =
      'Luvalla ”Terassilupa yleiselle alueelle (testi)” ei ole yhtään sääntöä: asiakkaalle kerrottaisiin, ettei sitä tarvita koskaan.'
    await page
      .locator('[data-testid="bundle-problems"] li[data-level="publish"]', { hasText: noRule })
      .waitFor()
    await settle(page)
    await page.locator('#field-isPublished').check()
    await saveAndWaitFor(page, page.locator('.field-error', { hasText: noRule }).first())
    expect((await storedBundle()).isPublished).toBe(false)

    // The terrace rule, built in the builder; then the bundle is published.
    await addRow(page, 'field-permits__1__rules', 'field-permits__1__rules__0__reason')
    const terraceRule = page.locator('#field-permits__1__rules__0__when')
    await terraceRule.locator('.ruleGroup-addRule').first().click()
    const terraceCondition = terraceRule.locator('.rule').first()
    await terraceCondition.locator('.rule-fields').selectOption({ label: names.terrace })
    await terraceCondition.locator('input[type="radio"][value="true"]').check()
    await page
      .locator('#field-permits__1__rules__0__reason')
      .fill('Ravintolan terassi on yleisellä alueella.')

    await page.locator(`#lupa-preview-${keys.terrace}`).selectOption('true')
    await previewOf(page, keys.terracePermit).and(page.locator('[data-needed="true"]')).waitFor()
    await page
      .locator('[data-testid="bundle-problems"] li[data-level="publish"]', { hasText: noRule })
      .waitFor({ state: 'detached' })

    await settle(page)
    await page.locator('#action-save').click()
    await expect.poll(async () => (await storedBundle()).isPublished, { timeout: 30_000 }).toBe(true)

    const published = await storedBundle()
    const permits = published.permits as {
      notNeededReason: string
      rules: { ruleId: string; when: unknown; reason: string }[]
    }[]
    expect(permits.map((permit) => permit.rules.map((rule) => rule.when))).toEqual([
      [{ '===': [{ var: keys.alcohol }, true] }],
      [{ '===': [{ var: keys.terrace }, true] }],
    ])
    // Rule ids too were made of the texts typed (their reasons).
    expect(permits.map((permit) => permit.rules[0].ruleId)).toEqual([
      'ravintolassa-tarjoillaan-alkoholijuomia',
      'ravintolan-terassi-on-yleisella-alueella',
    ])
    expectNoForeignRequestOrCspViolation(admin)
  }, 240_000)
})

describe('a customer applies with the published bundle', () => {
  it('should find it by searching "ravintola", run the analysis, fill the wizard and submit, with cases for the agency and the city', async () => {
    const customer = await createUser(server.test.payload, {
      role: 'customer',
      isDemo: true,
      name: 'Ravintoloitsija',
    })
    const { context, page, problems, goto } = await openPage(browser)
    const watched = await watchContext({ context, origin: new URL(server.url).origin })

    await goto(`${server.url}/`)
    await page.getByRole('searchbox', { name: 'Hae lupakokonaisuuksia' }).fill('ravintola')
    await page.getByRole('button', { name: 'Hae' }).click()
    await page.waitForURL(/\?q=ravintola/)
    await page.locator('.search-status').waitFor()
    const card = page.locator(`[data-bundle="${keys.bundle}"]`)
    expect(await card.locator('h2').textContent()).toBe(names.bundle)
    await card.locator(`a[href="/analysis/${keys.bundle}"]`).click()
    await page.waitForURL(new RegExp(`/analysis/${keys.bundle}`))
    await page.locator('input[type="radio"][name="municipality"]').first().waitFor()
    await fillAnalysis(page, {
      municipality: '091',
      [keys.alcohol]: true,
      [keys.seats]: 60,
      [keys.terrace]: true,
    })
    await page.getByRole('button', { name: 'Näytä tarvittavat luvat' }).click()
    const needed = page.locator('[data-testid="needed-permits"] [data-permit-type]')
    await needed.first().waitFor()
    expect(
      await needed.evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('data-permit-type')),
      ),
    ).toEqual(expect.arrayContaining([keys.licence, keys.terracePermit]))

    await page.locator('.start-application-link').click()
    await page.waitForURL(/\/login\?returnTo=/)
    await page.locator(`label[for="login-user-${customer.id}"]`).click()
    await page.locator('#login-submit').click()
    await page.waitForURL(/\/applications\/new\?/)
    await page.locator('#start-application').click()
    await page.waitForURL(/\/applications\/[^/]+\/edit/)
    await page.locator('#step-heading').waitFor()

    const values = { [keys.restaurantName]: 'Ravintola Testikeittiö' }
    const asked: string[] = []
    for (let guard = 0; guard < 10 && (await page.locator('.wizard-review').count()) === 0; guard += 1) {
      const names = await askedNames(page)
      expect(names.filter((name) => !(name in values))).toEqual([])
      asked.push(...(await fillStep(page, values)))
      await continueFrom(page)
      await page.waitForFunction(() => document.activeElement?.id === 'step-heading')
    }
    expect(asked).toEqual([keys.restaurantName])
    // The terrace permit goes by the municipality answered in the analysis, which is none of
    // its data: the review routes it by the answers, and so must the submission.
    await page.locator('#submit-application').click()
    await page.waitForURL(/\/receipt$/).catch(async (error: Error) => {
      throw new Error(`Not submitted: ${(await page.locator('main').innerText()).slice(0, 1500)}`, {
        cause: error,
      })
    })

    const bundle = await storedBundle()
    const application = await findOne(slugs.applications, {
      and: [{ bundle: { equals: bundle.id } }, { status: { equals: 'submitted' } }],
    })
    expect(application).toBeDefined()
    const { docs: cases } = await server.test.payload.find({
      collection: slugs.cases,
      where: { application: { equals: application!.id } },
      depth: 1,
      overrideAccess: true,
    })
    const routed = cases.map((found) => {
      const { permitType, authority } = found as unknown as {
        permitType: { key: string }
        authority: { key: string }
      }
      return `${permitType.key} → ${authority.key}`
    })
    expect(routed.sort()).toEqual([
      `${keys.licence} → permit-agency`,
      `${keys.terracePermit} → city-area-use-helsinki`,
    ])
    expect(problems).toEqual([])
    expectNoForeignRequestOrCspViolation(watched)
    expectNoForeignRequestOrCspViolation(admin)
    await context.close()
  }, 240_000)
})

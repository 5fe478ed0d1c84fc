import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { openAdminPage, type AdminPage } from './support/adminPage'
import { startAdminTestServer, type AdminTestServer } from './support/adminTestServer'
import { launchChromium } from './support/portalTestServer'

let server: AdminTestServer
let browser: Browser
let admin: AdminPage

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startAdminTestServer(), launchChromium()])
  admin = await openAdminPage({ browser, server })
})

afterAll(async () => {
  await admin?.context.close()
  await browser?.close()
  await server?.close()
})

const bundleId = async () =>
  (
    await server.test.payload.find({
      collection: slugs.permitBundles,
      where: { key: { equals: 'public-event' } },
      overrideAccess: true,
    })
  ).docs[0].id

const storedBundle = async () =>
  server.test.payload.findByID({
    collection: slugs.permitBundles,
    id: await bundleId(),
    overrideAccess: true,
  })

/**
 * Runs a test that saves the bundle, then puts the bundle's permits back as the demo has them:
 * the tests after it read the demo's rules (the preview's "police-attendees" rule among them).
 */
const restoringPermits = async (test: () => Promise<void>) => {
  const id = await bundleId()
  const { permits } = await server.test.payload.findByID({
    collection: slugs.permitBundles,
    id,
    depth: 0,
    overrideAccess: true,
  })
  try {
    await test()
  } finally {
    await server.test.payload.update({
      collection: slugs.permitBundles,
      id,
      data: { permits },
      depth: 0,
      overrideAccess: true,
    })
  }
}

/** The bundle's edit view with the rule builders ready (their questions loaded). */
const openBundle = async (page: Page) => {
  await page.goto(`${server.url}/admin/collections/permit-bundles/${await bundleId()}`)
  const builder = page.locator('#field-permits__0__rules__0__when')
  await builder.locator('.rule').first().waitFor()
  return builder
}

/** Saves the document and waits for Payload's answer (a toast). */
const save = async (page: Page) => {
  await page.locator('#action-save').click()
  await page.locator('.payload-toast-item').first().waitFor()
}

/** A field's error message (Payload keeps it in the field's tooltip). */
const fieldError = (page: Page, fieldId: string, message: string) =>
  page
    .locator('.field-type', { has: page.locator(`#${fieldId}`) })
    .locator('.field-error', { hasText: message })
    .first()
    .waitFor({ state: 'attached' })

const previewOf = (page: Page, permitType: string) =>
  page.locator(`[data-testid="preview-permits"] [data-permit-type="${permitType}"]`)

describe('the rule builder', () => {
  it('should show a seeded condition with its questions, comparisons and values as the admin reads them', async () => {
    const builder = await openBundle(admin.page)
    const conditions = builder.locator('.rule')
    expect(await conditions.count()).toBe(2)
    expect(await conditions.nth(0).locator('.rule-fields').inputValue()).toBe('isPublicEvent')
    expect(await conditions.nth(0).locator('.rule-fields option:checked').textContent()).toBe(
      'Onko tilaisuus avoin yleisölle?',
    )
    expect(await conditions.nth(0).locator('input[type="radio"][value="true"]').isChecked()).toBe(true)
    expect(await conditions.nth(1).locator('.rule-operators option:checked').textContent()).toBe(
      'on vähintään',
    )
    expect(await conditions.nth(1).locator('input.rule-value').inputValue()).toBe('200')
    expect(admin.foreignRequests).toEqual([])
    expect(admin.cspViolations).toEqual([])
  }, 120_000)

  it('should refuse an incomplete condition built with the keyboard, in Finnish, and save nothing', async () => {
    const { page } = admin
    const before = (await storedBundle()).permits?.[0].rules?.[0].when
    const builder = await openBundle(page)
    await builder.locator('.ruleGroup-addRule').first().focus()
    await page.keyboard.press('Enter')
    const added = builder.locator('.rule').nth(2)
    await added.waitFor()
    await added.locator('.rule-fields').focus()
    await page.keyboard.type('Arvioitu')
    await page.keyboard.press('Tab')
    await page.keyboard.type('on vä')
    expect(await added.locator('.rule-fields').inputValue()).toBe('expectedAttendees')
    expect(await added.locator('.rule-operators option:checked').textContent()).toBe('on vähintään')
    await builder.getByText('Valitse tai kirjoita arvo: ehto on kesken.').waitFor()

    await save(page)
    await page
      .locator('#field-permits__0__rules__0__when .field-error', {
        hasText:
          'Luvan ”Yleisötilaisuusilmoitus poliisille” säännön ”police-attendees” ehto on kesken: vertailulta puuttuu arvo tai ryhmästä ehdot.',
      })
      .waitFor({ state: 'attached' })
    expect((await storedBundle()).permits?.[0].rules?.[0].when).toEqual(before)
  }, 120_000)

  it('should save a condition completed in the builder as JSON Logic', async () => {
    const { page } = admin
    await restoringPermits(async () => {
      const builder = await openBundle(page)
      await builder.locator('.ruleGroup-addRule').first().click()
      const added = builder.locator('.rule').nth(2)
      await added.locator('.rule-fields').selectOption('alcoholServed')
      await added.locator('input[type="radio"][value="false"]').check()
      await save(page)
      await expect
        .poll(async () => (await storedBundle()).permits?.[0].rules?.[0].when)
        .toEqual({
          and: [
            { '===': [{ var: 'isPublicEvent' }, true] },
            { '>=': [{ var: 'expectedAttendees' }, 200] },
            { '===': [{ var: 'alcoholServed' }, false] },
          ],
        })
    })
  }, 120_000)

  it('should edit a condition as JSON in the expert view and show it back in the builder', async () => {
    const { page } = admin
    await openBundle(page)
    // The rule's row: the condition's element (`#field-…__when`) is the builder, and in the
    // JSON view Payload's editor, which is not where the view's button is.
    const rule = page.locator('#permits-0-rules-row-1')
    await rule.getByRole('button', { name: 'Näytä JSON-muodossa' }).click()
    const editor = rule.locator('.monaco-editor')
    await editor.locator('.view-lines').waitFor()
    await editor.click()
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.press('Delete')
    await page.keyboard.insertText('{"in": [{"var": "placeType"}, ["park-or-square"]]}')
    await rule.getByRole('button', { name: 'Näytä sääntöeditorissa' }).click()
    const condition = page.locator('#field-permits__0__rules__1__when .rule')
    await condition.waitFor()
    expect(await condition.locator('.rule-fields').inputValue()).toBe('placeType')
    expect(await condition.locator('.rule-operators option:checked').textContent()).toBe('on jokin näistä')
    expect(
      await condition
        .locator('select.rule-value')
        .evaluate((select: HTMLSelectElement) => [...select.selectedOptions].map((option) => option.value)),
    ).toEqual(['park-or-square'])
  }, 120_000)
})

describe('the bundle preview', () => {
  it('should tell which permits the answers make needed, by the rules as edited and not yet saved', async () => {
    const { page } = admin
    const builder = await openBundle(page)
    await page.locator('#lupa-preview-isPublicEvent').selectOption('true')
    await page.locator('#lupa-preview-expectedAttendees').fill('600')
    const police = previewOf(page, 'police-public-event-notification')
    await police.and(page.locator('[data-needed="true"]')).waitFor()
    expect(await police.textContent()).toContain(
      'Yleisötilaisuuteen odotetaan vähintään 200 henkeä samanaikaisesti',
    )

    // Unsaved: the attendance rule now asks for 1000 people.
    await builder.locator('.rule').nth(1).locator('input.rule-value').fill('1000')
    await police.and(page.locator('[data-needed="false"]')).waitFor()
    expect(await police.textContent()).toContain('Ilmoitusta poliisille ei tarvita')
  }, 120_000)

  it('should list a missing Finnish text as blocking publishing and refuse saving the bundle published without it', async () => {
    const { page } = admin
    await openBundle(page)
    await page.locator('#field-permits__0__notNeededReason').fill('')
    const message =
      'Suomenkielinen teksti puuttuu: luvan ”Yleisötilaisuusilmoitus poliisille” teksti ”kun ei tarvita”.'
    await page
      .locator('[data-testid="bundle-problems"] li[data-level="publish"]', { hasText: message })
      .waitFor()
    await save(page)
    await fieldError(page, 'field-permits__0__notNeededReason', message)
    expect((await storedBundle()).permits?.[0].notNeededReason).not.toBe('')
    expect(admin.foreignRequests).toEqual([])
    expect(admin.cspViolations).toEqual([])
  }, 120_000)
})

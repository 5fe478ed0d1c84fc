import type { Page } from 'playwright-core'

import type { DataValues } from '../../../src/domain/types'
import { choose } from './analysisForm'

/** The names of the data a wizard step's form asks (file inputs as `file:<key>`). */
export const askedNames = (page: Page) =>
  page.locator('#wizard-form [name]').evaluateAll((elements) => [
    ...new Set(
      elements
        .filter((element) => !(element instanceof HTMLButtonElement))
        .map((element) => element.getAttribute('name')!)
        .filter((name) => name !== 'step' && name !== 'intent'),
    ),
  ])

/**
 * Fills the current step with the values it asks, as a person would: radio buttons by their
 * labels, checkboxes, native selects and typed text. Gives the names the step asked.
 */
export const fillStep = async (page: Page, values: DataValues) => {
  const names = await askedNames(page)
  for (const name of names) {
    const value = values[name]
    if (value === undefined || name.startsWith('file:')) continue
    const field = page.locator(`#wizard-form [name="${name}"]`)
    const type = await field
      .first()
      .evaluate((element) =>
        element instanceof HTMLInputElement ? element.type : element.tagName.toLowerCase(),
      )
    if (type === 'radio') await choose(page, name, String(value))
    else if (type === 'checkbox') {
      for (const item of value as string[]) {
        const id = await page.locator(`input[name="${name}"][value="${item}"]`).getAttribute('id')
        await page.locator(`label[for="${id}"]`).click()
      }
    } else if (type === 'select') await field.selectOption(String(value))
    else await field.fill(String(value))
  }
  return names
}

/** Presses "Save and continue" and waits for the next step (or the review) to show. */
export const continueFrom = async (page: Page) => {
  const before = page.url()
  await page.locator('#wizard-next').click()
  await page.waitForURL((url) => url.toString() !== before)
  await page.locator('#step-heading').waitFor()
}

/** The wizard's current step key, from the address. */
export const stepOfUrl = (page: Page) => new URL(page.url()).searchParams.get('step')

import type { Page } from 'playwright-core'

import type { DataValues } from '../../../src/domain/types'

/** Chooses a radio button by its value, clicking its label as a person would. */
export const choose = async (page: Page, key: string, value: string) => {
  const id = await page.locator(`input[name="${key}"][value="${value}"]`).getAttribute('id')
  await page.locator(`label[for="${id}"]`).click()
}

/** Fills the analysis form with the answers: radios by label, other fields by typing. */
export const fillAnalysis = async (page: Page, answers: DataValues) => {
  for (const [key, value] of Object.entries(answers)) {
    const isRadio = (await page.locator(`input[type="radio"][name="${key}"]`).count()) > 0
    if (isRadio) await choose(page, key, String(value))
    else await page.locator(`[name="${key}"]`).fill(String(value))
  }
}

/** Presses Tab until the element with the id has focus; fails when it never gets there. */
export const tabTo = async (page: Page, id: string, { maxPresses = 80 } = {}) => {
  for (let press = 0; press < maxPresses; press += 1) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached #${id}`)
}

export const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null)

/** Permit types listed as needed / not needed on the result page. */
export const listedPermits = async (page: Page, list: 'needed-permits' | 'not-needed-permits') =>
  page
    .locator(`[data-testid="${list}"] [data-permit-type]`)
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-permit-type')))

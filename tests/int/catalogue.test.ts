import type { Payload } from 'payload'
import { createLocalReq, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadBundleContext } from '../../src/catalogue/loadBundleContext'
import type { BundleContext } from '../../src/catalogue/loadBundleContext'
import { slugs } from '../../src/collections/slugs'
import { analyse } from '../../src/domain/analysis'
import { assembleForm, formFields, prefill } from '../../src/domain/once-only'
import { seedCatalogue } from '../../src/seed/seed'
import { workedExampleAnswers } from '../../src/seed/public-event'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'

let test: TestPayload
let payload: Payload
let context: BundleContext
let bundleId: number | string

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  ;({ bundleId } = await seedCatalogue(payload))
  context = await loadBundleContext({
    req: await createLocalReq({}, payload),
    bundle: { key: 'public-event' },
  })
})

afterAll(async () => {
  await test?.close()
})

describe('the seeded bundle read back from the database', () => {
  it('should analyse the worked example into the permits it needs, with reasons in Swedish', () => {
    const result = analyse({ bundle: context.bundle, answers: workedExampleAnswers, locale: 'sv' })
    const needed = result.permits.filter((permit) => permit.isNeeded).map((permit) => permit.permitType)
    expect(needed).toHaveLength(9)
    expect(needed).not.toContain('fireworks-display-notification')
    const rescue = result.permits.find((permit) => permit.permitType === 'rescue-plan')!
    expect(rescue.reasons[0].text).not.toBe('')
    expect(rescue.reasons[0].text).not.toBe(
      analyse({ bundle: context.bundle, answers: workedExampleAnswers, locale: 'fi' }).permits.find(
        (permit) => permit.permitType === 'rescue-plan',
      )!.reasons[0].text,
    )
  })

  it('should ask every shared datum once, for every permit that needs it', () => {
    const needed = analyse({ bundle: context.bundle, answers: workedExampleAnswers, locale: 'fi' })
      .permits.filter((permit) => permit.isNeeded)
      .map((permit) => permit.permitType)
    const form = assembleForm({ ...context, neededPermitTypes: needed })
    const fields = formFields(form)
    const keys = fields.map((field) => field.element.key)
    expect(new Set(keys).size).toBe(keys.length)
    const eventName = fields.find((field) => field.element.key === 'eventName')!
    expect(eventName.usedBy).toHaveLength(needed.length)
    expect(eventName.element.label.sv).toBeTruthy()
    expect(prefill({ form, answers: workedExampleAnswers }).municipality).toBe('091')
  })

  it('should refuse to save a bundle rule that reads an answer the bundle does not ask', async () => {
    const bundle = await payload.findByID({
      collection: slugs.permitBundles,
      id: bundleId,
      depth: 0,
      overrideAccess: true,
    })
    const permits = (bundle.permits as Record<string, unknown>[]).map((permit, index) =>
      index === 0
        ? {
            ...permit,
            rules: [{ ruleId: 'broken', when: { '>': [{ var: 'noSuchAnswer' }, 1] }, reason: 'x' }],
          }
        : permit,
    )
    const error = await payload
      .update({
        collection: slugs.permitBundles,
        id: bundleId,
        data: { permits },
        overrideAccess: true,
      })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect(String((error as ValidationError).data.errors[0].message)).toContain('noSuchAnswer')
  })
})

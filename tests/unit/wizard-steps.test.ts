import { describe, expect, it } from 'vitest'

import { parseIntent, intentValue, type WizardIntent } from '../../portal/app/models/wizardForms'
import { analyse } from '../../src/domain/analysis'
import { attachmentLimits, uploadProblem } from '../../src/domain/attachment-limits'
import { assembleForm, attachmentIdsOf, formFields, validateValues } from '../../src/domain/once-only'
import type { DataValues } from '../../src/domain/types'
import {
  applyStep,
  isSameData,
  isStepComplete,
  positionOf,
  recipientsOf,
  resumeStepKey,
  reviewStepKey,
  stepOfField,
  wizardSteps,
  withoutAnswered,
} from '../../src/domain/wizard-steps'
import {
  dataElements,
  demoAuthorities,
  permitTypes,
  publicEventBundle,
  workedExampleAnswers,
  workedExampleApplication,
} from '../../src/seed/public-event'

const neededFor = (values: DataValues) =>
  analyse({ bundle: publicEventBundle, answers: values, locale: 'fi' })
    .permits.filter((permit) => permit.isNeeded)
    .map((permit) => permit.permitType)

const formFor = (values: DataValues) =>
  assembleForm({
    bundle: publicEventBundle,
    permitTypes,
    elements: dataElements,
    neededPermitTypes: neededFor(values),
  })

const workedForm = formFor(workedExampleAnswers)
const workedSteps = wizardSteps({ form: workedForm, answers: workedExampleAnswers })
const stepOf = (key: string) => workedSteps.find((step) => step.key === key)!

/** The worked example's data that the wizard asks (the analysis answers left out). */
const wizardValues = withoutAnswered({ values: workedExampleApplication, answers: workedExampleAnswers })

describe('wizard steps', () => {
  it('should ask every datum of the needed permits on exactly one step and no analysis answer again', () => {
    const asked = workedSteps.flatMap((step) => step.fields.map((field) => field.element.key))
    expect(new Set(asked).size).toBe(asked.length)
    for (const key of Object.keys(workedExampleAnswers)) expect(asked).not.toContain(key)
    const expected = formFields(workedForm)
      .map((field) => field.element.key)
      .filter((key) => !(key in workedExampleAnswers))
    expect([...asked].sort()).toEqual([...expected].sort())
  })

  it('should keep the bundle’s step order and drop steps left empty', () => {
    const bundleOrder = publicEventBundle.steps.map((step) => step.key)
    const keys = workedSteps.map((step) => step.key)
    expect(keys).toEqual(bundleOrder.filter((key) => keys.includes(key)))
    // The worked example has no fireworks, and the analysis answered everything the step would ask.
    expect(keys).not.toContain('fireworks')
    for (const step of workedSteps) expect(step.fields.length).toBeGreaterThan(0)
  })

  it('should ask an analysis question that was left unanswered', () => {
    const { eventEndTime: _skipped, ...answers } = workedExampleAnswers
    const steps = wizardSteps({ form: formFor(answers), answers })
    expect(stepOfField({ steps, key: 'eventEndTime' })).toBe('event')
    expect(stepOfField({ steps, key: 'eventStartTime' })).toBeNull()
  })

  it('should put each attachment under the step of its data element', () => {
    expect(stepOfField({ steps: workedSteps, key: 'siteMap' })).toBe('place')
    expect(stepOfField({ steps: workedSteps, key: 'servingAreaDrawing' })).toBe('alcohol')
    expect(stepOfField({ steps: workedSteps, key: 'trafficControlPlanDrawing' })).toBe('traffic')
  })

  it('should place a step between its neighbours and the review last', () => {
    const first = positionOf({ steps: workedSteps, key: workedSteps[0].key })!
    expect(first).toMatchObject({ number: 1, previous: null, next: workedSteps[1].key, isReview: false })
    expect(first.count).toBe(workedSteps.length + 1)
    const last = positionOf({ steps: workedSteps, key: workedSteps.at(-1)!.key })!
    expect(last.next).toBe(reviewStepKey)
    const review = positionOf({ steps: workedSteps, key: reviewStepKey })!
    expect(review).toMatchObject({ number: workedSteps.length + 1, next: null, isReview: true })
    expect(positionOf({ steps: workedSteps, key: 'no-such-step' })).toBeNull()
  })

  it('should resume at the first incomplete step, and at the review once all are complete', () => {
    expect(resumeStepKey({ steps: workedSteps, values: {} })).toBe(workedSteps[0].key)
    const withoutSound = { ...wizardValues, soundSources: undefined }
    expect(resumeStepKey({ steps: workedSteps, values: withoutSound })).toBe('sound')
    expect(resumeStepKey({ steps: workedSteps, values: wizardValues })).toBe(reviewStepKey)
    expect(isStepComplete({ step: stepOf('organiser'), values: wizardValues })).toBe(true)
    expect(isStepComplete({ step: stepOf('organiser'), values: {} })).toBe(false)
  })
})

describe('applying a posted step', () => {
  const organiser = stepOf('organiser')
  const saved: DataValues = {
    organiserName: 'Puistosoitto ry',
    contactEmail: 'old@example.fi',
    contactPhone: '+358401234567',
    eventName: 'Another step’s datum',
  }

  it('should save the step’s valid data, keep other steps’ data and drop data the customer cleared', () => {
    const { values, errors } = applyStep({
      step: organiser,
      values: saved,
      posted: { organiserName: '  Puistosoitto ry  ', contactEmail: 'maria@example.fi' },
      locale: 'fi',
      isFinal: false,
    })
    expect(errors).toEqual([])
    expect(values).toEqual({
      organiserName: 'Puistosoitto ry',
      contactEmail: 'maria@example.fi',
      eventName: 'Another step’s datum',
    })
  })

  it('should keep the earlier value of an invalid datum and report it, saving the valid ones', () => {
    const { values, errors } = applyStep({
      step: organiser,
      values: saved,
      posted: { organiserName: 'Uusi nimi', contactEmail: 'not an email', contactPhone: '+358401234567' },
      locale: 'sv',
      isFinal: false,
    })
    expect(errors).toEqual([{ key: 'contactEmail', message: 'E-postadressen är inte giltig' }])
    expect(values.organiserName).toBe('Uusi nimi')
    expect(values.contactEmail).toBe('old@example.fi')
  })

  it('should require the step’s required data only when continuing', () => {
    const posted = { organiserName: 'Puistosoitto ry' }
    const draft = applyStep({ step: organiser, values: {}, posted, locale: 'en', isFinal: false })
    expect(draft.errors).toEqual([])
    const final = applyStep({ step: organiser, values: {}, posted, locale: 'en', isFinal: true })
    expect(final.errors.map((error) => error.key)).toEqual(
      expect.arrayContaining(['organiserAddress', 'contactName', 'contactEmail']),
    )
    expect(final.errors.every((error) => error.message === 'Required information is missing')).toBe(true)
    expect(final.values).toEqual({ organiserName: 'Puistosoitto ry' })
  })

  it('should take attachment ids as strings and refuse more files than the limit', () => {
    const place = stepOf('place')
    const ok = applyStep({
      step: place,
      values: {},
      posted: { siteMap: [12, '13'] },
      locale: 'fi',
      isFinal: false,
    })
    expect(ok.values.siteMap).toEqual(['12', '13'])
    const tooMany = Array.from({ length: attachmentLimits.maxFilesPerElement + 1 }, (_, index) =>
      String(index),
    )
    const refused = applyStep({
      step: place,
      values: {},
      posted: { siteMap: tooMany },
      locale: 'fi',
      isFinal: false,
    })
    expect(refused.errors).toEqual([{ key: 'siteMap', message: 'Liitteitä on liikaa (enintään 10)' }])
  })
})

describe('answers and drafts', () => {
  it('should drop from the values what the analysis now answers', () => {
    expect(
      withoutAnswered({ values: { eventName: 'X', municipality: '049' }, answers: { municipality: '091' } }),
    ).toEqual({
      eventName: 'X',
    })
    expect(withoutAnswered({ values: { eventEndTime: '22:00' }, answers: { eventEndTime: '' } })).toEqual({
      eventEndTime: '22:00',
    })
  })

  it('should tell identical data apart from different data, blank and missing alike', () => {
    expect(isSameData({ a: 1, b: '' }, { a: 1 })).toBe(true)
    expect(isSameData({ a: 1 }, { a: 2 })).toBe(false)
    expect(isSameData({ list: ['x', 'y'] }, { list: ['x', 'y'] })).toBe(true)
    expect(isSameData({}, { a: false })).toBe(false)
  })
})

describe('who receives what', () => {
  const values: DataValues = { ...workedExampleApplication, siteMap: ['7'], servingAreaDrawing: ['8'] }
  const recipients = recipientsOf({
    permitTypes,
    neededPermitTypes: neededFor(values),
    values,
    elements: dataElements,
    authorities: demoAuthorities,
  })
  const of = (permitType: string) => recipients.find((recipient) => recipient.permitType === permitType)!

  it('should route every needed permit to its Helsinki authority', () => {
    expect(recipients.map((recipient) => recipient.permitType).sort()).toEqual(neededFor(values).sort())
    expect(of('police-public-event-notification').authority).toBe('police-helsinki')
    expect(of('alcohol-serving-licence').authority).toBe('permit-agency')
    expect(of('noise-notification').authority).toBe('environmental-protection-helsinki')
  })

  it('should give each authority only its permit type’s data and files', () => {
    expect(of('police-public-event-notification').attachmentIds).toEqual(['7'])
    expect(of('area-use-permit').attachmentIds).toEqual(['7'])
    expect(of('alcohol-serving-licence').attachmentIds).toEqual(['8'])
    expect(of('noise-notification').attachmentIds).toEqual([])
    expect(of('noise-notification').elementKeys).toContain('soundLevelDb')
    expect(of('noise-notification').elementKeys).not.toContain('servingAreaCapacity')
    expect(of('police-public-event-notification').elementKeys).not.toContain('siteMap')
    for (const recipient of recipients) {
      const listed = permitTypes.find((permitType) => permitType.key === recipient.permitType)!.elements
      for (const key of recipient.elementKeys) expect(listed.map((element) => element.key)).toContain(key)
    }
  })

  it('should leave the authority open while the municipality is not known', () => {
    const { municipality: _unknown, ...withoutPlace } = values
    const open = recipientsOf({
      permitTypes,
      neededPermitTypes: ['rescue-plan'],
      values: withoutPlace,
      elements: dataElements,
      authorities: demoAuthorities,
    })
    expect(open).toEqual([expect.objectContaining({ permitType: 'rescue-plan', authority: null })])
  })

  it('should list the attached file ids of attachment elements only', () => {
    expect(
      attachmentIdsOf({ elements: dataElements, values: { siteMap: ['1', 2], eventName: ['3'] } }),
    ).toEqual(['1', '2'])
  })
})

describe('attachment data elements', () => {
  const form = {
    steps: [
      { ...stepOf('place'), fields: stepOf('place').fields.filter((f) => f.element.key === 'siteMap') },
    ],
  }

  it('should refuse anything but a list of ids', () => {
    const result = validateValues({ form, values: { siteMap: [{ id: 1 }] }, locale: 'en', isDraft: true })
    expect(result).toEqual({
      isValid: false,
      errors: [{ key: 'siteMap', message: 'The value is of the wrong type' }],
    })
    expect(validateValues({ form, values: { siteMap: [] }, locale: 'en', isDraft: true })).toEqual({
      isValid: true,
      values: {},
    })
  })
})

describe('upload limits', () => {
  it('should refuse empty and too large files and files beyond the counts', () => {
    const ok = { filesInElement: 0, filesInApplication: 0 }
    expect(uploadProblem({ size: 1, ...ok })).toBeNull()
    expect(uploadProblem({ size: 0, ...ok })).toBe('empty')
    expect(uploadProblem({ size: attachmentLimits.maxFileBytes, ...ok })).toBeNull()
    expect(uploadProblem({ size: attachmentLimits.maxFileBytes + 1, ...ok })).toBe('too-large')
    expect(
      uploadProblem({ size: 1, filesInElement: attachmentLimits.maxFilesPerElement, filesInApplication: 0 }),
    ).toBe('too-many')
    expect(
      uploadProblem({
        size: 1,
        filesInElement: 0,
        filesInApplication: attachmentLimits.maxFilesPerApplication,
      }),
    ).toBe('too-many')
  })
})

describe('wizard intents', () => {
  it('should read back every intent a button carries', () => {
    const intents: WizardIntent[] = [
      { kind: 'next' },
      { kind: 'previous' },
      { kind: 'save' },
      { kind: 'autosave' },
      { kind: 'upload' },
      { kind: 'submit' },
      { kind: 'goto', step: 'place' },
      { kind: 'remove', element: 'siteMap', attachment: '42' },
    ]
    for (const intent of intents) expect(parseIntent(intentValue(intent))).toEqual(intent)
  })

  it('should treat anything else as a plain save, never as a submission', () => {
    for (const value of [
      null,
      '',
      'submit:now',
      'goto:',
      'goto:../x',
      'remove:siteMap',
      'remove:a:b:c',
      'delete',
    ]) {
      expect(parseIntent(value)).toEqual({ kind: 'save' })
    }
  })
})

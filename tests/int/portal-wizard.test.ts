import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getFixedT } from '../../portal/app/i18n/i18next.server'
import { loadReceipt, receiptPdf } from '../../portal/app/models/receipt.server'
import { copyApplication } from '../../portal/app/models/wizardCopy.server'
import { loadWizardPage, type WizardPage } from '../../portal/app/models/wizardPage.server'
import { postStep, readPostedForm, submitDraft } from '../../portal/app/models/wizardPost.server'
import { maxPostBytes } from '../../portal/app/models/wizardUploads.server'
import { loadStartPage, startApplication } from '../../portal/app/models/wizardNew.server'
import { idOf } from '../../src/collections/relations'
import type { Id } from '../../src/collections/relations'
import { slugs } from '../../src/collections/slugs'
import { attachmentLimits } from '../../src/domain/attachment-limits'
import { prefilledRecordOf, prefilledValuesOf } from '../../src/domain/prefill-sources'
import type { DataValues, Locale } from '../../src/domain/types'
import { workedExampleAnswers, workedExampleApplication } from '../../src/seed/public-event'
import { seedCatalogue } from '../../src/seed/seed'
import { authorityId, createUser, type TestUser } from '../support/factories'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'
import { minimalPdf } from '../support/minimalPdf'
import { docxOf } from '../support/zip'

let test: TestPayload
let payload: Payload
let customer: TestUser
let colleague: TestUser
let stranger: TestUser
let organisationId: Id

/** Status of what a loader or action threw: a Response or React Router's data(). */
const statusOf = (thrown: unknown) =>
  thrown instanceof Response ? thrown.status : (thrown as { init?: { status?: number } })?.init?.status

const thrownBy = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  )

const startForm = (fields: Record<string, string>) => {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  return form
}

const startFields = (answers: DataValues = workedExampleAnswers) => ({
  bundle: 'public-event',
  answers: JSON.stringify(answers),
})

/** A new draft of the worked example's answers, for the customer's organisation. */
const newDraft = async (as: TestUser = customer): Promise<string> => {
  const result = await startApplication({
    payload,
    user: as,
    locale: 'fi',
    form: startForm({
      ...startFields({ ...workedExampleAnswers, expectedAttendees: Math.floor(Math.random() * 5000) + 1500 }),
      onBehalfOf: as === customer ? String(organisationId) : 'self',
    }),
  })
  if (result.kind !== 'redirect') throw new Error('no draft')
  return /\/applications\/([^/]+)\/edit/.exec(result.to)![1]
}

/** A step of the draft; without one, where the wizard sends the customer (a redirect naming the step). */
const page = async (
  id: string,
  step: string | null,
  { as = customer, locale = 'fi' as Locale } = {},
): Promise<WizardPage> => {
  const load = (stepKey: string | null) => loadWizardPage({ payload, user: as, id, locale, stepKey })
  if (step !== null) return load(step)
  const sent = await load(null).then(
    () => {
      throw new Error('a draft without a step was shown, not sent on to its step')
    },
    (thrown: unknown) => thrown,
  )
  if (!(sent instanceof Response) || sent.status !== 302) throw sent
  const to = new URL(sent.headers.get('location')!, 'http://lupa')
  expect(to.pathname).toBe(`/applications/${id}/edit`)
  return load(to.searchParams.get('step'))
}

/** The form a browser posts for a step: the given fields, as strings, and files. */
const stepForm = (
  step: string,
  intent: string,
  fields: Record<string, string | string[]>,
  files: File[] = [],
) => {
  const form = new FormData()
  form.set('step', step)
  form.set('intent', intent)
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item)
  }
  for (const file of files) form.append('file:siteMap', file)
  return form
}

const post = (id: string, form: FormData, { as = customer, locale = 'fi' as Locale } = {}) =>
  postStep({ payload, user: as, id, locale, posted: { form, isTooLarge: false } })

const applicationOf = (id: Id) =>
  payload.findByID({ collection: slugs.applications, id, overrideAccess: true, depth: 0 })

/** What a new draft was given from the customer's profile and organisation (see tests/int/business-register.test.ts). */
const prefilledIn = async (id: Id) =>
  prefilledValuesOf(prefilledRecordOf((await applicationOf(id)).prefilled))

/** The worked example's data for the fields of a step, as a browser would post them. */
const fieldsOf = (wizardPage: WizardPage, values: DataValues = workedExampleApplication) =>
  Object.fromEntries(
    wizardPage.fields.flatMap((field) => {
      if (field.kind !== 'question') return []
      const value = values[field.question.key]
      if (value === undefined) return []
      return [[field.question.key, Array.isArray(value) ? value.map(String) : String(value)]]
    }),
  )

/** Fills every step with the worked example, continuing step by step up to the review. */
const fillAll = async (id: string) => {
  let current = await page(id, null)
  while (!current.position.isReview) {
    const result = await post(id, stepForm(current.position.key, 'next', fieldsOf(current)))
    expect(result.kind, `step ${current.position.key}`).toBe('redirect')
    current = await page(id, current.position.next)
  }
  return current
}

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  await seedCatalogue(payload)
  const organisation = await payload.create({
    collection: slugs.organisations,
    overrideAccess: true,
    data: { name: 'Puistosoitto ry', businessId: '3012345-8', type: 'association' },
  })
  organisationId = organisation.id
  customer = await createUser(payload, {
    role: 'customer',
    organisations: [organisationId],
    name: 'Maria Virtanen',
  })
  colleague = await createUser(payload, { role: 'customer', organisations: [organisationId] })
  stranger = await createUser(payload, { role: 'customer' })
})

afterAll(async () => {
  await test?.close()
})

describe('starting an application from the analysis', () => {
  it('should show what the answers lead to and offer the customer’s organisations', async () => {
    const start = await loadStartPage({
      payload,
      user: customer,
      locale: 'en',
      params: new URLSearchParams(startFields()),
    })
    expect(start.isInvalid).toBe(false)
    expect(start.needed).toHaveLength(9)
    expect(start.needed).toContain('Public event notification to the police')
    expect(start.organisations).toEqual([
      { id: String(organisationId), name: 'Puistosoitto ry', businessId: '3012345-8' },
    ])
    expect(start.answers.find((answer) => answer.key === 'municipality')?.value).toBe('Helsinki')
  })

  it('should start a customer who acts for no organisation as themselves, without asking', async () => {
    const start = await loadStartPage({
      payload,
      user: stranger,
      locale: 'fi',
      params: new URLSearchParams(startFields()),
    })
    expect(start.organisations).toEqual([])
    const result = await startApplication({
      payload,
      user: stranger,
      locale: 'fi',
      form: startForm(startFields()),
    })
    expect(result.kind).toBe('redirect')
    const id = /\/applications\/([^/]+)\/edit/.exec((result as { to: string }).to)![1]
    const draft = await applicationOf(id)
    expect(idOf(draft.applicant)).toEqual(stranger.id)
    expect(draft.onBehalfOf ?? null).toBeNull()
  })

  it('should refuse answers that are not valid without creating anything', async () => {
    const before = (await payload.count({ collection: slugs.applications, overrideAccess: true })).totalDocs
    for (const answers of ['not json', JSON.stringify({ expectedAttendees: 'many' }), JSON.stringify([1])]) {
      const start = await loadStartPage({
        payload,
        user: customer,
        locale: 'fi',
        params: new URLSearchParams({ bundle: 'public-event', answers }),
      })
      expect(start.isInvalid, answers).toBe(true)
      const result = await startApplication({
        payload,
        user: customer,
        locale: 'fi',
        form: startForm({ bundle: 'public-event', answers, onBehalfOf: 'self' }),
      })
      expect(result.kind).toBe('invalid')
    }
    expect((await payload.count({ collection: slugs.applications, overrideAccess: true })).totalDocs).toBe(
      before,
    )
    expect(
      statusOf(
        await thrownBy(
          loadStartPage({
            payload,
            user: customer,
            locale: 'fi',
            params: new URLSearchParams({ bundle: 'x' }),
          }),
        ),
      ),
    ).toBe(404)
  })

  it('should ask on whose behalf a customer who acts for organisations applies', async () => {
    const result = await startApplication({
      payload,
      user: customer,
      locale: 'sv',
      form: startForm(startFields()),
    })
    expect(result.kind).toBe('invalid')
    if (result.kind === 'invalid') expect(result.page.error).toBe('Välj för vems räkning du ansöker')
  })

  it('should create one draft with the answers for the organisation, and reuse it when posted again', async () => {
    const answers = { ...workedExampleAnswers, expectedAttendees: 1234 }
    const form = () => startForm({ ...startFields(answers), onBehalfOf: String(organisationId) })
    const first = await startApplication({ payload, user: customer, locale: 'fi', form: form() })
    const again = await startApplication({ payload, user: customer, locale: 'fi', form: form() })
    expect(first.kind).toBe('redirect')
    expect(again).toEqual(first)
    const id = /\/applications\/([^/]+)\/edit/.exec((first as { to: string }).to)![1]
    const draft = await applicationOf(id)
    expect(draft).toMatchObject({ status: 'draft', answers, values: {} })
    expect(idOf(draft.onBehalfOf)).toEqual(organisationId)
    expect(idOf(draft.applicant)).toEqual(customer.id)
    const forSelf = await startApplication({
      payload,
      user: customer,
      locale: 'fi',
      form: startForm({ ...startFields(answers), onBehalfOf: 'self' }),
    })
    expect(forSelf).not.toEqual(first)
  })

  it('should give a draft its changed answers and drop the values the analysis now answers', async () => {
    const id = await newDraft()
    await post(id, stepForm('event', 'save', { eventName: 'Kesäkonsertti', eventDescription: 'Konsertti' }))
    await payload.update({
      collection: slugs.applications,
      id,
      overrideAccess: true,
      data: {
        answers: { ...workedExampleAnswers, eventEndTime: undefined },
        values: { eventEndTime: '22:00', eventName: 'Kesäkonsertti' },
      },
    })
    const changed = { ...workedExampleAnswers, eventEndTime: '21:00' }
    const result = await startApplication({
      payload,
      user: customer,
      locale: 'fi',
      form: startForm({ ...startFields(changed), application: id }),
    })
    expect(result).toEqual({ kind: 'redirect', to: `/applications/${id}/edit` })
    const draft = await applicationOf(id)
    expect(draft.answers).toEqual(changed)
    expect(draft.values).toEqual({ eventName: 'Kesäkonsertti' })
    expect(
      statusOf(
        await thrownBy(
          startApplication({
            payload,
            user: stranger,
            locale: 'fi',
            form: startForm({ ...startFields(changed), application: id }),
          }),
        ),
      ),
    ).toBe(404)
  })
})

describe('no surprise questions', () => {
  it('should not start until every question that decides the permits is answered', async () => {
    const before = (await payload.count({ collection: slugs.applications, overrideAccess: true })).totalDocs
    const answers = Object.fromEntries(
      Object.entries(workedExampleAnswers).filter(([key]) => key !== 'amplifiedSound'),
    )
    const start = await loadStartPage({
      payload,
      user: customer,
      locale: 'fi',
      params: new URLSearchParams(startFields(answers)),
    })
    expect(start.undecided).toEqual([{ key: 'amplifiedSound', label: expect.any(String) }])
    const result = await startApplication({
      payload,
      user: customer,
      locale: 'fi',
      form: startForm({ ...startFields(answers), onBehalfOf: 'self' }),
    })
    expect(result.kind).toBe('invalid')
    expect((await payload.count({ collection: slugs.applications, overrideAccess: true })).totalDocs).toBe(
      before,
    )
    // A question that matters only after another answer is not asked before it.
    const quiet = await loadStartPage({
      payload,
      user: customer,
      locale: 'fi',
      params: new URLSearchParams(
        startFields({ ...workedExampleAnswers, amplifiedSound: false, soundEndTime: undefined }),
      ),
    })
    expect(quiet.undecided).toEqual([])
  })

  it('should say at once which permits changed answers added and removed, and lead to the new questions', async () => {
    const id = await newDraft()
    const changed = { ...workedExampleAnswers, amplifiedSound: false, soundEndTime: undefined }
    const result = await startApplication({
      payload,
      user: customer,
      locale: 'fi',
      form: startForm({ ...startFields(changed), application: id }),
    })
    expect(result).toEqual({ kind: 'redirect', to: `/applications/${id}/edit?removed=noise-notification` })
    const sent = await loadWizardPage({
      payload,
      user: customer,
      id,
      locale: 'fi',
      stepKey: null,
      otherParams: [['removed', 'noise-notification']],
    }).catch((thrown: unknown) => thrown)
    const to = new URL((sent as Response).headers.get('location')!, 'http://lupa')
    expect(to.searchParams.get('removed')).toBe('noise-notification')
    const removedPage = await loadWizardPage({
      payload,
      user: customer,
      id,
      locale: 'fi',
      stepKey: to.searchParams.get('step'),
      otherParams: [...to.searchParams.entries()],
    })
    expect(removedPage.permitChange).toEqual({
      added: [],
      removed: [expect.stringMatching(/melu/i)],
      steps: [],
    })

    // Back again: the notification returns, with the steps that ask its data.
    const again = await startApplication({
      payload,
      user: customer,
      locale: 'fi',
      form: startForm({ ...startFields(workedExampleAnswers), application: id }),
    })
    expect(again).toEqual({ kind: 'redirect', to: `/applications/${id}/edit?added=noise-notification` })
    const addedPage = await loadWizardPage({
      payload,
      user: customer,
      id,
      locale: 'fi',
      stepKey: 'event',
      otherParams: [['added', 'noise-notification,not-a-permit']],
    })
    expect(addedPage.permitChange).toMatchObject({ added: [expect.stringMatching(/melu/i)], removed: [] })
    expect(addedPage.permitChange?.steps.length).toBeGreaterThan(0)
    expect((await page(id, 'event')).permitChange).toBeNull()
  })
})

describe('the wizard steps', () => {
  it('should ask each datum once across the steps, never an analysis answer, and resume at the first step', async () => {
    const id = await newDraft()
    const first = await page(id, null)
    expect(first.position).toMatchObject({ key: 'organiser', number: 1, previous: null })
    const names: string[] = []
    for (const step of first.steps) {
      const stepPage = await page(id, step.key)
      names.push(
        ...stepPage.fields.map((field) => (field.kind === 'question' ? field.question.key : field.key)),
      )
    }
    expect(new Set(names).size).toBe(names.length)
    for (const key of Object.keys(workedExampleAnswers)) expect(names).not.toContain(key)
    expect(names).toEqual(expect.arrayContaining(['organiserName', 'eventName', 'siteMap', 'soundSources']))
    expect(first.answers.map((answer) => answer.key)).toEqual(Object.keys(workedExampleAnswers))
    expect(first.onBehalfOf).toBe('Puistosoitto ry')
    expect(first.changeAnswersHref).toContain(`application=${id}`)
  })

  it('should save a valid step and continue to the next one', async () => {
    const id = await newDraft()
    const organiser = await page(id, 'organiser')
    const result = await post(id, stepForm('organiser', 'next', fieldsOf(organiser)))
    expect(result).toEqual({ kind: 'redirect', to: `/applications/${id}/edit?step=event` })
    const draft = await applicationOf(id)
    expect((draft.values as DataValues).organiserName).toBe('Puistosoitto ry')
    expect((draft.values as DataValues).contactEmail).toBe('maria.virtanen@puistosoitto.example.fi')
    const event = await page(id, 'event')
    expect(event.steps.find((step) => step.key === 'organiser')?.isComplete).toBe(true)
  })

  it('should show localised errors next to the fields, keep the input and still save the valid data', async () => {
    const id = await newDraft()
    const result = await post(
      id,
      stepForm('organiser', 'next', {
        organiserName: 'Puistosoitto ry',
        contactEmail: 'maria(at)example',
        organiserPostcode: '123',
      }),
      { locale: 'sv' },
    )
    expect(result.kind).toBe('invalid')
    if (result.kind !== 'invalid') return
    const question = (key: string) =>
      result.page.fields.find((field) => field.kind === 'question' && field.question.key === key)
    expect(question('contactEmail')).toMatchObject({
      question: { value: 'maria(at)example', error: 'E-postadressen är inte giltig' },
    })
    expect(question('organiserPostcode')).toMatchObject({
      question: { value: '123', error: 'Postnumret måste bestå av fem siffror' },
    })
    expect(question('contactName')).toMatchObject({ question: { error: 'Obligatorisk uppgift saknas' } })
    expect(result.page.errors.map((error) => error.key)).toEqual(
      expect.arrayContaining(['contactEmail', 'organiserPostcode', 'contactName']),
    )
    expect(result.page.errors.find((error) => error.key === 'contactEmail')?.focusId).toBe('q-contactEmail')
    // The prefilled email stays: the invalid one typed over it is not saved.
    expect((await applicationOf(id)).values).toEqual({
      organiserName: 'Puistosoitto ry',
      contactEmail: customer.email,
    })
  })

  it('should move back without requiring data, autosave in the background, and save a draft in place', async () => {
    const id = await newDraft()
    expect(await post(id, stepForm('event', 'previous', { eventName: 'Puistosoitto' }))).toEqual({
      kind: 'redirect',
      to: `/applications/${id}/edit?step=organiser`,
    })
    const autosaved = await post(
      id,
      stepForm('event', 'autosave', { eventName: 'Puistosoitto 2027', eventDescription: 'x'.repeat(5000) }),
    )
    expect(autosaved).toMatchObject({ kind: 'autosaved', errorCount: 1 })
    expect((await applicationOf(id)).values).toEqual({
      ...(await prefilledIn(id)),
      eventName: 'Puistosoitto 2027',
    })
    expect(await post(id, stepForm('event', 'save', { eventName: 'Puistosoitto 2027' }))).toEqual({
      kind: 'redirect',
      to: `/applications/${id}/edit?step=event&notice=saved`,
    })
    expect(await post(id, stepForm('event', 'goto:sound', { eventName: 'Puistosoitto 2027' }))).toEqual({
      kind: 'redirect',
      to: `/applications/${id}/edit?step=sound`,
    })
  })

  it('should keep only the posted step’s data: a post cannot write another step’s data', async () => {
    const id = await newDraft()
    await post(
      id,
      stepForm('organiser', 'save', {
        organiserName: 'Puistosoitto ry',
        eventName: 'Smuggled',
        status: 'submitted',
      }),
    )
    const draft = await applicationOf(id)
    expect(draft.values).toEqual({ organiserName: 'Puistosoitto ry' })
    expect(draft.status).toBe('draft')
  })
})

describe('attachments in the wizard', () => {
  it('should store an uploaded PDF once, link it to the draft and list it on its step', async () => {
    const id = await newDraft()
    const result = await post(
      id,
      stepForm('place', 'upload', {}, [
        new File([new Uint8Array(minimalPdf())], 'Kartta, Kaivopuisto.pdf', { type: 'application/pdf' }),
      ]),
    )
    expect(result).toEqual({ kind: 'redirect', to: `/applications/${id}/edit?step=place&notice=uploaded` })
    const draft = await applicationOf(id)
    const siteMap = (draft.values as DataValues).siteMap as string[]
    expect(siteMap).toHaveLength(1)
    expect((draft.attachments as Id[]).map(String)).toEqual(siteMap)
    const attachment = await payload.findByID({
      collection: slugs.attachments,
      id: siteMap[0],
      overrideAccess: true,
    })
    expect(attachment).toMatchObject({ description: 'Kartta, Kaivopuisto.pdf', mimeType: 'application/pdf' })
    expect(String(attachment.filename)).toMatch(/^siteMap-[0-9a-f]{16}\.pdf$/)
    expect(idOf(attachment.onBehalfOf)).toEqual(organisationId)
    const place = await page(id, 'place')
    const files = place.fields.find((field) => field.kind === 'files' && field.key === 'siteMap')
    expect(files).toMatchObject({ files: [{ id: siteMap[0], name: 'Kartta, Kaivopuisto.pdf' }] })
    if (files?.kind === 'files') expect(files.usedBy).toContain('Yleisötilaisuuden pelastussuunnitelma')
    // A colleague acting for the same organisation can read the file too.
    const colleagueView = await page(id, 'place', { as: colleague })
    expect(colleagueView.fields.find((field) => field.kind === 'files')).toMatchObject({
      files: [{ name: 'Kartta, Kaivopuisto.pdf' }],
    })
  })

  it('should refuse a file by its content and size, with clear messages, and keep the rest of the step', async () => {
    const id = await newDraft()
    const html = new File(['<html><script>alert(1)</script></html>'], 'map.txt', { type: 'text/plain' })
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])], 'map.pdf', {
      type: 'application/pdf',
    })
    const huge = new File([new Uint8Array(attachmentLimits.maxFileBytes + 1)], 'huge.pdf', {
      type: 'application/pdf',
    })
    const empty = new File([], 'empty.pdf', { type: 'application/pdf' })
    const bomb = new File([new Uint8Array(docxOf(Buffer.alloc(60 * 1024 * 1024, 0x41)))], 'map.docx', {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    })
    const result = await post(
      id,
      stepForm('place', 'next', { eventAddress: 'Kaivopuisto, Helsinki' }, [html, exe, huge, empty, bomb]),
      { locale: 'en' },
    )
    expect(result.kind).toBe('invalid')
    if (result.kind !== 'invalid') return
    const field = result.page.fields.find((item) => item.kind === 'files')!
    expect(field.kind === 'files' && field.error).toBe(
      [
        'map.txt: the file content is not of an allowed type (PDF, JPEG, PNG, Word, Excel, OpenDocument or text).',
        'map.pdf: the file content is not of an allowed type (PDF, JPEG, PNG, Word, Excel, OpenDocument or text).',
        'huge.pdf: the file is too large (at most 20 MB).',
        'empty.pdf: the file is empty.',
        'map.docx: the file unpacks into too much (at most 50 MB unpacked) or cannot be read. Save it again or as a PDF.',
      ].join(' '),
    )
    const address = result.page.fields.find(
      (item) => item.kind === 'question' && item.question.key === 'eventAddress',
    )
    expect(address).toMatchObject({ question: { value: 'Kaivopuisto, Helsinki', error: null } })
    const draft = await applicationOf(id)
    expect(draft.values).toEqual({ ...(await prefilledIn(id)), eventAddress: 'Kaivopuisto, Helsinki' })
    expect(draft.attachments ?? []).toEqual([])
  })

  it('should refuse a post too large to read without losing the draft', async () => {
    const body = new Uint8Array(maxPostBytes + 1)
    const posted = await readPostedForm(
      new Request('http://localhost/applications/1/edit', {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
        body,
      }),
    )
    expect(posted).toEqual({ form: null, isTooLarge: true })
    const id = await newDraft()
    await post(id, stepForm('organiser', 'save', { organiserName: 'Puistosoitto ry' }))
    const result = await postStep({ payload, user: customer, id, locale: 'fi', posted })
    expect(result.kind).toBe('invalid')
    if (result.kind === 'invalid') expect(result.page.errors[0].message).toContain('liian suuria')
    expect((await applicationOf(id)).values).toEqual({ organiserName: 'Puistosoitto ry' })
  })

  it('should remove an attachment from the draft and delete the file nothing else uses', async () => {
    const id = await newDraft()
    await post(
      id,
      stepForm('place', 'upload', {}, [
        new File([new Uint8Array(minimalPdf())], 'a.pdf', { type: 'application/pdf' }),
      ]),
    )
    const [attachment] = ((await applicationOf(id)).values as DataValues).siteMap as string[]
    const result = await post(
      id,
      stepForm('place', `remove:siteMap:${attachment}`, { eventAddress: 'Kaivopuisto' }),
    )
    expect(result).toEqual({ kind: 'redirect', to: `/applications/${id}/edit?step=place&notice=removed` })
    const draft = await applicationOf(id)
    expect(draft.values).toEqual({ ...(await prefilledIn(id)), eventAddress: 'Kaivopuisto' })
    expect(draft.attachments).toEqual([])
    expect(
      await payload.findByID({
        collection: slugs.attachments,
        id: attachment,
        overrideAccess: true,
        disableErrors: true,
      }),
    ).toBeNull()
  })
})

describe('access to drafts', () => {
  it('should not let another customer read or edit a draft, and not know whether it exists', async () => {
    const id = await newDraft()
    expect(statusOf(await thrownBy(page(id, null, { as: stranger })))).toBe(404)
    expect(
      statusOf(
        await thrownBy(post(id, stepForm('organiser', 'save', { organiserName: 'X' }), { as: stranger })),
      ),
    ).toBe(404)
    expect(statusOf(await thrownBy(submitDraft({ payload, user: stranger, id, locale: 'fi' })))).toBe(404)
    expect(statusOf(await thrownBy(page('999999', null)))).toBe(404)
    expect(statusOf(await thrownBy(page('not-an-id', null)))).toBe(404)
    expect((await applicationOf(id)).values).toEqual(await prefilledIn(id))
  })

  it('should let a colleague acting for the same organisation continue the draft', async () => {
    const id = await newDraft()
    const result = await post(id, stepForm('organiser', 'save', { organiserName: 'Puistosoitto ry' }), {
      as: colleague,
    })
    expect(result.kind).toBe('redirect')
  })
})

describe('review, submission and receipt', () => {
  let id: string
  let siteMapId: string

  beforeAll(async () => {
    id = await newDraft()
    await post(
      id,
      stepForm('place', 'upload', {}, [
        new File([new Uint8Array(minimalPdf())], 'Asemapiirros.pdf', { type: 'application/pdf' }),
      ]),
    )
    siteMapId = (((await applicationOf(id)).values as DataValues).siteMap as string[])[0]
  })

  it('should list what is missing on the review, with links to the steps', async () => {
    const review = await page(id, 'review')
    expect(review.review?.problems.find((problem) => problem.key === 'organiserAddress')).toMatchObject({
      href: `/applications/${id}/edit?step=organiser#q-organiserAddress`,
      message: 'Pakollinen tieto puuttuu',
    })
    const refused = await submitDraft({ payload, user: customer, id, locale: 'en' })
    expect(refused.kind).toBe('invalid')
    if (refused.kind === 'invalid')
      expect(refused.page.errors).toContainEqual(
        expect.objectContaining({
          key: 'organiserAddress',
          message: 'Required information is missing',
          href: `/applications/${id}/edit?step=organiser#q-organiserAddress`,
        }),
      )
    expect((await applicationOf(id)).status).toBe('draft')
  })

  it('should show on the review which authority receives which data and files', async () => {
    const review = (await fillAll(id)).review!
    expect(review.problems).toEqual([])
    // Nine cases go to seven authorities (the city's two offices each get two), and it says so.
    expect(review.recipients).toHaveLength(9)
    expect(review.authorityCount).toBe(7)
    const t = await getFixedT('fi', 'wizard')
    expect(t('review.submitHint', { count: review.authorityCount, cases: review.recipients.length })).toBe(
      'Hakemus lähetetään 7 viranomaiselle (9 asiaa). Saat vastaanottokuittauksen.',
    )
    const recipient = (permitType: string) =>
      review.recipients.find((item) => item.permitType === permitType)!
    expect(recipient('police-public-event-notification')).toMatchObject({
      authorityName: 'Helsingin poliisilaitos',
      files: ['Asemapiirros.pdf'],
    })
    expect(recipient('noise-notification').files).toEqual([])
    expect(recipient('noise-notification').ownData).toContain('Kaiuttimien suuntaus')
    expect(recipient('noise-notification').ownData).not.toContain('Anniskelualueen asiakaspaikkamäärä')
    expect(review.sharedData).toContain('Järjestäjän nimi')
    expect(review.sections.find((section) => section.key === 'place')?.rows).toContainEqual(
      expect.objectContaining({ key: 'siteMap', files: ['Asemapiirros.pdf'] }),
    )
  })

  it('should submit as the customer, route the cases and share each file only with its recipients', async () => {
    const result = await submitDraft({ payload, user: customer, id, locale: 'fi' })
    expect(result).toEqual({ kind: 'redirect', to: `/applications/${id}/receipt` })
    const application = await applicationOf(id)
    expect(application.status).toBe('submitted')
    const attachment = await payload.findByID({
      collection: slugs.attachments,
      id: siteMapId,
      overrideAccess: true,
      depth: 0,
    })
    const readers = ((attachment.authorities as Id[]) ?? []).map(String).sort()
    const expected = await Promise.all(
      ['police-helsinki', 'rescue-helsinki', 'city-area-use-helsinki', 'building-control-helsinki'].map(
        (key) => authorityId(payload, key),
      ),
    )
    expect(readers).toEqual(expected.map(String).sort())
    expect(attachment.isLocked).toBe(true)
  })

  it('should not edit a submitted application in the wizard', async () => {
    const redirected = await thrownBy(page(id, 'organiser'))
    expect(redirected).toBeInstanceOf(Response)
    expect((redirected as Response).headers.get('location')).toBe(`/applications/${id}`)
    const posted = await thrownBy(post(id, stepForm('organiser', 'save', { organiserName: 'Changed' })))
    expect((posted as Response).headers.get('location')).toBe(`/applications/${id}`)
    expect(((await applicationOf(id)).values as DataValues).organiserName).toBe('Puistosoitto ry')
  })

  it('should give a receipt with every case, its authority, data and files, and the same as a PDF', async () => {
    const receipt = await loadReceipt({ payload, user: customer, id, locale: 'en' })
    expect(receipt.receiptNumber).toMatch(/^LUPA-\d{4}-\d{6}$/)
    expect(receipt.applicantName).toBe('Puistosoitto ry (3012345-8)')
    expect(receipt.cases).toHaveLength(9)
    const police = receipt.cases.find((item) => item.authorityName === 'Helsinki Police Department')!
    expect(police.caseNumber).toMatch(new RegExp(`^${receipt.receiptNumber}-\\d{2}$`))
    expect(police.files.map((file) => file.name)).toEqual(['Asemapiirros.pdf'])
    expect(police.data.find((row) => row.key === 'expectedAttendees')?.label).toBe(
      'Estimated maximum number of people at any one time',
    )
    const noise = receipt.cases.find((item) => item.permitName === 'Notification of temporary noise')
    expect(noise?.files).toEqual([])
    const { bytes, filename } = await receiptPdf({ receipt, locale: 'en' })
    expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe('%PDF-')
    expect(filename).toBe(`lupa-receipt-${receipt.receiptNumber}.pdf`)
    expect(statusOf(await thrownBy(loadReceipt({ payload, user: stranger, id, locale: 'fi' })))).toBe(404)
  })

  it('should copy the application into a new draft with its data and files, for its owner only', async () => {
    const copyId = String(await copyApplication({ payload, user: customer, id }))
    expect(copyId).not.toBe(id)
    const copy = await applicationOf(copyId)
    expect(copy.status).toBe('draft')
    expect(copy.answers).toEqual((await applicationOf(id)).answers)
    expect((copy.values as DataValues).organiserName).toBe('Puistosoitto ry')
    expect((copy.values as DataValues).siteMap).toEqual([siteMapId])
    expect((copy.values as DataValues).municipality).toBeUndefined()
    expect((copy.attachments as Id[]).map(String)).toEqual([siteMapId])
    expect(idOf(copy.onBehalfOf)).toEqual(organisationId)
    const copyPage = await page(copyId, 'review')
    expect(copyPage.review?.problems).toEqual([])
    expect(statusOf(await thrownBy(copyApplication({ payload, user: stranger, id })))).toBe(404)
    // Removing the file from the copy leaves the submitted application's file in place.
    await post(copyId, stepForm('place', `remove:siteMap:${siteMapId}`, {}))
    expect(
      await payload.findByID({
        collection: slugs.attachments,
        id: siteMapId,
        overrideAccess: true,
        disableErrors: true,
      }),
    ).not.toBeNull()
  })
})

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { supervisionSlugs } from '../../plugins/supervision'
import { getFixedT } from '../../portal/app/i18n/i18next.server'
import type { AuthorityUser } from '../../portal/app/models/authority.server'
import {
  handleSupervisionAction,
  loadSupervisionWorkspace,
} from '../../portal/app/models/authoritySupervision.server'
import { answerSupervisionCase, listSupervision } from '../../portal/app/models/supervision.server'
import { seedCatalogue } from '../../src/seed/seed'
import type { TestUser } from '../support/factories'
import { authorityId, createUser, tokenOf } from '../support/factories'
import { submitWorkedExample } from '../support/integrationHelpers'
import { rest } from '../support/rest'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }
type Answer = {
  doc?: Doc
  errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}

let test: TestPayload
let payload: Payload
let server: Awaited<ReturnType<typeof startTestServer>>
let customer: TestUser
let otherCustomer: TestUser
const tokens = new Map<string, string>()
let police: TestUser
let rescue: TestUser
let environment: TestUser
let policeCaseId: Id
let rescueAuthority: Id
let policeAuthority: Id
let environmentAuthority: Id

const api = (
  user: TestUser,
  path: string,
  { method = 'GET', body, locale = 'fi' }: { method?: string; body?: unknown; locale?: string } = {},
) =>
  rest<Answer & Doc & { docs?: Doc[] }>(`${server.url}/api/${path}${path.includes('?') ? '&' : '?'}depth=0`, {
    token: tokens.get(String(user.id)),
    method,
    body,
    headers: { 'Accept-Language': locale },
  })

const signIn = async (user: TestUser) => tokens.set(String(user.id), await tokenOf(payload, user))

/** The field messages of a refused write. */
const fieldErrors = (answer: { body: Answer | null }) =>
  (answer.body?.errors ?? []).flatMap((error) => error.data?.errors ?? [])

const createObject = async (name = 'Puistokonsertti') => {
  const answer = await api(police, supervisionSlugs.supervisedObjects, {
    method: 'POST',
    body: { case: policeCaseId, name, kind: 'event', startsOn: '2027-06-12', authorities: [rescueAuthority] },
  })
  expect(answer.status, answer.text).toBe(201)
  return answer.body!.doc!
}

const openCase = async (objectId: Id, body: Record<string, unknown>, user = police, locale = 'fi') =>
  api(user, supervisionSlugs.supervisionCases, {
    method: 'POST',
    body: { object: objectId, ...body },
    locale,
  })

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  const { bundleId } = await seedCatalogue(payload)
  customer = await createUser(payload, { role: 'customer' })
  otherCustomer = await createUser(payload, { role: 'customer' })
  policeAuthority = await authorityId(payload, 'police-helsinki')
  environmentAuthority = await authorityId(payload, 'environmental-protection-helsinki')
  police = await createUser(payload, { role: 'authority-user', authority: policeAuthority })
  rescueAuthority = await authorityId(payload, 'rescue-helsinki')
  rescue = await createUser(payload, { role: 'authority-user', authority: rescueAuthority })
  environment = await createUser(payload, { role: 'authority-user', authority: environmentAuthority })
  for (const user of [customer, otherCustomer, police, rescue, environment]) await signIn(user)
  ;({ caseId: policeCaseId } = await submitWorkedExample(payload, { customer, bundleId }))
  server = await startTestServer({ payload, config: test.config })
})

afterAll(async () => {
  await server?.close()
  await test?.close()
})

describe('supervised objects', () => {
  it("should be made by an authority from its own case, with the case's customer, and supervised by its maker", async () => {
    const object = await createObject()
    expect(object.applicant).toBe(customer.id)
    expect((object.authorities as Id[]).map(String).sort()).toEqual(
      [String(rescueAuthority), String(policeAuthority)].sort(),
    )
    expect((await api(customer, `${supervisionSlugs.supervisedObjects}/${object.id}`)).status).toBe(200)
    expect((await api(rescue, `${supervisionSlugs.supervisedObjects}/${object.id}`)).status).toBe(200)
    expect((await api(otherCustomer, `${supervisionSlugs.supervisedObjects}/${object.id}`)).status).toBe(404)
    expect((await api(environment, `${supervisionSlugs.supervisedObjects}/${object.id}`)).status).toBe(404)
  })

  it("should refuse an object from another authority's case, and a customer's object", async () => {
    const foreign = await api(environment, supervisionSlugs.supervisedObjects, {
      method: 'POST',
      body: { case: policeCaseId, name: 'Not ours' },
    })
    expect(foreign.status).toBe(403)
    const byCustomer = await api(customer, supervisionSlugs.supervisedObjects, {
      method: 'POST',
      body: { case: policeCaseId, name: 'Mine' },
    })
    expect(byCustomer.status).toBe(403)
  })
})

describe('guidance before the event', () => {
  it('should reach the customer, who acknowledges it; nobody else sees it', async () => {
    const object = await createObject()
    const opened = await openCase(object.id, {
      kind: 'guidance',
      title: 'Järjestyksenvalvojat',
      body: 'Varatkaa yksi järjestyksenvalvoja sataa kävijää kohden.',
      acknowledgementRequired: true,
      status: 'closed',
    })
    expect(opened.status, opened.text).toBe(201)
    const guidance = opened.body!.doc!
    // The status is the collection's to set, whatever the input says.
    expect(guidance.status).toBe('open')
    expect(guidance.applicant).toBe(customer.id)
    const path = `${supervisionSlugs.supervisionCases}/${guidance.id}`
    expect((await api(otherCustomer, path)).status).toBe(404)
    expect((await api(environment, path)).status).toBe(404)
    // A co-supervising authority reads it but does not change it.
    expect((await api(rescue, path)).status).toBe(200)
    expect((await api(rescue, path, { method: 'PATCH', body: { title: 'Ours now' } })).status).toBe(403)

    const acknowledged = await api(customer, path, {
      method: 'PATCH',
      body: { title: 'Changed', status: 'closed' },
    })
    expect(acknowledged.status, acknowledged.text).toBe(200)
    expect(acknowledged.body!.doc).toMatchObject({ status: 'answered', title: 'Järjestyksenvalvojat' })
    expect(acknowledged.body!.doc!.answeredBy).toBe(customer.id)
    // Answered once: the customer cannot change it again until the authority asks again.
    expect((await api(customer, path, { method: 'PATCH', body: { answer: 'Again' } })).status).toBe(403)
    const closed = await api(police, path, { method: 'PATCH', body: { status: 'closed' } })
    expect(closed.body?.doc?.status).toBe('closed')
  })
})

describe('inspections', () => {
  it('should show the other supervisors a planned inspection, and the customer only once announced', async () => {
    const object = await createObject()
    const planned = await openCase(object.id, {
      kind: 'inspection',
      title: 'Paloturvallisuus',
      plannedAt: '2027-06-12T16:00:00.000Z',
    })
    expect(planned.body?.doc?.status).toBe('planned')
    const path = `${supervisionSlugs.supervisionCases}/${planned.body!.doc!.id}`
    expect((await api(rescue, path)).status).toBe(200)
    expect((await api(customer, path)).status).toBe(404)
    await api(police, path, { method: 'PATCH', body: { isAnnounced: true } })
    expect((await api(customer, path)).status).toBe(200)
  })

  it('should record findings with a severity each and keep internal ones from the customer', async () => {
    const object = await createObject()
    const recorded = await openCase(object.id, {
      kind: 'inspection',
      title: 'Tarkastus tapahtumassa',
      inspectedAt: '2027-06-12T17:00:00.000Z',
      findings: [
        { observation: 'Poistumistie tukittu', severity: 'minor' },
        { observation: 'Naapurin vihje', severity: 'none', isInternal: true },
      ],
    })
    expect(recorded.status, recorded.text).toBe(201)
    expect(recorded.body!.doc!.status).toBe('open')
    const path = `${supervisionSlugs.supervisionCases}/${recorded.body!.doc!.id}`
    const seen = await api(customer, path)
    expect((seen.body!.findings as { observation: string }[]).map((item) => item.observation)).toEqual([
      'Poistumistie tukittu',
    ])
    expect((await api(rescue, path)).body!.findings).toHaveLength(2)
  })

  it('should refuse a finding without a severity, in the user language, and store nothing', async () => {
    const object = await createObject()
    const before = (await payload.count({ collection: supervisionSlugs.supervisionCases })).totalDocs
    const refused = await openCase(
      object.id,
      {
        kind: 'inspection',
        title: 'Missing',
        inspectedAt: '2027-06-12T17:00:00.000Z',
        findings: [{ observation: 'x' }],
      },
      police,
      'en',
    )
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused)).toEqual([
      { path: 'findings', message: 'Every finding needs a severity (none, minor, major or critical).' },
    ])
    expect((await payload.count({ collection: supervisionSlugs.supervisionCases })).totalDocs).toBe(before)
  })
})

describe('deviation notices', () => {
  it('should count a deadline in service days, take the answer, and close on acceptance', async () => {
    const object = await createObject()
    const opened = await openCase(object.id, {
      kind: 'deviation',
      title: 'Poistumistie',
      correction: 'Pitäkää poistumistie vapaana.',
      howToShow: 'Valokuva',
      deadlineServiceDays: 5,
    })
    expect(opened.status, opened.text).toBe(201)
    const deviation = opened.body!.doc!
    expect(deviation.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(deviation.deadlineServiceDays ?? null).toBeNull()
    const path = `${supervisionSlugs.supervisionCases}/${deviation.id}`

    const empty = await api(customer, path, { method: 'PATCH', body: { answer: ' ' } })
    expect(empty.status).toBe(400)
    const answered = await api(customer, path, {
      method: 'PATCH',
      body: { answer: 'Korjattu, kuva liitteenä.' },
    })
    expect(answered.body?.doc?.status).toBe('answered')
    // Asked again, then accepted.
    expect((await api(police, path, { method: 'PATCH', body: { status: 'open' } })).body?.doc?.status).toBe(
      'open',
    )
    await api(customer, path, { method: 'PATCH', body: { answer: 'Nyt kunnossa.' } })
    const accepted = await api(police, path, { method: 'PATCH', body: { status: 'closed' } })
    expect(accepted.body?.doc?.status).toBe('closed')
    const afterClosing = await api(police, path, { method: 'PATCH', body: { title: 'Later' }, locale: 'fi' })
    expect(afterClosing.status).toBe(400)
    expect(fieldErrors(afterClosing)[0]?.message).toBe(
      'Valvonta-asia on suljettu, eikä sitä voi enää muuttaa.',
    )
  })

  it('should refuse a deadline in the past and a deviation without what to correct', async () => {
    const object = await createObject()
    const past = await openCase(
      object.id,
      { kind: 'deviation', title: 'Late', correction: 'Fix', deadline: '2020-01-01' },
      police,
      'sv',
    )
    expect(past.status).toBe(400)
    expect(fieldErrors(past)).toEqual([
      { path: 'deadline', message: 'Tidsfristen kan inte ligga i det förflutna.' },
    ])
    const vague = await openCase(object.id, { kind: 'deviation', title: 'Vague' })
    expect(fieldErrors(vague).map((error) => error.path)).toEqual(['correction'])
  })
})

describe('closed objects and foreign authorities', () => {
  it('should open nothing on a closed object or on an object another authority supervises', async () => {
    const object = await createObject()
    expect(
      (
        await api(police, `${supervisionSlugs.supervisedObjects}/${object.id}`, {
          method: 'PATCH',
          body: { status: 'closed' },
        })
      ).status,
    ).toBe(200)
    const onClosed = await openCase(object.id, { kind: 'feedback', title: 'Kiitos' })
    expect(onClosed.status).toBe(400)
    expect(fieldErrors(onClosed).map((error) => error.path)).toEqual(['object'])
    const open = await createObject()
    expect((await openCase(open.id, { kind: 'feedback', title: 'Not ours' }, environment)).status).toBe(403)
  })

  it('should let a new supervisor read the cases opened before it joined', async () => {
    const object = await createObject()
    const guidance = (await openCase(object.id, { kind: 'guidance', title: 'Ohje' })).body!.doc!
    const path = `${supervisionSlugs.supervisionCases}/${guidance.id}`
    expect((await api(environment, path)).status).toBe(404)
    await api(police, `${supervisionSlugs.supervisedObjects}/${object.id}`, {
      method: 'PATCH',
      body: { authorities: [...(object.authorities as Id[]), environmentAuthority] },
    })
    expect((await api(environment, path)).status).toBe(200)
  })
})

describe("the customer's supervision page", () => {
  it('should list objects and cases with what is expected, and take an answer to a deviation', async () => {
    const object = await createObject('Kesäkonsertti')
    const deviation = (
      await openCase(object.id, {
        kind: 'deviation',
        title: 'Poistumistie',
        correction: 'Pitäkää poistumistie vapaana.',
        deadline: '2099-06-30',
      })
    ).body!.doc!
    await openCase(object.id, {
      kind: 'inspection',
      title: 'Tarkastus',
      inspectedAt: '2027-06-12T17:00:00.000Z',
      findings: [
        { observation: 'Poistumistie tukittu', severity: 'minor' },
        { observation: 'Naapurin vihje', severity: 'none', isInternal: true },
      ],
    })
    const listed = await listSupervision({ payload, user: customer, locale: 'en' })
    const mine = listed.find((item) => item.id === String(object.id))!
    expect(mine).toMatchObject({ name: 'Kesäkonsertti', kindText: 'Event', periodText: 'Sat, 12 June 2027' })
    const byTitle = new Map(mine.cases.map((item) => [item.title, item]))
    expect(byTitle.get('Poistumistie')).toMatchObject({
      kindText: 'Deviation',
      expectation: 'answer',
      deadlineText: 'Tue, 30 June 2099',
      isOverdue: false,
    })
    expect(byTitle.get('Tarkastus')?.findings).toEqual([
      { observation: 'Poistumistie tukittu', severity: 'minor', severityText: 'minor' },
    ])
    expect(await listSupervision({ payload, user: otherCustomer, locale: 'en' })).toEqual([])

    const answer = (text: string, user = customer) =>
      answerSupervisionCase({ payload, user, caseId: String(deviation.id), answer: text, locale: 'en' })
    expect(await answer('  ')).toEqual({
      caseId: String(deviation.id),
      answer: '  ',
      message: 'Write what you corrected and how.',
    })
    expect((await answer('Not mine', otherCustomer))?.message).toBe(
      'This case can no longer be answered: the page shows where it stands now.',
    )
    expect(await answer('Moved the stage; photo sent by email.')).toBeNull()
    const after = (await listSupervision({ payload, user: customer, locale: 'fi' }))
      .find((item) => item.id === String(object.id))!
      .cases.find((item) => item.id === String(deviation.id))
    expect(after).toMatchObject({ expectation: 'waiting', answer: 'Moved the stage; photo sent by email.' })
    expect((await answer('Again'))?.message).toBe(
      'This case can no longer be answered: the page shows where it stands now.',
    )
  })
})

describe("the authority's supervision workspace", () => {
  const post = async (user: TestUser, fields: Record<string, string>, locale: 'fi' | 'en' = 'en') => {
    const form = new FormData()
    for (const [name, value] of Object.entries(fields)) form.set(name, value)
    return handleSupervisionAction({
      payload,
      user: user as AuthorityUser,
      form,
      locale,
      t: await getFixedT(locale, 'authority'),
    })
  }

  it('should start supervising from a case number, open cases, and list what is late or coming', async () => {
    const { caseNumber } = await payload.findByID({
      collection: 'cases',
      id: policeCaseId,
      overrideAccess: true,
      depth: 0,
    })
    expect(await post(police, { intent: 'object-new', caseNumber: 'NO-SUCH', name: 'X' })).toMatchObject({
      isDone: false,
      errors: [{ field: 'caseNumber', message: 'Your authority has no case with this case number.' }],
    })
    // Another authority's case is not found either.
    expect(
      await post(environment, { intent: 'object-new', caseNumber: String(caseNumber), name: 'X' }),
    ).toMatchObject({
      isDone: false,
      errors: [{ field: 'caseNumber' }],
    })
    expect(
      await post(police, {
        intent: 'object-new',
        caseNumber: String(caseNumber),
        name: 'Työtilan konsertti',
        kind: 'event',
        startsOn: '2027-06-12',
      }),
    ).toEqual({ isDone: true, intent: 'object' })
    const objectOf = async () =>
      (await loadSupervisionWorkspace({ payload, user: police as AuthorityUser, locale: 'en' })).objects.find(
        (item) => item.name === 'Työtilan konsertti',
      )!
    const object = await objectOf()

    expect(
      await post(police, {
        intent: `open-${object.id}`,
        kind: 'deviation',
        title: 'Exit',
        deadline: '2099-01-01',
      }),
    ).toMatchObject({
      isDone: false,
      target: object.id,
      errors: [{ field: 'correction', message: 'Say what must be corrected.' }],
    })
    expect(await post(police, { intent: 'open-abc', kind: 'guidance', title: 'X' })).toMatchObject({
      isDone: false,
      errors: [{ field: 'form' }],
    })
    const opened: Record<string, string>[] = [
      { kind: 'inspection', title: 'Evening visit', plannedAt: '2027-06-12T19:00' },
      { kind: 'inspection', title: 'Afternoon visit', plannedAt: '2027-06-12T15:00', isAnnounced: 'on' },
      { kind: 'deviation', title: 'Blocked exit', correction: 'Clear it.', deadlineServiceDays: '3' },
      {
        kind: 'inspection',
        title: 'Made now',
        isInspected: 'on',
        observation: 'Exit blocked',
        severity: 'minor',
      },
    ]
    for (const fields of opened)
      expect(await post(police, { intent: `open-${object.id}`, ...fields })).toEqual({
        isDone: true,
        intent: 'open',
      })
    const late = (await objectOf()).cases.find((item) => item.title === 'Blocked exit')!
    await payload.db.updateOne({
      collection: supervisionSlugs.supervisionCases,
      id: late.id,
      data: { deadline: '2020-01-02' },
    })

    const workspace = await loadSupervisionWorkspace({ payload, user: police as AuthorityUser, locale: 'en' })
    expect(
      workspace.upcoming.filter((item) => item.objectName === 'Työtilan konsertti').map((item) => item.title),
    ).toEqual(['Afternoon visit', 'Evening visit'])
    // Entered in Finnish time.
    expect(workspace.upcoming.find((item) => item.title === 'Afternoon visit')?.plannedAt).toBe(
      '2027-06-12T12:00:00.000Z',
    )
    expect(workspace.overdue.map((item) => item.title)).toEqual(['Blocked exit'])
    const made = (await objectOf()).cases.find((item) => item.title === 'Made now')!
    expect(made.status).toBe('open')
    // An authority that does not supervise the object neither sees nor moves its cases.
    const forRescue = await loadSupervisionWorkspace({ payload, user: rescue as AuthorityUser, locale: 'en' })
    expect(forRescue.objects.find((item) => item.id === object.id)).toBeUndefined()
    expect(await post(rescue, { intent: `move-${made.id}`, status: 'closed' })).toMatchObject({
      isDone: false,
      errors: [{ field: 'form' }],
    })
    expect(await post(police, { intent: `move-${made.id}`, status: 'closed' })).toEqual({
      isDone: true,
      intent: 'move',
    })
    expect(await post(police, { intent: `move-${made.id}`, status: 'open' }, 'fi')).toMatchObject({
      isDone: false,
      errors: [{ field: 'status', message: 'Valvonta-asia on suljettu, eikä sitä voi enää muuttaa.' }],
    })
  })
})

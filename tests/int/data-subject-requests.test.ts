import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { erasedName } from '../../src/privacy/eraseDataSubject'
import { seedCatalogue } from '../../src/seed/seed'
import type { TestUser } from '../support/factories'
import { createDraft, createUser, testPassword, tokenOf } from '../support/factories'
import { submitWorkedExample } from '../support/integrationHelpers'
import { minimalPdf } from '../support/minimalPdf'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

type Id = number | string

let test: TestPayload
let payload: Payload
let server: Awaited<ReturnType<typeof startTestServer>>
let bundleId: Id
let owner: TestUser

const idOfActor = (actor: unknown) => (actor && typeof actor === 'object' ? Reflect.get(actor, 'id') : actor)
const asOwner = () => ({ user: owner, overrideAccess: false, depth: 0 }) as const
const exists = async (collection: typeof slugs.applications | typeof slugs.attachments, id: Id) =>
  (await payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  server = await startTestServer(test)
  ;({ bundleId } = await seedCatalogue(payload))
  owner = await createUser(payload, { role: 'owner' })
})

afterAll(async () => {
  await server?.close()
  await test?.close()
})

describe('data subject requests', () => {
  it("should erase a person's drafts, sign-in records and contact details, keeping submitted records", async () => {
    const customer = await createUser(payload, { role: 'customer', name: 'Eero Esimerkki' })
    const submitted = await submitWorkedExample(payload, { customer, bundleId })
    const file = await payload.create({
      collection: slugs.attachments,
      user: customer,
      overrideAccess: false,
      data: { description: 'kartta.pdf' },
      file: {
        data: minimalPdf(),
        mimetype: 'application/pdf',
        name: 'kartta.pdf',
        size: minimalPdf().length,
      },
    })
    const draft = await createDraft(payload, { customer, bundleId })
    await payload.update({
      collection: slugs.applications,
      id: draft.id,
      user: customer,
      overrideAccess: false,
      data: { attachments: [file.id] },
    })

    const request = await payload.create({
      collection: slugs.dataSubjectRequests,
      ...asOwner(),
      data: {
        subject: customer.id,
        kind: 'erasure',
        description: 'Poistakaa tietoni.',
        receivedAt: new Date().toISOString(),
      },
    })
    // Handled only with a resolution written down.
    await expect(
      payload.update({
        collection: slugs.dataSubjectRequests,
        id: request.id,
        ...asOwner(),
        data: { status: 'done' },
      }),
    ).rejects.toThrow()
    expect(await exists(slugs.applications, draft.id)).toBe(true)

    const done = await payload.update({
      collection: slugs.dataSubjectRequests,
      id: request.id,
      ...asOwner(),
      data: { status: 'done', resolution: 'Poistettu; lähetetyt hakemukset säilytetään arkistolain mukaan.' },
    })
    expect(done).toMatchObject({ handledBy: owner.id, handledAt: expect.any(String) })
    const stored = await payload.findByID({
      collection: slugs.dataSubjectRequests,
      id: request.id,
      overrideAccess: true,
    })
    expect(stored.outcome).toMatchObject({
      erased: { drafts: 1, files: 1, account: true },
      kept: { applications: 1 },
    })
    expect((stored.outcome as { kept: { cases: number } }).kept.cases).toBeGreaterThan(0)

    expect(await exists(slugs.applications, draft.id)).toBe(false)
    expect(await exists(slugs.attachments, file.id)).toBe(false)
    expect(await exists(slugs.applications, submitted.applicationId)).toBe(true)
    const account = await payload.findByID({ collection: slugs.users, id: customer.id, overrideAccess: true })
    expect(account).toMatchObject({ name: erasedName, phone: null })
    expect(account.email).not.toBe(customer.email)
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: customer.email, password: testPassword }),
    })
    expect(login.status).toBe(401)
    const { docs: audited } = await payload.find({
      collection: slugs.auditLog,
      where: {
        resource: { equals: slugs.users },
        resourceId: { equals: String(customer.id) },
        action: { equals: 'delete' },
      },
      overrideAccess: true,
      depth: 0,
    })
    expect(audited.map((entry) => entry.actor)).toEqual([owner.id])

    // A handled request stays as it was handled.
    await expect(
      payload.update({
        collection: slugs.dataSubjectRequests,
        id: request.id,
        ...asOwner(),
        data: { status: 'open' },
      }),
    ).rejects.toThrow()
  })

  it('should let the owner alone see and handle requests, and nobody delete one', async () => {
    const customer = await createUser(payload, { role: 'customer' })
    const request = await payload.create({
      collection: slugs.dataSubjectRequests,
      ...asOwner(),
      data: { subject: customer.id, kind: 'rectification', receivedAt: new Date().toISOString() },
    })
    const serviceProducer = await createUser(payload, { role: 'service-producer' })
    for (const user of [customer, serviceProducer]) {
      const response = await fetch(`${server.url}/api/data-subject-requests/${request.id}`, {
        headers: { Authorization: `JWT ${await tokenOf(payload, user)}` },
      })
      expect(response.status).toBe(403)
    }
    const remove = await fetch(`${server.url}/api/data-subject-requests/${request.id}`, {
      method: 'DELETE',
      headers: { Authorization: `JWT ${await tokenOf(payload, owner)}` },
    })
    expect(remove.status).toBe(403)
    // Handled without corrections (say, of a submitted application's data, which its authority rectifies).
    const done = await payload.update({
      collection: slugs.dataSubjectRequests,
      id: request.id,
      ...asOwner(),
      data: { status: 'done', resolution: 'Ohjattu käsittelevälle viranomaiselle.' },
    })
    expect(done.outcome).toEqual({ corrected: [] })
  })

  it("should write a rectification's corrected details into the account when it is marked done, and record which", async () => {
    const customer = await createUser(payload, { role: 'customer', name: 'Eera Virhe' })
    const other = await createUser(payload, { role: 'customer' })
    const request = await payload.create({
      collection: slugs.dataSubjectRequests,
      ...asOwner(),
      data: {
        subject: customer.id,
        kind: 'rectification',
        receivedAt: new Date().toISOString(),
        corrections: { name: 'Eeva Oikea', phone: '+358 40 123 4567' },
      },
    })
    const account = () => payload.findByID({ collection: slugs.users, id: customer.id, overrideAccess: true })
    // Recorded, not yet carried out.
    expect((await account()).name).toBe('Eera Virhe')

    // A correction the account refuses (another person's email) leaves the request open.
    const refused = await fetch(`${server.url}/api/data-subject-requests/${request.id}`, {
      method: 'PATCH',
      headers: {
        Authorization: `JWT ${await tokenOf(payload, owner)}`,
        'Content-Type': 'application/json',
        'Accept-Language': 'en',
      },
      body: JSON.stringify({
        status: 'done',
        resolution: 'Korjattu.',
        corrections: { name: 'Eeva Oikea', email: other.email, phone: '+358 40 123 4567' },
      }),
    })
    expect(refused.status).toBe(400)
    const stillOpen = await payload.findByID({
      collection: slugs.dataSubjectRequests,
      id: request.id,
      ...asOwner(),
    })
    expect(stillOpen.status).toBe('open')
    expect((await account()).email).toBe(customer.email)

    const done = await payload.update({
      collection: slugs.dataSubjectRequests,
      id: request.id,
      ...asOwner(),
      data: { status: 'done', resolution: 'Nimi ja puhelinnumero korjattu.', corrections: { email: '' } },
    })
    expect(done.outcome).toEqual({ corrected: ['name', 'phone'] })
    expect(await account()).toMatchObject({
      name: 'Eeva Oikea',
      phone: '+358 40 123 4567',
      email: customer.email,
    })
    // The correction is audited as the owner's edit of the account, by field name.
    const { docs: audit } = await payload.find({
      collection: slugs.auditLog,
      where: {
        and: [
          { resource: { equals: slugs.users } },
          { resourceId: { equals: String(customer.id) } },
          { action: { equals: 'update' } },
        ],
      },
      overrideAccess: true,
      depth: 0,
    })
    expect(audit.map((entry) => idOfActor(entry.actor))).toContain(owner.id)
  })
})

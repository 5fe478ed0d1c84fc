import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { seedCatalogue } from '../../src/seed/seed'
import type { TestUser } from '../support/factories'
import { createUser, testPassword, tokenOf } from '../support/factories'
import { minimalPdf } from '../support/minimalPdf'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

let test: TestPayload
let payload: Payload
let server: Awaited<ReturnType<typeof startTestServer>>
let owner: TestUser
let customer: TestUser

const auditOf = async (where: Where) =>
  (
    await payload.find({
      collection: slugs.auditLog,
      where,
      overrideAccess: true,
      sort: 'createdAt',
      depth: 0,
      pagination: false,
    })
  ).docs

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  server = await startTestServer(test)
  await seedCatalogue(payload)
  owner = await createUser(payload, { role: 'owner' })
  customer = await createUser(payload, { role: 'customer' })
})

afterAll(async () => {
  await server?.close()
  await test?.close()
})

describe('the audit log', () => {
  it('should record each download of a file: who, which file and from where', async () => {
    const token = await tokenOf(payload, customer)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(minimalPdf())], { type: 'application/pdf' }), 'plan.pdf')
    const created = await fetch(`${server.url}/api/attachments`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    const { doc } = (await created.json()) as { doc: { id: number; url: string } }
    const download = () =>
      fetch(`${server.url}${new URL(doc.url, server.url).pathname}`, {
        headers: { Authorization: `JWT ${token}` },
      })
    expect((await download()).status).toBe(200)
    expect((await download()).status).toBe(200)
    const downloads = await auditOf({
      action: { equals: 'download' },
      resourceId: { equals: String(doc.id) },
    })
    expect(downloads.map((entry) => [entry.actor, entry.resource, entry.ip])).toEqual([
      [customer.id, slugs.attachments, '127.0.0.1'],
      [customer.id, slugs.attachments, '127.0.0.1'],
    ])
    // A refused download is no download.
    const other = await createUser(payload, { role: 'customer' })
    const refused = await fetch(`${server.url}${new URL(doc.url, server.url).pathname}`, {
      headers: { Authorization: `JWT ${await tokenOf(payload, other)}` },
    })
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(await auditOf({ action: { equals: 'download' }, actor: { equals: other.id } })).toEqual([])
  })

  it('should record a catalogue edit with its values before and after', async () => {
    const { docs } = await payload.find({
      collection: slugs.permitTypes,
      where: { key: { equals: 'noise-notification' } },
      overrideAccess: true,
      limit: 1,
    })
    const permitType = docs[0]
    const response = await fetch(`${server.url}/api/permit-types/${permitType.id}`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${await tokenOf(payload, owner)}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ processingDays: (permitType.processingDays ?? 0) + 5 }),
    })
    expect(response.status, await response.clone().text()).toBe(200)
    const [entry] = await auditOf({
      action: { equals: 'update' },
      resource: { equals: slugs.permitTypes },
      resourceId: { equals: String(permitType.id) },
    })
    expect(entry).toMatchObject({
      actor: owner.id,
      ip: '127.0.0.1',
      detail: {
        changes: {
          processingDays: { from: permitType.processingDays, to: (permitType.processingDays ?? 0) + 5 },
        },
      },
    })
  })

  it("should record which fields of a person's record changed, never their values", async () => {
    const response = await fetch(`${server.url}/api/users/${customer.id}`, {
      method: 'PATCH',
      headers: {
        Authorization: `JWT ${await tokenOf(payload, customer)}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ phone: '+358401234567' }),
    })
    expect(response.status, await response.clone().text()).toBe(200)
    const [entry] = await auditOf({
      action: { equals: 'update' },
      resource: { equals: slugs.users },
      resourceId: { equals: String(customer.id) },
    })
    expect(entry.detail).toEqual({ changedFields: ['phone'] })
    expect(JSON.stringify(entry)).not.toContain('+358401234567')
  })

  it('should stay append-only: nobody edits or deletes an entry, not even an owner', async () => {
    const [entry] = await auditOf({})
    const ownerToken = await tokenOf(payload, owner)
    const patch = await fetch(`${server.url}/api/audit-log/${entry.id}`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${ownerToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'read' }),
    })
    expect(patch.status).toBe(403)
    const remove = await fetch(`${server.url}/api/audit-log/${entry.id}`, {
      method: 'DELETE',
      headers: { Authorization: `JWT ${ownerToken}` },
    })
    expect(remove.status).toBe(403)
  })

  it('should let the owner alone export the log as CSV, recording the export', async () => {
    const today = new Date().toISOString().slice(0, 10)
    const exportAs = (user: TestUser, query = `?from=${today}&to=${today}&action=download`) =>
      tokenOf(payload, user).then((token) =>
        fetch(`${server.url}/api/audit-log/export${query}`, { headers: { Authorization: `JWT ${token}` } }),
      )
    const response = await exportAs(owner)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment/)
    const [header, ...rows] = (await response.text()).split('\r\n')
    expect(header).toBe('createdAt,actor,actorRole,onBehalfOf,action,resource,resourceId,ip,detail')
    expect(rows.length).toBe(2)
    expect(rows.every((row) => row.includes(',download,attachments,'))).toBe(true)
    expect((await exportAs(owner, '?from=yesterday')).status).toBe(400)
    expect((await exportAs(customer)).status).toBe(403)
    const serviceProducer = await createUser(payload, { role: 'service-producer' })
    expect((await exportAs(serviceProducer)).status).toBe(403)
    const exports = await auditOf({ action: { equals: 'export' }, resource: { equals: slugs.auditLog } })
    expect(exports.map((entry) => [entry.actor, (entry.detail as { count: number }).count])).toEqual([
      [owner.id, 2],
    ])
  })

  it('should record password logins and refused ones, with the address and the email tried', async () => {
    const login = (password: string) =>
      fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: owner.email, password }),
      })
    expect((await login('not-the-password')).status).toBe(401)
    expect((await login(testPassword)).status).toBe(200)
    const denied = await auditOf({ action: { equals: 'denied' }, resource: { equals: slugs.users } })
    expect(denied.map((entry) => [entry.ip, entry.detail])).toEqual([
      ['127.0.0.1', { method: 'password', reason: 'wrong-credentials', email: owner.email }],
    ])
    const logins = await auditOf({ action: { equals: 'login' }, actor: { equals: owner.id } })
    expect(logins.map((entry) => [entry.actorRole, entry.resourceId, entry.ip])).toContainEqual([
      'owner',
      String(owner.id),
      '127.0.0.1',
    ])
  })
})

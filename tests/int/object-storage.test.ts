import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { workedExampleApplication } from '../../src/seed/public-event'
import { seedCatalogue } from '../../src/seed/seed'
import { submitApplication } from '../../src/submission/submitApplication'
import type { TestUser } from '../support/factories'
import { authorityId, createDraft, createUser, tokenOf } from '../support/factories'
import { requestTo } from '../support/integrationHelpers'
import { minimalPdf } from '../support/minimalPdf'
import type { TestS3Server } from '../support/s3Server'
import { startS3Server } from '../support/s3Server'
import type { ServerProcess } from '../support/serverProcess'
import { startServerProcess } from '../support/serverProcess'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

type UploadedDoc = { id: number | string; filename: string; url: string }

const prefix = 'lupa/attachments'
let s3: TestS3Server
let test: TestPayload
let payload: Payload
let first: Awaited<ReturnType<typeof startTestServer>>
let second: ServerProcess
let secondDataDir: string
let customer: TestUser
let token: string

const upload = async (baseUrl: string, content: Buffer, filename: string, as = token) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), filename)
  form.append('_payload', JSON.stringify({ description: filename }))
  const response = await fetch(`${baseUrl}/api/attachments`, {
    method: 'POST',
    headers: { Authorization: `JWT ${as}` },
    body: form,
  })
  expect(response.status, await response.clone().text()).toBe(201)
  return ((await response.json()) as { doc: UploadedDoc }).doc
}

const download = (baseUrl: string, doc: UploadedDoc, as?: string) =>
  fetch(`${baseUrl}${new URL(doc.url).pathname}`, { headers: as ? { Authorization: `JWT ${as}` } : {} })

/** A distinct PDF each time, so that a file read back cannot be another one. */
const uniquePdf = () => Buffer.concat([minimalPdf(), Buffer.from(`% ${randomBytes(8).toString('hex')}\n`)])

const uploadDirOf = (dataDir: string) => path.join(dataDir, 'uploads')
const isEmptyOrMissing = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0

beforeAll(async () => {
  s3 = await startS3Server()
  const secret = randomBytes(32).toString('hex')
  test = await startTestPayload({ env: { ...s3.envFor(prefix), PAYLOAD_SECRET: secret } })
  payload = test.payload
  first = await startTestServer(test)
  // Another web process on the same database and bucket, with a disk of its own.
  secondDataDir = mkdtempSync(path.join(os.tmpdir(), 'lupa-second-'))
  second = await startServerProcess({
    ...s3.envFor(prefix),
    DATABASE_URL: test.databaseUrl,
    DATA_DIR: secondDataDir,
    PAYLOAD_SECRET: secret,
  })
  customer = await createUser(payload, { role: 'customer' })
  token = await tokenOf(payload, customer)
})

afterAll(async () => {
  await second?.close()
  await first?.close()
  await test?.close()
  await s3?.close()
  if (secondDataDir) rmSync(secondDataDir, { recursive: true, force: true })
})

describe('attachments in object storage', () => {
  it('should store an upload in the bucket under the prefix, and nothing on the disk', async () => {
    const content = uniquePdf()
    const doc = await upload(first.url, content, 'plan.pdf')
    // The stored-name rule still holds: a generated name, never the sender's.
    expect(doc.filename).toMatch(/^file-[0-9a-f]{16}\.pdf$/)
    expect(await s3.objectBytes(`${prefix}/${doc.filename}`)).toEqual(content)
    expect(isEmptyOrMissing(uploadDirOf(test.dataDir))).toBe(true)
  })

  it("should serve a file only through Lupa's access-checked route, to those who may read it", async () => {
    const content = uniquePdf()
    const doc = await upload(first.url, content, 'plan.pdf')
    // Lupa's own route, never a bucket address or a signed URL.
    expect(doc.url).toBe(`http://localhost:3999/api/attachments/file/${doc.filename}`)
    expect((payload.config.endpoints || []).map((endpoint) => endpoint.path)).not.toContain(
      '/storage-s3-generate-signed-url',
    )
    const own = await download(first.url, doc, token)
    expect(own.status).toBe(200)
    expect(own.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(own.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await own.arrayBuffer())).toEqual(content)
    const staff = await download(
      first.url,
      doc,
      await tokenOf(payload, await createUser(payload, { role: 'owner' })),
    )
    expect(Buffer.from(await staff.arrayBuffer())).toEqual(content)
    const other = await tokenOf(payload, await createUser(payload, { role: 'customer' }))
    expect([403, 404]).toContain((await download(first.url, doc, other)).status)
    expect([401, 403, 404]).toContain((await download(first.url, doc)).status)
  })

  it('should serve a file uploaded through one web process from another', async () => {
    const content = uniquePdf()
    const doc = await upload(first.url, content, 'plan.pdf')
    const elsewhere = await download(second.url, doc, token)
    expect(elsewhere.status).toBe(200)
    expect(Buffer.from(await elsewhere.arrayBuffer())).toEqual(content)
    const other = await tokenOf(payload, await createUser(payload, { role: 'customer' }))
    expect([403, 404]).toContain((await download(second.url, doc, other)).status)

    const back = uniquePdf()
    const fromSecond = await upload(second.url, back, 'reply.pdf')
    expect(Buffer.from(await (await download(first.url, fromSecond, token)).arrayBuffer())).toEqual(back)
    expect(isEmptyOrMissing(uploadDirOf(secondDataDir))).toBe(true)
  })

  it("should give an authority system a case's file through the integration API of another process", async () => {
    const { bundleId } = await seedCatalogue(payload)
    const police = await authorityId(payload, 'police-helsinki')
    const owner = await tokenOf(payload, await createUser(payload, { role: 'owner' }))
    const issued = await requestTo(first.url)(`/api/authorities/${police}/integration/credentials`, {
      method: 'POST',
      jwt: owner,
      body: { label: 'Case system' },
    })
    expect(issued.status).toBe(201)
    const { key } = (await issued.json()) as { key: string }
    const attachment = await payload.create({
      collection: slugs.attachments,
      user: customer,
      overrideAccess: false,
      data: { description: 'Site map' },
      context: { fileLabel: 'site-map' },
      file: {
        data: Buffer.from('Site map of the park'),
        mimetype: 'text/plain',
        name: 'site-map.txt',
        size: 20,
      },
    })
    const draft = await createDraft(payload, {
      customer,
      bundleId,
      values: workedExampleApplication,
      answers: workedExampleApplication,
    })
    await payload.update({
      collection: slugs.applications,
      id: draft.id,
      user: customer,
      overrideAccess: false,
      data: { attachments: [attachment.id] },
    })
    const result = await submitApplication({
      req: await createLocalReq({ user: customer as never }, payload),
      applicationId: draft.id,
      locale: 'fi',
    })
    const caseId = result.cases.find((item) => item.permitType === 'police-public-event-notification')!.id
    const response = await requestTo(second.url)(
      `/api/integration/v1/cases/${caseId}/attachments/${attachment.id}`,
      { apiKey: key },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-length')).toBe('20')
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="site-map-[0-9a-f]{16}\.txt"/,
    )
    expect(await response.text()).toBe('Site map of the park')
  })

  it('should remove the object when the attachment is deleted', async () => {
    const doc = await upload(first.url, uniquePdf(), 'plan.pdf')
    const deleted = await fetch(`${second.url}/api/attachments/${doc.id}`, {
      method: 'DELETE',
      headers: { Authorization: `JWT ${token}` },
    })
    expect(deleted.status).toBe(200)
    expect(await s3.objectBytes(`${prefix}/${doc.filename}`)).toBeNull()
    expect([403, 404]).toContain((await download(first.url, doc, token)).status)
  })
})

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestUser } from '../support/factories'
import { createUser, tokenOf } from '../support/factories'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'
import { minimalPdf } from '../support/minimalPdf'
import { docxOf } from '../support/zip'

/** A low upload rate for this file's server, so that reaching it takes a few uploads. */
const uploadRateLimit = 8

let test: TestPayload
let payload: Payload
let server: Awaited<ReturnType<typeof startTestServer>>
let customer: TestUser
let token: string

const pdf = minimalPdf()

const upload = (
  content: Buffer,
  filename: string,
  mimeType: string,
  as = token,
  headers: Record<string, string> = {},
) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(content)], { type: mimeType }), filename)
  form.append('_payload', JSON.stringify({ description: 'test' }))
  return fetch(`${server.url}/api/attachments`, {
    method: 'POST',
    headers: { Authorization: `JWT ${as}`, ...headers },
    body: form,
  })
}

beforeAll(async () => {
  test = await startTestPayload({ env: { UPLOAD_RATE_LIMIT: String(uploadRateLimit) } })
  payload = test.payload
  server = await startTestServer(test)
  customer = await createUser(payload, { role: 'customer' })
  token = await tokenOf(payload, customer)
})

afterAll(async () => {
  await server?.close()
  await test?.close()
})

describe('attachments', () => {
  it('should take a PDF and serve it back only to its owner, as a download', async () => {
    const created = await upload(pdf, 'plan.pdf', 'application/pdf')
    expect(created.status, await created.clone().text()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; url: string; filename: string } }
    expect(doc.filename).not.toContain('/')
    const own = await fetch(`${server.url}${new URL(doc.url, server.url).pathname}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(own.status).toBe(200)
    expect(own.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(own.headers.get('x-content-type-options')).toBe('nosniff')
    const other = await createUser(payload, { role: 'customer' })
    const foreign = await fetch(`${server.url}${new URL(doc.url, server.url).pathname}`, {
      headers: { Authorization: `JWT ${await tokenOf(payload, other)}` },
    })
    expect([403, 404]).toContain(foreign.status)
    expect([401, 403, 404]).toContain(
      (await fetch(`${server.url}${new URL(doc.url, server.url).pathname}`)).status,
    )
  })

  it('should refuse a web page disguised as a PDF', async () => {
    const response = await upload(
      Buffer.from('<html><script>alert(1)</script></html>'),
      'plan.pdf',
      'application/pdf',
    )
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it('should store the type the content has, not the one the sender claimed', async () => {
    const response = await upload(pdf, 'notes.txt', 'text/plain')
    expect(response.status).toBe(201)
    expect(((await response.json()) as { doc: { mimeType: string } }).doc.mimeType).toBe('application/pdf')
  })

  it('should refuse markup sent as plain text', async () => {
    const response = await upload(Buffer.from('<svg onload="alert(1)"></svg>'), 'notes.txt', 'text/plain')
    expect(response.status).toBe(400)
  })

  it('should refuse file types outside the allow-list', async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 60 }, () => 0)])
    const response = await upload(zip, 'archive.zip', 'application/zip')
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it('should take a Word document and refuse one that unpacks into 60 MiB, saying why', async () => {
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    const ordinary = await upload(
      docxOf(Buffer.from('<w:document>Pelastussuunnitelma</w:document>')),
      'plan.docx',
      docx,
    )
    expect(ordinary.status, await ordinary.clone().text()).toBe(201)
    expect(((await ordinary.json()) as { doc: { mimeType: string } }).doc.mimeType).toBe(docx)

    const bomb = docxOf(Buffer.alloc(60 * 1024 * 1024, 0x41))
    expect(bomb.length).toBeLessThan(100 * 1024)
    const refused = await upload(bomb, 'plan.docx', docx, token, { 'Accept-Language': 'fi' })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain('Tiedosto purkautuu liian suureksi')
  })

  it("should refuse a user's uploads over their rate, and no one else's", async () => {
    const busy = await createUser(payload, { role: 'customer' })
    const busyToken = await tokenOf(payload, busy)
    for (let index = 0; index < uploadRateLimit; index++)
      expect((await upload(pdf, `page-${index}.pdf`, 'application/pdf', busyToken)).status).toBe(201)
    const refused = await upload(pdf, 'one-more.pdf', 'application/pdf', busyToken, {
      'Accept-Language': 'en',
    })
    expect(refused.status).toBe(429)
    expect(JSON.stringify(await refused.json())).toContain('too many files in a short time')
    const stored = await payload.count({
      collection: 'attachments',
      where: { uploadedBy: { equals: busy.id } },
      overrideAccess: true,
    })
    expect(stored.totalDocs).toBe(uploadRateLimit)

    const other = await createUser(payload, { role: 'customer' })
    expect((await upload(pdf, 'mine.pdf', 'application/pdf', await tokenOf(payload, other))).status).toBe(201)
  })

  it('should refuse anonymous uploads', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'plan.pdf')
    const response = await fetch(`${server.url}/api/attachments`, { method: 'POST', body: form })
    expect([401, 403]).toContain(response.status)
  })
})

import type { RequestHandler } from 'express'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sessionCookieName } from '../../src/auth/sessions'
import { contentCheckIntervalMs } from '../../src/catalogue/contentCache'
import { loadRoutingCatalogue } from '../../src/catalogue/loadRoutingCatalogue'
import { slugs } from '../../src/collections/slugs'
import { seedCatalogue } from '../../src/seed/seed'
import type { QueryCounter } from '../support/countQueries'
import { countQueries } from '../support/countQueries'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

let test: TestPayload
let payload: Payload
let counter: QueryCounter
let req: PayloadRequest
let server: Awaited<ReturnType<typeof startTestServer>>
/** How many times the stand-in portal rendered a page. */
let renders = 0

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const noisePermit = () =>
  loadRoutingCatalogue({ req }).then((catalogue) =>
    catalogue.permitTypeDocs.find((doc) => doc.key === 'noise-notification')!,
  )

/**
 * A stand-in for the portal: every render says how many renders there have been, in the
 * request's language, so that a test sees whether a page was rendered or came from the cache.
 */
const portal: RequestHandler = (req, res) => {
  renders += 1
  if (req.query.cookie) res.append('Set-Cookie', 'lng=sv; Path=/')
  res
    .type('html')
    .set('Vary', 'Cookie, Accept-Language')
    .send(`<p>render ${renders} ${req.headers['accept-language'] ?? ''} ${'padding '.repeat(200)}</p>`)
}

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers: { 'Accept-Language': 'fi', ...headers } })

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  await seedCatalogue(payload)
  req = await createLocalReq({}, payload)
  counter = countQueries(payload)
  server = await startTestServer({ payload, config: test.config, portal: [portal] })
})

afterAll(async () => {
  counter?.stop()
  await server?.close()
  await test?.close()
})

describe('the content cache', () => {
  it('should read the catalogue once, and again as soon as it is edited in this process', async () => {
    const before = await noisePermit()
    // At most the version check: the catalogue itself comes from the process's copy.
    expect((await counter.measure(() => loadRoutingCatalogue({ req }))).count).toBeLessThanOrEqual(1)

    await payload.update({
      collection: slugs.permitTypes,
      id: before.id,
      data: { processingDays: 41 },
      overrideAccess: true,
    })
    expect((await noisePermit()).processingDays).toBe(41)
  })

  it("should see another process's edit within the check interval, not before its version changes", async () => {
    const { id } = await noisePermit()
    // Another process writes the database (no hook of this process runs) and a new version.
    await payload.db.updateOne({ collection: slugs.permitTypes, id, data: { processingDays: 52 }, req })
    await wait(contentCheckIntervalMs + 100)
    expect((await noisePermit()).processingDays).toBe(41)

    await payload.db.upsert({
      collection: 'payload-kv',
      data: { key: 'lupa-content-version', data: { version: 'from-another-process' } },
      where: { key: { equals: 'lupa-content-version' } },
      req,
    })
    await wait(contentCheckIntervalMs + 100)
    expect((await noisePermit()).processingDays).toBe(52)
  })

  it('should read afresh inside a transaction, and keep nothing of what it read there', async () => {
    const { id } = await noisePermit()
    const inTransaction = await createLocalReq({}, payload)
    inTransaction.transactionID = (await payload.db.beginTransaction()) ?? undefined
    try {
      await payload.db.updateOne({
        collection: slugs.permitTypes,
        id,
        data: { processingDays: 63 },
        req: inTransaction,
      })
      const seen = (await loadRoutingCatalogue({ req: inTransaction })).permitTypeDocs.find(
        (doc) => doc.id === id,
      )
      expect(seen?.processingDays).toBe(63)
    } finally {
      await payload.db.rollbackTransaction(inTransaction.transactionID!)
    }
    expect((await noisePermit()).processingDays).toBe(52)
  })
})

describe('the page cache', () => {
  it("should render an anonymous page once per language and answer a browser's ETag with 304", async () => {
    const first = await get('/analysis/public-event')
    const firstBody = await first.text()
    const again = await get('/analysis/public-event')
    expect(await again.text()).toBe(firstBody)
    const etag = again.headers.get('etag')
    expect(etag).toMatch(/^".+"$/)
    expect(again.headers.get('cache-control')).toBe('no-cache')

    const unchanged = await get('/analysis/public-event', { 'If-None-Match': etag! })
    expect(unchanged.status).toBe(304)
    expect(await unchanged.text()).toBe('')

    const swedish = await (await get('/analysis/public-event', { 'Accept-Language': 'sv' })).text()
    expect(swedish).not.toBe(firstBody)
    expect(swedish).toContain(' sv ')
    // The language cookie chooses as the portal does: over the browser's languages.
    expect(await (await get('/analysis/public-event', { Cookie: 'lng=sv' })).text()).toBe(swedish)
  })

  it('should send the page compressed as the browser accepts it', async () => {
    const plain = await (await get('/')).text()
    const response = await fetch(`${server.url}/`, {
      headers: { 'Accept-Language': 'fi', 'Accept-Encoding': 'br' },
    })
    expect(response.headers.get('content-encoding')).toBe('br')
    expect(response.headers.get('vary')).toMatch(/Accept-Encoding/)
    // fetch decodes the body itself: what arrived is the same page.
    expect(await response.text()).toBe(plain)
  })

  it('should render afresh for a signed-in request, another path, a page that sets a cookie, or new content', async () => {
    const rendered = () => renders
    const page = async (path: string, headers?: Record<string, string>) => {
      const before = rendered()
      await (await get(path, headers)).text()
      return rendered() - before
    }
    await page('/')
    expect(await page('/')).toBe(0)
    expect(await page('/', { Cookie: `${sessionCookieName(payload)}=abc` })).toBe(1)
    expect(await page('/', { Authorization: 'JWT abc' })).toBe(1)
    expect(await page('/applications')).toBe(1)
    expect(await page('/applications')).toBe(1)
    expect(await page('/?cookie=1')).toBe(1)
    expect(await page('/?cookie=1')).toBe(1)

    const kind = (await payload.find({ collection: slugs.authorityKinds, limit: 1, overrideAccess: true }))
      .docs[0]
    await payload.update({
      collection: slugs.authorityKinds,
      id: kind.id,
      data: { key: kind.key },
      overrideAccess: true,
    })
    expect(await page('/')).toBe(1)
    expect(await page('/')).toBe(0)
  })
})

import { get } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedCatalogue } from '../../src/seed/seed'
import type { PortalServer } from '../support/portalServer'
import { startPortalServer } from '../support/portalServer'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'

/** The most a first visit of the analysis page may transfer: HTML, scripts and styles, compressed. */
const firstLoadBudgetBytes = 200 * 1024

let test: TestPayload
let server: PortalServer

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** One GET as the bytes that crossed the wire (fetch would decode them). */
const raw = (path: string, headers: Record<string, string> = {}) =>
  new Promise<Raw>((resolve, reject) => {
    get(`${server.baseUrl}${path}`, { headers: { 'Accept-Language': 'fi', ...headers } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      )
      response.on('error', reject)
    }).on('error', reject)
  })

const decoded = ({ headers, body }: Raw) =>
  headers['content-encoding'] === 'br'
    ? brotliDecompressSync(body)
    : headers['content-encoding'] === 'gzip'
      ? gunzipSync(body)
      : body

beforeAll(async () => {
  test = await startTestPayload()
  await seedCatalogue(test.payload)
  server = await startPortalServer({ payload: test.payload, config: test.config, name: 'transfer' })
})

afterAll(async () => {
  await server?.close()
  await test?.close()
})

describe('what a browser downloads', () => {
  it('should load the analysis page the first time in at most 200 KB, compressed, with its assets kept for good', async () => {
    const page = await raw('/analysis/public-event', { 'Accept-Encoding': 'br, gzip' })
    expect(page.status).toBe(200)
    expect(page.headers['content-encoding']).toBe('br')
    const html = decoded(page).toString('utf8')
    const assets = [...new Set(html.match(/\/assets\/[\w.-]+\.(?:js|css)/g) ?? [])]
    expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true)
    expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true)

    // A script then fetches the page's language's strings (a chunk of their own).
    const scripts = await Promise.all(
      assets
        .filter((asset) => asset.endsWith('.js'))
        .map(async (asset) => decoded(await raw(asset, { 'Accept-Encoding': 'br, gzip' })).toString('utf8')),
    )
    const strings = scripts.map((script) => /messages\.fi-[\w-]+\.js/.exec(script)?.[0]).find(Boolean)
    expect(strings, 'the Finnish strings chunk').toBeDefined()
    expect(scripts.some((script) => script.includes('Ärendenummer'))).toBe(false)
    assets.push(`/assets/${strings}`)

    let total = page.body.length
    for (const asset of assets) {
      const response = await raw(asset, { 'Accept-Encoding': 'br, gzip' })
      expect(response.status, asset).toBe(200)
      expect(response.headers['content-encoding'], asset).toBe('br')
      expect(response.headers['cache-control'], asset).toBe('public, max-age=31536000, immutable')
      expect(response.headers['content-type'], asset).toMatch(
        asset.endsWith('.js') ? /javascript/ : /text\/css/,
      )
      total += response.body.length
    }
    expect(total).toBeLessThanOrEqual(firstLoadBudgetBytes)
  })

  it('should send an asset as it is to a client that accepts no compression, and gzip to one that accepts only that', async () => {
    const html = decoded(await raw('/analysis/public-event')).toString('utf8')
    const script = html.match(/\/assets\/[\w.-]+\.js/)![0]
    const plain = await raw(script)
    expect(plain.headers['content-encoding']).toBeUndefined()
    const gzip = await raw(script, { 'Accept-Encoding': 'gzip' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true)
    expect(gzip.body.length).toBeLessThan(plain.body.length / 2)
  })

  it('should compress JSON from the API', async () => {
    const response = await raw('/api/permit-bundles?depth=0', { 'Accept-Encoding': 'gzip' })
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(JSON.parse(decoded(response).toString('utf8'))).toHaveProperty('docs')
  })
})

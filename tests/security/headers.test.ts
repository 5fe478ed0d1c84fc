import { spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { readdirSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { plugins } from '../../payload.config'
import portalRoutes from '../../portal/app/routes'
import { expiredSessionCookie, issueSession, sessionCookieName } from '../../src/auth/sessions'
import { slugs } from '../../src/collections/slugs'
import { createConfig } from '../../src/config/createConfig'
import { parseEnv } from '../../src/env'
import { seedCatalogue } from '../../src/seed/seed'
import { createApp } from '../../src/server/createApp'
import { monacoVsPath } from '../../src/server/monacoAssets'
import type { TestUser } from '../support/factories'
import { createDraft, createUser, testPassword, tokenOf } from '../support/factories'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'

/**
 * The security headers of every kind of response, on a host configured as production is:
 * PUBLIC_URL is https (not localhost). The portal is a real production build; the admin is
 * a stand-in for Next's handler that renders an inline script with the nonce Next would read
 * from the request's Content-Security-Policy (tests/e2e/admin-offline.test.ts runs the real
 * admin in Chromium and fails on any CSP violation).
 */

const publicUrl = 'https://lupa.example.fi'

let test: TestPayload
let payload: Payload
let server: Server
let baseUrl: string
let closePortal = async () => {}
let buildDir: string
let customer: TestUser
let customerToken: string
let applicationId: number | string
let bundleKey: string

/** The nonces the stand-in admin found in the request's CSP (what Next would use), by path. */
const adminSawNonce = new Map<string, string | undefined>()

const nonceOfPolicy = (policy: string) => policy.match(/'nonce-([^']+)'/)?.[1]

/** Next's admin, as far as the host can tell: it reads the nonce from the request's CSP. */
const standInAdmin: RequestHandler = (req, res) => {
  const nonce = nonceOfPolicy(String(req.headers['content-security-policy'] ?? ''))
  adminSawNonce.set(req.path, nonce)
  if (req.path === '/admin/language') {
    // As Payload's language server action does: a cookie with the prefix, without Secure.
    res.cookie(`${payload.config.cookiePrefix}-lng`, 'fi', { path: '/' })
  }
  res
    .type('html')
    .send(
      `<!doctype html><html><head><script nonce="${nonce}">self.__next_f=[]</script></head>` +
        `<body><script src="/_next/static/chunks/main.js" nonce="${nonce}" async></script></body></html>`,
    )
}

const buildPortal = async () => {
  buildDir = path.resolve(`build/portal-security-headers-${randomBytes(4).toString('hex')}`)
  const built = spawnSync(path.resolve('node_modules/.bin/react-router'), ['build', 'portal'], {
    stdio: 'pipe',
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', LUPA_PORTAL_BUILD_DIR: buildDir },
  })
  if (built.status !== 0) throw new Error(`Building the portal failed:\n${built.stdout}\n${built.stderr}`)
  const previous = process.env.LUPA_PORTAL_BUILD_DIR
  process.env.LUPA_PORTAL_BUILD_DIR = buildDir
  const portalModule = await import('../../src/server/portal')
  if (previous === undefined) delete process.env.LUPA_PORTAL_BUILD_DIR
  else process.env.LUPA_PORTAL_BUILD_DIR = previous
  if (portalModule.portalBuildDir !== buildDir) throw new Error('The portal module was loaded before')
  return portalModule.createPortal({ payload, isDevelopment: false })
}

beforeAll(async () => {
  test = await startTestPayload({ env: { PUBLIC_URL: publicUrl } })
  payload = test.payload
  const { bundleId } = await seedCatalogue(payload)
  bundleKey = String(
    (
      await payload.findByID({
        collection: slugs.permitBundles,
        id: bundleId,
        overrideAccess: true,
        depth: 0,
      })
    ).key,
  )
  customer = await createUser(payload, { role: 'customer' })
  customerToken = await tokenOf(payload, customer)
  applicationId = (await createDraft(payload, { customer, bundleId })).id
  const portal = await buildPortal()
  closePortal = portal.close
  const app = createApp({
    payload,
    config: test.config,
    publicUrl,
    isDevelopment: false,
    admin: standInAdmin,
    portal: portal.handlers,
  })
  server = app.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  await closePortal()
  await test?.close()
  if (buildDir) rmSync(buildDir, { recursive: true, force: true })
})

const signedIn = () => ({
  Cookie: `${sessionCookieName(payload)}=${customerToken}`,
  'Sec-Fetch-Site': 'same-origin',
})

const get = (pathname: string, headers: Record<string, string> = {}, init: RequestInit = {}) =>
  fetch(`${baseUrl}${pathname}`, { redirect: 'manual', ...init, headers: { ...headers, ...init.headers } })

/** The directive's sources in a policy. */
const sourcesOf = (policy: string, directive: string) =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive)
    ?.slice(1) ?? []

/** Every `<script …>` of a page: its attributes and its text. */
const scriptsOf = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map(([, attributes, body]) => ({
    attributes: attributes!,
    body: body!,
    nonce: attributes!.match(/\bnonce="([^"]*)"/)?.[1],
    isInline: !/\bsrc\s*=/i.test(attributes!),
  }))

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** The headers every response carries, whatever it is. */
const expectCommonHeaders = (response: Response, what: string) => {
  const policy = response.headers.get('content-security-policy') ?? ''
  expect(policy, what).not.toBe('')
  const scriptSources = sourcesOf(policy, 'script-src')
  expect(scriptSources, what).toContain("'self'")
  expect(scriptSources, what).not.toContain("'unsafe-inline'")
  expect(scriptSources, what).not.toContain("'unsafe-eval'")
  expect(sourcesOf(policy, 'object-src'), what).toEqual(["'none'"])
  expect(sourcesOf(policy, 'base-uri'), what).toEqual(["'none'"])
  expect(sourcesOf(policy, 'frame-ancestors'), what).toEqual(["'self'"])
  expect(policy, what).toContain('upgrade-insecure-requests')
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff')
  expect(response.headers.get('x-powered-by'), what).toBeNull()
  expect(response.headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin')
  expect(response.headers.get('strict-transport-security'), what).toMatch(/max-age=31536000/)
  return policy
}

/**
 * An HTML page's inline scripts run only by the policy's nonce (every script carries it) or,
 * for a page served from the page cache, by their hashes; returns the nonce, if any.
 */
const expectScriptsAllowedExactly = async (response: Response, what: string) => {
  const policy = expectCommonHeaders(response, what)
  const html = await response.text()
  const scripts = scriptsOf(html)
  const nonce = nonceOfPolicy(policy)
  const scriptSources = sourcesOf(policy, 'script-src')
  if (nonce) {
    expect(nonce, what).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    for (const script of scripts) expect(script.nonce, `${what}: ${script.attributes}`).toBe(nonce)
  } else {
    const hashes = scriptSources.filter((source) => source.startsWith("'sha256-"))
    expect(hashes.length, `${what}: neither a nonce nor hashes in ${policy}`).toBeGreaterThan(0)
    for (const script of scripts.filter((item) => item.isInline))
      expect(hashes, `${what}: ${script.body.slice(0, 80)}`).toContain(sha256(script.body))
  }
  return { nonce, scripts, html }
}

/** The portal's routes (portal/app/routes.ts) as addresses to ask, with their parameters filled in. */
const portalPaths = () => {
  const paths = portalRoutes.flatMap((route) => {
    if (route.index) return ['/']
    if (!route.path) return []
    return [
      `/${route.path}`
        .replace(':bundle', encodeURIComponent(bundleKey))
        .replace(':id', encodeURIComponent(String(applicationId)))
        .replace(/:[A-Za-z]+\??/g, 'unknown'),
    ]
  })
  return [...paths, '/no-such-page']
}

describe('the portal', () => {
  it('should have its routes, signed in and not, served with a nonce policy (or, cached, a hash policy)', async () => {
    const paths = portalPaths()
    expect(paths).toContain('/applications')
    let htmlPages = 0
    for (const pathname of paths) {
      const variants: Record<string, string>[] = [{}, signedIn()]
      for (const headers of variants) {
        const what = `GET ${pathname} ${'Cookie' in headers ? 'signed in' : 'anonymous'}`
        const response = await get(pathname, headers)
        expect(response.status, what).toBeLessThan(500)
        if ((response.headers.get('content-type') ?? '').includes('text/html')) {
          htmlPages += 1
          const { scripts } = await expectScriptsAllowedExactly(response, what)
          // React Router's pages carry their hydration data and module loader inline.
          if (response.status === 200)
            expect(
              scripts.some((script) => script.isInline),
              what,
            ).toBe(true)
        } else {
          expectCommonHeaders(response, what)
          await response.arrayBuffer()
        }
      }
    }
    // Redirects, PDFs and JSON aside, most are pages.
    expect(htmlPages).toBeGreaterThan(paths.length / 2)
  })

  it('should give every page a nonce of its own', async () => {
    const nonces = new Set<string>()
    for (let index = 0; index < 3; index += 1) {
      for (const [pathname, headers] of [
        ['/login', {}],
        ['/applications', signedIn()],
        ['/', signedIn()],
      ] as const) {
        const { nonce } = await expectScriptsAllowedExactly(await get(pathname, headers), pathname)
        expect(nonce, pathname).toBeTruthy()
        expect(nonces.has(nonce!), pathname).toBe(false)
        nonces.add(nonce!)
      }
    }
  })

  it('should serve a cached page with the hashes of its own scripts, never a nonce used before', async () => {
    const first = await get('/accessibility')
    const second = await get('/accessibility')
    expect(second.status).toBe(200)
    const rendered = await expectScriptsAllowedExactly(first, 'first')
    const cached = await expectScriptsAllowedExactly(second, 'cached')
    if (rendered.nonce) {
      // The second came from the cache: the same body, so the old nonce in it …
      expect(cached.html).toBe(rendered.html)
      // … is not what allows its scripts.
      expect(second.headers.get('content-security-policy')).not.toContain(rendered.nonce)
    }
    expect(cached.nonce).toBeUndefined()
    // A browser revalidating its copy gets the same policy with the 304.
    const etag = second.headers.get('etag')!
    const revalidated = await get('/accessibility', { 'If-None-Match': etag })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('content-security-policy')).toBe(
      second.headers.get('content-security-policy'),
    )
  })

  it('should keep styles inline-capable (styled-components) but nothing else', async () => {
    const response = await get('/login')
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(sourcesOf(policy, 'style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(sourcesOf(policy, 'default-src')).toEqual(["'self'"])
    await response.arrayBuffer()
  })

  it('should send its static files with the headers too', async () => {
    const assets = readdirSync(path.join(buildDir, 'client/assets')).filter((name) => name.endsWith('.js'))
    for (const pathname of ['/favicon.svg', `/assets/${assets[0]}`]) {
      const response = await get(pathname)
      expect(response.status, pathname).toBe(200)
      expectCommonHeaders(response, pathname)
      await response.arrayBuffer()
    }
  })
})

describe('the admin', () => {
  it("should hand Next the response's own nonce in the request's policy, for every admin path", async () => {
    for (const pathname of [
      '/admin',
      '/admin/login',
      `/admin/collections/${slugs.applications}`,
      '/_next/x',
    ]) {
      const response = await get(pathname, signedIn())
      const { nonce, scripts } = await expectScriptsAllowedExactly(response, pathname)
      expect(nonce, pathname).toBeTruthy()
      expect(adminSawNonce.get(pathname), pathname).toBe(nonce)
      expect(scripts.length, pathname).toBe(2)
    }
    const before = adminSawNonce.get('/admin')
    const again = await get('/admin', signedIn())
    expect(nonceOfPolicy(again.headers.get('content-security-policy') ?? '')).not.toBe(before)
    await again.arrayBuffer()
  })

  it('should not let a request choose the nonce Next uses', async () => {
    const response = await get('/admin', {
      'Content-Security-Policy': "script-src 'nonce-chosenByTheClient'",
    })
    const nonce = nonceOfPolicy(response.headers.get('content-security-policy') ?? '')
    expect(adminSawNonce.get('/admin')).toBe(nonce)
    expect(nonce).not.toBe('chosenByTheClient')
    await response.arrayBuffer()
  })

  it("should serve the code editor's files with the headers", async () => {
    const response = await get(`${monacoVsPath()}/loader.js`)
    expectCommonHeaders(response, 'monaco')
    await response.arrayBuffer()
  })
})

describe('the API, GraphQL and health checks', () => {
  it('should send the headers on every kind of response', async () => {
    const requests: [string, RequestInit?][] = [
      ['/healthz'],
      ['/readyz'],
      ['/metrics'],
      ['/api/permit-bundles'],
      ['/api/users/me'],
      [`/api/applications/${applicationId}`],
      ['/api/no-such-collection'],
      ['/api/graphql?query={__typename}'],
      [
        '/api/graphql',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        },
      ],
    ]
    for (const [pathname, init] of requests) {
      const variants: Record<string, string>[] = [{}, { Authorization: `JWT ${customerToken}` }, signedIn()]
      for (const headers of variants) {
        const response = await get(pathname, headers, init)
        expect(response.status, pathname).toBeLessThan(500)
        expectCommonHeaders(response, pathname)
        await response.arrayBuffer()
      }
    }
  })

  it('should keep personal data out of every cache', async () => {
    for (const pathname of ['/api/users/me', `/api/applications/${applicationId}`, '/applications']) {
      for (const headers of [{ Authorization: `JWT ${customerToken}` }, signedIn()]) {
        const response = await get(pathname, headers)
        expect(response.status, pathname).toBe(200)
        expect(response.headers.get('cache-control'), pathname).toContain('no-store')
        await response.arrayBuffer()
      }
    }
  })
})

/** The cookie's name and its attributes, lower-cased. */
const parseSetCookie = (header: string) => {
  const [pair, ...attributes] = header.split(';').map((part) => part.trim())
  return {
    name: pair!.slice(0, pair!.indexOf('=')),
    attributes: attributes.map((attribute) => attribute.toLowerCase()),
  }
}

const expectHostCookie = (header: string | undefined, name: string) => {
  expect(header).toBeTruthy()
  const cookie = parseSetCookie(header!)
  expect(cookie.name).toBe(name)
  expect(cookie.name.startsWith('__Host-')).toBe(true)
  // Payload writes `Secure=true`; browsers take any Secure attribute, whatever its value.
  expect(cookie.attributes.some((attribute) => /^secure(=|$)/.test(attribute))).toBe(true)
  expect(cookie.attributes).toContain('path=/')
  expect(cookie.attributes.some((attribute) => attribute.startsWith('domain='))).toBe(false)
}

describe('the session cookie', () => {
  it('should be a __Host- cookie, Secure, Path=/ and without Domain when PUBLIC_URL is https', async () => {
    expect(sessionCookieName(payload)).toBe('__Host-lupa-token')
    const login = await get('/api/users/login', undefined, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: customer.email, password: testPassword }),
    })
    expect(login.status).toBe(200)
    const cookies = login.headers.getSetCookie()
    expectHostCookie(
      cookies.find((cookie) => cookie.startsWith('__Host-lupa-token=')),
      '__Host-lupa-token',
    )
    expect(login.headers.get('cache-control')).toContain('no-store')
    await login.arrayBuffer()
    // The sessions Lupa issues itself (SAML, the development login) and their sign-out.
    expectHostCookie((await issueSession({ payload, userId: customer.id })).cookie, '__Host-lupa-token')
    expectHostCookie(expiredSessionCookie(payload), '__Host-lupa-token')
  })

  it("should sign in the portal and the API by that cookie (Payload's own auth reads it)", async () => {
    const me = await get('/api/users/me', signedIn())
    expect(((await me.json()) as { user?: { id: unknown } }).user?.id).toBe(customer.id)
    const page = await get('/applications', signedIn())
    expect(page.status).toBe(200)
    await page.arrayBuffer()
    // The plain name of development means nothing here.
    const plain = await get('/applications', { Cookie: `payload-token=${customerToken}` })
    expect(plain.status).toBe(302)
    await plain.arrayBuffer()
  })

  it("should make the admin's other prefixed cookies Secure too (browsers refuse a __Host- cookie without)", async () => {
    const response = await get('/admin/language')
    expectHostCookie(response.headers.getSetCookie()[0], '__Host-lupa-lng')
    await response.arrayBuffer()
  })

  it('should keep the plain name on http (development on localhost), where it cannot be Secure', async () => {
    const config = await createConfig({
      env: parseEnv({
        NODE_ENV: 'test',
        LUPA_ENV: 'test',
        DATABASE_URL: `file:${path.join(test.dataDir, 'unused.db')}`,
        DATA_DIR: test.dataDir,
        PAYLOAD_SECRET: randomBytes(32).toString('hex'),
        PUBLIC_URL: 'http://localhost:3000',
      }),
      plugins,
    })
    expect(sessionCookieName({ config })).toBe('payload-token')
    const users = config.collections.find((collection) => collection.slug === slugs.users)!
    expect(users.auth.cookies.secure).toBe(false)
  })
})

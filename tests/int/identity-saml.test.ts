import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { AddressInfo } from 'node:net'

import express from 'express'
import type { Payload } from 'payload'
import type { ServiceProviderInstance } from 'samlify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  identitySamlPlugin,
  identitySlugs,
  offeredIdpsOf,
  personalIdentityCodeOf,
  singleLogoutPathOf,
} from '../../plugins/identity-saml'
import { identityKeysOf } from '../../plugins/identity-saml/identityKeys'
import { virtuProfile } from '../../plugins/identity-saml/idpProfiles'
import { samlRouter } from '../../plugins/identity-saml/samlRouter'
import type { SpService } from '../../plugins/identity-saml/spService'
import { spService } from '../../plugins/identity-saml/spService'
import { sessionCookieName } from '../../src/auth/sessions'
import { slugs } from '../../src/collections/slugs'
import { createUser, tokenOf } from '../support/factories'
import type { Forgery, KeyPair, LoginOf, TestIdp } from '../support/samlIdp'
import { createTestIdp, emailFormat, keyPairOf, randomPersonalIdentityCode } from '../support/samlIdp'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'
import { defaultRateLimits } from '../../src/server/rateLimits'

type Id = number | string
type Idp = 'suomifi' | 'virtu'

const publicUrl = 'http://localhost:3999'
const attr = {
  personalIdentityCode: 'urn:oid:1.2.246.21',
  givenName: 'urn:oid:2.5.4.42',
  surname: 'urn:oid:2.5.4.4',
  commonName: 'urn:oid:2.5.4.3',
  email: 'urn:oid:0.9.2342.19200300.100.1.3',
  eidasPersonIdentifier: 'http://eidas.europa.eu/attributes/naturalperson/PersonIdentifier',
  eidasGivenName: 'http://eidas.europa.eu/attributes/naturalperson/CurrentGivenName',
  eidasFamilyName: 'http://eidas.europa.eu/attributes/naturalperson/CurrentFamilyName',
  virtuLocalId: 'urn:oid:1.3.6.1.4.1.31350.1.8',
  virtuHomeOrganization: 'urn:oid:1.3.6.1.4.1.31350.1.5',
}

let test: TestPayload
let payload: Payload
let server: Awaited<ReturnType<typeof startTestServer>>
const idps = {} as Record<Idp, TestIdp>
const sps = {} as Record<Idp, ServiceProviderInstance>
const spKeys = {} as Record<'suomifiSigning' | 'suomifiEncryption' | 'virtu', KeyPair>
let authorityId: Id
/** Every log call of the Payload logger, at every level, as text. */
const logged: string[] = []
/** Every personal identity code the tests sent, to look for in logs and in the database. */
const identityCodes: string[] = []

const suomifiPerson = (overrides: Partial<LoginOf> = {}): LoginOf => {
  const code = randomPersonalIdentityCode()
  identityCodes.push(code)
  return {
    attributes: {
      [attr.personalIdentityCode]: code,
      [attr.givenName]: 'Maija',
      [attr.surname]: 'Meikäläinen',
      [attr.commonName]: 'Meikäläinen Maija Anneli',
      [attr.email]: `maija.${code.slice(-4).toLowerCase()}@example.fi`,
    },
    ...overrides,
  }
}

const virtuOfficial = (
  homeOrganization: string,
  localId = `virkailija${Date.now()}${Math.random()}`,
): LoginOf => ({
  attributes: {
    [attr.virtuLocalId]: localId,
    [attr.virtuHomeOrganization]: homeOrganization,
    [attr.commonName]: 'Virkailija Ville',
    [attr.givenName]: 'Ville',
    [attr.surname]: 'Virkailija',
  },
})

const request = (
  pathname: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string } = {},
) => fetch(`${server.url}${pathname}`, { method, headers, body, redirect: 'manual' })

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .find((cookie) => cookie.startsWith(`${sessionCookieName(payload)}=`))

const me = async (cookie: string) => {
  // As the browser's own fetch: Payload takes a cookie only from the site itself. The user's
  // relations come as ids unless a depth is asked for.
  const response = await request('/api/users/me?depth=1', {
    headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' },
  })
  return ((await response.json()) as { user: (Record<string, unknown> & { id: Id }) | null }).user
}

/** GET /auth/<idp>/login; the IdP reads (and verifies) the AuthnRequest it was sent. */
const startLogin = async (idp: Idp, returnTo = '/applications') => {
  const response = await request(`/auth/${idp}/login?returnTo=${encodeURIComponent(returnTo)}`)
  expect(response.status).toBe(302)
  const authnRequest = await idps[idp].readAuthnRequest({
    sp: sps[idp],
    location: response.headers.get('location')!,
  })
  return { ...authnRequest, response }
}

/** The IdP posts a response to the ACS from its own origin, as a browser would. */
const postAcs = (idp: Idp, samlResponse: string, relayState?: string | null) =>
  request(`/auth/${idp}/acs`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: idps[idp].entityId },
    body: new URLSearchParams({
      SAMLResponse: samlResponse,
      ...(relayState ? { RelayState: relayState } : {}),
    }).toString(),
  })

/** A whole login through the test IdP; returns the ACS answer and what the IdP sent. */
const login = async (idp: Idp, person: LoginOf, returnTo?: string) => {
  const { id, relayState } = await startLogin(idp, returnTo)
  const sent = await idps[idp].respond({ sp: sps[idp], inResponseTo: id, login: person })
  return { response: await postAcs(idp, sent.samlResponse, relayState), sent }
}

const userCount = async () =>
  (await payload.count({ collection: slugs.users, overrideAccess: true })).totalDocs

/** Sessions the ACS opened (each SAML login records one). */
const samlSessionCount = async () =>
  (await payload.count({ collection: identitySlugs.samlSessions, overrideAccess: true })).totalDocs

/** A code the attack suite splits with a comment (watched in logs and the database like the rest). */
const codeWithComment = randomPersonalIdentityCode()
identityCodes.push(codeWithComment)

/**
 * Where Lupa's page sends the browser on (its refresh target). The ACS answers with a page,
 * not a redirect: the first request after the IdP's cross-site post must be Lupa's own, or
 * Payload would not read the new session cookie on it. So does the sign-out going to the IdP.
 */
const landingOf = async (response: Response) => {
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('text/html')
  const html = await response.text()
  const target = html.match(/<meta http-equiv="refresh" content="0;url=([^"]*)">/)?.[1]
  expect(html).toContain(`<a href="${target}">`)
  return target?.replace(/&#(\d+);/g, (_match, code: string) => String.fromCharCode(Number(code)))
}

/** A refusal: a 4xx page in the person's language, no session, nothing a stack trace would show. */
const expectRefusalPage = async (response: Response, status = 400) => {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toContain('text/html')
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(cookieOf(response)).toBeUndefined()
  const html = await response.text()
  expect(html).toMatch(/<h1>[^<]+<\/h1>/)
  expect(html).toContain('href="/login"')
  expect(html).not.toMatch(/node_modules|\bat\s+\S+\s+\(|Error:/)
  return html
}

let metadataDir: string

beforeAll(async () => {
  idps.suomifi = await createTestIdp({ entityId: 'https://tunnistus.test/idp' })
  idps.virtu = await createTestIdp({ entityId: 'https://virtu.test/idp' })
  spKeys.suomifiSigning = await keyPairOf('lupa suomifi signing')
  spKeys.suomifiEncryption = await keyPairOf('lupa suomifi encryption')
  spKeys.virtu = await keyPairOf('lupa virtu')
  metadataDir = mkdtempSync(path.join(os.tmpdir(), 'lupa-saml-'))
  for (const idp of ['suomifi', 'virtu'] as const)
    writeFileSync(path.join(metadataDir, `${idp}.xml`), idps[idp].metadataXml)
  test = await startTestPayload({
    plugins: [
      identitySamlPlugin({
        suomifi: {
          metadata: path.join(metadataDir, 'suomifi.xml'),
          spEntityId: 'https://lupa.test/sp/suomifi',
          signing: spKeys.suomifiSigning,
          encryption: spKeys.suomifiEncryption,
        },
        virtu: {
          metadata: path.join(metadataDir, 'virtu.xml'),
          spEntityId: 'https://lupa.test/sp/virtu',
          signing: spKeys.virtu,
        },
        encryptionKey: 'test-identity-key-0123456789abcdef0123456789',
        // Stands in for a check such as the civil-servant mandate.
        admitUser: async ({ user }) => (user as { name?: string }).name !== 'Not Admitted',
      }),
    ],
  })
  payload = test.payload
  for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const) {
    const original = payload.logger[level].bind(payload.logger)
    payload.logger[level] = ((...args: unknown[]) => {
      logged.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '))
      return (original as (...rest: unknown[]) => void)(...args)
    }) as typeof payload.logger.info
  }
  // Every refusal counts against the ACS rate limit; this file makes dozens on purpose.
  server = await startTestServer({ ...test, limits: { ...defaultRateLimits, login: 1000 } })
  for (const idp of ['suomifi', 'virtu'] as const) {
    const response = await request(`/auth/${idp}/metadata`)
    sps[idp] = idps[idp].serviceProvider(await response.text())
  }
  const kind = await payload.create({
    collection: slugs.authorityKinds,
    overrideAccess: true,
    data: { name: 'Poliisi', key: 'police' },
  })
  const authority = await payload.create({
    collection: slugs.authorities,
    overrideAccess: true,
    data: { name: 'Poliisi', key: 'police-test', kind: kind.id, virtuHomeOrganizations: ['Poliisi.fi'] },
  })
  authorityId = authority.id
})

afterAll(async () => {
  await server?.close()
  await test?.close()
  if (metadataDir) rmSync(metadataDir, { recursive: true, force: true })
})

const textOf = (xml: string, localName: string) =>
  [...xml.matchAll(new RegExp(`<(?:\\w+:)?${localName}\\b[^>]*>([^<]*)<`, 'g'))].map((match) => match[1])

describe('the service provider metadata', () => {
  it('should describe Lupa as Suomi.fi expects: signed requests, one certificate per use, requested attributes', async () => {
    const response = await request('/auth/suomifi/metadata')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/samlmetadata+xml')
    const xml = await response.text()
    expect(xml).toContain('entityID="https://lupa.test/sp/suomifi"')
    expect(xml).toContain('AuthnRequestsSigned="true"')
    expect(xml).toContain('WantAssertionsSigned="true"')
    expect(xml.match(/<md:KeyDescriptor use="signing">/g)).toHaveLength(1)
    expect(xml.match(/<md:KeyDescriptor use="encryption">/g)).toHaveLength(1)
    expect(textOf(xml, 'NameIDFormat')).toEqual(['urn:oasis:names:tc:SAML:2.0:nameid-format:transient'])
    for (const name of [attr.personalIdentityCode, attr.givenName, attr.surname, attr.commonName, attr.email])
      expect(xml).toContain(`<md:RequestedAttribute Name="${name}"`)
    expect(textOf(xml, 'AttributeValue')).toContain('http://ftn.ficora.fi/2017/loa3')
  })

  it('should be metadata a real SAML library reads: endpoints, signing and encryption certificates', () => {
    const { entityMeta } = sps.suomifi
    expect(entityMeta.getEntityID()).toBe('https://lupa.test/sp/suomifi')
    expect(entityMeta.getAssertionConsumerService('post')).toBe(`${publicUrl}/auth/suomifi/acs`)
    expect(entityMeta.getSingleLogoutService('redirect')).toBe(`${publicUrl}/auth/suomifi/logout`)
    expect(entityMeta.isAuthnRequestSigned()).toBe(true)
    expect(entityMeta.isWantAssertionsSigned()).toBe(true)
    const body = (pem: string) => pem.replace(/-----[A-Z ]+-----|\s/g, '')
    expect(entityMeta.getX509Certificate('signing')).toBe(body(spKeys.suomifiSigning.cert))
    expect(entityMeta.getX509Certificate('encryption')).toBe(body(spKeys.suomifiEncryption.cert))
  })

  it('should ask Virtu for the official’s local id and home organisation', async () => {
    const xml = await (await request('/auth/virtu/metadata')).text()
    expect(xml).toContain('entityID="https://lupa.test/sp/virtu"')
    expect(xml).toContain(`<md:RequestedAttribute Name="${attr.virtuLocalId}"`)
    expect(xml).toContain(`<md:RequestedAttribute Name="${attr.virtuHomeOrganization}"`)
    expect(xml).not.toContain('FinnishAuthMethod')
  })
})

describe('the login request', () => {
  it('should send a signed, schema-valid AuthnRequest for a transient NameID at loa3 to the IdP', async () => {
    const { xml, id, relayState, response } = await startLogin('suomifi')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(new URL(response.headers.get('location')!).searchParams.get('SigAlg')).toBe(
      'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    )
    expect(xml).toContain(`Destination="${idps.suomifi.ssoUrl}"`)
    expect(xml).toContain(`AssertionConsumerServiceURL="${publicUrl}/auth/suomifi/acs"`)
    expect(xml).toContain('Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient"')
    expect(xml).toContain('Comparison="exact"')
    expect(textOf(xml, 'AuthnContextClassRef')).toEqual(['http://ftn.ficora.fi/2017/loa3'])
    // The return address stays on Lupa's side: RelayState is an opaque token.
    expect(relayState).toMatch(/^[0-9a-f]{32}$/)
    const cached = await payload.find({
      collection: identitySlugs.samlCache,
      where: { key: { equals: `request:suomifi:${id}` } },
      overrideAccess: true,
    })
    expect(cached.totalDocs).toBe(1)
  })

  it('should not ask Virtu for a level of assurance', async () => {
    const { xml } = await startLogin('virtu')
    expect(xml).not.toContain('RequestedAuthnContext')
  })
})

describe('Suomi.fi login', () => {
  it('should create a customer account at the first login and sign them in everywhere', async () => {
    const person = suomifiPerson()
    const before = await userCount()
    const { response } = await login('suomifi', person, '/applications?page=2')
    expect(await landingOf(response)).toBe('/applications?page=2')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const cookie = cookieOf(response)!
    const user = await me(cookie)
    expect(user).toMatchObject({
      role: 'customer',
      name: 'Maija Meikäläinen',
      email: person.attributes[attr.email],
    })
    expect(await userCount()).toBe(before + 1)
    const audit = await payload.find({
      collection: slugs.auditLog,
      where: { and: [{ action: { equals: 'login' } }, { actor: { equals: user!.id } }] },
      overrideAccess: true,
    })
    expect(audit.docs[0]).toMatchObject({ resource: 'users', detail: { idp: 'suomifi', isNewAccount: true } })
  })

  it('should sign the same person in to the same account the next time', async () => {
    const person = suomifiPerson()
    const first = await me(cookieOf((await login('suomifi', person)).response)!)
    const before = await userCount()
    const { response } = await login('suomifi', { ...person, nameId: 'another-transient-id' })
    const second = await me(cookieOf(response)!)
    expect(second!.id).toBe(first!.id)
    expect(await userCount()).toBe(before)
  })

  it('should keep the personal identity code only encrypted, readable by the server and by no API', async () => {
    const person = suomifiPerson()
    const code = person.attributes[attr.personalIdentityCode]
    const user = await me(cookieOf((await login('suomifi', person)).response)!)
    expect(await personalIdentityCodeOf({ payload, userId: user!.id })).toBe(code)

    const { docs } = await payload.find({
      collection: identitySlugs.identities,
      where: { user: { equals: user!.id } },
      overrideAccess: true,
    })
    expect(docs[0]).toMatchObject({ idp: 'suomifi', kind: 'personal-identity-code' })
    const stored = JSON.stringify(docs[0])
    expect(stored).not.toContain(code)
    expect((docs[0] as unknown as { sealedSubject: string }).sealedSubject).toMatch(/^v1\./)

    const owner = await createUser(payload, { role: 'owner' })
    const response = await request(`/api/identities?where[user][equals]=${user!.id}`, {
      headers: { Authorization: `JWT ${await tokenOf(payload, owner)}` },
    })
    expect(response.status).toBe(200)
    const [viaApi] = ((await response.json()) as { docs: Record<string, unknown>[] }).docs
    expect(viaApi).toMatchObject({ idp: 'suomifi' })
    expect(viaApi).not.toHaveProperty('sealedSubject')
    expect(viaApi).not.toHaveProperty('subjectHash')

    const graphql = await request('/api/graphql', {
      method: 'POST',
      headers: { Authorization: `JWT ${await tokenOf(payload, owner)}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Identities { docs { idp sealedSubject subjectHash } } }' }),
    })
    const body = (await graphql.json()) as {
      data?: {
        Identities: { docs: { idp: string; sealedSubject: string | null; subjectHash: string | null }[] }
      }
    }
    expect(body.data?.Identities.docs.length).toBeGreaterThan(0)
    for (const doc of body.data!.Identities.docs)
      expect([doc.sealedSubject, doc.subjectHash]).toEqual([null, null])

    const ownResponse = await request(`/api/identities`, {
      headers: {
        Cookie: cookieOf((await login('suomifi', person)).response)!,
        'Sec-Fetch-Site': 'same-origin',
      },
    })
    expect(ownResponse.status).toBe(403)
  })

  it('should identify a foreign eIDAS user by their person identifier', async () => {
    const identifier = `DE/FI/${Date.now()}`
    const person: LoginOf = {
      loa: 'http://eidas.europa.eu/LoA/high',
      attributes: {
        [attr.eidasPersonIdentifier]: identifier,
        [attr.eidasGivenName]: 'Erika',
        [attr.eidasFamilyName]: 'Mustermann',
      },
    }
    const first = await me(cookieOf((await login('suomifi', person)).response)!)
    expect(first).toMatchObject({ role: 'customer', name: 'Erika Mustermann' })
    expect(await personalIdentityCodeOf({ payload, userId: first!.id })).toBeNull()
    const again = await me(cookieOf((await login('suomifi', person)).response)!)
    expect(again!.id).toBe(first!.id)
  })

  it('should issue no session when the last check before it refuses the person', async () => {
    const person = suomifiPerson()
    person.attributes[attr.givenName] = 'Not'
    person.attributes[attr.surname] = 'Admitted'
    const html = await expectRefusalPage((await login('suomifi', person)).response, 403)
    expect(html).toContain('Käyttäjätiliä ei voitu avata')
  })

  it('should send only to paths of this site after login', async () => {
    const { response } = await login('suomifi', suomifiPerson(), 'https://evil.example/phish')
    expect(await landingOf(response)).toBe('/')
  })
})

describe('Virtu login', () => {
  it('should make an official of a mapped home organisation a user of that authority', async () => {
    const { response } = await login('virtu', virtuOfficial('poliisi.fi'))
    expect(response.status).toBe(200)
    const user = await me(cookieOf(response)!)
    expect(user).toMatchObject({ role: 'authority-user', name: 'Virkailija Ville' })
    expect((user!.authority as { id: Id } | Id | null) && (user!.authority as { id: Id }).id).toBe(
      authorityId,
    )
  })

  it('should make an official of an unmapped organisation a customer', async () => {
    const user = await me(cookieOf((await login('virtu', virtuOfficial('valtori.fi'))).response)!)
    expect(user).toMatchObject({ role: 'customer', authority: null })
  })

  it('should keep the same identifier from Suomi.fi and from Virtu as two accounts', async () => {
    const person = suomifiPerson()
    const code = person.attributes[attr.personalIdentityCode]
    const official = virtuOfficial('valtori.fi', code)
    official.attributes[attr.email] = person.attributes[attr.email]
    const fromSuomifi = await me(cookieOf((await login('suomifi', person)).response)!)
    const fromVirtu = await me(cookieOf((await login('virtu', official)).response)!)
    expect(fromVirtu!.id).not.toBe(fromSuomifi!.id)
    // The address is taken by the Suomi.fi account: the Virtu account gets none of its mail.
    expect(fromVirtu!.email).toMatch(/@users\.lupa\.invalid$/)
  })
})

describe('refused responses', () => {
  /** A fresh login request and a forged answer to it, posted to the ACS. */
  const attempt = async (
    idp: Idp,
    forgery: Forgery,
    person: LoginOf = idp === 'suomifi' ? suomifiPerson() : virtuOfficial('poliisi.fi'),
  ) => {
    const { id, relayState } = await startLogin(idp)
    const { samlResponse } = await idps[idp].forge({ sp: sps[idp], inResponseTo: id, login: person, forgery })
    return postAcs(idp, samlResponse, relayState)
  }

  /** The honest response's text with `from` replaced by `to` in the template (before signing). */
  const inTemplate = (from: string, to: string): Forgery => ({
    template: (template) => {
      expect(template).toContain(from)
      return template.replace(from, to)
    },
  })

  /** A comment slipped into a signed value after signing: canonical XML leaves the signature valid. */
  const commentIn = (value: string): Forgery => ({
    afterSigning: (xml) => {
      const injected = xml.replace(`>${value}<`, `>${value.slice(0, 4)}<!---->${value.slice(4)}<`)
      expect(injected).not.toBe(xml)
      return injected
    },
  })

  const person = (change: (person: LoginOf) => void, base = suomifiPerson()) => {
    change(base)
    return base
  }

  /** `accountsMade`: accounts the attack makes before its refused post (a replay's first use). */
  type Attack = { idp?: Idp; status?: number; accountsMade?: number; send: () => Promise<Response> }
  const forged = (
    forgery: Forgery,
    { idp = 'suomifi', status = 400, login }: Omit<Attack, 'send'> & { login?: LoginOf } = {},
  ): Attack => ({
    idp,
    status,
    send: () => attempt(idp, forgery, login),
  })

  /**
   * The attack suite: every forged or broken response the ACS must refuse with a 4xx page, a
   * security log entry (with the page's reference), an audit entry, and no session or account.
   */
  const attacks: [string, Attack][] = [
    // Signatures
    ['1. an unsigned assertion', forged({ signer: 'none' })],
    [
      '2. an unsigned assertion in an unsigned, unencrypted response',
      forged({ signer: 'none', isEncrypted: false }),
    ],
    ['3. an assertion signed with another key', forged({ signer: 'other' })],
    [
      '4. a response and assertion both signed with another key',
      forged({ signer: 'other', isResponseSigned: true }),
    ],
    [
      '5. an assertion changed after signing',
      forged({ afterSigning: (xml) => xml.replace('Meikäläinen', 'Virtanen') }),
    ],
    [
      '6. an assertion from another issuer, signed with the IdP’s key',
      forged(
        inTemplate(
          '<saml:Issuer>{Issuer}</saml:Issuer><saml:Subject>',
          '<saml:Issuer>https://evil.test/idp</saml:Issuer><saml:Subject>',
        ),
      ),
    ],
    // XML signature wrapping
    [
      '7. XSW, moved: the signed assertion moved into Extensions, a plaintext one in its place',
      forged({
        afterEncryption: (xml) => {
          const encrypted = xml.match(/<saml:EncryptedAssertion[\s\S]*<\/saml:EncryptedAssertion>/)![0]
          return xml
            .replace(
              encrypted,
              `<saml:Assertion ID="_evil" Version="2.0" IssueInstant="${new Date().toISOString()}"><saml:Issuer>https://tunnistus.test/idp</saml:Issuer></saml:Assertion>`,
            )
            .replace('<samlp:Status>', `<samlp:Extensions>${encrypted}</samlp:Extensions><samlp:Status>`)
        },
      }),
    ],
    [
      '8. XSW, beside: a second, plaintext assertion wrapped beside the encrypted one',
      forged({
        afterEncryption: (xml) =>
          xml.replace(
            '<samlp:Status>',
            `<samlp:Extensions><saml:Assertion ID="_evil" Version="2.0" IssueInstant="${new Date().toISOString()}"><saml:Issuer>https://tunnistus.test/idp</saml:Issuer></saml:Assertion></samlp:Extensions><samlp:Status>`,
          ),
      }),
    ],
    [
      '9. XSW, duplicated: the encrypted assertion twice',
      forged({
        afterEncryption: (xml) => {
          const encrypted = xml.match(/<saml:EncryptedAssertion[\s\S]*<\/saml:EncryptedAssertion>/)![0]
          return xml.replace(encrypted, `${encrypted}${encrypted}`)
        },
      }),
    ],
    [
      '10. XSW, nested: an unsigned assertion carrying the signed one in its Advice, encrypted',
      forged({
        wrapAssertion: (signed) =>
          signed
            .replace(/ ID="[^"]+"/, ' ID="_evil"')
            .replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, '')
            .replace('<saml:Conditions', `<saml:Advice>${signed}</saml:Advice><saml:Conditions`),
      }),
    ],
    [
      '11. XSW, nested inside: the signed assertion carrying an evil one in its Advice, encrypted',
      forged({
        wrapAssertion: (signed) =>
          signed.replace(
            '<saml:Conditions',
            `<saml:Advice><saml:Assertion ID="_evil" Version="2.0" IssueInstant="${new Date().toISOString()}"><saml:Issuer>https://tunnistus.test/idp</saml:Issuer></saml:Assertion></saml:Advice><saml:Conditions`,
          ),
      }),
    ],
    [
      '12. XSW, duplicated ID: a copy of the signed assertion with the signature moved into it',
      forged({
        wrapAssertion: (signed) =>
          `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">${signed.replace('Meikäläinen', 'Virtanen')}${signed}</saml:Assertion>`,
      }),
    ],
    // Comments in identifying values
    [
      '13. a comment injected into the NameID',
      forged(commentIn('AAdz0123456789abcdef'), { login: suomifiPerson({ nameId: 'AAdz0123456789abcdef' }) }),
    ],
    [
      '14. a comment injected into the personal identity code',
      forged(commentIn(codeWithComment), {
        login: person((p) => (p.attributes[attr.personalIdentityCode] = codeWithComment)),
      }),
    ],
    [
      '15. a comment injected into virtuLocalId',
      forged(commentIn('ville.attacker'), {
        idp: 'virtu',
        login: virtuOfficial('valtori.fi', 'ville.attacker'),
      }),
    ],
    [
      '16. a comment in the response outside the assertion',
      forged({ afterEncryption: (xml) => xml.replace('<samlp:Status>', '<!-- hello --><samlp:Status>') }),
    ],
    // Addressing
    ['17. an assertion for another audience', forged({ audience: 'https://other-service.test/sp' })],
    ['18. a response to another destination', forged({ destination: 'https://other-service.test/acs' })],
    ['19. a response without a destination', forged({ destination: null })],
    ['20. an assertion for another recipient', forged({ recipient: 'https://other-service.test/acs' })],
    [
      '21. a response for another service provider',
      forged({
        audience: 'https://other.test/sp',
        destination: 'https://other.test/acs',
        recipient: 'https://other.test/acs',
      }),
    ],
    [
      '22. a response for the other IdP’s service provider (Suomi.fi’s, posted to Virtu)',
      {
        send: async () => {
          const { id, relayState } = await startLogin('virtu')
          const { samlResponse } = await idps.suomifi.forge({
            sp: sps.suomifi,
            inResponseTo: id,
            login: suomifiPerson(),
          })
          return postAcs('virtu', samlResponse, relayState)
        },
      },
    ],
    [
      '23. a subject confirmation that is not bearer',
      forged(
        inTemplate('urn:oasis:names:tc:SAML:2.0:cm:bearer', 'urn:oasis:names:tc:SAML:2.0:cm:holder-of-key'),
      ),
    ],
    // Time
    [
      '24. an expired assertion',
      forged({
        issueInstant: new Date(Date.now() - 20 * 60_000),
        notOnOrAfter: new Date(Date.now() - 10 * 60_000),
      }),
    ],
    ['25. an assertion not yet valid', forged({ notBefore: new Date(Date.now() + 10 * 60_000) })],
    [
      '26. a replayed response, though it was valid once',
      {
        accountsMade: 1,
        send: async () => {
          const { id, relayState } = await startLogin('suomifi')
          const sent = await idps.suomifi.respond({
            sp: sps.suomifi,
            inResponseTo: id,
            login: suomifiPerson(),
          })
          expect((await postAcs('suomifi', sent.samlResponse, relayState)).status).toBe(200)
          return postAcs('suomifi', sent.samlResponse, relayState)
        },
      },
    ],
    // Requests
    [
      '27. an unsolicited response (unknown InResponseTo)',
      forged({ inResponseTo: '_not-a-request-of-ours' }),
    ],
    ['28. an unsolicited response (no InResponseTo)', forged({ inResponseTo: null })],
    // Encryption
    ['29. an assertion that is not encrypted', forged({ isEncrypted: false })],
    [
      '30. an unencrypted assertion in a signed response',
      forged({ isEncrypted: false, isResponseSigned: true }),
    ],
    // Level of assurance and identifiers
    [
      '31. eIDAS low level of assurance',
      forged({}, { status: 403, login: suomifiPerson({ loa: 'http://eidas.europa.eu/LoA/low' }) }),
    ],
    [
      '32. a retired, weak Suomi.fi level of assurance',
      forged({}, { status: 403, login: suomifiPerson({ loa: 'urn:oid:1.2.246.517.3002.110.7' }) }),
    ],
    [
      '33. a Suomi.fi NameID that is not transient',
      forged({}, { status: 403, login: suomifiPerson({ nameIdFormat: emailFormat, nameId: 'a@b.fi' }) }),
    ],
    [
      '34. an email NameID from Virtu',
      forged(
        {},
        {
          idp: 'virtu',
          status: 403,
          login: { ...virtuOfficial('poliisi.fi'), nameIdFormat: emailFormat, nameId: 'ville@poliisi.fi' },
        },
      ),
    ],
    // Attributes
    [
      '35. no personal identity code or eIDAS identifier',
      forged({}, { status: 403, login: person((p) => delete p.attributes[attr.personalIdentityCode]) }),
    ],
    [
      '36. a personal identity code with a wrong check character',
      forged(
        {},
        {
          status: 403,
          login: person((p) => {
            const code = p.attributes[attr.personalIdentityCode]
            p.attributes[attr.personalIdentityCode] = `${code.slice(0, 10)}${code.endsWith('A') ? 'B' : 'A'}`
          }),
        },
      ),
    ],
    [
      '37. a Virtu assertion without a home organisation',
      forged(
        {},
        {
          idp: 'virtu',
          status: 403,
          login: person((p) => delete p.attributes[attr.virtuHomeOrganization], virtuOfficial('poliisi.fi')),
        },
      ),
    ],
    [
      '38. a Virtu assertion without virtuLocalId',
      forged(
        {},
        {
          idp: 'virtu',
          status: 403,
          login: person((p) => delete p.attributes[attr.virtuLocalId], virtuOfficial('poliisi.fi')),
        },
      ),
    ],
    // Malformed
    [
      '39. a document type declaration',
      forged({ afterEncryption: (xml) => `<!DOCTYPE r [<!ENTITY x "x">]>${xml}` }),
    ],
    ['40. no SAMLResponse', { send: () => postAcs('suomifi', '') }],
    [
      '41. a SAMLResponse that is not XML',
      { send: () => postAcs('suomifi', Buffer.from('not xml at all').toString('base64')) },
    ],
    ['42. a SAMLResponse that is not base64 XML', { send: () => postAcs('suomifi', '%%%') }],
    [
      '43. the IdP’s error answer (a cancelled identification)',
      {
        status: 401,
        send: async () => {
          const { id } = await startLogin('suomifi')
          return postAcs('suomifi', idps.suomifi.refuse({ sp: sps.suomifi, inResponseTo: id }))
        },
      },
    ],
  ]

  it('should be a suite of at least 30 attacks', () => {
    expect(attacks.length).toBeGreaterThanOrEqual(30)
  })

  it('should accept the forging pipeline’s honest response (the control case)', async () => {
    const response = await attempt('suomifi', {})
    expect(response.status).toBe(200)
    expect(cookieOf(response)).toBeDefined()
  })

  it.each(attacks)('should refuse %s', async (_name, { status = 400, accountsMade = 0, send }) => {
    const before = await userCount()
    const sessionsBefore = await samlSessionCount()
    const html = await expectRefusalPage(await send(), status)
    const reference = html.match(/<code>([0-9a-f]+)<\/code>/)![1]
    // The security log names the reference the person sees; so does the audit log.
    expect(logged.some((line) => line.includes(reference) && /SAML \w+ refused/.test(line))).toBe(true)
    const { docs } = await payload.find({
      collection: slugs.auditLog,
      where: { action: { equals: 'denied' } },
      sort: '-createdAt',
      overrideAccess: true,
      limit: 20,
    })
    expect(
      docs.some((doc) => (doc as { detail?: { reference?: string } }).detail?.reference === reference),
    ).toBe(true)
    expect(await userCount()).toBe(before + accountsMade)
    expect(await samlSessionCount()).toBe(sessionsBefore + accountsMade)
  })

  it('should use an assertion id once even when its request id is still open (the replay cache)', async () => {
    const { claim } = (await import('../../plugins/identity-saml/samlCache')).samlCache(payload)
    const expiresAt = new Date(Date.now() + 60_000)
    const results = await Promise.all([
      claim('assertion:test:_race', '1', expiresAt),
      claim('assertion:test:_race', '1', expiresAt),
    ])
    expect(results.sort()).toEqual([false, true])
  })

  it('should accept a substantial level of assurance', async () => {
    const response = await attempt('suomifi', {}, suomifiPerson({ loa: 'http://ftn.ficora.fi/2017/loa2' }))
    expect(response.status).toBe(200)
  })

  it('should tell the person why, in their language', async () => {
    const low = await expectRefusalPage(
      await attempt('suomifi', {}, suomifiPerson({ loa: 'http://eidas.europa.eu/LoA/low' })),
      403,
    )
    expect(low).toContain('Tunnistustapa ei riitä')
    const email = { ...virtuOfficial('poliisi.fi'), nameIdFormat: emailFormat, nameId: 'ville@poliisi.fi' }
    expect(await expectRefusalPage(await attempt('virtu', {}, email), 403)).toContain(
      'Tunnistetta ei hyväksytä',
    )
    expect(await expectRefusalPage(await postAcs('suomifi', ''))).toContain('Tunnistautuminen epäonnistui')
    const response = await request('/auth/suomifi/acs', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': 'sv-FI,sv;q=0.9' },
      body: 'SAMLResponse=',
    })
    const html = await expectRefusalPage(response)
    expect(html).toContain('<html lang="sv">')
    expect(html).toContain('Identifieringen misslyckades')
  })
})

describe('single logout', () => {
  /** Logs in and returns the session cookie and what the IdP said (NameID, SessionIndex). */
  const signedIn = async () => {
    const { response, sent } = await login('suomifi', suomifiPerson())
    const cookie = cookieOf(response)!
    expect(await me(cookie)).not.toBeNull()
    return { cookie, sent }
  }

  it('should end the Payload session and send a signed LogoutRequest to the IdP when the user signs out', async () => {
    const { cookie, sent } = await signedIn()
    const response = await request('/auth/suomifi/logout', {
      method: 'POST',
      headers: { Cookie: cookie, Origin: publicUrl, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'returnTo=%2Fbundles',
    })
    expect(
      response.headers.getSetCookie().some((value) => value.startsWith(`${sessionCookieName(payload)}=;`)),
    ).toBe(true)
    expect(await me(cookie)).toBeNull()

    // A page that moves on to the IdP: a redirect after the form post would break CSP form-action.
    const location = (await landingOf(response))!
    const { extract } = await idps.suomifi.readLogoutRequest({ sp: sps.suomifi, location })
    expect(extract.nameID).toBe(sent.nameId)
    expect(extract.sessionIndex).toBe(sent.sessionIndex)

    const requestId = (extract.request as { id: string }).id
    const relayState = new URL(location).searchParams.get('RelayState') ?? undefined
    const answer = new URL(idps.suomifi.logoutResponse({ sp: sps.suomifi, requestId, relayState }))
    const back = await request(`/auth/suomifi/logout${answer.search}`)
    expect(back.status).toBe(303)
    expect(back.headers.get('location')).toBe('/bundles')
    // The same answer again names a request that is no longer open.
    await expectRefusalPage(await request(`/auth/suomifi/logout${answer.search}`))
  })

  it('should tell the portal where a SAML session signs out, and that both IdPs are offered', async () => {
    const { cookie } = await signedIn()
    const headers = new Headers({ Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' })
    expect(await singleLogoutPathOf({ payload, headers })).toBe('/auth/suomifi/logout')
    const customer = await createUser(payload, { role: 'customer' })
    const passwordHeaders = new Headers({ Authorization: `JWT ${await tokenOf(payload, customer)}` })
    expect(await singleLogoutPathOf({ payload, headers: passwordHeaders })).toBeNull()
    expect(offeredIdpsOf(payload)).toEqual(['suomifi', 'virtu'])
  })

  it('should send a GET without a SAML message home, changing nothing', async () => {
    const { cookie } = await signedIn()
    const response = await request('/auth/suomifi/logout', { headers: { Cookie: cookie } })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/')
    expect(await me(cookie)).not.toBeNull()
  })

  it('should refuse a sign-out posted from another site', async () => {
    const { cookie } = await signedIn()
    const response = await request('/auth/suomifi/logout', {
      method: 'POST',
      headers: { Cookie: cookie, Origin: 'https://evil.example' },
    })
    expect(response.status).toBe(403)
    expect(await me(cookie)).not.toBeNull()
  })

  it('should end the sessions the IdP names in its logout request, without the browser’s cookie', async () => {
    const { cookie, sent } = await signedIn()
    const location = idps.suomifi.logoutRequest({
      sp: sps.suomifi,
      nameId: sent.nameId,
      sessionIndex: sent.sessionIndex,
      relayState: 'idp-state',
    })
    const response = await request(`/auth/suomifi/logout${new URL(location).search}`)
    expect(response.status).toBe(302)
    expect(await me(cookie)).toBeNull()
    const answer = response.headers.get('location')!
    expect(new URL(answer).searchParams.get('RelayState')).toBe('idp-state')
    const { extract } = await idps.suomifi.readLogoutResponse({ sp: sps.suomifi, location: answer })
    expect((extract.response as { inResponseTo?: string }).inResponseTo).toBeTruthy()
  })

  it('should refuse an unsigned logout request from the IdP', async () => {
    const { cookie, sent } = await signedIn()
    const location = idps.suomifi.logoutRequest({ sp: sps.suomifi, nameId: sent.nameId, isSigned: false })
    await expectRefusalPage(await request(`/auth/suomifi/logout${new URL(location).search}`))
    expect(await me(cookie)).not.toBeNull()
  })

  it('should refuse a logout request signed by someone else', async () => {
    const { cookie, sent } = await signedIn()
    const stranger = await createTestIdp({ entityId: idps.suomifi.entityId })
    const location = stranger.logoutRequest({ sp: sps.suomifi, nameId: sent.nameId })
    await expectRefusalPage(await request(`/auth/suomifi/logout${new URL(location).search}`))
    expect(await me(cookie)).not.toBeNull()
  })
})

describe('an identity provider that cannot be used', () => {
  /** The SAML routes alone on a host of their own, with the given IdPs. */
  const hostWith = async (
    services: (parts: { payload: Payload; publicUrl: string }) => Record<string, SpService>,
  ) => {
    const app = express()
    const timing = { clockSkewMs: 30_000, requestTtlMs: 60_000 }
    app.use(
      '/auth',
      samlRouter({ services, keysOf: () => identityKeysOf('k'.repeat(40)), timing })({ payload, publicUrl }),
    )
    const host = app.listen(0, '127.0.0.1')
    await new Promise<void>((resolve) => host.once('listening', resolve))
    const { port } = host.address() as AddressInfo
    return {
      url: `http://127.0.0.1:${port}`,
      close: () => new Promise<void>((resolve) => host.close(() => resolve())),
    }
  }

  it('should answer 404 on every route of an IdP that is not configured', async () => {
    const host = await hostWith(() => ({}))
    try {
      for (const route of ['login', 'metadata', 'logout'])
        await expectRefusalPage(
          await fetch(`${host.url}/auth/virtu/${route}?SAMLRequest=x`, { redirect: 'manual' }),
          404,
        )
      const html = await expectRefusalPage(
        await fetch(`${host.url}/auth/suomifi/acs`, { method: 'POST', redirect: 'manual' }),
        404,
      )
      expect(html).toContain('Tunnistuspalvelu ei ole käytettävissä')
    } finally {
      await host.close()
    }
  })

  it('should answer 503 when the IdP’s metadata cannot be read', async () => {
    const host = await hostWith(({ payload, publicUrl }) => ({
      virtu: spService({
        payload,
        publicUrl,
        profile: virtuProfile,
        settings: {
          metadata: path.join(metadataDir, 'missing.xml'),
          spEntityId: 'https://lupa.test/sp/virtu',
          signing: spKeys.virtu,
        },
        timing: { clockSkewMs: 30_000, requestTtlMs: 60_000 },
      }),
    }))
    try {
      await expectRefusalPage(await fetch(`${host.url}/auth/virtu/login`, { redirect: 'manual' }), 503)
      // Lupa's own metadata needs nothing from the IdP.
      expect((await fetch(`${host.url}/auth/virtu/metadata`)).status).toBe(200)
    } finally {
      await host.close()
    }
  })
})

describe('personal identity codes', () => {
  it('should never write one to the log', () => {
    expect(logged.length).toBeGreaterThan(0)
    for (const code of identityCodes) expect(logged.join('\n')).not.toContain(code)
  })

  it('should never store one in clear in the database', async () => {
    const raw = await test.rawDatabaseText()
    expect(raw.length).toBeGreaterThan(0)
    for (const code of identityCodes) expect(raw).not.toContain(code)
  })
})

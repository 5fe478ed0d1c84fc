import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
import { slugs } from '../../src/collections/slugs'
import { createUser, tokenOf } from '../support/factories'
import type { KeyPair, LoginOf, TestIdp } from '../support/samlIdp'
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
    .find((cookie) => cookie.startsWith('payload-token='))

const me = async (cookie: string) => {
  // As the browser's own fetch: Payload takes a cookie only from the site itself.
  const response = await request('/api/users/me', {
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
  const authority = await payload.create({
    collection: slugs.authorities,
    overrideAccess: true,
    data: {
      name: 'Poliisi',
      key: 'police-test',
      kind: 'police',
      virtuHomeOrganizations: ['Poliisi.fi'],
    } as never,
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
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/applications?page=2')
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
    expect(response.headers.get('location')).toBe('/')
  })
})

describe('Virtu login', () => {
  it('should make an official of a mapped home organisation a user of that authority', async () => {
    const { response } = await login('virtu', virtuOfficial('poliisi.fi'))
    expect(response.status).toBe(303)
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
    forgery: Parameters<TestIdp['forge']>[0]['forgery'],
    person: LoginOf = idp === 'suomifi' ? suomifiPerson() : virtuOfficial('poliisi.fi'),
  ) => {
    const { id, relayState } = await startLogin(idp)
    const { samlResponse } = await idps[idp].forge({ sp: sps[idp], inResponseTo: id, login: person, forgery })
    return postAcs(idp, samlResponse, relayState)
  }

  /** A refused attempt: the refusal page, and no account made. */
  const refused = async (status: number, ...args: Parameters<typeof attempt>) => {
    const before = await userCount()
    const html = await expectRefusalPage(await attempt(...args), status)
    expect(await userCount()).toBe(before)
    return html
  }

  it('should accept the forging pipeline’s honest response (the control case)', async () => {
    const response = await attempt('suomifi', {})
    expect(response.status).toBe(303)
  })

  it.each([
    ['an unsigned assertion', { signer: 'none' }],
    ['an assertion signed with another key', { signer: 'other' }],
    [
      'an assertion signed with another key in a response signed with it too',
      { signer: 'other', isResponseSigned: true },
    ],
    [
      'an assertion changed after signing',
      { afterSigning: (xml: string) => xml.replace('Meikäläinen', 'Virtanen') },
    ],
    [
      'an expired assertion',
      { issueInstant: new Date(Date.now() - 20 * 60_000), notOnOrAfter: new Date(Date.now() - 10 * 60_000) },
    ],
    ['an assertion not yet valid', { notBefore: new Date(Date.now() + 10 * 60_000) }],
    ['an assertion for another audience', { audience: 'https://other-service.test/sp' }],
    ['a response to another destination', { destination: 'https://other-service.test/acs' }],
    ['a response without a destination', { destination: null as unknown as string }],
    ['an assertion for another recipient', { recipient: 'https://other-service.test/acs' }],
    [
      'a response for another service provider',
      {
        audience: 'https://other.test/sp',
        destination: 'https://other.test/acs',
        recipient: 'https://other.test/acs',
      },
    ],
    ['an unsolicited response (unknown InResponseTo)', { inResponseTo: '_not-a-request-of-ours' }],
    ['an unsolicited response (no InResponseTo)', { inResponseTo: null }],
    ['an assertion that is not encrypted', { isEncrypted: false }],
    ['an unencrypted assertion in a signed response', { isEncrypted: false, isResponseSigned: true }],
    [
      'a second, plaintext assertion wrapped beside the encrypted one',
      {
        afterEncryption: (xml: string) =>
          xml.replace(
            '<samlp:Status>',
            `<samlp:Extensions><saml:Assertion ID="_evil" Version="2.0" IssueInstant="${new Date().toISOString()}"><saml:Issuer>https://tunnistus.test/idp</saml:Issuer></saml:Assertion></samlp:Extensions><samlp:Status>`,
          ),
      },
    ],
    [
      'a duplicated encrypted assertion',
      {
        afterEncryption: (xml: string) => {
          const encrypted = xml.match(/<saml:EncryptedAssertion[\s\S]*<\/saml:EncryptedAssertion>/)![0]
          return xml.replace(encrypted, `${encrypted}${encrypted}`)
        },
      },
    ],
    [
      'a document type declaration',
      { afterEncryption: (xml: string) => `<!DOCTYPE r [<!ENTITY x "x">]>${xml}` },
    ],
  ] as const)('should refuse %s', async (_name, forgery) => {
    await refused(400, 'suomifi', forgery as never)
  })

  it('should read a value split by an injected comment whole, so it cannot pass for someone else', async () => {
    const victim = await me(cookieOf((await login('virtu', virtuOfficial('valtori.fi', 'ville'))).response)!)
    const { id, relayState } = await startLogin('virtu')
    const { samlResponse } = await idps.virtu.forge({
      sp: sps.virtu,
      inResponseTo: id,
      login: virtuOfficial('valtori.fi', 'ville.attacker'),
      // The comment leaves the signature valid (canonical XML has no comments).
      forgery: {
        afterSigning: (xml) => {
          const injected = xml.replace('>ville.attacker<', '>ville<!---->.attacker<')
          expect(injected).not.toBe(xml)
          return injected
        },
      },
    })
    const response = await postAcs('virtu', samlResponse, relayState)
    expect(response.status).toBe(303)
    const attacker = await me(cookieOf(response)!)
    expect(attacker!.id).not.toBe(victim!.id)
  })

  it('should refuse a replayed response, though it was valid once', async () => {
    const { id, relayState } = await startLogin('suomifi')
    const sent = await idps.suomifi.respond({ sp: sps.suomifi, inResponseTo: id, login: suomifiPerson() })
    expect((await postAcs('suomifi', sent.samlResponse, relayState)).status).toBe(303)
    const before = await userCount()
    await expectRefusalPage(await postAcs('suomifi', sent.samlResponse, relayState))
    expect(await userCount()).toBe(before)
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

  it('should refuse a level of assurance below substantial', async () => {
    for (const loa of ['http://eidas.europa.eu/LoA/low', 'urn:oid:1.2.246.517.3002.110.7']) {
      const html = await refused(403, 'suomifi', {}, suomifiPerson({ loa }))
      expect(html).toContain('Tunnistustapa ei riitä')
    }
  })

  it('should accept a substantial level of assurance', async () => {
    const response = await attempt('suomifi', {}, suomifiPerson({ loa: 'http://ftn.ficora.fi/2017/loa2' }))
    expect(response.status).toBe(303)
  })

  it('should refuse a Suomi.fi NameID that is not transient', async () => {
    await refused(403, 'suomifi', {}, suomifiPerson({ nameIdFormat: emailFormat, nameId: 'a@b.fi' }))
  })

  it('should refuse an email NameID from Virtu', async () => {
    const official = { ...virtuOfficial('poliisi.fi'), nameIdFormat: emailFormat, nameId: 'ville@poliisi.fi' }
    const html = await refused(403, 'virtu', {}, official)
    expect(html).toContain('Tunnistetta ei hyväksytä')
  })

  it('should refuse a Suomi.fi assertion without a personal identity code or eIDAS identifier', async () => {
    const person = suomifiPerson()
    delete person.attributes[attr.personalIdentityCode]
    await refused(403, 'suomifi', {}, person)
  })

  it('should refuse a personal identity code with a wrong check character', async () => {
    const person = suomifiPerson()
    const code = person.attributes[attr.personalIdentityCode]
    person.attributes[attr.personalIdentityCode] = `${code.slice(0, 10)}${code.endsWith('A') ? 'B' : 'A'}`
    await refused(403, 'suomifi', {}, person)
  })

  it('should refuse a Virtu assertion without a home organisation', async () => {
    const official = virtuOfficial('poliisi.fi')
    delete official.attributes[attr.virtuHomeOrganization]
    await refused(403, 'virtu', {}, official)
  })

  it('should refuse a response meant for the other IdP’s service provider', async () => {
    const { id, relayState } = await startLogin('virtu')
    const { samlResponse } = await idps.suomifi.forge({
      sp: sps.suomifi,
      inResponseTo: id,
      login: suomifiPerson(),
    })
    await expectRefusalPage(await postAcs('virtu', samlResponse, relayState))
  })

  it('should show the IdP’s error answer as a cancelled identification', async () => {
    const { id } = await startLogin('suomifi')
    const html = await expectRefusalPage(
      await postAcs('suomifi', idps.suomifi.refuse({ sp: sps.suomifi, inResponseTo: id })),
      401,
    )
    expect(html).toContain('Tunnistautuminen keskeytyi')
  })

  it.each([
    ['no SAMLResponse', ''],
    ['a SAMLResponse that is not XML', Buffer.from('not xml at all').toString('base64')],
    ['a SAMLResponse that is not base64 XML', '%%%'],
  ])('should refuse %s', async (_name, samlResponse) => {
    await expectRefusalPage(await postAcs('suomifi', samlResponse))
  })

  it('should answer in the person’s language', async () => {
    const response = await request('/auth/suomifi/acs', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': 'sv-FI,sv;q=0.9' },
      body: 'SAMLResponse=',
    })
    const html = await expectRefusalPage(response)
    expect(html).toContain('<html lang="sv">')
    expect(html).toContain('Identifieringen misslyckades')
  })

  it('should record each refusal in the security log and the audit log', async () => {
    const response = await attempt('suomifi', { audience: 'https://other-service.test/sp' })
    const reference = (await response.text()).match(/<code>([0-9a-f]+)<\/code>/)![1]
    expect(logged.some((line) => line.includes(reference) && line.includes('audience'))).toBe(true)
    const { docs } = await payload.find({
      collection: slugs.auditLog,
      where: { action: { equals: 'denied' } },
      overrideAccess: true,
      limit: 200,
    })
    expect(
      docs.some((doc) => (doc as { detail?: { reference?: string } }).detail?.reference === reference),
    ).toBe(true)
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
    expect(response.status).toBe(303)
    expect(response.headers.getSetCookie().some((value) => /payload-token=;/.test(value))).toBe(true)
    expect(await me(cookie)).toBeNull()

    const location = response.headers.get('location')!
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

  it('should never store one in clear in the database', () => {
    const files = ['test.db', 'test.db-wal'].map((name) => path.join(test.dataDir, name))
    const bytes = files.map((file) => {
      try {
        return readFileSync(file).toString('latin1')
      } catch {
        return ''
      }
    })
    expect(bytes[0].length).toBeGreaterThan(0)
    for (const code of identityCodes) for (const content of bytes) expect(content).not.toContain(code)
  })
})

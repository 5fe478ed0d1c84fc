import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { openSecret } from '../../plugins/connection-integration/signingSecrets'
import { errorPage, localeOfRequest } from '../../plugins/identity-saml/errorPage'
import {
  identityKeysOf,
  openSubject,
  sealSubject,
  subjectHashOf,
} from '../../plugins/identity-saml/identityKeys'
import { identityOf } from '../../plugins/identity-saml/identityOf'
import { parseIdpMetadata } from '../../plugins/identity-saml/idpMetadata'
import { suomifiProfile } from '../../plugins/identity-saml/idpProfiles'
import { identityOptionsFromEnv } from '../../plugins/identity-saml/options'
import { isValidPersonalIdentityCode } from '../../plugins/identity-saml/personalIdentityCode'
import { checkResponseEnvelope } from '../../plugins/identity-saml/samlMessages'
import { SamlRefusal } from '../../plugins/identity-saml/samlRefusal'
import { parseEnv as parseProcessEnv } from '../../src/env'

const parseEnv = (source: Record<string, string>) => parseProcessEnv(source as NodeJS.ProcessEnv)
const baseEnv = { NODE_ENV: 'test', LUPA_ENV: 'test', PAYLOAD_SECRET: 'x'.repeat(40), DATA_DIR: os.tmpdir() }

describe('personal identity codes', () => {
  it('should accept codes with a correct check character, whatever the century mark', () => {
    for (const mark of ['+', '-', 'Y', 'A', 'F'])
      expect(isValidPersonalIdentityCode(`131052${mark}308T`)).toBe(true)
  })

  it('should refuse a wrong check character, date, century mark or individual number', () => {
    for (const code of [
      '131052-308U',
      '321052-308T',
      '131352-308T',
      '131052Z308T',
      '131052-001T',
      '131052-308',
      '',
    ])
      expect(isValidPersonalIdentityCode(code)).toBe(false)
  })
})

describe('identities from assertions', () => {
  const suomifi = {
    'urn:oid:1.2.246.21': ['131052-308t'],
    'urn:oid:2.5.4.42': ['Maija'],
    'urn:oid:2.5.4.4': ['Meikäläinen'],
    'urn:oid:0.9.2342.19200300.100.1.3': ['Maija@Example.fi'],
  }

  it('should identify a Finnish person by their identity code', () => {
    expect(identityOf('suomifi', suomifi)).toEqual({
      idp: 'suomifi',
      kind: 'personal-identity-code',
      subject: '131052-308T',
      name: 'Maija Meikäläinen',
      email: 'maija@example.fi',
      homeOrganization: null,
    })
  })

  it('should never put the identity code in its error', () => {
    const attempt = () => identityOf('suomifi', { ...suomifi, 'urn:oid:1.2.246.21': ['131052-308U'] })
    expect(attempt).toThrow(SamlRefusal)
    expect(attempt).toThrow(/not valid/)
    expect(attempt).not.toThrow(/131052/)
  })

  it('should identify an official by local id within home organisation', () => {
    expect(
      identityOf('virtu', {
        'urn:oid:1.3.6.1.4.1.31350.1.8': ['ville'],
        'urn:oid:1.3.6.1.4.1.31350.1.5': ['Poliisi.FI'],
      }),
    ).toMatchObject({
      kind: 'virtu-user',
      subject: 'ville@poliisi.fi',
      homeOrganization: 'poliisi.fi',
      name: 'ville',
    })
  })
})

describe('subject keys', () => {
  const keys = identityKeysOf('k'.repeat(40))

  it('should hash the same value from two IdPs differently', () => {
    const subject = '131052-308T'
    expect(subjectHashOf(keys, { idp: 'suomifi', kind: 'personal-identity-code', subject })).not.toBe(
      subjectHashOf(keys, { idp: 'virtu', kind: 'personal-identity-code', subject }),
    )
  })

  it('should open only with the key that sealed', () => {
    const sealed = sealSubject(keys, '131052-308T')
    expect(sealed).not.toContain('131052')
    expect(openSubject(keys, sealed)).toBe('131052-308T')
    expect(() => openSubject(identityKeysOf('o'.repeat(40)), sealed)).toThrow()
  })

  it('should still open signing secrets sealed before the sealing moved to src/crypto', () => {
    const serverSecret = 's'.repeat(40)
    const key = Buffer.from(
      hkdfSync('sha256', serverSecret, 'lupa', 'connection-integration/signing-secrets', 32),
    )
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', key, iv)
    const ciphertext = Buffer.concat([cipher.update('whsec_abc', 'utf8'), cipher.final()])
    const sealed = ['v1', iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.')
    expect(openSecret(sealed, serverSecret)).toBe('whsec_abc')
  })
})

describe('IdP metadata', () => {
  const metadata = (descriptors: string) =>
    `<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">${descriptors}</md:EntitiesDescriptor>`
  const idp = (entityId: string) =>
    `<md:EntityDescriptor entityID="${entityId}"><md:IDPSSODescriptor WantAuthnRequestsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
      <md:KeyDescriptor use="encryption"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>ENC</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
      <md:KeyDescriptor><ds:KeyInfo><ds:X509Data><ds:X509Certificate>
        SIGN
        ING</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
      <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.test/slo"/>
      <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.test/post"/>
      <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.test/sso"/>
    </md:IDPSSODescriptor></md:EntityDescriptor>`

  it('should read the one IdP: entity id, redirect addresses and signing certificates', () => {
    expect(parseIdpMetadata(metadata(idp('https://idp.test')))).toEqual({
      entityId: 'https://idp.test',
      ssoUrl: 'https://idp.test/sso',
      sloUrl: 'https://idp.test/slo',
      signingCerts: ['SIGNING'],
    })
  })

  it('should refuse metadata with several IdPs, none, or a document type', () => {
    expect(() => parseIdpMetadata(metadata(idp('https://a.test') + idp('https://b.test')))).toThrow(
      /exactly one/,
    )
    expect(() => parseIdpMetadata(metadata(''))).toThrow(/exactly one/)
    expect(() =>
      parseIdpMetadata(`<!DOCTYPE x [<!ENTITY a "a">]>${metadata(idp('https://a.test'))}`),
    ).toThrow(/document type/)
  })
})

describe('the response envelope', () => {
  const acsUrl = 'https://lupa.test/auth/suomifi/acs'
  const response = (body: string, destination = acsUrl) =>
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" Destination="${destination}"><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>${body}</samlp:Response>`
  const check = (xml: string) => () => checkResponseEnvelope(xml, { acsUrl, mustBeEncrypted: true })

  it('should pass one encrypted assertion addressed to this ACS', () => {
    expect(check(response('<saml:EncryptedAssertion/>'))).not.toThrow()
  })

  it('should refuse plaintext, wrapped or doubled assertions and other destinations', () => {
    expect(check(response('<saml:Assertion/>'))).toThrow(/not encrypted/)
    expect(check(response('<saml:EncryptedAssertion/><saml:EncryptedAssertion/>'))).toThrow(/2 assertions/)
    expect(check(response('<samlp:Extensions><saml:EncryptedAssertion/></samlp:Extensions>'))).toThrow(
      /not encrypted/,
    )
    expect(check(response('<saml:EncryptedAssertion/>', 'https://other.test/acs'))).toThrow(/Destination/)
  })
})

describe('the refusal page', () => {
  it('should take the language from the lng cookie, then Accept-Language, then Finnish', () => {
    expect(localeOfRequest({ cookie: 'a=b; lng=en', acceptLanguage: 'sv' })).toBe('en')
    expect(localeOfRequest({ acceptLanguage: 'de-DE,sv-FI;q=0.8' })).toBe('sv')
    expect(localeOfRequest({})).toBe('fi')
  })

  it('should say what happened in the language, with a way back and a reference', () => {
    const html = errorPage({ kind: 'assurance', locale: 'en', reference: 'abc123' })
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('<h1>This identification method is not enough</h1>')
    expect(html).toContain('href="/login"')
    expect(html).toContain('abc123')
    expect(html).not.toContain('<script')
  })
})

describe('settings from the environment', () => {
  it('should offer no IdP when none is configured', () => {
    expect(identityOptionsFromEnv(parseEnv(baseEnv))).toEqual({
      suomifi: undefined,
      virtu: undefined,
      encryptionKey: undefined,
    })
  })

  it('should read PEM values as such and other values as files', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lupa-saml-env-'))
    try {
      writeFileSync(
        path.join(dir, 'sp.crt'),
        '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n',
      )
      const options = identityOptionsFromEnv(
        parseEnv({
          ...baseEnv,
          SUOMIFI_IDP_METADATA: 'https://tunnistus.test/metadata.xml',
          SUOMIFI_SP_ENTITY_ID: 'https://lupa.test/sp',
          SUOMIFI_SP_KEY: '-----BEGIN PRIVATE KEY-----\\nBBBB\\n-----END PRIVATE KEY-----',
          SUOMIFI_SP_CERT: path.join(dir, 'sp.crt'),
        }),
      )
      expect(options.suomifi).toEqual({
        metadata: 'https://tunnistus.test/metadata.xml',
        spEntityId: 'https://lupa.test/sp',
        signing: {
          key: '-----BEGIN PRIVATE KEY-----\nBBBB\n-----END PRIVATE KEY-----',
          cert: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n',
        },
        encryption: undefined,
      })
      expect(options.virtu).toBeUndefined()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('should refuse a partial IdP configuration', () => {
    expect(() => parseEnv({ ...baseEnv, VIRTU_IDP_METADATA: 'https://virtu.test/md.xml' })).toThrow(
      /VIRTU_SP_ENTITY_ID, VIRTU_SP_KEY, VIRTU_SP_CERT: required/,
    )
  })

  it('should require the identity encryption key in production when an IdP is configured', () => {
    const production = {
      ...baseEnv,
      NODE_ENV: 'production',
      LUPA_ENV: 'production',
      PUBLIC_URL: 'https://lupa.test',
      SMTP_URL: 'smtp://mail.test:25',
      METRICS_TOKEN: 'm'.repeat(32),
      SUOMIFI_IDP_METADATA: 'https://tunnistus.test/metadata.xml',
      SUOMIFI_SP_ENTITY_ID: 'https://lupa.test/sp',
      SUOMIFI_SP_KEY: 'sp.key',
      SUOMIFI_SP_CERT: 'sp.crt',
    }
    expect(() => parseEnv(production)).toThrow(/IDENTITY_ENCRYPTION_KEY: required in production/)
    expect(() => parseEnv({ ...production, IDENTITY_ENCRYPTION_KEY: 'i'.repeat(40) })).not.toThrow()
  })

  it('should accept only Suomi.fi levels of assurance to request', () => {
    expect(() => suomifiProfile({ requestedLoas: ['http://eidas.europa.eu/LoA/low'] })).toThrow(/suomifiLoas/)
    expect(suomifiProfile({ requestedLoas: ['http://ftn.ficora.fi/2017/loa2'] }).requestedLoas).toEqual([
      'http://ftn.ficora.fi/2017/loa2',
    ])
  })
})

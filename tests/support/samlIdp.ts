import { randomBytes, X509Certificate } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'

import * as samlify from 'samlify'
import { generate } from 'selfsigned'
import xmlenc from 'xml-encryption'

/**
 * A real SAML 2.0 identity provider for the tests, on samlify: it checks the schema and the
 * signature of Lupa's requests, and signs (RSA-SHA256) and encrypts (AES, RSA-OAEP) genuine
 * responses with its own throwaway keys. `forge` builds the broken and hostile variants with
 * the same primitives.
 */

// samlify validates every message against the SAML schemas (xmllint compiled to wasm; the
// package ships no types).
const { validate } = createRequire(import.meta.url)('@authenio/samlify-xmllint-wasm') as {
  validate: (xml: string) => Promise<unknown>
}
samlify.setSchemaValidator({ validate })

/**
 * samlify's helpers: a named export under vitest, but only on the default export when plain
 * Node imports the CommonJS module (`npm run demo:identity`).
 */
const SamlLib =
  samlify.SamlLib ?? (samlify as unknown as { default: { SamlLib: typeof samlify.SamlLib } }).default.SamlLib

const bindings = {
  redirect: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
  post: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
}
const rsaSha256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256'
export const transient = 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient'
export const emailFormat = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress'

export type KeyPair = { key: string; cert: string }

/** A throwaway RSA key and self-signed certificate, made at test time (never committed). */
export const keyPairOf = async (commonName: string): Promise<KeyPair> => {
  const { private: key, cert } = await generate([{ name: 'commonName', value: commonName }], {
    keySize: 2048,
    algorithm: 'sha256',
  })
  return { key, cert }
}

const escapeXml = (value: string) => value.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`)

/** The response template: a Suomi.fi-like assertion with an AuthnStatement and attributes. */
const responseTemplate = [
  '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="{ID}" Version="2.0" IssueInstant="{IssueInstant}" Destination="{Destination}" InResponseTo="{InResponseTo}">',
  '<saml:Issuer>{Issuer}</saml:Issuer>',
  '<samlp:Status><samlp:StatusCode Value="{StatusCode}"/></samlp:Status>',
  '<saml:Assertion xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema" ID="{AssertionID}" Version="2.0" IssueInstant="{IssueInstant}">',
  '<saml:Issuer>{Issuer}</saml:Issuer>',
  '<saml:Subject><saml:NameID Format="{NameIDFormat}">{NameID}</saml:NameID>',
  '<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="{SubjectConfirmationDataNotOnOrAfter}" Recipient="{SubjectRecipient}" InResponseTo="{InResponseTo}"/></saml:SubjectConfirmation></saml:Subject>',
  '<saml:Conditions NotBefore="{ConditionsNotBefore}" NotOnOrAfter="{ConditionsNotOnOrAfter}"><saml:AudienceRestriction><saml:Audience>{Audience}</saml:Audience></saml:AudienceRestriction></saml:Conditions>',
  '<saml:AuthnStatement AuthnInstant="{IssueInstant}" SessionIndex="{SessionIndex}"><saml:AuthnContext><saml:AuthnContextClassRef>{AuthnContextClassRef}</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>',
  '<saml:AttributeStatement>{Attributes}</saml:AttributeStatement>',
  '</saml:Assertion></samlp:Response>',
].join('')

const errorTemplate =
  '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="{ID}" Version="2.0" IssueInstant="{IssueInstant}" Destination="{Destination}" InResponseTo="{InResponseTo}"><saml:Issuer>{Issuer}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Requester"><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:AuthnFailed"/></samlp:StatusCode></samlp:Status></samlp:Response>'

const attributesXml = (attributes: Record<string, string>) =>
  Object.entries(attributes)
    .map(
      ([name, value]) =>
        `<saml:Attribute Name="${escapeXml(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"><saml:AttributeValue xsi:type="xs:string">${escapeXml(value)}</saml:AttributeValue></saml:Attribute>`,
    )
    .join('')

/**
 * `content` encrypted for the SP as samlify does it (AES-256, RSA-OAEP), whatever it holds:
 * samlify itself encrypts only a response with exactly one assertion.
 */
const encryptedAssertionOf = (sp: samlify.ServiceProviderInstance, content: string) => {
  const cert = sp.entityMeta.getX509Certificate('encryption') as string
  const pem = `-----BEGIN CERTIFICATE-----\n${cert}\n-----END CERTIFICATE-----`
  return new Promise<string>((resolve, reject) =>
    xmlenc.encrypt(
      content,
      {
        rsa_pub: Buffer.from(new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'pem' })),
        pem: Buffer.from(pem),
        encryptionAlgorithm: 'http://www.w3.org/2001/04/xmlenc#aes256-cbc',
        keyEncryptionAlgorithm: 'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p',
      },
      (error, result) =>
        error || !result
          ? reject(error ?? new Error('Nothing encrypted'))
          : resolve(
              `<saml:EncryptedAssertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">${result}</saml:EncryptedAssertion>`,
            ),
    ),
  )
}

/** Who logs in, and how the IdP describes the login. */
export type LoginOf = {
  nameId?: string
  nameIdFormat?: string
  attributes: Record<string, string>
  loa?: string
  sessionIndex?: string
}

/** What a hostile or broken response changes (everything else is as an honest IdP sends it). */
export type Forgery = {
  audience?: string
  /** `null`: no Destination at all. */
  destination?: string | null
  recipient?: string
  /** `null`: no InResponseTo at all (an unsolicited response). */
  inResponseTo?: string | null
  issueInstant?: Date
  notBefore?: Date
  notOnOrAfter?: Date
  /** Who signs the assertion: the IdP, another key, or no one. @default 'idp' */
  signer?: 'idp' | 'other' | 'none'
  /** Sign the whole response too (with the same signer). @default false */
  isResponseSigned?: boolean
  /** Encrypt the assertion for the SP. @default true */
  isEncrypted?: boolean
  /** Changes the signed XML before it is encrypted. */
  afterSigning?: (xml: string) => string
  /**
   * Replaces the signed assertion with what this returns before encryption (e.g. the signed
   * assertion nested in another one); the IdP then encrypts it as it is.
   */
  wrapAssertion?: (signedAssertionXml: string) => string
  /** Changes the final XML (after encryption). */
  afterEncryption?: (xml: string) => string
  /** The template before the values go in (e.g. to inject markup). */
  template?: (template: string) => string
}

export type TestIdp = Awaited<ReturnType<typeof createTestIdp>>

/**
 * A test IdP at `entityId`, signing with `signing` (a new pair by default). Its SSO and SLO
 * addresses are `<entityId>/sso` and `<entityId>/slo`; tests carry the messages themselves,
 * `startTestIdpServer` serves them to a browser.
 */
export const createTestIdp = async ({
  entityId,
  signing: given,
}: {
  entityId: string
  signing?: KeyPair
}) => {
  const signing = given ?? (await keyPairOf(`${entityId} signing`))
  const stranger = await keyPairOf('someone else')
  const ssoUrl = `${entityId}/sso`
  const sloUrl = `${entityId}/slo`
  const settings = {
    entityID: entityId,
    privateKey: signing.key,
    signingCert: signing.cert,
    isAssertionEncrypted: true,
    wantAuthnRequestsSigned: true,
    wantLogoutRequestSigned: true,
    wantLogoutResponseSigned: true,
    requestSignatureAlgorithm: rsaSha256,
    nameIDFormat: [transient],
    singleSignOnService: [{ Binding: bindings.redirect, Location: ssoUrl }],
    singleLogoutService: [{ Binding: bindings.redirect, Location: sloUrl }],
  }
  const idp = samlify.IdentityProvider(settings)
  const idpOtherKey = samlify.IdentityProvider({
    ...settings,
    privateKey: stranger.key,
    signingCert: stranger.cert,
  })

  /**
   * Lupa as samlify sees it, from the metadata Lupa serves; Lupa wants the IdP's logout
   * messages signed (standard metadata has no attribute for it).
   */
  const serviceProvider = (metadata: string) =>
    samlify.ServiceProvider({ metadata, wantLogoutRequestSigned: true, wantLogoutResponseSigned: true })

  /** The query of a redirect-binding URL as samlify wants it: the values and the signed octets. */
  const redirectRequest = (location: string) => {
    const url = new URL(location)
    const raw = url.search.slice(1).split('&')
    const pick = (name: string) => raw.find((part) => part.startsWith(`${name}=`))
    return {
      query: Object.fromEntries(url.searchParams),
      octetString: ['SAMLRequest', 'SAMLResponse', 'RelayState', 'SigAlg']
        .map(pick)
        .filter(Boolean)
        .join('&'),
    }
  }

  /** Reads Lupa's AuthnRequest from the login redirect: schema and signature checked. */
  const readAuthnRequest = async ({
    sp,
    location,
  }: {
    sp: samlify.ServiceProviderInstance
    location: string
  }) => {
    if (!location.startsWith(`${ssoUrl}?`)) throw new Error(`Not a redirect to the IdP: ${location}`)
    const { extract, samlContent } = await idp.parseLoginRequest(sp, 'redirect', redirectRequest(location))
    const request = extract.request as Record<string, string>
    return {
      id: request.id,
      relayState: new URL(location).searchParams.get('RelayState'),
      xml: samlContent,
    }
  }

  const valuesOf = (
    sp: samlify.ServiceProviderInstance,
    login: LoginOf,
    forgery: Forgery,
    inResponseTo: string | null,
  ) => {
    const acsUrl = sp.entityMeta.getAssertionConsumerService('post') as string
    const now = forgery.issueInstant ?? new Date()
    const notOnOrAfter = forgery.notOnOrAfter ?? new Date(now.getTime() + 5 * 60_000)
    return {
      ID: `_${randomBytes(16).toString('hex')}`,
      AssertionID: `_${randomBytes(16).toString('hex')}`,
      IssueInstant: now.toISOString(),
      Destination: 'destination' in forgery ? (forgery.destination ?? null) : acsUrl,
      InResponseTo: forgery.inResponseTo === undefined ? inResponseTo : forgery.inResponseTo,
      Issuer: entityId,
      StatusCode: 'urn:oasis:names:tc:SAML:2.0:status:Success',
      NameIDFormat: login.nameIdFormat ?? transient,
      NameID: login.nameId ?? `AAdz${randomBytes(20).toString('hex')}`,
      SubjectConfirmationDataNotOnOrAfter: notOnOrAfter.toISOString(),
      SubjectRecipient: forgery.recipient ?? acsUrl,
      ConditionsNotBefore: (forgery.notBefore ?? new Date(now.getTime() - 1000)).toISOString(),
      ConditionsNotOnOrAfter: notOnOrAfter.toISOString(),
      Audience: forgery.audience ?? sp.entityMeta.getEntityID(),
      SessionIndex: login.sessionIndex ?? `_${randomBytes(12).toString('hex')}`,
      AuthnContextClassRef: login.loa ?? 'http://ftn.ficora.fi/2017/loa3',
    }
  }

  const fill = (
    template: string,
    values: Record<string, string | null>,
    attributes: Record<string, string>,
  ) => SamlLib.replaceTagsByValue(template, values).replace('{Attributes}', attributesXml(attributes))

  /**
   * An honest login response through samlify's own IdP flow: the assertion signed as Lupa's
   * metadata asks (WantAssertionsSigned) and encrypted for Lupa's encryption certificate.
   */
  const respond = async ({
    sp,
    inResponseTo,
    login,
  }: {
    sp: samlify.ServiceProviderInstance
    inResponseTo: string
    login: LoginOf
  }) => {
    const values = valuesOf(sp, login, {}, inResponseTo)
    const { context } = await idp.createLoginResponse(
      sp,
      { extract: { request: { id: inResponseTo } } },
      'post',
      {},
      {
        customTagReplacement: () => ({
          id: values.ID,
          context: fill(responseTemplate, values, login.attributes),
        }),
      },
    )
    return {
      samlResponse: context,
      assertionId: values.AssertionID,
      sessionIndex: values.SessionIndex,
      nameId: values.NameID,
    }
  }

  /** A response built step by step with samlify's primitives, changed as `forgery` says. */
  const forge = async ({
    sp,
    inResponseTo,
    login,
    forgery = {},
  }: {
    sp: samlify.ServiceProviderInstance
    inResponseTo: string | null
    login: LoginOf
    forgery?: Forgery
  }) => {
    const values = valuesOf(sp, login, forgery, inResponseTo)
    const template = forgery.template ? forgery.template(responseTemplate) : responseTemplate
    let xml = fill(template, values, login.attributes)
    const signer = forgery.signer ?? 'idp'
    const keys = signer === 'other' ? stranger : signing
    const signatureOf = (message: string, isMessageSigned: boolean) =>
      SamlLib.constructSAMLSignature({
        rawSamlMessage: message,
        privateKey: keys.key,
        // samlify wants the certificate's base64 body here (as its metadata holds it).
        signingCert: keys.cert.replace(/-----[A-Z ]+-----|\s/g, ''),
        signatureAlgorithm: rsaSha256,
        isBase64Output: false,
        ...(isMessageSigned
          ? {
              isMessageSigned: true,
              signatureConfig: {
                prefix: 'ds',
                location: {
                  reference: "/*[local-name(.)='Response']/*[local-name(.)='Issuer']",
                  action: 'after',
                },
              },
            }
          : {
              referenceTagXPath: "/*[local-name(.)='Response']/*[local-name(.)='Assertion']",
              signatureConfig: {
                prefix: 'ds',
                location: {
                  reference:
                    "/*[local-name(.)='Response']/*[local-name(.)='Assertion']/*[local-name(.)='Issuer']",
                  action: 'after',
                },
              },
            }),
      })
    if (signer !== 'none') xml = signatureOf(xml, false)
    if (forgery.afterSigning) xml = forgery.afterSigning(xml)
    if (forgery.wrapAssertion) {
      const signed = xml.match(/<saml:Assertion\b[\s\S]*<\/saml:Assertion>/)![0]
      const wrapped = forgery.wrapAssertion(signed)
      const replacement = forgery.isEncrypted === false ? wrapped : await encryptedAssertionOf(sp, wrapped)
      xml = xml.replace(signed, () => replacement)
    } else if (forgery.isEncrypted ?? true) {
      const encrypted = await SamlLib.encryptAssertion(signer === 'other' ? idpOtherKey : idp, sp, xml)
      xml = Buffer.from(encrypted, 'base64').toString('utf8')
    }
    if (forgery.isResponseSigned && signer !== 'none') xml = signatureOf(xml, true)
    if (forgery.afterEncryption) xml = forgery.afterEncryption(xml)
    return { samlResponse: Buffer.from(xml).toString('base64'), assertionId: values.AssertionID, xml }
  }

  /** The IdP's error answer (the person cancelled at the IdP). */
  const refuse = ({ sp, inResponseTo }: { sp: samlify.ServiceProviderInstance; inResponseTo: string }) => {
    const values = valuesOf(sp, { attributes: {} }, {}, inResponseTo)
    return Buffer.from(SamlLib.replaceTagsByValue(errorTemplate, values)).toString('base64')
  }

  /** The IdP's own signed LogoutRequest to Lupa (IdP-initiated single logout), as a redirect URL. */
  const logoutRequest = ({
    sp,
    nameId,
    sessionIndex,
    relayState,
    isSigned = true,
  }: {
    sp: samlify.ServiceProviderInstance
    nameId: string
    sessionIndex?: string
    relayState?: string
    isSigned?: boolean
  }) => {
    const { context } = idp.createLogoutRequest(
      sp,
      'redirect',
      { logoutNameID: nameId, sessionIndex },
      { relayState },
    )
    if (isSigned) return context
    const url = new URL(context)
    url.searchParams.delete('Signature')
    url.searchParams.delete('SigAlg')
    return url.toString()
  }

  /** Reads Lupa's LogoutRequest (SP-initiated single logout): signature checked. */
  const readLogoutRequest = async ({
    sp,
    location,
  }: {
    sp: samlify.ServiceProviderInstance
    location: string
  }) => {
    if (!location.startsWith(`${sloUrl}?`)) throw new Error(`Not a redirect to the IdP's logout: ${location}`)
    return idp.parseLogoutRequest(sp, 'redirect', redirectRequest(location))
  }

  /** Reads Lupa's LogoutResponse to the IdP's request: signature and status checked. */
  const readLogoutResponse = async ({
    sp,
    location,
  }: {
    sp: samlify.ServiceProviderInstance
    location: string
  }) => {
    if (!location.startsWith(`${sloUrl}?`)) throw new Error(`Not a redirect to the IdP's logout: ${location}`)
    return idp.parseLogoutResponse(sp, 'redirect', redirectRequest(location))
  }

  /** The IdP's signed answer to Lupa's LogoutRequest, as a redirect URL. */
  const logoutResponse = ({
    sp,
    requestId,
    relayState,
  }: {
    sp: samlify.ServiceProviderInstance
    requestId: string
    relayState?: string
  }) =>
    idp.createLogoutResponse(sp, { extract: { request: { id: requestId } } }, 'redirect', { relayState })
      .context

  return {
    entityId,
    ssoUrl,
    sloUrl,
    metadataXml: idp.getMetadata(),
    serviceProvider,
    readAuthnRequest,
    respond,
    forge,
    refuse,
    logoutRequest,
    readLogoutRequest,
    readLogoutResponse,
    logoutResponse,
  }
}

/** A person the test IdP's login page offers. */
export type IdpPerson = { key: string; label: string; login: LoginOf }

const htmlPage = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeXml(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}button{display:block;width:100%;margin:.5rem 0;padding:.75rem 1rem;font-size:1rem;text-align:left;cursor:pointer}.note{color:#555}</style></head><body><main><h1>${escapeXml(title)}</h1>${body}</main></body></html>`

const bodyOf = async (req: IncomingMessage) => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
}

/**
 * The test IdP on a real HTTP server, for a browser: `/<name>/sso` verifies Lupa's
 * AuthnRequest and shows a login page where the tester picks one of `people` (or cancels),
 * then posts the signed and encrypted response to Lupa's ACS (HTTP-POST binding, with a
 * button when scripts do not run). `/<name>/slo` answers Lupa's logout requests and reads
 * the answers to its own; `/<name>/` lists the IdP's sessions, each with a button for
 * IdP-initiated single logout. `/<name>/metadata` is the IdP's metadata. Lupa's SP metadata
 * is read from `spMetadataUrl` at the first request, so Lupa may start after the IdP.
 */
export const startTestIdpServer = async ({
  name,
  title,
  people,
  spMetadataUrl,
  host = '127.0.0.1',
  publicHost = host,
  port = 0,
  signing,
}: {
  name: string
  title: string
  people: IdpPerson[]
  /** Lupa's SP metadata (a function when Lupa's address is known only later). */
  spMetadataUrl: string | (() => string)
  host?: string
  /** The host name in the IdP's addresses (e.g. `localhost` while listening on 127.0.0.1). */
  publicHost?: string
  port?: number
  signing?: KeyPair
}) => {
  const pending = new Map<string, { requestId: string; relayState: string | null }>()
  /** The IdP's sessions by SessionIndex: who is signed in to Lupa through it. */
  const sessions = new Map<string, { person: IdpPerson; nameId: string }>()
  const state: { idp?: TestIdp; sp?: samlify.ServiceProviderInstance } = {}
  const spOf = async () => {
    if (!state.sp) {
      const url = typeof spMetadataUrl === 'string' ? spMetadataUrl : spMetadataUrl()
      const response = await fetch(url)
      if (!response.ok) throw new Error(`Lupa's metadata at ${url} answered ${response.status}`)
      state.sp = state.idp!.serviceProvider(await response.text())
    }
    return state.sp
  }
  const send = (res: ServerResponse, status: number, html: string) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    res.end(html)
  }
  const redirect = (res: ServerResponse, location: string) => {
    res.writeHead(303, { location, 'cache-control': 'no-store' })
    res.end()
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const idp = state.idp!
    const url = new URL(req.url ?? '/', idp.entityId)
    const route = `${req.method} ${url.pathname.slice(`/${name}`.length) || '/'}`
    if (route === 'GET /favicon.ico' || url.pathname === '/favicon.ico') {
      res.writeHead(204)
      return res.end()
    }
    if (route === 'GET /metadata') {
      res.writeHead(200, { 'content-type': 'application/samlmetadata+xml' })
      return res.end(idp.metadataXml)
    }
    if (route === 'GET /sso') {
      const request = await idp.readAuthnRequest({ sp: await spOf(), location: `${idp.ssoUrl}${url.search}` })
      const token = randomBytes(16).toString('hex')
      pending.set(token, { requestId: request.id, relayState: request.relayState })
      const buttons = people
        .map(
          (person) =>
            `<button type="submit" name="person" value="${escapeXml(person.key)}">${escapeXml(person.label)}</button>`,
        )
        .join('')
      return send(
        res,
        200,
        htmlPage(
          title,
          `<p class="note">A test identity provider: no password, pick who you are.</p><form method="post" action="/${name}/sso"><input type="hidden" name="token" value="${token}">${buttons}<button type="submit" name="person" value="">Cancel</button></form>`,
        ),
      )
    }
    if (route === 'POST /sso') {
      const body = await bodyOf(req)
      const request = pending.get(body.get('token') ?? '')
      if (!request) return send(res, 400, htmlPage('Unknown login', '<p>Start again from the service.</p>'))
      pending.delete(body.get('token')!)
      const sp = await spOf()
      const person = people.find((candidate) => candidate.key === body.get('person'))
      let samlResponse: string
      if (person) {
        const sent = await idp.respond({ sp, inResponseTo: request.requestId, login: person.login })
        sessions.set(sent.sessionIndex, { person, nameId: sent.nameId })
        samlResponse = sent.samlResponse
      } else samlResponse = idp.refuse({ sp, inResponseTo: request.requestId })
      const relayState = request.relayState
        ? `<input type="hidden" name="RelayState" value="${escapeXml(request.relayState)}">`
        : ''
      return send(
        res,
        200,
        htmlPage(
          title,
          `<form method="post" action="${escapeXml(sp.entityMeta.getAssertionConsumerService('post') as string)}"><input type="hidden" name="SAMLResponse" value="${samlResponse}">${relayState}<p>Returning to the service…</p><button type="submit">Continue</button></form><script>document.forms[0].submit()</script>`,
        ),
      )
    }
    if (route === 'GET /slo' && url.searchParams.has('SAMLRequest')) {
      const sp = await spOf()
      const { extract } = await idp.readLogoutRequest({ sp, location: `${idp.sloUrl}${url.search}` })
      const sessionIndex = (extract as { sessionIndex?: string | string[] }).sessionIndex
      for (const index of [sessionIndex ?? []].flat()) sessions.delete(index)
      const requestId = (extract.request as { id: string }).id
      return redirect(
        res,
        idp.logoutResponse({ sp, requestId, relayState: url.searchParams.get('RelayState') ?? undefined }),
      )
    }
    if (route === 'GET /slo' && url.searchParams.has('SAMLResponse')) {
      await idp.readLogoutResponse({ sp: await spOf(), location: `${idp.sloUrl}${url.search}` })
      return send(res, 200, htmlPage(title, '<p role="status">You are signed out of the service.</p>'))
    }
    if (route === 'POST /logout') {
      const sessionIndex = (await bodyOf(req)).get('session') ?? ''
      const session = sessions.get(sessionIndex)
      if (!session) return send(res, 400, htmlPage('No such session', '<p>Nothing to sign out of.</p>'))
      sessions.delete(sessionIndex)
      return redirect(
        res,
        idp.logoutRequest({ sp: await spOf(), nameId: session.nameId, sessionIndex, relayState: 'idp' }),
      )
    }
    if (route === 'GET /') {
      const list = [...sessions]
        .map(
          ([sessionIndex, { person }]) =>
            `<form method="post" action="/${name}/logout"><input type="hidden" name="session" value="${escapeXml(sessionIndex)}"><button type="submit">Sign ${escapeXml(person.label)} out of every service</button></form>`,
        )
        .join('')
      return send(res, 200, htmlPage(title, list || '<p>No one is signed in.</p>'))
    }
    return send(res, 404, htmlPage('Not found', '<p>Nothing here.</p>'))
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) =>
      send(res, 400, htmlPage('Request refused', `<p>${escapeXml(error.message ?? String(error))}</p>`)),
    )
  })
  server.listen(port, host)
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  const { port: actualPort } = server.address() as AddressInfo
  state.idp = await createTestIdp({ entityId: `http://${publicHost}:${actualPort}/${name}`, signing })
  return {
    idp: state.idp,
    url: state.idp.entityId,
    sessions,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type TestIdpServer = Awaited<ReturnType<typeof startTestIdpServer>>

const checkCharacters = '0123456789ABCDEFHJKLMNPRSTUVWXY'

/** A valid, random personal identity code of someone born in the 1900s (test data only). */
export const randomPersonalIdentityCode = () => {
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')
  const year = String(Math.floor(Math.random() * 100)).padStart(2, '0')
  const individual = String(2 + Math.floor(Math.random() * 897)).padStart(3, '0')
  return `${day}${month}${year}-${individual}${checkCharacters[Number(`${day}${month}${year}${individual}`) % 31]}`
}

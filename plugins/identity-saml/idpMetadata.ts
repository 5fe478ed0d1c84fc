import { readFile } from 'node:fs/promises'

import { attributeOf, childrenOf, descendantsOf, ns, parseXml, textOf } from './xml'

const redirectBinding = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect'

/** What Lupa needs of an identity provider's metadata. */
export type IdpMetadata = {
  entityId: string
  /** SingleSignOnService, HTTP-Redirect binding. */
  ssoUrl: string
  /** SingleLogoutService, HTTP-Redirect binding; null when the IdP has no single logout. */
  sloUrl: string | null
  /** The certificates (base64 DER) that may sign the IdP's messages. */
  signingCerts: string[]
}

/**
 * Reads the IdP's part of a metadata document: exactly one entity with an IDPSSODescriptor,
 * its HTTP-Redirect single sign-on and logout addresses, and its signing certificates
 * (KeyDescriptors for `signing` or without `use`).
 */
export const parseIdpMetadata = (xml: string): IdpMetadata => {
  const document = parseXml(xml)
  const entities = descendantsOf(document, ns.metadata, 'EntityDescriptor').filter(
    (entity) => childrenOf(entity, ns.metadata, 'IDPSSODescriptor').length > 0,
  )
  if (entities.length !== 1)
    throw new Error(`The metadata must describe exactly one identity provider (found ${entities.length})`)
  const entity = entities[0]
  const entityId = attributeOf(entity, 'entityID')
  const descriptors = childrenOf(entity, ns.metadata, 'IDPSSODescriptor')
  if (!entityId || descriptors.length !== 1) throw new Error('The identity provider has no entityID')
  const descriptor = descriptors[0]
  const locationOf = (service: string) =>
    childrenOf(descriptor, ns.metadata, service).find(
      (element) => attributeOf(element, 'Binding') === redirectBinding,
    )
  const ssoUrl = attributeOf(locationOf('SingleSignOnService') ?? null, 'Location')
  if (!ssoUrl) throw new Error('The identity provider has no HTTP-Redirect SingleSignOnService')
  const signingCerts = childrenOf(descriptor, ns.metadata, 'KeyDescriptor')
    .filter((key) => (attributeOf(key, 'use') ?? 'signing') === 'signing')
    .flatMap((key) => descendantsOf(key, ns.ds, 'X509Certificate'))
    .map((certificate) => textOf(certificate).replace(/\s+/g, ''))
    .filter(Boolean)
  if (signingCerts.length === 0) throw new Error('The identity provider has no signing certificate')
  return {
    entityId,
    ssoUrl,
    sloUrl: attributeOf(locationOf('SingleLogoutService') ?? null, 'Location'),
    signingCerts,
  }
}

const isLoopback = (hostname: string) =>
  hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname)

/**
 * The metadata document from an `https:` URL (plain `http:` only to this machine), or from a
 * file. A URL is fetched with a timeout; a file is read as is.
 */
export const readIdpMetadata = async (source: string, { timeoutMs = 10_000 } = {}): Promise<string> => {
  if (!/^https?:\/\//i.test(source)) return readFile(source, 'utf8')
  const url = new URL(source)
  if (url.protocol !== 'https:' && !isLoopback(url.hostname))
    throw new Error('IdP metadata must be fetched over https')
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' })
  if (!response.ok) throw new Error(`IdP metadata answered ${response.status}`)
  return response.text()
}

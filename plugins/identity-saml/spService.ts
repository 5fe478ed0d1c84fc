import { decryptXml } from '@node-saml/node-saml/lib/xml.js'
import { SAML, ValidateInResponseTo } from '@node-saml/passport-saml'
import type { Payload } from 'payload'

import type { IdpProfile } from './idpProfiles'
import type { IdpMetadata } from './idpMetadata'
import { parseIdpMetadata, readIdpMetadata } from './idpMetadata'
import { authPath } from './identitySlugs'
import type { IdpSettings } from './options'
import { requestIdCache, samlCache } from './samlCache'
import { SamlRefusal } from './samlRefusal'
import { spMetadataXml } from './spMetadata'

const metadataMaxAgeMs = 24 * 60 * 60 * 1000

/** Timing rules of the SAML exchanges. */
export type SamlTiming = {
  /** Tolerated clock difference in assertion validity times. */
  clockSkewMs: number
  /** How long a login may take at the IdP. */
  requestTtlMs: number
}

/**
 * Lupa as the service provider of one IdP: its endpoints and metadata, and a node-saml
 * client built from the IdP's metadata. The metadata is read at first use and, from a URL,
 * again daily (the last good copy stays when a refresh fails).
 */
export const spService = ({
  payload,
  profile,
  settings,
  publicUrl,
  timing,
}: {
  payload: Payload
  profile: IdpProfile
  settings: IdpSettings
  publicUrl: string
  timing: SamlTiming
}) => {
  const base = `${publicUrl}${authPath}/${profile.key}`
  const acsUrl = `${base}/acs`
  const sloUrl = `${base}/logout`
  const encryption = settings.encryption ?? settings.signing
  const cache = samlCache(payload)
  const isUrl = /^https?:\/\//i.test(settings.metadata)
  let loaded: { at: number; idp: IdpMetadata; saml: SAML } | null = null

  const clientOf = (idp: IdpMetadata) =>
    new SAML({
      issuer: settings.spEntityId,
      audience: settings.spEntityId,
      callbackUrl: acsUrl,
      logoutCallbackUrl: sloUrl,
      entryPoint: idp.ssoUrl,
      logoutUrl: idp.sloUrl ?? undefined,
      idpIssuer: idp.entityId,
      idpCert: idp.signingCerts,
      privateKey: settings.signing.key,
      publicCert: settings.signing.cert,
      decryptionPvk: encryption.key,
      signatureAlgorithm: 'sha256',
      digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
      identifierFormat: profile.nameIdFormat,
      allowCreate: true,
      authnContext: profile.requestedLoas ?? [],
      disableRequestedAuthnContext: profile.requestedLoas === null,
      racComparison: 'exact',
      // The assertion must be signed; a signature on the whole response is not required.
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: false,
      acceptedClockSkewMs: timing.clockSkewMs,
      maxAssertionAgeMs: timing.requestTtlMs,
      // node-saml's defaults are unsafe: InResponseTo checked always, against a database cache.
      validateInResponseTo: ValidateInResponseTo.always,
      requestIdExpirationPeriodMs: timing.requestTtlMs,
      cacheProvider: requestIdCache({
        cache,
        namespace: `request:${profile.key}`,
        ttlMs: timing.requestTtlMs,
      }),
    })

  /** The node-saml client; `unavailable` (503) when the IdP's metadata cannot be read. */
  const client = async () => {
    if (loaded && (!isUrl || Date.now() - loaded.at < metadataMaxAgeMs)) return loaded
    try {
      const idp = parseIdpMetadata(await readIdpMetadata(settings.metadata))
      loaded = { at: Date.now(), idp, saml: clientOf(idp) }
    } catch (error) {
      const message = `${profile.label} metadata could not be read: ${(error as Error).message}`
      if (!loaded) throw new SamlRefusal('unavailable', message, { status: 503 })
      payload.logger.warn({ msg: `${message}; using the copy read earlier` })
      loaded = { ...loaded, at: Date.now() }
    }
    return loaded
  }

  return {
    profile,
    acsUrl,
    sloUrl,
    cache,
    client,
    /** The assertion as the IdP wrote it (node-saml hands on only its canonical form). */
    decryptAssertion: (encryptedAssertionXml: string) => decryptXml(encryptedAssertionXml, encryption.key),
    metadataXml: spMetadataXml({
      profile,
      entityId: settings.spEntityId,
      acsUrl,
      sloUrl,
      signingCert: settings.signing.cert,
      encryptionCert: encryption.cert,
      publicUrl,
    }),
  }
}

export type SpService = ReturnType<typeof spService>

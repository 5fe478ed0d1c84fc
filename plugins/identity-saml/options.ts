import { readFileSync } from 'node:fs'

import type { Payload } from 'payload'

import type { Env } from '../../src/env'
import type { User } from '../../src/payload-types'

/** A PEM private key and its certificate. */
export type KeyPair = { key: string; cert: string }

/** Lupa as the service provider of one identity provider. */
export type IdpSettings = {
  /** The IdP's metadata: an `https:` URL (re-read daily) or a file (read once, at first use). */
  metadata: string
  /** Lupa's entity id registered at the IdP. */
  spEntityId: string
  /** Signs AuthnRequests and logout messages; its certificate is in Lupa's metadata. */
  signing: KeyPair
  /** Decrypts assertions. @default the signing pair */
  encryption?: KeyPair
}

/**
 * Asked after a valid assertion, before any session is issued: false refuses the login
 * (e.g. an authority user without a civil-servant mandate).
 */
export type AdmitUser = (args: { payload: Payload; user: User }) => Promise<boolean>

export type IdentitySamlPluginOptions = {
  /** Suomi.fi e-Identification; not offered when absent. */
  suomifi?: IdpSettings
  /** Virtu (state officials); not offered when absent. */
  virtu?: IdpSettings
  /**
   * Key material for personal identity codes at rest (AES-256-GCM) and their look-up
   * hashes (HMAC-SHA256), at least 32 characters.
   * @default derived from Payload's secret (outside production only: the environment check requires it there)
   */
  encryptionKey?: string
  /** The levels of assurance requested from Suomi.fi. @default ['http://ftn.ficora.fi/2017/loa3'] */
  suomifiLoas?: string[]
  /** Clock difference tolerated in assertion validity times. @default 30 s */
  clockSkewMs?: number
  /** How long a login may take at the IdP before its request id expires. @default 15 min */
  requestTtlMs?: number
  /** The last check before a session (see `AdmitUser`). @default everyone identified is admitted */
  admitUser?: AdmitUser
}

/** A PEM value as such, or read from the file it names (`\n` escapes allowed in one-line values). */
const pemOrFile = (value: string) =>
  value.includes('-----BEGIN') ? value.replace(/\\n/g, '\n') : readFileSync(value, 'utf8')

const idpSettingsOf = (env: Env, prefix: 'SUOMIFI' | 'VIRTU'): IdpSettings | undefined => {
  const metadata = env[`${prefix}_IDP_METADATA`]
  const spEntityId = env[`${prefix}_SP_ENTITY_ID`]
  const key = env[`${prefix}_SP_KEY`]
  const cert = env[`${prefix}_SP_CERT`]
  // parseEnv refuses a partial set; none set means the IdP is simply not offered.
  if (!metadata || !spEntityId || !key || !cert) return undefined
  const encryptionKey = env[`${prefix}_SP_ENCRYPTION_KEY`]
  const encryptionCert = env[`${prefix}_SP_ENCRYPTION_CERT`]
  if (Boolean(encryptionKey) !== Boolean(encryptionCert))
    throw new Error(`${prefix}_SP_ENCRYPTION_KEY and ${prefix}_SP_ENCRYPTION_CERT go together`)
  return {
    metadata,
    spEntityId,
    signing: { key: pemOrFile(key), cert: pemOrFile(cert) },
    encryption:
      encryptionKey && encryptionCert
        ? { key: pemOrFile(encryptionKey), cert: pemOrFile(encryptionCert) }
        : undefined,
  }
}

/** The plugin's options from the checked environment (`SUOMIFI_*`, `VIRTU_*`, `IDENTITY_ENCRYPTION_KEY`). */
export const identityOptionsFromEnv = (env: Env): IdentitySamlPluginOptions => ({
  suomifi: idpSettingsOf(env, 'SUOMIFI'),
  virtu: idpSettingsOf(env, 'VIRTU'),
  encryptionKey: env.IDENTITY_ENCRYPTION_KEY,
})

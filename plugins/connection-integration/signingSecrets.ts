import { createHmac, randomBytes } from 'node:crypto'

import { derivedKey as keyFor, seal, unseal } from '../../src/crypto/sealing'

const secretPrefix = 'whsec_'

/** A new Standard Webhooks signing secret: `whsec_` and 24 random bytes in base64. */
export const generateSigningSecret = () => `${secretPrefix}${randomBytes(24).toString('base64')}`

/** The key bytes of a `whsec_` secret (the base64 part after the prefix). */
export const secretKeyOf = (secret: string) =>
  Buffer.from(secret.startsWith(secretPrefix) ? secret.slice(secretPrefix.length) : secret, 'base64')

/**
 * A 32-byte key for one purpose, derived from Payload's secret (HKDF-SHA256): stored
 * secrets and key hashes are useless without the server's secret, and changing
 * `PAYLOAD_SECRET` invalidates them (rotate the signing secrets and reissue API keys).
 */
export const derivedKey = (serverSecret: string, purpose: string) =>
  keyFor({ secret: serverSecret, info: `connection-integration/${purpose}` })

/** Encrypts a signing secret for storage (AES-256-GCM, see `seal`). */
export const sealSecret = (secret: string, serverSecret: string) =>
  seal(secret, derivedKey(serverSecret, 'signing-secrets'))

/** Decrypts a stored signing secret; throws when it was sealed with another server secret. */
export const openSecret = (sealed: string, serverSecret: string) =>
  unseal(sealed, derivedKey(serverSecret, 'signing-secrets'))

/** One Standard Webhooks signature: `v1,` and base64 HMAC-SHA256 of `${id}.${timestamp}.${body}`. */
export const signatureOf = ({
  secret,
  id,
  timestamp,
  body,
}: {
  secret: string
  id: string
  timestamp: number
  body: string
}) => `v1,${createHmac('sha256', secretKeyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64')}`

/** The `webhook-*` headers of a message, signed with every secret given (space-separated). */
export const webhookHeadersOf = ({
  secrets,
  id,
  timestamp,
  body,
}: {
  secrets: string[]
  id: string
  timestamp: number
  body: string
}) => ({
  'webhook-id': id,
  'webhook-timestamp': String(timestamp),
  'webhook-signature': secrets.map((secret) => signatureOf({ secret, id, timestamp, body })).join(' '),
})

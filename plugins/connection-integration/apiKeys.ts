import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { derivedKey } from './signingSecrets'

const keyPattern = /^lupak_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/

/**
 * A new API key, `lupak_<prefix>_<secret>`: the 12-hex-digit prefix finds the credential,
 * the 32 random bytes (base64url) are the secret. Only a keyed hash is ever stored.
 */
export const generateApiKey = () => {
  const prefix = randomBytes(6).toString('hex')
  return { prefix, key: `lupak_${prefix}_${randomBytes(32).toString('base64url')}` }
}

/** The lookup prefix of a well-formed key, or null. */
export const apiKeyPrefixOf = (key: string) => keyPattern.exec(key)?.[1] ?? null

/**
 * HMAC-SHA256 of the key under a key derived from the server secret. The keys are long and
 * random, so a fast keyed hash is enough (no password stretching needed); a database dump
 * alone does not let anyone test guesses.
 */
export const hashApiKey = (key: string, serverSecret: string) =>
  createHmac('sha256', derivedKey(serverSecret, 'api-keys')).update(key).digest('hex')

/** Constant-time comparison of a presented key with a stored hash. */
export const isApiKeyOf = ({
  key,
  hash,
  serverSecret,
}: {
  key: string
  hash: string
  serverSecret: string
}) => {
  const presented = Buffer.from(hashApiKey(key, serverSecret), 'hex')
  const stored = Buffer.from(hash, 'hex')
  return presented.length === stored.length && timingSafeEqual(presented, stored)
}

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** RFC 4648 base32 alphabet (what authenticator apps read in `otpauth://` URIs). */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** Base32 without padding, as authenticator apps expect a TOTP secret. */
export const base32Encode = (bytes: Buffer) => {
  let bits = 0
  let value = 0
  let output = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      output += alphabet[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) output += alphabet[(value << (5 - bits)) & 31]
  return output
}

/** Reads base32 (case, spaces and padding ignored); throws on any other character. */
export const base32Decode = (text: string) => {
  const clean = text.replace(/[\s=]/g, '').toUpperCase()
  let bits = 0
  let value = 0
  const bytes: number[] = []
  for (const char of clean) {
    const index = alphabet.indexOf(char)
    if (index === -1) throw new Error('Not base32')
    value = (value << 5) | index
    bits += 5
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255)
      bits -= 8
    }
  }
  return Buffer.from(bytes)
}

/** TOTP parameters Lupa uses: what every authenticator app supports (RFC 6238 defaults). */
export const totpStepSeconds = 30
export const totpDigits = 6

export type TotpAlgorithm = 'sha1' | 'sha256' | 'sha512'

/** HOTP (RFC 4226) of a counter: dynamic truncation to `digits` decimal digits. */
export const hotp = ({
  secret,
  counter,
  digits = totpDigits,
  algorithm = 'sha1',
}: {
  secret: Buffer
  counter: number
  digits?: number
  algorithm?: TotpAlgorithm
}) => {
  const message = Buffer.alloc(8)
  message.writeBigUInt64BE(BigInt(counter))
  const digest = createHmac(algorithm, secret).update(message).digest()
  const offset = digest[digest.length - 1] & 0x0f
  const binary = digest.readUInt32BE(offset) & 0x7fffffff
  return String(binary % 10 ** digits).padStart(digits, '0')
}

/** The time step of a moment (RFC 6238: seconds since the epoch over the step length). */
export const totpStepAt = (at: Date) => Math.floor(at.getTime() / 1000 / totpStepSeconds)

/** The TOTP code of a moment (RFC 6238). */
export const totp = ({
  secret,
  at,
  digits = totpDigits,
  algorithm = 'sha1',
}: {
  secret: Buffer
  at: Date
  digits?: number
  algorithm?: TotpAlgorithm
}) => hotp({ secret, counter: totpStepAt(at), digits, algorithm })

const sameCode = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/**
 * Checks a 6-digit code against the steps around `at` (one step either side, for clock drift
 * and typing time). Returns the matching step, or null. A step at or before `lastUsedStep`
 * never matches again: a code, once accepted, is not accepted a second time (RFC 6238 §5.2).
 */
export const verifyTotp = ({
  secret,
  code,
  at,
  lastUsedStep,
  window = 1,
}: {
  secret: Buffer
  code: string
  at: Date
  lastUsedStep?: number | null
  window?: number
}): number | null => {
  const given = code.replace(/\s/g, '')
  if (!/^\d{6}$/.test(given)) return null
  const now = totpStepAt(at)
  let matched: number | null = null
  // Every candidate is computed, so the time taken does not say which step matched.
  for (let step = now - window; step <= now + window; step += 1) {
    const isFresh = lastUsedStep == null || step > lastUsedStep
    if (sameCode(hotp({ secret, counter: step }), given) && isFresh && matched === null) matched = step
  }
  return matched
}

/** A new random TOTP secret: 20 bytes (160 bits, the HMAC-SHA-1 block RFC 4226 recommends). */
export const generateTotpSecret = () => randomBytes(20)

/**
 * The `otpauth://totp/…` URI authenticator apps read (from a QR code or pasted): issuer,
 * account, the base32 secret and Lupa's parameters.
 */
export const otpauthUri = ({
  secret,
  issuer,
  account,
}: {
  secret: Buffer
  issuer: string
  account: string
}) => {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`
  const query = new URLSearchParams({
    secret: base32Encode(secret),
    issuer,
    algorithm: 'SHA1',
    digits: String(totpDigits),
    period: String(totpStepSeconds),
  })
  return `otpauth://totp/${label}?${query.toString()}`
}

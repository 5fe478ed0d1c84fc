import { randomBytes, randomInt, scryptSync, timingSafeEqual } from 'node:crypto'

/** How many single-use recovery codes a staff user gets at enrolment. */
export const recoveryCodeCount = 10

/** A stored recovery code: only its salted scrypt hash. */
export type StoredRecoveryCode = { salt: string; hash: string }

// Unambiguous lower-case letters and digits (no 0/o, 1/l/i).
const codeAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789'

// The codes are random (about 49 bits): a modest scrypt cost suffices, and checking all ten
// at a sign-in stays fast.
const hashOf = (code: string, salt: Buffer) =>
  scryptSync(normaliseRecoveryCode(code), salt, 32, { N: 2048, r: 8, p: 1 })

/** A code as typed: case, spaces and dashes do not matter. */
export const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, '')

/** Whether a typed code has the shape of a recovery code (rather than a 6-digit TOTP code). */
export const looksLikeRecoveryCode = (code: string) => /^[a-z0-9]{10}$/.test(normaliseRecoveryCode(code))

/** One random code, `xxxxx-xxxxx` (about 49 bits). */
const newCode = () => {
  const chars = Array.from({ length: 10 }, () => codeAlphabet[randomInt(codeAlphabet.length)])
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`
}

/** New recovery codes: the codes to show once, and what to store (hashes with their own salts). */
export const generateRecoveryCodes = (count = recoveryCodeCount) => {
  const codes = Array.from({ length: count }, newCode)
  const stored: StoredRecoveryCode[] = codes.map((code) => {
    const salt = randomBytes(16)
    return { salt: salt.toString('base64url'), hash: hashOf(code, salt).toString('base64url') }
  })
  return { codes, stored }
}

/**
 * The index of the stored code a typed code matches, or -1. Every stored code is checked, so
 * the time taken does not say which one matched.
 */
export const matchRecoveryCode = ({ code, stored }: { code: string; stored: StoredRecoveryCode[] }) => {
  if (!looksLikeRecoveryCode(code)) return -1
  let matched = -1
  stored.forEach((entry, index) => {
    const expected = Buffer.from(entry.hash, 'base64url')
    const actual = hashOf(code, Buffer.from(entry.salt, 'base64url'))
    if (expected.length === actual.length && timingSafeEqual(expected, actual) && matched === -1)
      matched = index
  })
  return matched
}

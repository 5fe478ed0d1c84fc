import { describe, expect, it } from 'vitest'

import {
  generateRecoveryCodes,
  looksLikeRecoveryCode,
  matchRecoveryCode,
} from '../../src/auth/mfa/recoveryCodes'
import { isStaffMfaRequired } from '../../src/auth/mfa/isStaffMfaRequired'
import {
  base32Decode,
  base32Encode,
  hotp,
  otpauthUri,
  totp,
  totpStepAt,
  verifyTotp,
} from '../../src/auth/mfa/totp'

// RFC 6238 appendix B: the SHA-1 seed and its 8-digit codes.
const rfcSecret = Buffer.from('12345678901234567890', 'ascii')
const rfcVectors: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
]

const at = (seconds: number) => new Date(seconds * 1000)

describe('TOTP (RFC 6238)', () => {
  it.each(rfcVectors)('should give the RFC 6238 SHA-1 code at %i s', (seconds, expected) => {
    expect(totp({ secret: rfcSecret, at: at(seconds), digits: 8 })).toBe(expected)
  })

  it.each(rfcVectors)('should truncate to the last 6 digits at %i s', (seconds, expected) => {
    expect(totp({ secret: rfcSecret, at: at(seconds) })).toBe(expected.slice(-6))
  })

  it('should give the RFC 4226 HOTP values of its test secret', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314']
    expect(expected.map((_, counter) => hotp({ secret: rfcSecret, counter }))).toEqual(expected)
  })

  it('should accept the code of the current step and of one step either side', () => {
    const now = at(1111111111)
    const step = totpStepAt(now)
    for (const offset of [-1, 0, 1]) {
      const code = hotp({ secret: rfcSecret, counter: step + offset })
      expect(verifyTotp({ secret: rfcSecret, code, at: now })).toBe(step + offset)
    }
  })

  it('should refuse a code two steps away', () => {
    const now = at(1111111111)
    const step = totpStepAt(now)
    for (const offset of [-2, 2]) {
      const code = hotp({ secret: rfcSecret, counter: step + offset })
      expect(verifyTotp({ secret: rfcSecret, code, at: now })).toBeNull()
    }
  })

  it('should refuse a code of a step already used, and of any earlier step', () => {
    const now = at(1111111111)
    const step = totpStepAt(now)
    const code = hotp({ secret: rfcSecret, counter: step })
    expect(verifyTotp({ secret: rfcSecret, code, at: now, lastUsedStep: step })).toBeNull()
    const earlier = hotp({ secret: rfcSecret, counter: step - 1 })
    expect(verifyTotp({ secret: rfcSecret, code: earlier, at: now, lastUsedStep: step })).toBeNull()
  })

  it('should refuse anything but six digits', () => {
    for (const code of ['', '12345', '1234567', 'abcdef', '12 34 5'])
      expect(verifyTotp({ secret: rfcSecret, code, at: at(59) })).toBeNull()
  })

  it('should round-trip base32 and match the RFC 4648 examples', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI')
    expect(base32Decode('mzxw 6ytb oi======').toString()).toBe('foobar')
    expect(base32Decode(base32Encode(rfcSecret))).toEqual(rfcSecret)
  })

  it('should write an otpauth URI that authenticator apps read', () => {
    const uri = new URL(otpauthUri({ secret: rfcSecret, issuer: 'Lupa', account: 'owner@lupa.localhost' }))
    expect(uri.protocol).toBe('otpauth:')
    expect(uri.searchParams.get('secret')).toBe(base32Encode(rfcSecret))
    expect(uri.searchParams.get('issuer')).toBe('Lupa')
    expect(uri.searchParams.get('digits')).toBe('6')
    expect(uri.searchParams.get('period')).toBe('30')
    expect(uri.searchParams.get('algorithm')).toBe('SHA1')
  })
})

describe('recovery codes', () => {
  it('should give ten distinct codes and store only salted hashes', () => {
    const { codes, stored } = generateRecoveryCodes()
    expect(new Set(codes).size).toBe(10)
    expect(codes.every(looksLikeRecoveryCode)).toBe(true)
    expect(JSON.stringify(stored)).not.toContain(codes[0].replace('-', ''))
    expect(new Set(stored.map((entry) => entry.salt)).size).toBe(10)
  })

  it('should match a code however it is typed, and nothing else', () => {
    const { codes, stored } = generateRecoveryCodes()
    expect(matchRecoveryCode({ code: codes[3].toUpperCase().replace('-', ' '), stored })).toBe(3)
    expect(matchRecoveryCode({ code: 'aaaaa-aaaaa', stored })).toBe(-1)
    expect(matchRecoveryCode({ code: '123456', stored })).toBe(-1)
  })
})

describe('STAFF_MFA_REQUIRED', () => {
  it('should default to on in production only, and refuse a value it cannot read', () => {
    expect(isStaffMfaRequired({ value: undefined, isProduction: true })).toBe(true)
    expect(isStaffMfaRequired({ value: '', isProduction: false })).toBe(false)
    expect(isStaffMfaRequired({ value: 'false', isProduction: true })).toBe(false)
    expect(isStaffMfaRequired({ value: 'TRUE', isProduction: false })).toBe(true)
    expect(() => isStaffMfaRequired({ value: 'maybe', isProduction: true })).toThrow(/STAFF_MFA_REQUIRED/)
  })
})

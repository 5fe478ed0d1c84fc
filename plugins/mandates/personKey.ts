import { createHmac } from 'node:crypto'

import { derivedKey } from '../../src/crypto/sealing'

/**
 * A keyed hash (HMAC-SHA256) of a principal's personal identity code: the same principal
 * is found again, but the code cannot be read back or guessed from a database dump
 * without the server secret.
 */
export const personKeyOf = ({
  personalIdentityCode,
  secret,
}: {
  personalIdentityCode: string
  secret: string
}) =>
  createHmac('sha256', derivedKey({ secret, info: 'mandates/principal-key' }))
    .update(personalIdentityCode.trim().toUpperCase())
    .digest('hex')

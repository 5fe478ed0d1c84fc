import type { Payload } from 'payload'

import type { IntegrationOptions } from './integrationOptions'
import { openSecret } from './signingSecrets'

/** A stored secret that cannot be decrypted (the server secret changed). */
export class UnreadableSecretError extends Error {
  constructor(cause: unknown) {
    super(
      'The signing secret cannot be decrypted (was PAYLOAD_SECRET changed?): rotate it with POST /api/authorities/:id/integration/rotate-secret.',
      { cause },
    )
    this.name = 'UnreadableSecretError'
  }
}

/**
 * The secrets a message is signed with: the current one, and during a rotation's overlap
 * also the previous one, so receivers verify with either.
 */
export const activeSecretsOf = ({
  options,
  payload,
  now,
}: {
  options: IntegrationOptions
  payload: Payload
  now: Date
}): string[] => {
  let current: string
  try {
    current = openSecret(options.signingSecret, payload.secret)
  } catch (error) {
    throw new UnreadableSecretError(error)
  }
  const expiresAt = options.previousSecretExpiresAt ? new Date(options.previousSecretExpiresAt) : null
  if (!options.previousSigningSecret || !expiresAt || expiresAt <= now) return [current]
  try {
    return [current, openSecret(options.previousSigningSecret, payload.secret)]
  } catch (error) {
    payload.logger.warn({
      err: error,
      msg: 'The previous signing secret cannot be decrypted; signing without it',
    })
    return [current]
  }
}

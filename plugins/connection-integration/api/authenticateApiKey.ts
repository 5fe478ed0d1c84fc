import type { AuthStrategyResult, PayloadRequest } from 'payload'

import { slugs } from '../../../src/collections/slugs'
import { nowOf } from '../../../src/clock'
import { apiKeyPrefixOf, isApiKeyOf } from '../apiKeys'
import { integrationSlugs } from '../integrationSlugs'
import { ProblemError } from './problem'
import { idOf } from '../../../src/collections/relations'

/** Who is calling the integration API: an authority, through one of its API keys. */
export type IntegrationCaller = { authorityId: number; credentialId: number }

/** `lastUsedAt` is written at most this often per key. */
const lastUsedResolutionMs = 60_000

/**
 * Checks `Authorization: Bearer <API key>` and makes the request act as the authority's
 * integration account (`req.user`, actor `authority`). A missing, malformed, unknown or
 * revoked key is refused alike with 401; the refusal is logged without the key.
 */
export const authenticateApiKey = async (req: PayloadRequest): Promise<IntegrationCaller> => {
  const { payload } = req
  const refuse = (reason: string, prefix: string | null = null) => {
    payload.logger.warn({ msg: `Integration API: refused API key (${reason})`, keyPrefix: prefix })
    return new ProblemError({
      status: 401,
      title: 'A valid API key is required',
      headers: { 'www-authenticate': 'Bearer realm="lupa-integration"' },
    })
  }
  const key = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.get('authorization') ?? '')?.[1]
  if (!key) throw refuse('missing')
  const prefix = apiKeyPrefixOf(key)
  if (!prefix) throw refuse('malformed')
  const { docs } = await payload.find({
    collection: integrationSlugs.credentials,
    where: { keyPrefix: { equals: prefix } },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
  })
  const credential = docs.at(0)
  if (!credential?.keyHash || !isApiKeyOf({ key, hash: credential.keyHash, serverSecret: payload.secret }))
    throw refuse('unknown', prefix)
  if (credential.revokedAt) throw refuse('revoked', prefix)
  const authorityId = idOf(credential.authority)
  const serviceUserId = idOf(credential.serviceUser)
  const user =
    serviceUserId === null
      ? null
      : await payload
          .findByID({
            collection: slugs.users,
            id: serviceUserId,
            overrideAccess: true,
            depth: 0,
            disableErrors: true,
          })
          .catch(() => null)
  if (
    !user ||
    authorityId === null ||
    user.role !== 'authority-user' ||
    String(idOf(user.authority)) !== String(authorityId)
  )
    throw refuse('no integration account', prefix)

  const actor: AuthStrategyResult['user'] = {
    ...user,
    collection: slugs.users,
    _strategy: 'integration-api-key',
  }
  req.user = actor
  req.context.caseActor = 'authority'

  const now = nowOf(payload)
  if (!credential.lastUsedAt || now.getTime() - Date.parse(credential.lastUsedAt) > lastUsedResolutionMs) {
    await payload
      .update({
        collection: integrationSlugs.credentials,
        id: credential.id,
        data: { lastUsedAt: now.toISOString() },
        overrideAccess: true,
        depth: 0,
      })
      .catch((error: unknown) => payload.logger.warn({ err: error, msg: 'Could not record API key use' }))
  }
  return { authorityId, credentialId: credential.id }
}

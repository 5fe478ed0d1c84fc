import { randomBytes } from 'node:crypto'

import type { CacheProvider } from '@node-saml/passport-saml'
import type { Payload } from 'payload'

import { identitySlugs } from './identitySlugs'

/**
 * The SAML cache on Payload's Local API (the `saml-cache` collection): system state, so
 * access control does not apply (`overrideAccess`). Expired entries read as absent and are
 * swept on writes.
 */
export const samlCache = (payload: Payload) => {
  const system = { collection: identitySlugs.samlCache, overrideAccess: true, depth: 0 } as const
  const now = () => new Date()

  const find = async (key: string) => {
    const { docs } = await payload.find({ ...system, where: { key: { equals: key } }, limit: 1 })
    const entry = docs.at(0)
    return entry && new Date(entry.expiresAt) > now() ? entry : null
  }

  const sweep = () =>
    payload.delete({ ...system, where: { expiresAt: { less_than_equal: now().toISOString() } } })

  /** Stores a value until `expiresAt`; false when the key is already taken (unexpired). */
  const claim = async (key: string, value: string, expiresAt: Date) => {
    await sweep()
    try {
      await payload.create({ ...system, data: { key, value, expiresAt: expiresAt.toISOString() } })
      return true
    } catch (error) {
      // The unique key refused it: someone used it first (or it is there from before).
      if (await find(key)) return false
      throw error
    }
  }

  return {
    claim,
    /** The value under `key`, or null when absent or expired. */
    get: async (key: string) => (await find(key))?.value ?? null,
    /** Removes `key` and returns what it held (null when absent or expired). */
    take: async (key: string) => {
      const entry = await find(key)
      await payload.delete({ ...system, where: { key: { equals: key } } })
      return entry?.value ?? null
    },
  }
}

export type SamlCache = ReturnType<typeof samlCache>

/**
 * node-saml's request-id cache (`InResponseTo`) in the database, so a response may land on
 * any web process. Ids live `ttlMs`; node-saml removes one once its response is used.
 */
export const requestIdCache = ({
  cache,
  namespace,
  ttlMs,
}: {
  cache: SamlCache
  namespace: string
  ttlMs: number
}): CacheProvider => ({
  saveAsync: async (key, value) => {
    const isNew = await cache.claim(`${namespace}:${key}`, value, new Date(Date.now() + ttlMs))
    return isNew ? { value, createdAt: Date.now() } : null
  },
  getAsync: (key) => cache.get(`${namespace}:${key}`),
  removeAsync: async (key) => (key ? cache.take(`${namespace}:${key}`) : null),
})

/** Keeps where to return after the IdP (RelayState holds only this random token). */
export const saveReturnTo = async ({
  cache,
  namespace,
  returnTo,
  ttlMs,
}: {
  cache: SamlCache
  namespace: string
  returnTo: string
  ttlMs: number
}) => {
  const token = randomBytes(16).toString('hex')
  await cache.claim(`${namespace}:${token}`, returnTo, new Date(Date.now() + ttlMs))
  return token
}

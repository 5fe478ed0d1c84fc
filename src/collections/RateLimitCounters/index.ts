import type { CollectionConfig } from 'payload'

import { denyAll } from '../../access/roles'
import { slugs } from '../slugs'

/**
 * The rate limiters' counters, in the database so that every web process counts the same
 * hits (src/server/rateLimitStore.ts writes them). Nobody reads or edits them over the API.
 */
export const RateLimitCounters: CollectionConfig = {
  slug: slugs.rateLimitCounters,
  admin: { hidden: true },
  access: { create: denyAll, read: denyAll, update: denyAll, delete: denyAll },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'hits', type: 'number', required: true, defaultValue: 0 },
    { name: 'resetAt', type: 'date', required: true, index: true },
  ],
}

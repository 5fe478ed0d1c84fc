import type { Plugin } from 'payload'

import { SupervisedObjects } from './collections/SupervisedObjects'
import { SupervisionCases } from './collections/SupervisionCases'

export { supervisionSlugs } from './supervisionSlugs'

/**
 * Supervision: the objects authorities supervise (events, premises, activities) and the
 * supervision cases they open on them (guidance, inspections, deviation notices, feedback),
 * shared with the customer in the same one view as their permits.
 */
export const supervisionPlugin = (): Plugin => (incoming) => ({
  ...incoming,
  collections: [...(incoming.collections ?? []), SupervisedObjects, SupervisionCases],
})

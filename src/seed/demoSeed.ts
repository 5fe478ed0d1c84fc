import type { Payload, PayloadRequest } from 'payload'

import type { Authority, User } from '../payload-types'

/**
 * What a plugin adds to the demo data once the core's catalogue, authorities and users are
 * in place (registered on `config.custom.demoSeeds`). Runs only outside production, and
 * more than once: it leaves data it already wrote alone.
 */
export type DemoSeed = (args: {
  payload: Payload
  req: PayloadRequest
  /** The data directory, for secrets the demo must not keep in git. */
  dataDir: string
  authorityIds: Map<string, Authority['id']>
  /** Demo users by email. */
  userIds: Map<string, User['id']>
}) => Promise<void>

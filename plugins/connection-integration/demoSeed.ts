import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { slugs } from '../../src/collections/slugs'
import type { DemoSeed } from '../../src/seed/demoSeed'
import { integrationSlugs } from './integrationSlugs'
import { generateSigningSecret, sealSecret } from './signingSecrets'

/** Where the demo authority system listens (`npm run demo:receiver`). */
export const demoReceiverUrl = 'http://127.0.0.1:4100/webhooks'

/**
 * Points the demo authorities in integration mode at the demo receiver. Its signing secret
 * is kept in the data directory (`demo-receiver-secret`, read by the receiver), never in git.
 */
export const seedIntegrationDemo: DemoSeed = async ({ payload, req, dataDir }) => {
  const secretFile = path.join(dataDir, 'demo-receiver-secret')
  if (!existsSync(secretFile)) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(secretFile, generateSigningSecret(), { mode: 0o600 })
  }
  const secret = readFileSync(secretFile, 'utf8').trim()
  const { docs } = await payload.find({
    collection: slugs.authorities,
    where: { connectionMode: { equals: integrationSlugs.mode } },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  for (const authority of docs) {
    await payload.update({
      collection: slugs.authorities,
      id: authority.id,
      req,
      overrideAccess: true,
      data: {
        integrationSettings: {
          endpointUrl: demoReceiverUrl,
          signingSecret: sealSecret(secret, payload.secret),
          secretRotatedAt: new Date().toISOString(),
        },
      },
    })
  }
}

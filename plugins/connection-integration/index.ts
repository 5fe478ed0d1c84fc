import type { CollectionConfig, Plugin } from 'payload'

import { slugs } from '../../src/collections/slugs'
import { connectionModePlugin } from '../../src/connections/connectionModePlugin'
import { IdempotencyRecords } from './collections/IdempotencyRecords'
import { integrationCredentials } from './collections/IntegrationCredentials'
import { createCredentialEndpoint } from './endpoints/createCredentialEndpoint'
import { rotateSecretEndpoint } from './endpoints/rotateSecretEndpoint'
import { integrationMode } from './integrationMode'
import { customOf } from '../../src/config/custom'
import { seedIntegrationDemo } from './demoSeed'
import { expireIdempotencyRecordsTask } from './expireIdempotencyRecordsTask'
import { ensureScheduled } from '../../src/jobs/scheduling'
import { retentionPolicyOf, retentionTaskSlugs } from '../../src/retention/retentionPolicy'

export type IntegrationPluginOptions = {
  /**
   * Deliver with this mode and serve its endpoints (integration API, key issuing, secret
   * rotation). Disabled, the mode's fields and collections stay, so the schema is the same.
   * @default true
   */
  isEnabled?: boolean
  /**
   * How long a replaced signing secret keeps signing after a rotation (both secrets sign
   * meanwhile), unless the rotation request says otherwise.
   * @default 24 hours
   */
  secretOverlapMs?: number
  /**
   * Accept plain `http:` endpoint URLs to loopback hosts (localhost, 127.0.0.0/8, [::1]).
   * `https:` is always required otherwise.
   * @default true outside production (`config.custom.isProduction`), false in production
   */
  allowLoopbackHttp?: boolean
}

const defaultSecretOverlapMs = 24 * 60 * 60 * 1000

/**
 * The system integration connection mode: signed push of messages to the authority's
 * system (Standard Webhooks) with a notice email, API keys and signing secrets, and the
 * integration API at `/api/integration/v1` with its OpenAPI document.
 */
export const integrationPlugin =
  ({
    isEnabled = true,
    secretOverlapMs = defaultSecretOverlapMs,
    allowLoopbackHttp,
  }: IntegrationPluginOptions = {}): Plugin =>
  async (incoming) => {
    if (!Number.isFinite(secretOverlapMs) || secretOverlapMs < 0)
      throw new Error('integrationPlugin: secretOverlapMs must be a non-negative number of milliseconds')
    const mode = integrationMode({
      allowLoopbackHttp: allowLoopbackHttp ?? customOf(incoming).isProduction !== true,
    })
    const config = await connectionModePlugin(mode, { isEnabled })(incoming)
    const withStaffEndpoints = (collection: CollectionConfig): CollectionConfig =>
      collection.slug === slugs.authorities && isEnabled && collection.endpoints !== false
        ? {
            ...collection,
            endpoints: [
              ...(collection.endpoints ?? []),
              rotateSecretEndpoint({ secretOverlapMs }),
              createCredentialEndpoint,
            ],
          }
        : collection
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map(withStaffEndpoints),
        integrationCredentials({ isEnabled }),
        IdempotencyRecords,
      ],
      custom: { ...config.custom, demoSeeds: [...(customOf(config).demoSeeds ?? []), seedIntegrationDemo] },
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), expireIdempotencyRecordsTask] },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        if (retentionPolicyOf(payload).isScheduled)
          await ensureScheduled({ payload, tasks: [retentionTaskSlugs.expireIdempotencyRecords] })
      },
    }
  }

export type { IntegrationOptions } from './integrationOptions'
export { integrationSlugs } from './integrationSlugs'

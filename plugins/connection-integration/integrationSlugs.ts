/** The connection mode's stable id (stored on authorities: never rename) and its collections. */
export const integrationSlugs = {
  mode: 'integration',
  credentials: 'integration-credentials',
  idempotencyRecords: 'integration-idempotency-records',
} as const

/** Where the integration API is mounted, below Payload's `/api`. */
export const integrationApiPath = '/integration/v1'

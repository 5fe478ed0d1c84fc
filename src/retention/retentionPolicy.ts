import type { Payload } from 'payload'

import { customOf } from '../config/custom'

const hour = 60 * 60 * 1000
const day = 24 * hour

/** How long Lupa keeps what it no longer needs, and how the periodic clean-up runs. */
export type RetentionPolicy = {
  /** A completed job is deleted this long after it completed. @default 30 days */
  completedJobsMs: number
  /** A job that failed for good is the record of what was not done: kept longer. @default 180 days */
  failedJobsMs: number
  /** How long the integration API honours an `Idempotency-Key`. @default 24 h */
  idempotencyKeyMs: number
  /** Availability samples older than this are rolled up per day (the report counts the same). @default 7 days */
  rawAvailabilitySamplesMs: number
  /** A draft untouched this long gets a reminder that it will be deleted. @default 60 days */
  draftReminderAfterMs: number
  /** A reminded draft still untouched this long after the reminder is deleted. @default 14 days */
  draftDeletionAfterMs: number
  /** How long the audit log keeps an entry. @default 5 years (`AUDIT_LOG_RETENTION_DAYS`) */
  auditLogMs: number
  /** Records deleted by one statement. @default 500 */
  batchSize: number
  /** Batches of each kind in one run; the rest waits for the next run. @default 20 */
  batchesPerRun: number
  /** Time between two runs of each clean-up job. @default 1 h */
  intervalMs: number
  /** Whether start-up makes sure the clean-up jobs run; test runs run them themselves. @default true */
  isScheduled: boolean
}

export const defaultRetentionPolicy: RetentionPolicy = {
  completedJobsMs: 30 * day,
  failedJobsMs: 180 * day,
  idempotencyKeyMs: 24 * hour,
  rawAvailabilitySamplesMs: 7 * day,
  draftReminderAfterMs: 60 * day,
  draftDeletionAfterMs: 14 * day,
  auditLogMs: 5 * 365 * day,
  batchSize: 500,
  batchesPerRun: 20,
  intervalMs: hour,
  isScheduled: true,
}

export const retentionPolicyOf = (payload: Payload): RetentionPolicy => ({
  ...defaultRetentionPolicy,
  ...customOf(payload.config).retention,
})

/** The periodic clean-up tasks (one name per concept, never renamed: stored on jobs). */
export const retentionTaskSlugs = {
  pruneJobs: 'pruneJobs',
  expireIdempotencyRecords: 'expireIdempotencyRecords',
  removeAbandonedDrafts: 'removeAbandonedDrafts',
  pruneAuditLog: 'pruneAuditLog',
} as const

import { slugs } from '../collections/slugs'
import { deleteInBatches } from './deleteInBatches'
import { retentionTaskSlugs } from './retentionPolicy'
import { retentionTask } from './retentionTask'

/**
 * Deletes audit log entries older than the retention policy's `auditLogMs`
 * (`AUDIT_LOG_RETENTION_DAYS`). Nothing else ever deletes or changes an entry: the log is
 * append-only for every user, owners included.
 */
export const pruneAuditLogTask = retentionTask({
  slug: retentionTaskSlugs.pruneAuditLog,
  label: 'Delete audit log entries past their retention',
  counts: ['deleted'],
  run: async ({ req, policy, before }) => ({
    deleted: await deleteInBatches({
      req,
      collection: slugs.auditLog,
      where: { createdAt: { less_than: before(policy.auditLogMs) } },
      policy,
    }),
  }),
})

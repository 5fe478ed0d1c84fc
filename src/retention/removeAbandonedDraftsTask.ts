import type { PayloadRequest, Where } from 'payload'

import { deleteDraft } from '../applications/deleteDraft'
import { todayInFinland, nowOf } from '../clock'
import { slugs } from '../collections/slugs'
import { withTransaction } from '../db/withTransaction'
import { queueCustomerNotification } from '../notifications/queueCustomerNotification'
import type { Application } from '../payload-types'
import { retentionTaskSlugs } from './retentionPolicy'
import { retentionTask } from './retentionTask'

/** Emails the applicant that the draft will be deleted, and records that it was sent. */
const remind = async ({
  req,
  draft,
  deleteAt,
}: {
  req: PayloadRequest
  draft: Application
  deleteAt: Date
}) =>
  withTransaction(req, async () => {
    await queueCustomerNotification({
      req,
      input: { applicationId: String(draft.id), kind: 'draft-expiring', deleteOn: todayInFinland(deleteAt) },
    })
    // Through the adapter: the reminder is not an edit, so the draft's updatedAt stays.
    await req.payload.db.updateOne({
      collection: slugs.applications,
      id: draft.id,
      data: { draftReminderSentAt: nowOf(req.payload).toISOString() },
      req,
    })
  })

/**
 * Abandoned drafts: one untouched (`updatedAt`) for `draftReminderAfterMs` gets a reminder
 * email, once (`draftReminderSentAt`); one still untouched `draftDeletionAfterMs` after the
 * reminder is deleted with the files only it holds. Any write to a draft clears its
 * reminder (see the Applications collection), so an edited draft is kept and reminded
 * again only after another full period. At most `batchSize` of each per run.
 */
export const removeAbandonedDraftsTask = retentionTask({
  slug: retentionTaskSlugs.removeAbandonedDrafts,
  label: 'Remind about and delete abandoned drafts',
  counts: ['reminded', 'deleted'],
  run: async ({ req, policy, now, before }) => {
    const { payload } = req
    // Untouched for the reminder period, whatever else: a write clears the reminder.
    const untouchedDrafts = async (reminder: Where) =>
      (
        await payload.find({
          collection: slugs.applications,
          where: {
            and: [
              { status: { equals: 'draft' } },
              { updatedAt: { less_than: before(policy.draftReminderAfterMs) } },
              reminder,
            ],
          },
          sort: 'updatedAt',
          limit: policy.batchSize,
          pagination: false,
          depth: 0,
          overrideAccess: true,
          req,
        })
      ).docs

    const overdue = await untouchedDrafts({
      draftReminderSentAt: { less_than: before(policy.draftDeletionAfterMs) },
    })
    for (const draft of overdue)
      await deleteDraft({
        req,
        draft,
        detail: {
          reason: 'abandoned-draft',
          lastEditedAt: draft.updatedAt,
          draftReminderSentAt: draft.draftReminderSentAt,
        },
      })

    const unreminded = await untouchedDrafts({ draftReminderSentAt: { exists: false } })
    for (const draft of unreminded)
      await remind({ req, draft, deleteAt: new Date(now + policy.draftDeletionAfterMs) })

    return { reminded: unreminded.length, deleted: overdue.length }
  },
})

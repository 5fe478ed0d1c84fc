import type { Payload, PayloadRequest, Where } from 'payload'

import { writeAudit } from '../access/auditHooks'
import { todayInFinland, nowOf } from '../clock'
import { idsOf } from '../collections/relations'
import { slugs } from '../collections/slugs'
import { withTransaction } from '../db/withTransaction'
import { queueCustomerNotification } from '../notifications/queueCustomerNotification'
import type { Application } from '../payload-types'
import { retentionTaskSlugs } from './retentionPolicy'
import { retentionTask } from './retentionTask'

/** The top-level fields of any collection that link attachments, found in the config. */
const attachmentReferencesOf = (payload: Payload) =>
  Object.values(payload.collections).flatMap(({ config }) =>
    config.flattenedFields.flatMap((field) =>
      (field.type === 'relationship' || field.type === 'upload') && field.relationTo === slugs.attachments
        ? [{ collection: config.slug, field: field.name }]
        : [],
    ),
  )

/**
 * Of a draft's attachments, those nothing else holds: not shared with an authority (locked
 * or sent) and linked by no other record, so that no submitted application, message or
 * decision loses a file.
 */
const filesOnlyOf = async ({ req, draft }: { req: PayloadRequest; draft: Application }) => {
  const { payload } = req
  const ids = idsOf(draft.attachments)
  if (ids.length === 0) return []
  const system = { req, overrideAccess: true, depth: 0, pagination: false } as const
  const { docs: files } = await payload.find({
    collection: slugs.attachments,
    where: { id: { in: ids } },
    ...system,
  })
  const held = new Set(
    files
      .filter((file) => file.isLocked || (file.authorities ?? []).length > 0)
      .map((file) => String(file.id)),
  )
  for (const { collection, field } of attachmentReferencesOf(payload)) {
    const { docs } = await payload.find({
      collection,
      where: {
        and: [
          { [field]: { in: ids } },
          ...(collection === slugs.applications ? [{ id: { not_equals: draft.id } }] : []),
        ],
      },
      select: { [field]: true },
      ...system,
    })
    for (const doc of docs) {
      const value: unknown = Reflect.get(doc, field)
      for (const id of idsOf(Array.isArray(value) ? value : [value])) held.add(String(id))
    }
  }
  return files.filter((file) => !held.has(String(file.id))).map((file) => file.id)
}

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

/** Deletes a reminded draft with the files only it holds, and says so in the audit log. */
const remove = async ({ req, draft }: { req: PayloadRequest; draft: Application }) => {
  const { payload } = req
  const system = { req, overrideAccess: true } as const
  const files = await filesOnlyOf({ req, draft })
  await withTransaction(req, async () => {
    await payload.delete({ collection: slugs.applications, id: draft.id, ...system })
    await writeAudit({
      req,
      action: 'delete',
      resource: slugs.applications,
      resourceId: draft.id,
      detail: {
        reason: 'abandoned-draft',
        lastEditedAt: draft.updatedAt,
        draftReminderSentAt: draft.draftReminderSentAt,
        attachments: files,
      },
    })
    // Last: a file removed from storage does not come back with a rollback.
    if (files.length > 0)
      await payload.delete({ collection: slugs.attachments, where: { id: { in: files } }, ...system })
  })
}

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
    for (const draft of overdue) await remove({ req, draft })

    const unreminded = await untouchedDrafts({ draftReminderSentAt: { exists: false } })
    for (const draft of unreminded)
      await remind({ req, draft, deleteAt: new Date(now + policy.draftDeletionAfterMs) })

    return { reminded: unreminded.length, deleted: overdue.length }
  },
})

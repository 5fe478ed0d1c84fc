import type { Payload, PayloadRequest } from 'payload'

import { writeAudit } from '../access/auditHooks'
import { idsOf } from '../collections/relations'
import { slugs } from '../collections/slugs'
import { withTransaction } from '../db/withTransaction'
import type { Application } from '../payload-types'

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

/**
 * Deletes a draft with the files only it holds, and says so in the audit log (`detail`
 * says why). Files anything else holds (a submitted application, a message, a decision,
 * another draft) stay.
 */
export const deleteDraft = async ({
  req,
  draft,
  detail,
}: {
  req: PayloadRequest
  draft: Application
  detail: Record<string, unknown>
}) => {
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
      detail: { ...detail, attachments: files },
    })
    // Last: a file removed from storage does not come back with a rollback.
    if (files.length > 0)
      await payload.delete({ collection: slugs.attachments, where: { id: { in: files } }, ...system })
  })
  return files
}

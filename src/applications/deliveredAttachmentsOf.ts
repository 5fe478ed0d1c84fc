import type { PayloadRequest } from 'payload'

import type { Id } from '../collections/relations'
import { slugs } from '../collections/slugs'
import { attachmentUrlOf } from '../connections/deliveryMessageOf'

/** Attachments as a message to an authority lists them in its `detail`: name, type, size and download link. */
export const deliveredAttachmentsOf = async ({
  req,
  caseId,
  attachmentIds,
}: {
  req: PayloadRequest
  caseId: Id
  attachmentIds: Id[]
}) => {
  if (attachmentIds.length === 0) return []
  const { docs } = await req.payload.find({
    collection: slugs.attachments,
    where: { id: { in: attachmentIds } },
    pagination: false,
    req,
    overrideAccess: true,
    depth: 0,
  })
  return docs.map((attachment) => ({
    id: String(attachment.id),
    filename: String(attachment.filename),
    mimeType: String(attachment.mimeType),
    filesize: Number(attachment.filesize),
    url: attachmentUrlOf({ serverURL: req.payload.config.serverURL, caseId, attachmentId: attachment.id }),
  }))
}

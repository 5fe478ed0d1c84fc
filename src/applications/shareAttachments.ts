import type { PayloadRequest } from 'payload'

import { idOf, idsOf } from '../collections/relations'
import { slugs } from '../collections/slugs'
import type { Attachment, Authority, Organisation, User } from '../payload-types'

/**
 * Lets the parties of a case read attachments that one of them sent with a message or a
 * supplement answer: the customer (and the organisation acted for) and the given
 * authorities. The attachments are locked, so their uploader can no longer delete what the
 * other side has received. Called from hooks once the sender's right to link them is checked.
 */
export const shareAttachments = async ({
  req,
  attachmentIds,
  applicant,
  onBehalfOf,
  authorities,
}: {
  req: PayloadRequest
  attachmentIds: Attachment['id'][]
  applicant: User['id'] | null
  onBehalfOf: Organisation['id'] | null
  authorities: Authority['id'][]
}) => {
  if (attachmentIds.length === 0) return
  const system = { req, overrideAccess: true, depth: 0 } as const
  const { docs } = await req.payload.find({
    collection: slugs.attachments,
    where: { id: { in: attachmentIds } },
    pagination: false,
    ...system,
  })
  for (const attachment of docs) {
    const readers = new Map([...idsOf(attachment.authorities), ...authorities].map((id) => [String(id), id]))
    await req.payload.update({
      collection: slugs.attachments,
      id: attachment.id,
      ...system,
      data: {
        applicant: idOf(attachment.applicant) ?? applicant,
        onBehalfOf: idOf(attachment.onBehalfOf) ?? onBehalfOf,
        authorities: [...readers.values()],
        isLocked: true,
      },
    })
  }
}

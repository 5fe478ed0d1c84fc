import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { cachedContent } from '../catalogue/contentCache'
import { filesOfMatter } from '../collections/partyFiles'
import { idOf, idsOf } from '../collections/relations'
import { slugs } from '../collections/slugs'
import type { Attachment, Case } from '../payload-types'

/** Attachment ids held under the attachment data elements of the given values. */
const fileIdsIn = (values: Record<string, unknown>, attachmentKeys: string[]) =>
  attachmentKeys.flatMap((key) => {
    const value = values[key]
    return Array.isArray(value) ? value.map(String) : []
  })

/**
 * The files of one case, as its authority may fetch them: the application's files this
 * permit type receives (those under its own data elements, and those attached to the whole
 * application; never files under other permits' data elements), the answers to its
 * supplement requests, its messages' files and its decision documents. Read with the
 * system's rights: callers have found the case to be the authority's.
 */
export const caseAttachmentsOf = async (req: PayloadRequest, caseDoc: Case): Promise<Attachment[]> => {
  const find = <S extends CollectionSlug>(collection: S, where: Where) =>
    req.payload.find({ collection, where, pagination: false, req, overrideAccess: true, depth: 0 })
  const [application, attachmentKeys, decisions, supplementRequests, messages] = await Promise.all([
    req.payload.findByID({
      collection: slugs.applications,
      id: idOf(caseDoc.application)!,
      select: { values: true, attachments: true },
      req,
      overrideAccess: true,
      depth: 0,
    }),
    cachedContent(
      req.payload,
      'attachment-element-keys',
      async () =>
        (await find(slugs.dataElements, { type: { equals: 'attachment' } })).docs.map(
          (element) => element.key,
        ),
      req,
    ),
    find(slugs.decisions, { case: { equals: caseDoc.id } }),
    find(slugs.supplementRequests, { case: { equals: caseDoc.id } }),
    find(slugs.messages, { case: { equals: caseDoc.id } }),
  ])
  const underElements = new Set(fileIdsIn(application.values ?? {}, attachmentKeys))
  const ofThisCase = new Set(fileIdsIn(caseDoc.data ?? {}, attachmentKeys))
  const ids = [
    ...idsOf(application.attachments).filter(
      (id) => ofThisCase.has(String(id)) || !underElements.has(String(id)),
    ),
    ...decisions.docs.map((decision) => idOf(decision.document)).filter((id) => id !== null),
    ...supplementRequests.docs.flatMap((request) => idsOf(request.answerAttachments)),
    ...messages.docs.flatMap((message) => idsOf(message.attachments)),
  ]
  if (ids.length === 0) return []
  const { docs } = await find(slugs.attachments, { id: { in: ids } })
  // Only the matter's own files, whatever a record of the case may point to.
  return filesOfMatter(docs, caseDoc)
}

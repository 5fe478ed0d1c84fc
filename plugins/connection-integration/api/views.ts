import type { CollectionSlug, PayloadRequest, Where } from 'payload'
import type { z } from 'zod'

import { slugs } from '../../../src/collections/slugs'
import { filesOfMatter } from '../../../src/collections/partyFiles'
import { attachmentUrlOf } from '../../../src/connections/deliveryMessageOf'
import type { Attachment } from '../../../src/payload-types'
import type { CaseDoc } from './caseOfAuthority'
import type {
  attachmentView,
  caseDetailView,
  caseSummaryView,
  decisionView,
  messageView,
  supplementRequestView,
} from './schemas'
import { idOf } from '../../../src/collections/relations'
import type { Id, Rel } from '../../../src/collections/relations'
import { finnishTextOf } from '../../../src/domain/localize'

type Doc = Record<string, unknown> & { id: Id }
const textOrNull = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null)
const system = { overrideAccess: true, depth: 0 } as const

/** Permit types by id, with their Finnish names (as in the delivered messages). */
export const permitTypesOf = async (req: PayloadRequest, cases: CaseDoc[]) => {
  const ids = [...new Set(cases.map((doc) => idOf(doc.permitType as Rel)).filter((id) => id !== null))]
  const { docs } = await req.payload.find({
    collection: slugs.permitTypes,
    where: { id: { in: ids } },
    pagination: false,
    locale: 'fi',
    req,
    ...system,
  })
  return new Map(docs.map((doc) => [String(doc.id), { key: String(doc.key), name: finnishTextOf(doc.name) }]))
}

export const caseSummaryOf = (
  doc: CaseDoc,
  permitTypes: Map<string, { key: string; name: string }>,
): z.infer<typeof caseSummaryView> => ({
  id: String(doc.id),
  caseNumber: String(doc.caseNumber),
  status: doc.status as z.infer<typeof caseSummaryView>['status'],
  outcome: (doc.outcome ?? null) as z.infer<typeof caseSummaryView>['outcome'],
  externalReference: textOrNull(doc.externalReference),
  permitType: permitTypes.get(String(idOf(doc.permitType as Rel))) ?? { key: '', name: '' },
  deliveryState: textOrNull(doc.deliveryState),
  latestSubmissionDate: textOrNull(doc.latestSubmissionDate),
  expectedDecisionDate: textOrNull(doc.expectedDecisionDate),
  receivedAt: textOrNull(doc.receivedAt),
  decidedAt: textOrNull(doc.decidedAt),
  createdAt: String(doc.createdAt),
  updatedAt: String(doc.updatedAt),
})

export const attachmentViewOf = (
  req: PayloadRequest,
  caseId: Id,
  attachment: { id: Id; filename?: unknown; mimeType?: unknown; filesize?: unknown },
): z.infer<typeof attachmentView> => ({
  id: String(attachment.id),
  filename: String(attachment.filename),
  mimeType: String(attachment.mimeType),
  filesize: Number(attachment.filesize),
  url: attachmentUrlOf({ serverURL: req.payload.config.serverURL, caseId, attachmentId: attachment.id }),
})

/**
 * The files of a case an authority may download: the application's attachments (those
 * the delivered message links to) and the documents of the case's decisions.
 */
/** Attachment ids held under the attachment data elements of the given values. */
const fileIdsIn = (values: unknown, attachmentKeys: string[]) =>
  attachmentKeys.flatMap((key) => {
    const value = (values as Record<string, unknown> | null | undefined)?.[key]
    return Array.isArray(value) ? value.map(String) : []
  })

const relIds = (rels: unknown) =>
  ((rels as Rel[] | null | undefined) ?? []).map(idOf).filter((id) => id !== null)

/**
 * The files of one case, as its authority may fetch them: the application's files this
 * permit type receives (those under its own data elements, and those attached to the whole
 * application; never files under other permits' data elements), the answers to its
 * supplement requests, its messages' files and its decision documents.
 */
export const caseAttachmentsOf = async (req: PayloadRequest, caseDoc: CaseDoc): Promise<Attachment[]> => {
  const find = <S extends CollectionSlug>(collection: S, where: Where) =>
    req.payload.find({
      collection,
      where,
      pagination: false,
      req,
      ...system,
    })
  const [application, attachmentElements, decisions, supplementRequests, messages] = await Promise.all([
    req.payload.findByID({
      collection: slugs.applications,
      id: idOf(caseDoc.application as Rel)!,
      req,
      ...system,
    }),
    find(slugs.dataElements, { type: { equals: 'attachment' } }),
    find(slugs.decisions, { case: { equals: caseDoc.id } }),
    find(slugs.supplementRequests, { case: { equals: caseDoc.id } }),
    find(slugs.messages, { case: { equals: caseDoc.id } }),
  ])
  const attachmentKeys = attachmentElements.docs.map((element) => String(element.key))
  const underElements = new Set(fileIdsIn(application.values, attachmentKeys))
  const ofThisCase = new Set(fileIdsIn(caseDoc.data, attachmentKeys))
  const ids = [
    ...relIds(application.attachments).filter(
      (id) => ofThisCase.has(String(id)) || !underElements.has(String(id)),
    ),
    ...decisions.docs.map((decision) => idOf(decision.document as Rel)),
    ...supplementRequests.docs.flatMap((request) => relIds(request.answerAttachments)),
    ...messages.docs.flatMap((message) => relIds(message.attachments)),
  ].filter((id) => id !== null)
  if (ids.length === 0) return []
  const { docs } = await find(slugs.attachments, { id: { in: ids } })
  // Only the matter's own files, whatever a record of the case may point to.
  return filesOfMatter(docs, caseDoc)
}

export const caseDetailOf = async (
  req: PayloadRequest,
  doc: CaseDoc,
): Promise<z.infer<typeof caseDetailView>> => {
  const application = await req.payload.findByID({
    collection: slugs.applications,
    id: idOf(doc.application as Rel)!,
    req,
    ...system,
  })
  return {
    ...caseSummaryOf(doc, await permitTypesOf(req, [doc])),
    applicationReceiptNumber: textOrNull(application.receiptNumber),
    data: (doc.data as Record<string, unknown> | null) ?? {},
    attachments: (await caseAttachmentsOf(req, doc)).map((attachment) =>
      attachmentViewOf(req, doc.id, attachment),
    ),
  }
}

export const messageViewOf = (doc: Doc): z.infer<typeof messageView> => ({
  id: String(doc.id),
  caseId: String(idOf(doc.case as Rel)),
  body: String(doc.body),
  createdAt: String(doc.createdAt),
})

export const supplementRequestViewOf = (doc: Doc): z.infer<typeof supplementRequestView> => ({
  id: String(doc.id),
  caseId: String(idOf(doc.case as Rel)),
  whatIsMissing: String(doc.whatIsMissing),
  dueDate: String(doc.dueDate).slice(0, 10),
  status: doc.status as z.infer<typeof supplementRequestView>['status'],
  createdAt: String(doc.createdAt),
})

export const decisionViewOf = (
  req: PayloadRequest,
  doc: Doc,
  document: Parameters<typeof attachmentViewOf>[2] | null,
): z.infer<typeof decisionView> => ({
  id: String(doc.id),
  caseId: String(idOf(doc.case as Rel)),
  outcome: doc.outcome as z.infer<typeof decisionView>['outcome'],
  summary: String(doc.summary),
  decidedAt: String(doc.decidedAt),
  document: document ? attachmentViewOf(req, idOf(doc.case as Rel)!, document) : null,
})

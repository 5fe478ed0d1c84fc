import type { PayloadRequest } from 'payload'

import { idOf } from '../collections/relations'
import type { Id } from '../collections/relations'
import { slugs } from '../collections/slugs'
import { cachedContent } from '../catalogue/contentCache'
import { attachmentUrlOf } from '../connections/deliveryMessageOf'
import { versionOf } from '../domain/decision-rules'
import { finnishTextOf } from '../domain/localize'
import type { Attachment, Case, Decision, SupplementRequest } from '../payload-types'
import { caseAttachmentsOf } from './caseAttachmentsOf'

/*
 * A case and its records as every channel of its authority shows them: the integration
 * API answers these, and the workspace's case export is made of them. Texts of the case
 * are Finnish, as in the delivered messages.
 */

export type AttachmentView = { id: string; filename: string; mimeType: string; filesize: number; url: string }

export type CaseSummaryView = {
  id: string
  caseNumber: string
  status: Case['status']
  outcome: NonNullable<Case['outcome']> | null
  externalReference: string | null
  permitType: { key: string; name: string }
  deliveryState: string | null
  latestSubmissionDate: string | null
  expectedDecisionDate: string | null
  receivedAt: string | null
  decidedAt: string | null
  createdAt: string
  updatedAt: string
}

export type CaseDetailView = CaseSummaryView & {
  applicationReceiptNumber: string | null
  /** Only the data elements the permit type lists. */
  data: Record<string, unknown>
  attachments: AttachmentView[]
}

export type SupplementRequestView = {
  id: string
  caseId: string
  whatIsMissing: string
  /** Shared by the items asked for together. */
  batch: string | null
  dueDate: string
  status: NonNullable<SupplementRequest['status']>
  createdAt: string
}

export type DecisionView = {
  id: string
  caseId: string
  /** 1 for the first decision; each correction is the next version. */
  version: number
  /** The decision this version corrects, if it is a correction. */
  supersedes: string | null
  correctionReason: string | null
  outcome: Decision['outcome']
  summary: string
  decisionMaker: string | null
  /** The date of the decision (`YYYY-MM-DD`). */
  decisionDate: string | null
  validFrom: string | null
  validUntil: string | null
  conditions: string[]
  /** As attached when the decision was recorded, in Finnish, Swedish and English. */
  appealInstructions: { kind: string | null; fi: string | null; sv: string | null; en: string | null }
  /** When it was recorded. */
  decidedAt: string
  document: AttachmentView | null
}

const system = { overrideAccess: true, depth: 0 } as const

/** Permit types by id, with their Finnish names (as in the delivered messages). */
export const permitTypesOf = async (req: PayloadRequest, cases: Case[]) => {
  const all = await cachedContent(
    req.payload,
    'permit-type-names',
    async () => {
      const { docs } = await req.payload.find({
        collection: slugs.permitTypes,
        pagination: false,
        locale: 'fi',
        select: { key: true, name: true },
        req,
        ...system,
      })
      return new Map(docs.map((doc) => [String(doc.id), { key: doc.key, name: finnishTextOf(doc.name) }]))
    },
    req,
  )
  const ids = new Set(cases.map((doc) => String(idOf(doc.permitType))))
  return new Map([...all].filter(([id]) => ids.has(id)))
}

export const caseSummaryOf = (
  doc: Case,
  permitTypes: Map<string, { key: string; name: string }>,
): CaseSummaryView => ({
  id: String(doc.id),
  caseNumber: doc.caseNumber,
  status: doc.status,
  outcome: doc.outcome ?? null,
  externalReference: doc.externalReference || null,
  permitType: permitTypes.get(String(idOf(doc.permitType))) ?? { key: '', name: '' },
  deliveryState: doc.deliveryState || null,
  latestSubmissionDate: doc.latestSubmissionDate || null,
  expectedDecisionDate: doc.expectedDecisionDate || null,
  receivedAt: doc.receivedAt || null,
  decidedAt: doc.decidedAt || null,
  createdAt: doc.createdAt,
  updatedAt: doc.updatedAt,
})

/** A file of the case, linked where the authority's system downloads it with its API key. */
export const attachmentViewOf = (
  req: PayloadRequest,
  caseId: Id,
  attachment: Attachment,
): AttachmentView => ({
  id: String(attachment.id),
  filename: attachment.filename ?? '',
  mimeType: attachment.mimeType ?? '',
  filesize: attachment.filesize ?? 0,
  url: attachmentUrlOf({ serverURL: req.payload.config.serverURL, caseId, attachmentId: attachment.id }),
})

/** One case with its data and the files its authority may fetch. */
export const caseDetailOf = async (req: PayloadRequest, doc: Case): Promise<CaseDetailView> => {
  const application = await req.payload.findByID({
    collection: slugs.applications,
    id: idOf(doc.application)!,
    select: { receiptNumber: true },
    req,
    ...system,
  })
  return {
    ...caseSummaryOf(doc, await permitTypesOf(req, [doc])),
    applicationReceiptNumber: application.receiptNumber || null,
    data: doc.data ?? {},
    attachments: (await caseAttachmentsOf(req, doc)).map((attachment) =>
      attachmentViewOf(req, doc.id, attachment),
    ),
  }
}

export const supplementRequestViewOf = (doc: SupplementRequest): SupplementRequestView => ({
  id: String(doc.id),
  caseId: String(idOf(doc.case)),
  whatIsMissing: doc.whatIsMissing,
  batch: doc.batch ?? null,
  dueDate: doc.dueDate.slice(0, 10),
  status: doc.status ?? 'open',
  createdAt: doc.createdAt,
})

export const decisionViewOf = (
  req: PayloadRequest,
  doc: Decision,
  document: Attachment | null,
): DecisionView => ({
  id: String(doc.id),
  caseId: String(idOf(doc.case)),
  version: versionOf(doc),
  supersedes: idOf(doc.supersedes) === null ? null : String(idOf(doc.supersedes)),
  correctionReason: doc.correctionReason || null,
  outcome: doc.outcome,
  summary: doc.summary,
  decisionMaker: doc.decisionMaker || null,
  decisionDate: doc.decisionDate ? doc.decisionDate.slice(0, 10) : null,
  validFrom: doc.validFrom ? doc.validFrom.slice(0, 10) : null,
  validUntil: doc.validUntil ? doc.validUntil.slice(0, 10) : null,
  conditions: (doc.conditions ?? []).map((row) => row.text),
  appealInstructions: {
    kind: doc.appealInstructions?.kind ?? null,
    fi: doc.appealInstructions?.fi || null,
    sv: doc.appealInstructions?.sv || null,
    en: doc.appealInstructions?.en || null,
  },
  decidedAt: doc.decidedAt ?? doc.createdAt,
  document: document ? attachmentViewOf(req, idOf(doc.case)!, document) : null,
})

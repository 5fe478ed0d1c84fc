import type { PayloadRequest } from 'payload'

import { slugs } from '../collections/slugs'
import type { DeliveryEventType, DeliveryMessage } from './types'
import { deliverySchemaVersion } from './types'
import { idOf, idsOf } from '../collections/relations'
import { finnishTextOf } from '../domain/localize'
import type { Attachment, Case } from '../payload-types'

/** Where an authority downloads an attachment of its case, with its own credentials. */
export const attachmentUrlOf = ({
  serverURL,
  caseId,
  attachmentId,
}: {
  serverURL: string
  caseId: number | string
  attachmentId: number | string
}) => `${serverURL}/api/integration/v1/cases/${caseId}/attachments/${attachmentId}`

type MessageCase = Pick<
  Case,
  'id' | 'caseNumber' | 'status' | 'latestSubmissionDate' | 'expectedDecisionDate' | 'data'
>
type MessageAttachment = Pick<Attachment, 'id' | 'filename' | 'mimeType' | 'filesize'>

/**
 * The message an authority receives about one event of its case, from what the caller has
 * read already. It lists only the files the authority may read.
 */
export const buildDeliveryMessage = ({
  serverURL,
  id,
  type,
  caseDoc,
  permitType,
  receiptNumber,
  attachments,
  detail,
}: {
  serverURL: string
  id: string
  type: DeliveryEventType
  caseDoc: MessageCase
  permitType: { key: string; name: unknown }
  receiptNumber: string | null | undefined
  attachments: MessageAttachment[]
  detail?: Record<string, unknown>
}): DeliveryMessage => ({
  id,
  type,
  schemaVersion: deliverySchemaVersion,
  occurredAt: new Date().toISOString(),
  case: {
    id: String(caseDoc.id),
    caseNumber: caseDoc.caseNumber,
    status: caseDoc.status,
    permitType: { key: permitType.key, name: finnishTextOf(permitType.name) },
    applicationReceiptNumber: receiptNumber ?? null,
    latestSubmissionDate: caseDoc.latestSubmissionDate ?? null,
    expectedDecisionDate: caseDoc.expectedDecisionDate ?? null,
  },
  data: caseDoc.data ?? {},
  attachments: attachments.map((attachment) => ({
    id: String(attachment.id),
    filename: attachment.filename ?? '',
    mimeType: attachment.mimeType ?? '',
    filesize: attachment.filesize ?? 0,
    url: attachmentUrlOf({ serverURL, caseId: caseDoc.id, attachmentId: attachment.id }),
  })),
  ...(detail ? { detail } : {}),
})

/** Whether the case's authority may read a file (submission adds it to the file's readers). */
export const isReadableBy = (attachment: Pick<Attachment, 'authorities'>, authority: Case['authority']) =>
  idsOf(attachment.authorities)
    .map(String)
    .includes(String(idOf(authority)))

/** The message an authority receives about one event of its case, read from the database. */
export const deliveryMessageOf = async ({
  req,
  caseId,
  type,
  id,
  detail,
}: {
  req: PayloadRequest
  caseId: number | string
  type: DeliveryEventType
  id: string
  detail?: Record<string, unknown>
}): Promise<DeliveryMessage> => {
  const { payload } = req
  const system = { req, overrideAccess: true, depth: 0 } as const
  const caseDoc = await payload.findByID({ collection: slugs.cases, id: caseId, ...system })
  const permitType = await payload.findByID({
    collection: slugs.permitTypes,
    id: idOf(caseDoc.permitType)!,
    ...system,
    locale: 'fi',
  })
  const application = await payload.findByID({
    collection: slugs.applications,
    id: idOf(caseDoc.application)!,
    ...system,
  })
  const { docs: attachments } = await payload.find({
    collection: slugs.attachments,
    where: { id: { in: idsOf(application.attachments) } },
    pagination: false,
    ...system,
  })
  return buildDeliveryMessage({
    serverURL: payload.config.serverURL,
    id,
    type,
    caseDoc,
    permitType,
    receiptNumber: application.receiptNumber,
    attachments: attachments.filter((attachment) => isReadableBy(attachment, caseDoc.authority)),
    detail,
  })
}

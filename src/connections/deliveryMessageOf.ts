import type { PayloadRequest } from 'payload'

import { slugs } from '../collections/slugs'
import type { DeliveryEventType, DeliveryMessage } from './types'
import { deliverySchemaVersion } from './types'
import { idOf, idsOf } from '../collections/relations'
import { finnishTextOf } from '../domain/localize'

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

/** The message an authority receives about one event of its case. */
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
  const attachmentIds = idsOf(application.attachments)
  const { docs: attachments } = await payload.find({
    collection: slugs.attachments,
    where: { id: { in: attachmentIds } },
    pagination: false,
    ...system,
  })
  return {
    id,
    type,
    schemaVersion: deliverySchemaVersion,
    occurredAt: new Date().toISOString(),
    case: {
      id: String(caseDoc.id),
      caseNumber: caseDoc.caseNumber,
      status: caseDoc.status,
      permitType: { key: permitType.key, name: finnishTextOf(permitType.name) },
      applicationReceiptNumber: application.receiptNumber ?? null,
      latestSubmissionDate: caseDoc.latestSubmissionDate ?? null,
      expectedDecisionDate: caseDoc.expectedDecisionDate ?? null,
    },
    data: caseDoc.data ?? {},
    attachments: attachments.map((attachment) => ({
      id: String(attachment.id),
      filename: attachment.filename ?? '',
      mimeType: attachment.mimeType ?? '',
      filesize: attachment.filesize ?? 0,
      url: attachmentUrlOf({
        serverURL: payload.config.serverURL,
        caseId: caseDoc.id,
        attachmentId: attachment.id,
      }),
    })),
    ...(detail ? { detail } : {}),
  }
}

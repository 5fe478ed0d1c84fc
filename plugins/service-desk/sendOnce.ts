import { createHash } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { nowOf } from '../../src/clock'
import { deliveryPolicyOf } from '../../src/connections/deliveryPolicy'
import { sendEmailWithin } from '../../src/notifications/sendEmailWithin'
import type { EmailKind } from './collections/ServiceDeskEmails'
import { serviceDeskSlugs } from './serviceDeskSlugs'

export type SendOnceResult = 'sent' | 'already-sent' | 'in-progress'

/**
 * Sends one email at most once per `key`. The key is claimed (committed) before the send,
 * so a rerun, a retry or a second worker finds it and sends nothing; a failed send marks
 * the claim failed and rethrows, so the job's retry sends it. A claim left "sending" by a
 * worker that died mid-send is taken over once it is older than twice the send timeout,
 * and sent again with the same Message-ID (the only case where a receiver may see it twice,
 * and can tell by that id).
 */
export const sendOnce = async ({
  req,
  key,
  kind,
  record,
  to,
  subject,
  text,
}: {
  req: PayloadRequest
  key: string
  kind: EmailKind
  /** What it is about, e.g. `incidents/12`. */
  record: string
  to: string[]
  subject: string
  text: string
}): Promise<SendOnceResult> => {
  const { payload } = req
  const system = { req, overrideAccess: true, depth: 0 } as const
  const collection = serviceDeskSlugs.emails
  const now = nowOf(payload)
  const policy = deliveryPolicyOf(payload)
  const findClaim = async () =>
    (await payload.find({ collection, where: { key: { equals: key } }, limit: 1, ...system })).docs.at(0)

  let claim = await findClaim()
  if (claim?.status === 'sent') return 'already-sent'
  if (
    claim?.status === 'sending' &&
    claim.claimedAt &&
    now.getTime() - new Date(claim.claimedAt).getTime() < policy.timeoutMs * 2
  )
    return 'in-progress'
  const claimData = { status: 'sending' as const, claimedAt: now.toISOString(), to: to.join(', '), subject }
  if (claim) {
    await payload.update({ collection, id: claim.id, data: claimData, ...system })
  } else {
    try {
      claim = await payload.create({ collection, data: { key, kind, record, ...claimData }, ...system })
    } catch (error) {
      // Someone claimed the key in between: theirs to send.
      if (await findClaim()) return 'in-progress'
      throw error
    }
  }

  const host = new URL(payload.config.serverURL || 'http://localhost').hostname || 'localhost'
  const messageId = `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}@${host}>`
  try {
    await sendEmailWithin({ payload, message: { to, subject, text, messageId }, timeoutMs: policy.timeoutMs })
  } catch (error) {
    await payload.update({
      collection,
      id: claim.id,
      data: {
        status: 'failed',
        lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
      },
      ...system,
    })
    throw error
  }
  await payload.update({
    collection,
    id: claim.id,
    data: { status: 'sent', sentAt: nowOf(payload).toISOString(), messageId, lastError: null },
    ...system,
  })
  return 'sent'
}

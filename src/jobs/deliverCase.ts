import type { TaskConfig } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { appendCaseEvent } from '../cases/appendCaseEvent'
import { slugs } from '../collections/slugs'

type Rel = number | string | { id: number | string } | null | undefined
const idOf = (value: Rel) => (value && typeof value === 'object' ? value.id : (value ?? null))

/**
 * Delivers one submitted case to its authority. Queued in the submission's transaction
 * (the outbox). Until a connection mode is configured for the authority it records that
 * fact on the case; it is idempotent, so a job run twice records nothing twice.
 */
export const deliverCaseTask: TaskConfig<{ input: { caseId: string }; output: { deliveryState: string } }> = {
  slug: 'deliverCase',
  label: 'Deliver a case to its authority',
  inputSchema: [{ name: 'caseId', type: 'text', required: true }],
  outputSchema: [{ name: 'deliveryState', type: 'text', required: true }],
  retries: 10,
  handler: async ({ input, req }) => {
    const { payload } = req
    const caseDoc = await payload.findByID({
      collection: slugs.cases,
      id: input.caseId,
      req,
      depth: 0,
      overrideAccess: true,
    })
    if (caseDoc.deliveryState !== 'pending')
      return { output: { deliveryState: String(caseDoc.deliveryState) } }
    const authority = await payload.findByID({
      collection: slugs.authorities,
      id: idOf(caseDoc.authority as Rel)!,
      req,
      depth: 0,
      overrideAccess: true,
    })
    const mode = String(authority.connectionMode ?? 'none')
    // The state and its event are written together, so a retried job never records twice.
    const shouldCommit = await initTransaction(req)
    try {
      await payload.update({
        collection: slugs.cases,
        id: caseDoc.id,
        req,
        depth: 0,
        overrideAccess: true,
        data: { deliveryState: 'not-configured' } as never,
      })
      await appendCaseEvent({
        req,
        caseDoc: caseDoc as never,
        type: 'delivery-not-configured',
        summary: `No connection mode is configured for this authority (mode "${mode}").`,
        detail: { connectionMode: mode },
      })
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    return { output: { deliveryState: 'not-configured' } }
  },
}

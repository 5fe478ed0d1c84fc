import type { Payload } from 'payload'

import { acknowledgeReceipt, assignCase, CaseActionError } from '../../../src/cases/caseActions'
import { withTransaction } from '../../../src/db/withTransaction'
import { caseOfUser, type AuthorityUser } from './authority.server'
import { requestAs } from './session.server'

/** What the inbox does to several cases at once. */
export const bulkIntents = ['bulk-acknowledge', 'bulk-assign'] as const
export type BulkIntent = (typeof bulkIntents)[number]

export const isBulkIntent = (value: unknown): value is BulkIntent => bulkIntents.includes(value as BulkIntent)

/** The most cases one bulk action takes: a page of the inbox, with room to spare. */
export const maxBulkCases = 100

export type BulkResult =
  | { kind: 'done'; intent: BulkIntent; done: number; refused: string[] }
  | { kind: 'invalid'; reason: 'no-cases' | 'no-handler' | 'unknown-action' }

/**
 * Runs one of the inbox's bulk actions on the chosen cases as the signed-in authority user,
 * each case in its own transaction through the same case action as the case page (so the
 * status machine, history and notifications are the same): a case the action does not apply
 * to (already decided, say) is refused and named, the others are done. A case that is not
 * the user's authority's is refused the same way, never revealed.
 */
export const runBulkAction = async ({
  payload,
  user,
  form,
}: {
  payload: Payload
  user: AuthorityUser
  form: FormData
}): Promise<BulkResult> => {
  const intent = form.get('intent')
  if (!isBulkIntent(intent)) return { kind: 'invalid', reason: 'unknown-action' }
  const ids = [
    ...new Set(form.getAll('caseId').filter((value): value is string => typeof value === 'string')),
  ].slice(0, maxBulkCases)
  if (ids.length === 0) return { kind: 'invalid', reason: 'no-cases' }
  const handler = form.get('handler')
  if (intent === 'bulk-assign' && (typeof handler !== 'string' || handler === ''))
    return { kind: 'invalid', reason: 'no-handler' }

  const req = await requestAs(payload, user)
  let done = 0
  const refused: string[] = []
  for (const id of ids) {
    let caseNumber = id
    try {
      await withTransaction(req, async () => {
        const caseDoc = await caseOfUser({ payload, user, id, req })
        caseNumber = caseDoc.caseNumber
        if (intent === 'bulk-acknowledge') {
          // Already received: nothing to do, and nothing refused.
          if (caseDoc.status !== 'received') await acknowledgeReceipt({ req, caseDoc })
        } else await assignCase({ req, caseDoc, handler })
      })
      done += 1
    } catch (error) {
      // An action the case does not allow, or a thrown 404 response (not the user's case).
      if (error instanceof Error && !(error instanceof CaseActionError)) throw error
      refused.push(caseNumber)
    }
  }
  return { kind: 'done', intent, done, refused }
}

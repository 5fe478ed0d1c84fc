import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { createLocalReq } from 'payload'

import { writeAudit } from '../../src/access/auditHooks'
import type { AccessUser } from '../../src/access/roles'
import { hasRole } from '../../src/access/roles'
import { idOf } from '../../src/collections/relations'
import { slugs } from '../../src/collections/slugs'
import { nowOf } from '../../src/clock'
import { MandatesApiError } from './mandatesClient'
import { runtimeOf } from './mandatesOptions'
import { defaultCivilServantIssue } from './mandatesSettings'
import { mandatesTaskSlugs } from './mandatesSlugs'
import { queueNextRun } from '../../src/jobs/scheduling'

/**
 * - `not-required`: not an authority user, or not identified with a personal identity code
 *   (Virtu officials are vouched for by their home organisation)
 * - `valid`: the official holds the authority's mandate for the issue
 * - `missing`: they do not (or the authority has no business id to ask about)
 * - `unavailable`: the check could not be made (not configured, or no answer)
 */
export type CivilServantMandateStatus = 'not-required' | 'valid' | 'missing' | 'unavailable'

export const civilServantMandateStatuses = ['valid', 'missing', 'unavailable'] as const

/** Ends every session of the user: their authority access stops at once. */
const revokeSessions = async ({ req, userId }: { req: PayloadRequest; userId: number | string }) =>
  req.payload.db.updateOne({
    collection: slugs.users,
    id: userId,
    req,
    returning: false,
    data: { sessions: [] },
  })

/**
 * Checks the civil-servant mandate of an authority user identified through Suomi.fi and
 * records the result on the user. The identification plugin calls this at login and
 * issues no session unless `isValid`; the daily job calls it again, and a mandate found
 * missing ends the user's sessions and refuses their logins until a check finds it again.
 * An answer that cannot be had (`unavailable`) refuses the login but leaves existing
 * sessions alone.
 */
export const verifyCivilServantMandate = async (
  payload: Payload,
  user: AccessUser,
): Promise<{ isValid: boolean; status: CivilServantMandateStatus }> => {
  const runtime = runtimeOf(payload)
  if (!hasRole(user, 'authority-user') || !runtime.isCivilServantMandateRequired)
    return { isValid: true, status: 'not-required' }
  const personalIdentityCode = await runtime.personalIdentityCodeOf(payload, user.id)
  if (!personalIdentityCode) return { isValid: true, status: 'not-required' }

  const req = await createLocalReq({}, payload)
  const system = { req, overrideAccess: true, depth: 0 } as const
  const authorityId = idOf(user.authority)
  const authority =
    authorityId === null
      ? null
      : await payload
          .findByID({ collection: slugs.authorities, id: authorityId, disableErrors: true, ...system })
          .catch(() => null)
  let status: (typeof civilServantMandateStatuses)[number]
  if (!authority?.businessId) status = 'missing'
  else if (!runtime.checkCivilServantMandate) status = 'unavailable'
  else {
    try {
      const answer = await runtime.checkCivilServantMandate({
        personalIdentityCode,
        businessId: authority.businessId,
        issue: runtime.settings?.civilServantIssue ?? defaultCivilServantIssue,
      })
      status = answer === 'ALLOWED' ? 'valid' : 'missing'
    } catch (error) {
      // Never the error's request: its path holds the identity code.
      const detail =
        error instanceof MandatesApiError ? { operation: error.operation, status: error.status } : {}
      payload.logger.warn({ msg: 'Civil-servant mandate check failed', userId: user.id, ...detail })
      status = 'unavailable'
    }
  }

  const stored = await payload.findByID({ collection: slugs.users, id: user.id, ...system })
  const previous = stored.civilServantMandate?.status ?? null
  await payload.update({
    collection: slugs.users,
    id: user.id,
    data: { civilServantMandate: { status, checkedAt: nowOf(payload).toISOString() } },
    ...system,
  })
  if (previous !== status)
    await writeAudit({
      req,
      action: status === 'missing' ? 'denied' : 'update',
      resource: slugs.users,
      resourceId: user.id,
      detail: { civilServantMandate: status },
    })
  if (status === 'missing') await revokeSessions({ req, userId: user.id })
  return { isValid: status === 'valid', status }
}

/**
 * Checks the civil-servant mandates of all authority users again (daily by default) and
 * queues its own next run.
 */
export const checkCivilServantMandatesTask: TaskConfig<{
  input: object
  output: { checked: number; missing: number; unavailable: number }
}> = {
  slug: mandatesTaskSlugs.checkCivilServantMandates,
  label: 'Check the civil-servant mandates of authority users',
  outputSchema: [
    { name: 'checked', type: 'number', required: true },
    { name: 'missing', type: 'number', required: true },
    { name: 'unavailable', type: 'number', required: true },
  ],
  retries: 2,
  handler: async ({ req, job }) => {
    const { payload } = req
    // Queued first, so that a failing run does not end the chain.
    await queueNextRun({
      req,
      task: mandatesTaskSlugs.checkCivilServantMandates,
      afterMs: runtimeOf(payload).civilServantCheckIntervalMs,
      currentJobId: job.id,
    })
    const output = { checked: 0, missing: 0, unavailable: 0 }
    const { docs } = await payload.find({
      collection: slugs.users,
      where: { role: { equals: 'authority-user' } },
      pagination: false,
      overrideAccess: true,
      depth: 0,
      req,
    })
    for (const user of docs) {
      const { status } = await verifyCivilServantMandate(payload, user)
      if (status === 'not-required') continue
      output.checked += 1
      if (status === 'missing') output.missing += 1
      if (status === 'unavailable') output.unavailable += 1
    }
    return { output }
  },
}

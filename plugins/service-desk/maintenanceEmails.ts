import type { PayloadRequest, TaskConfig } from 'payload'

import { slugs } from '../../src/collections/slugs'
import { nowOf } from '../../src/clock'
import { isLocale } from '../../src/domain/localize'
import { noticeEmailAt } from './domain/maintenance'
import { maintenanceEmailOf } from './emailTexts'
import { textsOf } from './maintenance'
import { sendOnce } from './sendOnce'
import { serviceDeskSlugs, serviceDeskTaskSlugs } from './serviceDeskSlugs'
import { queueOnce } from '../../src/jobs/scheduling'

type MaintenanceEmailsInput = { noticeId: string; at: string }

/** Users are emailed a page at a time. */
const pageSize = 100

/** Queues the emailing of a notice for `at`, unless it is already waiting for that time. */
export const queueMaintenanceEmails = async ({
  req,
  noticeId,
  at,
}: {
  req: PayloadRequest
  noticeId: number | string
  at: Date
}) => {
  const input: MaintenanceEmailsInput = { noticeId: String(noticeId), at: at.toISOString() }
  await queueOnce({ req, task: serviceDeskTaskSlugs.maintenanceEmails, input, at })
}

/**
 * Emails a published maintenance notice to every user who has an email address (system
 * accounts excepted), each in their own language, once per user and per break times: a
 * rerun skips whoever already has it, and moved times are announced again. Run before the
 * notice is due (14 days before the break) it queues itself for then; a notice unpublished
 * or a break already over is not sent. Failed sends are retried by the job.
 */
export const maintenanceEmailsTask: TaskConfig<{
  input: MaintenanceEmailsInput
  output: { status: string; sent: number }
}> = {
  slug: serviceDeskTaskSlugs.maintenanceEmails,
  label: 'Email a maintenance notice to every user',
  inputSchema: [
    { name: 'noticeId', type: 'text', required: true },
    { name: 'at', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'status', type: 'text', required: true },
    { name: 'sent', type: 'number', required: true },
  ],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const now = nowOf(payload)
    const notice = await payload
      .findByID({
        collection: serviceDeskSlugs.maintenanceNotices,
        id: input.noticeId,
        locale: 'all',
        req,
        overrideAccess: true,
        depth: 0,
        disableErrors: true,
      })
      .catch(() => null)
    if (!notice || notice.status !== 'published') return { output: { status: 'not-published', sent: 0 } }
    const startsAt = new Date(notice.startsAt)
    const endsAt = new Date(notice.endsAt)
    if (endsAt <= now) return { output: { status: 'over', sent: 0 } }
    const dueAt = noticeEmailAt({ startsAt, now: new Date(input.at) })
    if (now < dueAt) {
      await queueMaintenanceEmails({ req, noticeId: input.noticeId, at: dueAt })
      return { output: { status: 'not-due', sent: 0 } }
    }

    const description = textsOf(notice.description)
    const link = `${payload.config.serverURL}/`
    let sent = 0
    let reached = 0
    let failed = 0
    for (let page = 1, hasNextPage = true; hasNextPage; page += 1) {
      const users = await payload.find({
        collection: slugs.users,
        where: { isServiceAccount: { not_equals: true } },
        sort: 'id',
        limit: pageSize,
        page,
        depth: 0,
        req,
        overrideAccess: true,
      })
      hasNextPage = users.hasNextPage
      for (const user of users.docs) {
        if (!user.email) continue
        const locale = isLocale(user.locale) ? user.locale : 'fi'
        const { subject, text } = maintenanceEmailOf({ locale, startsAt, endsAt, description, link })
        try {
          const result = await sendOnce({
            req,
            key: `maintenance:${notice.id}:${startsAt.toISOString()}:${endsAt.toISOString()}:${user.id}`,
            kind: 'maintenance',
            record: `${serviceDeskSlugs.maintenanceNotices}/${notice.id}`,
            to: [user.email],
            subject,
            text,
          })
          if (result === 'sent') sent += 1
          reached += 1
        } catch (error) {
          failed += 1
          payload.logger.warn({
            err: error,
            msg: `Could not email maintenance notice ${notice.id} to user ${user.id}`,
          })
        }
      }
    }
    await payload.db.updateOne({
      collection: serviceDeskSlugs.maintenanceNotices,
      id: notice.id,
      data: { emailedAt: now.toISOString(), emailedCount: reached },
      req,
    })
    // The job's retry sends to those that failed; the others already have theirs.
    if (failed > 0) throw new Error(`${failed} maintenance notice email(s) could not be sent`)
    return { output: { status: 'sent', sent } }
  },
}

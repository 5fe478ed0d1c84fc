import type { CollectionAfterChangeHook, PayloadRequest, TaskConfig } from 'payload'

import { appendCaseEvent } from '../../src/cases/appendCaseEvent'
import { slugs } from '../../src/collections/slugs'
import { nowOf } from '../../src/clock'
import { deliveryPolicyOf, retryDelayMs } from '../../src/connections/deliveryPolicy'
import type { ServiceCalendar } from '../../src/domain/service-time'
import { addServiceMinutes } from '../../src/domain/service-time'
import { serviceCalendarOf } from '../../src/globals/serviceCalendarOf'
import { authorityCaseLinkOf } from '../../src/cases/authorityCaseLink'
import { authorityNoticeOf } from '../../src/notifications/authorityNoticeOf'
import { isAwaitingOpening } from '../../src/collections/Cases/caseOpened'
import { sendAuthorityEmail } from './sendAuthorityEmail'
import { noticeAddressOf, simplifiedModeSlug } from './simplifiedMode'
import { simplifiedSettingsOf, simplifiedSettingsSchema } from './simplifiedSettings'
import { idOf } from '../../src/collections/relations'
import { finnishTextOf } from '../../src/domain/localize'
import type { Delivery } from '../../src/payload-types'

export const simplifiedReminderTaskSlug = 'simplifiedReminder'
export const simplifiedEscalationTaskSlug = 'simplifiedEscalation'

type FollowUpInput = {
  caseId: string
  /** When the follow-up is due (ISO): that many service hours after the delivery. */
  dueAt: string
  serviceHours: number
  /** Failed sends so far. */
  attempts?: number
}

const followUps = [
  {
    slug: simplifiedReminderTaskSlug,
    kind: 'reminder',
    eventType: 'reminder-sent',
    hoursOf: (settings: { reminderAfterServiceHours: number }) => settings.reminderAfterServiceHours,
  },
  {
    slug: simplifiedEscalationTaskSlug,
    kind: 'escalation',
    eventType: 'escalated',
    hoursOf: (settings: { escalateAfterServiceHours: number }) => settings.escalateAfterServiceHours,
  },
] as const

type FollowUp = (typeof followUps)[number]

const queueFollowUp = ({
  req,
  followUp,
  input,
  waitUntil,
}: {
  req: PayloadRequest
  followUp: FollowUp
  input: FollowUpInput
  waitUntil: Date
}) => req.payload.jobs.queue({ task: followUp.slug, input, waitUntil, req })

/**
 * When a new case is delivered by email, queues its reminder and its escalation in the same
 * transaction, each due that many service hours after the delivery. Both jobs look at the
 * case again when they run and do nothing once it has been opened.
 */
export const scheduleFollowUps =
  ({ calendar }: { calendar?: ServiceCalendar }): CollectionAfterChangeHook<Delivery> =>
  async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update' || doc.status !== 'delivered' || previousDoc?.status === 'delivered')
      return doc
    if (doc.mode !== simplifiedModeSlug || doc.eventType !== 'case.submitted') return doc
    const caseId = idOf(doc.case)
    const authority = await req.payload.findByID({
      collection: slugs.authorities,
      id: idOf(doc.authority)!,
      req,
      overrideAccess: true,
      depth: 0,
    })
    const parsed = simplifiedSettingsOf(authority)
    const settings = parsed.success ? parsed.data : simplifiedSettingsSchema.parse({})
    const deliveredAt = doc.deliveredAt ? new Date(doc.deliveredAt) : nowOf(req.payload)
    for (const followUp of followUps) {
      const serviceHours = followUp.hoursOf(settings)
      const dueAt = addServiceMinutes(
        deliveredAt,
        serviceHours * 60,
        calendar ?? (await serviceCalendarOf(req)),
      )
      await queueFollowUp({
        req,
        followUp,
        input: { caseId: String(caseId), dueAt: dueAt.toISOString(), serviceHours },
        waitUntil: dueAt,
      })
    }
    return doc
  }

/**
 * A reminder (to the notice address) or an escalation (to the backup address) about a case
 * nobody at its authority has opened. Idempotent: it sends at most once per case, recorded
 * as a case event, and never before its due time by Lupa's clock (a job run early queues
 * itself again for then).
 */
const followUpTask = (
  followUp: FollowUp,
): TaskConfig<{ input: FollowUpInput; output: { status: string } }> => ({
  slug: followUp.slug,
  label:
    followUp.kind === 'reminder'
      ? 'Remind an authority of an unopened case'
      : 'Escalate an unopened case to the backup address',
  inputSchema: [
    { name: 'caseId', type: 'text', required: true },
    { name: 'dueAt', type: 'text', required: true },
    { name: 'serviceHours', type: 'number', required: true },
    { name: 'attempts', type: 'number' },
  ],
  outputSchema: [{ name: 'status', type: 'text', required: true }],
  retries: 3,
  handler: async ({ input, req }) => {
    const { payload } = req
    const system = { req, overrideAccess: true, depth: 0 } as const
    const now = nowOf(payload)
    const dueAt = new Date(input.dueAt)
    if (now < dueAt) {
      await queueFollowUp({ req, followUp, input, waitUntil: dueAt })
      return { output: { status: 'not-due' } }
    }
    const caseDoc = await payload
      .findByID({ collection: slugs.cases, id: input.caseId, ...system, disableErrors: true })
      .catch(() => null)
    if (!caseDoc) return { output: { status: 'no-case' } }
    if (!isAwaitingOpening(caseDoc)) return { output: { status: 'opened' } }
    const { totalDocs } = await payload.count({
      collection: slugs.caseEvents,
      where: { case: { equals: caseDoc.id }, type: { equals: followUp.eventType } },
      req,
      overrideAccess: true,
    })
    if (totalDocs > 0) return { output: { status: 'already-sent' } }

    const authority = await payload.findByID({
      collection: slugs.authorities,
      id: idOf(caseDoc.authority)!,
      ...system,
      locale: 'fi',
    })
    const parsed = simplifiedSettingsOf(authority)
    if (!parsed.success) {
      payload.logger.error({
        msg: `Invalid ${simplifiedModeSlug} settings of authority ${authority.key}: no ${followUp.kind} for case ${caseDoc.caseNumber}`,
      })
      return { output: { status: 'invalid-settings' } }
    }
    const to =
      followUp.kind === 'reminder'
        ? noticeAddressOf({
            options: parsed.data,
            authority: { noticeEmail: authority.noticeEmail ?? null },
          })
        : (parsed.data.backupEmail ?? null)
    if (!to) return { output: { status: 'no-address' } }

    const permitType = await payload.findByID({
      collection: slugs.permitTypes,
      id: idOf(caseDoc.permitType)!,
      ...system,
      locale: 'fi',
    })
    const { caseNumber } = caseDoc
    const { subject, text: body } = authorityNoticeOf({
      kind: followUp.kind,
      caseNumber,
      permitTypeName: finnishTextOf(permitType.name),
      link: authorityCaseLinkOf({ serverURL: payload.config.serverURL, caseId: caseDoc.id }),
      authorityName: followUp.kind === 'escalation' ? finnishTextOf(authority.name) : undefined,
    })
    try {
      await sendAuthorityEmail({
        payload,
        to,
        subject,
        text: body,
        key: `${followUp.kind}.${String(caseDoc.id)}`,
      })
    } catch (error) {
      const policy = deliveryPolicyOf(payload)
      const attempts = (input.attempts ?? 0) + 1
      if (now.getTime() - dueAt.getTime() >= policy.giveUpAfterMs) {
        payload.logger.error({ err: error, msg: `Gave up the ${followUp.kind} of case ${caseNumber}` })
        return { output: { status: 'gave-up' } }
      }
      payload.logger.warn({ err: error, msg: `Could not send the ${followUp.kind} of case ${caseNumber}` })
      await queueFollowUp({
        req,
        followUp,
        input: { ...input, attempts },
        waitUntil: new Date(now.getTime() + retryDelayMs({ attempts, policy })),
      })
      return { output: { status: 'retrying' } }
    }
    await appendCaseEvent({
      req,
      caseDoc,
      type: followUp.eventType,
      summary:
        followUp.kind === 'reminder'
          ? `Not opened ${input.serviceHours} service hours after delivery: reminder sent to the notice address.`
          : `Not opened ${input.serviceHours} service hours after delivery: escalated to the backup address.`,
      detail: { dueAt: input.dueAt, serviceHours: input.serviceHours },
    })
    return { output: { status: 'sent' } }
  },
})

/** The reminder and escalation tasks of the simplified mode. */
export const followUpTasks = followUps.map(followUpTask)

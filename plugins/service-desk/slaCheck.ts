import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { slugs } from '../../src/collections/slugs'
import { nowOf } from '../../src/clock'
import { dueNotices, nextNoticeAt } from './domain/sla'
import { serviceCalendarOf } from '../../src/globals/serviceCalendarOf'
import type { DeskRecord } from './deskRecords'
import { deskRecords } from './deskRecords'
import { slaNoticeEmailOf } from './emailTexts'
import { sendOnce } from './sendOnce'
import { serviceDeskTaskSlugs } from './serviceDeskSlugs'
import { queueOnce } from '../../src/jobs/scheduling'

type SlaCheckInput = { collection: string; id: string; at: string }

/**
 * Queues the SLA check of a record for `at`, unless one is already waiting for that time
 * (records are saved often; their checks need not pile up).
 */
export const queueSlaCheck = async ({
  req,
  collection,
  id,
  at,
}: {
  req: PayloadRequest
  collection: string
  id: number | string
  at: Date
}) => {
  const input: SlaCheckInput = { collection, id: String(id), at: at.toISOString() }
  await queueOnce({ req, task: serviceDeskTaskSlugs.slaCheck, input, at })
}

/**
 * Who hears of the desk's deadlines: the desk's own address when the plugin has one, else
 * every service producer.
 */
const recipientsOf = async ({ payload, deskEmail }: { payload: Payload; deskEmail?: string }) => {
  if (deskEmail) return [deskEmail]
  const { docs } = await payload.find({
    collection: slugs.users,
    where: { role: { equals: 'service-producer' }, isServiceAccount: { not_equals: true } },
    overrideAccess: true,
    pagination: false,
    depth: 0,
  })
  return docs.map((user) => user.email).filter(Boolean)
}

/** Where staff open a record in the admin. */
export const adminLinkOf = ({
  serverURL,
  record,
  id,
}: {
  serverURL: string
  record: DeskRecord
  id: string
}) => `${serverURL}/admin/collections/${record.slug}/${encodeURIComponent(id)}`

/**
 * The SLA check of one record: sends the reminders and breach alerts due by Lupa's clock
 * (each once per clock and deadline, see {@link sendOnce}), stores the clocks' current
 * figures for lists and filters, and queues itself for the next notice. Run early (before
 * `at` by Lupa's clock) it only queues itself again; deadlines that moved since it was
 * queued are read afresh from the record.
 */
export const slaCheckTask = ({
  deskEmail,
}: {
  deskEmail?: string
}): TaskConfig<{ input: SlaCheckInput; output: { status: string; sent: number } }> => ({
  slug: serviceDeskTaskSlugs.slaCheck,
  label: 'Send the SLA reminders and breach alerts of a service desk record',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'at', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'status', type: 'text', required: true },
    { name: 'sent', type: 'number', required: true },
  ],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const record = deskRecords[input.collection]
    if (!record) return { output: { status: 'unknown-collection', sent: 0 } }
    const now = nowOf(payload)
    const at = new Date(input.at)
    if (now < at) {
      await queueSlaCheck({ req, collection: record.slug, id: input.id, at })
      return { output: { status: 'not-due', sent: 0 } }
    }
    const doc = await payload
      .findByID({
        collection: record.slug,
        id: input.id,
        req,
        overrideAccess: true,
        depth: 0,
        disableErrors: true,
      })
      .catch(() => null)
    if (!doc) return { output: { status: 'no-record', sent: 0 } }
    const calendar = await serviceCalendarOf(req)
    const view = record.slaOf(doc, { now, calendar })
    if (!view) return { output: { status: 'no-clock', sent: 0 } }

    let sent = 0
    const notices = dueNotices(view.clocks, now)
    const to = notices.length > 0 ? await recipientsOf({ payload, deskEmail }) : []
    if (notices.length > 0 && to.length === 0)
      payload.logger.error({
        msg: `No service desk address or service producer to tell of ${record.slug} ${input.id}`,
      })
    for (const notice of to.length > 0 ? notices : []) {
      const { subject, text } = slaNoticeEmailOf({
        notice,
        noun: record.noun,
        recordId: input.id,
        clockName: record.clockNames[notice.clock],
        classLabel: view.classLabel,
        leftMinutes: view.clocks[notice.clock].leftMinutes,
        link: adminLinkOf({ serverURL: payload.config.serverURL, record, id: input.id }),
      })
      const result = await sendOnce({
        req,
        key: `sla:${record.slug}:${input.id}:${notice.clock}:${notice.kind}:${notice.dueAt.toISOString()}`,
        kind: notice.kind === 'reminder' ? 'sla-reminder' : 'sla-breach',
        record: `${record.slug}/${input.id}`,
        to,
        subject,
        text,
      })
      if (result === 'sent') sent += 1
    }

    // The stored figures feed lists and filters; written without hooks (no audit, no new check).
    await payload.db.updateOne({
      collection: record.slug,
      id: doc.id,
      data: view.fields,
      req,
    })
    const next = nextNoticeAt(view.clocks, now)
    if (next) await queueSlaCheck({ req, collection: record.slug, id: input.id, at: next })
    return { output: { status: 'checked', sent } }
  },
})

import type { CollectionAfterChangeHook, CollectionAfterReadHook, CollectionBeforeChangeHook } from 'payload'

import { writeAudit } from '../../src/access/auditHooks'
import { nowOf } from '../../src/clock'
import { dueNotices, nextNoticeAt } from './domain/sla'
import { serviceCalendarOf } from '../../src/globals/serviceCalendarOf'
import type { DeskRecord } from './deskRecords'
import { queueSlaCheck } from './slaCheck'

/**
 * The SLA side of a desk collection: the clocks' figures are computed at every write
 * (stored, so lists can sort and filter by them) and again at every read (so "time left"
 * is always current); a write queues the record's next SLA check; every write by a user
 * and every reclassification is audited, the latter with the deadlines before and after.
 */
export const slaHooks = (record: DeskRecord) => {
  const storeFigures: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
    const view = record.slaOf(
      { ...originalDoc, ...data },
      { now: nowOf(req.payload), calendar: await serviceCalendarOf(req) },
    )
    return view ? { ...data, ...view.fields } : data
  }

  const refreshFigures: CollectionAfterReadHook = async ({ doc, req }) => {
    const view = record.slaOf(doc, { now: nowOf(req.payload), calendar: await serviceCalendarOf(req) })
    return view ? { ...doc, ...view.fields } : doc
  }

  const auditAndSchedule: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
    const isReclassified =
      operation === 'update' &&
      String(previousDoc?.[record.classField] ?? '') !== String(doc[record.classField] ?? '')
    if (req.user || isReclassified) {
      await writeAudit({
        req,
        action: operation,
        resource: record.slug,
        resourceId: doc.id,
        detail: isReclassified
          ? {
              [record.classField]: {
                from: previousDoc[record.classField] ?? null,
                to: doc[record.classField] ?? null,
              },
              deadlines: Object.fromEntries(
                record.dueFields.map((field) => [
                  field,
                  { from: previousDoc[field] ?? null, to: doc[field] ?? null },
                ]),
              ),
            }
          : undefined,
      })
    }
    const now = nowOf(req.payload)
    const view = record.slaOf(doc, { now, calendar: await serviceCalendarOf(req) })
    if (!view) return doc
    const at = dueNotices(view.clocks, now).length > 0 ? now : nextNoticeAt(view.clocks, now)
    if (at) await queueSlaCheck({ req, collection: record.slug, id: doc.id, at })
    return doc
  }

  return {
    beforeChange: [storeFigures],
    afterRead: [refreshFigures],
    afterChange: [auditAndSchedule],
  }
}

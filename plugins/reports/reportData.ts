import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { idOf } from '../../src/collections/relations'
import { slugs } from '../../src/collections/slugs'
import { nowOf } from '../../src/clock'
import { monthlyAvailability, monthsBetween, monthStart, nextMonth } from '../../src/domain/availability'
import type { CaseFact, DeskFact, MonthlyReport } from '../../src/domain/reports'
import { monthlyReport } from '../../src/domain/reports'
import { serviceCalendarOf } from '../../src/globals/serviceCalendarOf'
import { serviceDeskSlugs } from '../service-desk'
import { reportsSlugs } from './reportsSlugs'

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }

/**
 * Every matching record read with the system's rights (the caller checked that the user
 * is staff, who may read all of them), names in the request's locale.
 */
const all = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  where: Where,
  select?: Record<string, true>,
) =>
  (
    await req.payload.find({
      collection: collection,
      where,
      ...(select ? { select: select as never } : {}),
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).docs as unknown as Doc[]

const dateOf = (value: unknown): Date | null => (value ? new Date(String(value)) : null)
const inRange = (field: string, start: Date, end: Date): Where => ({
  and: [
    { [field]: { greater_than_equal: start.toISOString() } },
    { [field]: { less_than: end.toISOString() } },
  ],
})

/** Names of the records of a collection by id ('–' for a missing one). */
const namesOf = async (req: PayloadRequest, collection: CollectionSlug) => {
  const docs = await all(req, collection, {}, { name: true })
  const names = new Map(docs.map((doc) => [String(doc.id), String(doc.name ?? doc.id)]))
  return (id: unknown) => names.get(String(idOf(id as Id))) ?? '–'
}

/**
 * The owner's monthly report from `from` to `to` ('YYYY-MM'): gathers the facts from the
 * collections and leaves the figures to {@link monthlyReport}. Cases decided in the range
 * count for processing times even when submitted before it.
 */
export const loadMonthlyReport = async ({
  req,
  from,
  to,
}: {
  req: PayloadRequest
  from: string
  to: string
}): Promise<MonthlyReport> => {
  const now = nowOf(req.payload)
  const calendar = await serviceCalendarOf(req)
  const start = monthStart(from, calendar.timeZone)
  const end = monthStart(nextMonth(to), calendar.timeZone)

  const [bundleName, authorityName, permitTypeName] = await Promise.all([
    namesOf(req, slugs.permitBundles),
    namesOf(req, slugs.authorities),
    namesOf(req, slugs.permitTypes),
  ])

  const applications = await all(
    req,
    slugs.applications,
    { and: [{ status: { equals: 'submitted' } }, inRange('submittedAt', start, end)] },
    { bundle: true, submittedAt: true },
  )
  const caseFields = { application: true, permitType: true, authority: true, decidedAt: true } as const
  const submittedCases = applications.length
    ? await all(req, slugs.cases, { application: { in: applications.map((a) => a.id) } }, caseFields)
    : []
  const decidedCases = await all(req, slugs.cases, inRange('decidedAt', start, end), caseFields)
  const cases = [...new Map([...submittedCases, ...decidedCases].map((c) => [String(c.id), c])).values()]

  // Applications of cases decided in the range but submitted before it.
  const applicationsById = new Map(applications.map((a) => [String(a.id), a]))
  const missing = [...new Set(cases.map((c) => String(idOf(c.application as Id))))].filter(
    (id) => !applicationsById.has(id),
  )
  if (missing.length > 0)
    for (const a of await all(
      req,
      slugs.applications,
      { id: { in: missing } },
      { bundle: true, submittedAt: true },
    ))
      applicationsById.set(String(a.id), a)

  const supplemented = new Set(
    cases.length
      ? (
          await all(req, slugs.supplementRequests, { case: { in: cases.map((c) => c.id) } }, { case: true })
        ).map((request) => String(idOf(request.case as Id)))
      : [],
  )

  const caseFacts: CaseFact[] = cases.flatMap((c) => {
    const application = applicationsById.get(String(idOf(c.application as Id)))
    const submittedAt = dateOf(application?.submittedAt)
    if (!application || !submittedAt) return []
    return [
      {
        bundle: bundleName(application.bundle),
        permitType: permitTypeName(c.permitType),
        authority: authorityName(c.authority),
        submittedAt,
        decidedAt: dateOf(c.decidedAt),
        hasSupplementRequest: supplemented.has(String(c.id)),
      },
    ]
  })

  const deliveries = await all(req, slugs.deliveries, inRange('createdAt', start, end), {
    status: true,
    createdAt: true,
  })
  const failedAttempts = await all(
    req,
    slugs.caseEvents,
    { and: [{ type: { equals: 'delivery-failed' } }, inRange('createdAt', start, end)] },
    { createdAt: true },
  )
  // Read in full: the SLA figures are computed afresh on read.
  const incidents = await all(req, serviceDeskSlugs.incidents, inRange('reportedAt', start, end))
  const serviceRequests = await all(req, serviceDeskSlugs.serviceRequests, inRange('requestedAt', start, end))
  const deskFact =
    (receivedField: string, isBreached: (doc: Doc) => boolean) =>
    (doc: Doc): DeskFact => ({
      receivedAt: dateOf(doc[receivedField]) ?? new Date(String(doc.createdAt)),
      isBreached: isBreached(doc),
    })

  const outages = await all(req, reportsSlugs.availabilityOutages, {
    and: [
      { startedAt: { less_than: end.toISOString() } },
      { or: [{ endedAt: { exists: false } }, { endedAt: { greater_than: start.toISOString() } }] },
    ],
  })
  const maintenance = await all(req, serviceDeskSlugs.maintenanceNotices, {
    and: [
      { status: { equals: 'published' } },
      { startsAt: { less_than: end.toISOString() } },
      { endsAt: { greater_than: start.toISOString() } },
    ],
  })
  const availability = monthsBetween(from, to).map((month) =>
    monthlyAvailability({
      month,
      now,
      calendar,
      outages: outages.map((o) => ({ startedAt: new Date(String(o.startedAt)), endedAt: dateOf(o.endedAt) })),
      maintenance: maintenance.map((m) => ({
        startsAt: new Date(String(m.startsAt)),
        endsAt: new Date(String(m.endsAt)),
      })),
    }),
  )

  return monthlyReport({
    from,
    to,
    applications: applications.map((a) => ({
      bundle: bundleName(a.bundle),
      submittedAt: new Date(String(a.submittedAt)),
    })),
    cases: caseFacts,
    deliveries: deliveries.map((d) => ({
      createdAt: new Date(String(d.createdAt)),
      isDeadLettered: d.status === 'dead-lettered',
    })),
    failedDeliveryAttempts: failedAttempts.map((event) => new Date(String(event.createdAt))),
    incidents: incidents.map(
      deskFact('reportedAt', (doc) => Boolean(doc.isResponseBreached) || Boolean(doc.isResolutionBreached)),
    ),
    serviceRequests: serviceRequests.map(deskFact('requestedAt', (doc) => Boolean(doc.isBreached))),
    availability,
  })
}

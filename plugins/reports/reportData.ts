import type { PayloadRequest, Where } from 'payload'

import { idOf } from '../../src/collections/relations'
import { slugs } from '../../src/collections/slugs'
import { nowOf } from '../../src/clock'
import type { Observation, Outage } from './domain/availability'
import {
  monthlyAvailability,
  monthsBetween,
  monthStart,
  nextMonth,
  observationOf,
} from './domain/availability'
import type { CaseFact, DeskFact, MonthlyReport } from './domain/reports'
import { monthlyReport } from './domain/reports'
import { serviceCalendarOf } from '../../src/globals/serviceCalendarOf'
import { probeIntervalMs } from './availabilityProbe'
import { rolledUpObservations } from './availabilityRollUps'
import { serviceDeskSlugs } from '../service-desk'
import { reportsSlugs } from './reportsSlugs'

/**
 * How every record is read: all that match, with the system's rights (the caller checked
 * that the user is staff, who may read all of them), names in the request's locale.
 */
const allOf = (req: PayloadRequest) => ({ pagination: false, depth: 0, overrideAccess: true, req }) as const

const dateOf = (value: string | null | undefined): Date | null => (value ? new Date(value) : null)
const inRange = (field: string, start: Date, end: Date): Where => ({
  and: [
    { [field]: { greater_than_equal: start.toISOString() } },
    { [field]: { less_than: end.toISOString() } },
  ],
})

/** Names of the records of a collection by id ('–' for a missing one). */
const namesOf = async (
  req: PayloadRequest,
  collection: typeof slugs.permitBundles | typeof slugs.authorities | typeof slugs.permitTypes,
) => {
  const { docs } = await req.payload.find({ collection, select: { name: true }, ...allOf(req) })
  const names = new Map(docs.map((doc) => [String(doc.id), doc.name ?? String(doc.id)]))
  return (id: unknown) => names.get(String(idOf(id))) ?? '–'
}

/**
 * An outage staff recorded lasts as they wrote it (until now while open). One the probe
 * found is down only as far as its last failed check's minute: if the probe stopped (the
 * worker is down), the time after it is unknown, not down, until someone records otherwise.
 */
const outageOf = (doc: {
  source?: 'probe' | 'manual' | null
  startedAt: string
  endedAt?: string | null
  lastFailedAt?: string | null
  component?: Outage['component']
}): Outage => {
  const startedAt = new Date(doc.startedAt)
  const endedAt = dateOf(doc.endedAt)
  if (doc.source === 'manual') return { startedAt, endedAt, component: doc.component }
  const lastSeenDown = new Date((dateOf(doc.lastFailedAt) ?? startedAt).getTime() + probeIntervalMs)
  return { startedAt, endedAt: endedAt && endedAt < lastSeenDown ? endedAt : lastSeenDown }
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

  const { payload } = req
  const applicationFields = { bundle: true, submittedAt: true } as const
  const { docs: applications } = await payload.find({
    collection: slugs.applications,
    where: { and: [{ status: { equals: 'submitted' } }, inRange('submittedAt', start, end)] },
    select: applicationFields,
    ...allOf(req),
  })
  const caseFields = { application: true, permitType: true, authority: true, decidedAt: true } as const
  const submittedCases = applications.length
    ? (
        await payload.find({
          collection: slugs.cases,
          where: { application: { in: applications.map((a) => a.id) } },
          select: caseFields,
          ...allOf(req),
        })
      ).docs
    : []
  const { docs: decidedCases } = await payload.find({
    collection: slugs.cases,
    where: inRange('decidedAt', start, end),
    select: caseFields,
    ...allOf(req),
  })
  const cases = [...new Map([...submittedCases, ...decidedCases].map((c) => [String(c.id), c])).values()]

  // Applications of cases decided in the range but submitted before it.
  const applicationsById = new Map(applications.map((a) => [String(a.id), a]))
  const missing = [...new Set(cases.map((c) => String(idOf(c.application))))].filter(
    (id) => !applicationsById.has(id),
  )
  if (missing.length > 0) {
    const { docs: earlier } = await payload.find({
      collection: slugs.applications,
      where: { id: { in: missing } },
      select: applicationFields,
      ...allOf(req),
    })
    for (const a of earlier) applicationsById.set(String(a.id), a)
  }

  const supplemented = new Set(
    cases.length
      ? (
          await payload.find({
            collection: slugs.supplementRequests,
            where: { case: { in: cases.map((c) => c.id) } },
            select: { case: true },
            ...allOf(req),
          })
        ).docs.map((request) => String(idOf(request.case)))
      : [],
  )

  const caseFacts: CaseFact[] = cases.flatMap((c) => {
    const application = applicationsById.get(String(idOf(c.application)))
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

  const { docs: deliveries } = await payload.find({
    collection: slugs.deliveries,
    where: inRange('createdAt', start, end),
    select: { status: true, createdAt: true },
    ...allOf(req),
  })
  const { docs: failedAttempts } = await payload.find({
    collection: slugs.caseEvents,
    where: { and: [{ type: { equals: 'delivery-failed' } }, inRange('createdAt', start, end)] },
    select: { createdAt: true },
    ...allOf(req),
  })
  // Read in full: the SLA figures are computed afresh on read.
  const { docs: incidents } = await payload.find({
    collection: serviceDeskSlugs.incidents,
    where: inRange('reportedAt', start, end),
    ...allOf(req),
  })
  const { docs: serviceRequests } = await payload.find({
    collection: serviceDeskSlugs.serviceRequests,
    where: inRange('requestedAt', start, end),
    ...allOf(req),
  })
  const deskFact = ({
    receivedAt,
    createdAt,
    isBreached,
  }: {
    receivedAt?: string | null
    createdAt: string
    isBreached: boolean
  }): DeskFact => ({ receivedAt: dateOf(receivedAt) ?? new Date(createdAt), isBreached })

  const { docs: outages } = await payload.find({
    collection: reportsSlugs.availabilityOutages,
    where: {
      and: [
        { startedAt: { less_than: end.toISOString() } },
        { or: [{ endedAt: { exists: false } }, { endedAt: { greater_than: start.toISOString() } }] },
      ],
    },
    ...allOf(req),
  })
  const { docs: maintenance } = await payload.find({
    collection: serviceDeskSlugs.maintenanceNotices,
    where: {
      and: [
        { status: { equals: 'published' } },
        { startsAt: { less_than: end.toISOString() } },
        { endsAt: { greater_than: start.toISOString() } },
      ],
    },
    ...allOf(req),
  })
  const { docs: samples } = await payload.find({
    collection: reportsSlugs.availabilitySamples,
    where: inRange('at', start, end),
    select: { at: true, status: true, component: true },
    ...allOf(req),
  })
  const observations = samples.flatMap((sample): Observation[] => {
    const observation = observationOf({ ...sample, at: new Date(sample.at) })
    return observation ? [observation] : []
  })
  const rolledUp = await rolledUpObservations({ req, start, end })
  const availability = monthsBetween(from, to).map((month) =>
    monthlyAvailability({
      month,
      now,
      calendar,
      observations: [...observations, ...rolledUp],
      outages: outages.map(outageOf),
      maintenance: maintenance.map((m) => ({ startsAt: new Date(m.startsAt), endsAt: new Date(m.endsAt) })),
    }),
  )

  return monthlyReport({
    from,
    to,
    // Read by their submission time, so each has one.
    applications: applications.flatMap((a) =>
      a.submittedAt ? [{ bundle: bundleName(a.bundle), submittedAt: new Date(a.submittedAt) }] : [],
    ),
    cases: caseFacts,
    deliveries: deliveries.map((d) => ({
      createdAt: new Date(d.createdAt),
      isDeadLettered: d.status === 'dead-lettered',
    })),
    failedDeliveryAttempts: failedAttempts.map((event) => new Date(event.createdAt)),
    incidents: incidents.map((doc) =>
      deskFact({
        receivedAt: doc.reportedAt,
        createdAt: doc.createdAt,
        isBreached: Boolean(doc.isResponseBreached) || Boolean(doc.isResolutionBreached),
      }),
    ),
    serviceRequests: serviceRequests.map((doc) =>
      deskFact({
        receivedAt: doc.requestedAt,
        createdAt: doc.createdAt,
        isBreached: Boolean(doc.isBreached),
      }),
    ),
    availability,
  })
}

import type { LocalizedText } from '../../src/domain/types'
import type {
  ClockStatus,
  IncidentSeverity,
  Pause,
  ServiceRequestKind,
  SlaOptions,
  SlaState,
} from '../../src/domain/sla'
import { incidentSla, serviceHoursOf, serviceRequestSla } from '../../src/domain/sla'
import { requestKindLabels, severityLabels } from './options'
import { serviceDeskSlugs } from './serviceDeskSlugs'

type Doc = Record<string, unknown>

export const dateOf = (value: unknown): Date | null => (value ? new Date(String(value)) : null)

/** The stored pause history as the domain's pauses. */
export const pausesOf = (value: unknown): (Pause & { reason?: string | null })[] =>
  ((value as Doc[] | null | undefined) ?? []).map((pause) => ({
    pausedAt: new Date(String(pause.pausedAt)),
    resumedAt: dateOf(pause.resumedAt),
    reason: (pause.reason as string | null | undefined) ?? null,
  }))

/** A record's clocks at a moment, and the stored fields that show them. */
export type SlaView = { clocks: Record<string, ClockStatus>; fields: Doc & { slaState: SlaState } }

/** What the SLA hooks, the check job and the emails need to know about a desk collection. */
export type DeskRecord = {
  slug: typeof serviceDeskSlugs.incidents | typeof serviceDeskSlugs.serviceRequests
  /** What one record is called in emails. */
  noun: LocalizedText & { sv: string; en: string }
  /** Names of the clocks in emails. */
  clockNames: Record<string, LocalizedText & { sv: string; en: string }>
  /** The field that classifies the record and sets its limits (severity, kind). */
  classField: string
  /** The stored deadline fields, compared in the audit entry of a reclassification. */
  dueFields: string[]
  /** The record's class as emails name it. */
  classLabelOf: (doc: Doc) => LocalizedText & { sv: string; en: string }
  /** The clocks of a stored record; null when the read left out what they need. */
  slaOf: (doc: Doc, options: SlaOptions) => SlaView | null
}

const iso = (date: Date) => date.toISOString()

export const incidentRecord: DeskRecord = {
  slug: serviceDeskSlugs.incidents,
  noun: { fi: 'Häiriö', sv: 'Störning', en: 'Incident' },
  clockNames: {
    response: { fi: 'vasteaika', sv: 'svarstid', en: 'response time' },
    resolution: { fi: 'ratkaisuaika', sv: 'lösningstid', en: 'resolution time' },
  },
  classField: 'severity',
  dueFields: ['responseDueAt', 'resolutionDueAt'],
  classLabelOf: (doc) =>
    doc.severity
      ? severityLabels[doc.severity as IncidentSeverity]
      : {
          fi: 'Luokittelematon (kriittisen ajat)',
          sv: 'Oklassificerad (kritiska tider)',
          en: 'Unclassified (critical times)',
        },
  slaOf: (doc, options) => {
    if (!doc.reportedAt) return null
    const sla = incidentSla(
      {
        reportedAt: new Date(String(doc.reportedAt)),
        severity: (doc.severity as IncidentSeverity | null | undefined) ?? null,
        respondedAt: dateOf(doc.respondedAt),
        resolvedAt: dateOf(doc.resolvedAt),
      },
      options,
    )
    return {
      clocks: { response: sla.response, resolution: sla.resolution },
      fields: {
        responseDueAt: iso(sla.response.dueAt),
        resolutionDueAt: iso(sla.resolution.dueAt),
        responseUsedHours: serviceHoursOf(sla.response.usedMinutes),
        responseLeftHours: serviceHoursOf(sla.response.leftMinutes),
        resolutionUsedHours: serviceHoursOf(sla.resolution.usedMinutes),
        resolutionLeftHours: serviceHoursOf(sla.resolution.leftMinutes),
        isResponseBreached: sla.response.isBreached,
        isResolutionBreached: sla.resolution.isBreached,
        slaState: sla.state,
        slaComputedAt: iso(options.now),
      },
    }
  },
}

export const serviceRequestRecord: DeskRecord = {
  slug: serviceDeskSlugs.serviceRequests,
  noun: { fi: 'Palvelupyyntö', sv: 'Servicebegäran', en: 'Service request' },
  clockNames: { handling: { fi: 'käsittelyaika', sv: 'handläggningstid', en: 'handling time' } },
  classField: 'kind',
  dueFields: ['dueAt', 'targetAt'],
  classLabelOf: (doc) => requestKindLabels[doc.kind as ServiceRequestKind],
  slaOf: (doc, options) => {
    if (!doc.requestedAt || !doc.kind) return null
    const sla = serviceRequestSla(
      {
        requestedAt: new Date(String(doc.requestedAt)),
        kind: doc.kind as ServiceRequestKind,
        pauses: pausesOf(doc.pauses),
        closedAt: dateOf(doc.closedAt),
      },
      options,
    )
    return {
      clocks: { handling: sla.handling },
      fields: {
        dueAt: iso(sla.handling.dueAt),
        targetAt: iso(sla.targetAt),
        usedHours: serviceHoursOf(sla.handling.usedMinutes),
        leftHours: serviceHoursOf(sla.handling.leftMinutes),
        pausedHours: serviceHoursOf(sla.handling.pausedMinutes),
        isBreached: sla.handling.isBreached,
        isPastTarget: sla.isPastTarget,
        slaState: sla.state,
        slaComputedAt: iso(options.now),
      },
    }
  },
}

export const deskRecords: Record<string, DeskRecord> = {
  [incidentRecord.slug]: incidentRecord,
  [serviceRequestRecord.slug]: serviceRequestRecord,
}

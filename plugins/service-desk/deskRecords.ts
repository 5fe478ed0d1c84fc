import type { LocalizedText } from '../../src/domain/types'
import type { ClockStatus, Pause, SlaOptions, SlaState } from './domain/sla'
import { incidentSla, serviceHoursOf, serviceRequestSla } from './domain/sla'
import type { Incident, ServiceRequest } from '../../src/payload-types'
import { requestKindLabels, severityLabels } from './options'
import { serviceDeskSlugs } from './serviceDeskSlugs'

export const dateOf = (value: string | null | undefined): Date | null => (value ? new Date(value) : null)

/** The stored pause history as the domain's pauses. */
export const pausesOf = (value: ServiceRequest['pauses']): (Pause & { reason?: string | null })[] =>
  (value ?? []).map((pause) => ({
    pausedAt: new Date(pause.pausedAt),
    resumedAt: dateOf(pause.resumedAt),
    reason: pause.reason ?? null,
  }))

/**
 * What the clocks read of a record of either desk collection: as stored, or as a hook sees
 * it (the stored record with the change applied).
 */
export type DeskDoc = Partial<
  Pick<Incident, 'reportedAt' | 'severity' | 'respondedAt' | 'resolvedAt'> &
    Pick<ServiceRequest, 'requestedAt' | 'kind' | 'pauses' | 'closedAt'>
>

/** The stored figures of a record's clocks, by field name. */
type SlaFields = Record<string, string | number | boolean> & { slaState: SlaState }

/** A record's clocks at a moment, the stored fields that show them, and its class as emails name it. */
export type SlaView = {
  clocks: Record<string, ClockStatus>
  fields: SlaFields
  classLabel: LocalizedText & { sv: string; en: string }
}

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
  /** The clocks of a stored record; null when the read left out what they need. */
  slaOf: (doc: DeskDoc, options: SlaOptions) => SlaView | null
}

const iso = (date: Date) => date.toISOString()

const unclassified = {
  fi: 'Luokittelematon (kriittisen ajat)',
  sv: 'Oklassificerad (kritiska tider)',
  en: 'Unclassified (critical times)',
}

export const incidentRecord: DeskRecord = {
  slug: serviceDeskSlugs.incidents,
  noun: { fi: 'Häiriö', sv: 'Störning', en: 'Incident' },
  clockNames: {
    response: { fi: 'vasteaika', sv: 'svarstid', en: 'response time' },
    resolution: { fi: 'ratkaisuaika', sv: 'lösningstid', en: 'resolution time' },
  },
  classField: 'severity',
  dueFields: ['responseDueAt', 'resolutionDueAt'],
  slaOf: (doc, options) => {
    if (!doc.reportedAt) return null
    const sla = incidentSla(
      {
        reportedAt: new Date(doc.reportedAt),
        severity: doc.severity ?? null,
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
      classLabel: doc.severity ? severityLabels[doc.severity] : unclassified,
    }
  },
}

export const serviceRequestRecord: DeskRecord = {
  slug: serviceDeskSlugs.serviceRequests,
  noun: { fi: 'Palvelupyyntö', sv: 'Servicebegäran', en: 'Service request' },
  clockNames: { handling: { fi: 'käsittelyaika', sv: 'handläggningstid', en: 'handling time' } },
  classField: 'kind',
  dueFields: ['dueAt', 'targetAt'],
  slaOf: (doc, options) => {
    if (!doc.requestedAt || !doc.kind) return null
    const sla = serviceRequestSla(
      {
        requestedAt: new Date(doc.requestedAt),
        kind: doc.kind,
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
      classLabel: requestKindLabels[doc.kind],
    }
  },
}

export const deskRecords: Record<string, DeskRecord> = {
  [incidentRecord.slug]: incidentRecord,
  [serviceRequestRecord.slug]: serviceRequestRecord,
}

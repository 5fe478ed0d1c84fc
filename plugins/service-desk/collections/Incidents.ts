import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { authorityIdOf, hasRole } from '../../../src/access/roles'
import { collectionLabels, groups, l } from '../../../src/collections/labels'
import { nowOf } from '../../../src/clock'
import type { IncidentProgress } from '../domain/sla'
import { progressIncident } from '../domain/sla'
import type { Incident } from '../../../src/payload-types'
import { dateOf, incidentRecord } from '../deskRecords'
import {
  deskAccess,
  dueField,
  flagField,
  hoursField,
  intakeFields,
  slaCollapsible,
  staffWrites,
} from '../deskFields'
import { intakeEndpoint } from '../intakeEndpoint'
import { incidentStatusOptions, severityOptions } from '../options'
import { refuse } from '../problems'
import { slaHooks } from '../slaHooks'
import { serviceDeskSlugs } from '../serviceDeskSlugs'

const progressOf = (doc: Incident): IncidentProgress => ({
  status: doc.status,
  severity: doc.severity ?? null,
  // Stored incidents have one (this hook sets it at creation).
  reportedAt: new Date(doc.reportedAt ?? doc.createdAt),
  respondedAt: dateOf(doc.respondedAt),
  resolvedAt: dateOf(doc.resolvedAt),
})

const isoOrNull = (date: Date | null) => date?.toISOString() ?? null

/**
 * An authority user's report is theirs, for their authority, now, from the portal. Then
 * the status and the times follow each other (see {@link progressIncident}) or the write
 * is refused with a message at the field.
 */
const applyProgress: CollectionBeforeChangeHook<Incident> = ({ data, originalDoc, operation, req }) => {
  const now = nowOf(req.payload)
  const { user } = req
  if (operation === 'create' && user && hasRole(user, 'authority-user')) {
    Object.assign(data, {
      authority: authorityIdOf(user),
      reportedBy: user.id,
      reportedAt: now.toISOString(),
      channel: 'portal',
    })
  } else if (operation === 'create' && data.reportedBy === undefined) {
    // Taken in by the desk for someone unnamed (null, as the email intake does) or by itself.
    data.reportedBy = user?.id ?? null
  }
  const { progress, problems } = progressIncident({
    before: operation === 'update' && originalDoc ? progressOf(originalDoc) : null,
    change: {
      status: data.status,
      severity: data.severity,
      reportedAt: dateOf(data.reportedAt) ?? undefined,
      respondedAt: dateOf(data.respondedAt) ?? undefined,
      resolvedAt: dateOf(data.resolvedAt) ?? undefined,
    },
    now,
  })
  if (problems.length > 0) refuse({ req, collection: serviceDeskSlugs.incidents, problems })
  return {
    ...data,
    status: progress.status,
    severity: progress.severity,
    reportedAt: progress.reportedAt.toISOString(),
    respondedAt: isoOrNull(progress.respondedAt),
    resolvedAt: isoOrNull(progress.resolvedAt),
  }
}

const sla = slaHooks(incidentRecord)
const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'd.M.yyyy HH:mm' } }

/**
 * Incidents: reported by authority users (portal, API) or taken in by the desk (phone,
 * email intake), classified by the desk as critical, major or minor, with a response and a
 * resolution clock in service hours.
 */
export const Incidents: CollectionConfig = {
  slug: serviceDeskSlugs.incidents,
  labels: collectionLabels(['Häiriö', 'Störning', 'Incident'], ['Häiriöt', 'Störningar', 'Incidents']),
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'severity',
      'status',
      'slaState',
      'responseDueAt',
      'resolutionDueAt',
      'authority',
      'reportedAt',
    ],
    group: groups.serviceDesk,
    description: l(
      'Häiriöilmoitukset. Vasteaika alkaa ilmoituksesta, ratkaisuaika vastauksesta; luokittelemattomaan sovelletaan kriittisen aikoja.',
      'Störningsanmälningar. Svarstiden börjar vid anmälan, lösningstiden vid svaret; för en oklassificerad gäller kritiska tider.',
      'Incident reports. The response clock starts at the report, the resolution clock at the response; unclassified ones run on critical times.',
    ),
  },
  access: deskAccess,
  lockDocuments: false,
  endpoints: [intakeEndpoint(incidentRecord)],
  hooks: {
    beforeChange: [applyProgress, ...sla.beforeChange],
    afterRead: sla.afterRead,
    afterChange: sla.afterChange,
  },
  fields: [
    ...intakeFields({
      byName: 'reportedBy',
      emailName: 'reporterEmail',
      atName: 'reportedAt',
      atLabel: l('Ilmoitettu', 'Anmäld', 'Reported at'),
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'severity',
          type: 'select',
          index: true,
          options: severityOptions,
          label: l('Vakavuus', 'Allvarlighetsgrad', 'Severity'),
          access: staffWrites,
          admin: {
            description: l(
              'Palvelupiste luokittelee. Muutos laskee määräajat uudelleen ja kirjataan lokiin.',
              'Servicedesken klassificerar. En ändring räknar om tidsfristerna och loggas.',
              'Set by the desk. A change recomputes the deadlines and is audited.',
            ),
          },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'reported',
          index: true,
          options: incidentStatusOptions,
          label: l('Tila', 'Status', 'Status'),
          access: staffWrites,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'respondedAt',
          type: 'date',
          label: l('Vastattu', 'Besvarad', 'Responded at'),
          access: staffWrites,
          admin: dateTime,
        },
        {
          name: 'resolvedAt',
          type: 'date',
          label: l('Ratkaistu', 'Löst', 'Resolved at'),
          access: staffWrites,
          admin: dateTime,
        },
      ],
    },
    {
      name: 'response',
      type: 'textarea',
      maxLength: 10_000,
      label: l('Vastaus ilmoittajalle', 'Svar till anmälaren', 'Response to the reporter'),
      access: staffWrites,
    },
    {
      name: 'resolution',
      type: 'textarea',
      maxLength: 10_000,
      label: l('Ratkaisu', 'Lösning', 'Resolution'),
      access: staffWrites,
    },
    slaCollapsible([
      {
        type: 'row',
        fields: [
          dueField('responseDueAt', l('Vasteaika päättyy', 'Svarstiden går ut', 'Response due')),
          hoursField(
            'responseUsedHours',
            l('Vasteaikaa käytetty (h)', 'Svarstid använd (h)', 'Response used (h)'),
          ),
          hoursField(
            'responseLeftHours',
            l('Vasteaikaa jäljellä (h)', 'Svarstid kvar (h)', 'Response left (h)'),
          ),
          flagField(
            'isResponseBreached',
            l('Vasteaika ylittyi', 'Svarstiden överskreds', 'Response breached'),
          ),
        ],
      },
      {
        type: 'row',
        fields: [
          dueField('resolutionDueAt', l('Ratkaisuaika päättyy', 'Lösningstiden går ut', 'Resolution due')),
          hoursField(
            'resolutionUsedHours',
            l('Ratkaisuaikaa käytetty (h)', 'Lösningstid använd (h)', 'Resolution used (h)'),
          ),
          hoursField(
            'resolutionLeftHours',
            l('Ratkaisuaikaa jäljellä (h)', 'Lösningstid kvar (h)', 'Resolution left (h)'),
          ),
          flagField(
            'isResolutionBreached',
            l('Ratkaisuaika ylittyi', 'Lösningstiden överskreds', 'Resolution breached'),
          ),
        ],
      },
    ]),
  ],
}

import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { authorityIdOf, hasRole, staffField } from '../../../src/access/roles'
import { collectionLabels, groups, l } from '../../../src/collections/labels'
import { nowOf } from '../../../src/clock'
import { pauseProblems, progressServiceRequest, serviceRequestKinds } from '../domain/sla'
import type { ServiceRequest } from '../../../src/payload-types'
import { dateOf, pausesOf, serviceRequestRecord } from '../deskRecords'
import {
  deskAccess,
  dueField,
  flagField,
  hoursField,
  intakeFields,
  slaCollapsible,
  staffWrites,
  systemWrites,
} from '../deskFields'
import { intakeEndpoint } from '../intakeEndpoint'
import { requestKindOptions, requestStatusOptions } from '../options'
import { refuse } from '../problems'
import { slaHooks } from '../slaHooks'
import { serviceDeskSlugs } from '../serviceDeskSlugs'

const isoOrNull = (date: Date | null | undefined) => date?.toISOString() ?? null

/**
 * A requester's request is theirs, for their authority, now, from the portal. Then a
 * status change pauses or resumes the clock (see {@link progressServiceRequest}); the
 * pause history, also as corrected by the desk, must make sense, or the write is refused
 * with a message at the field.
 */
const applyProgress: CollectionBeforeChangeHook<ServiceRequest> = ({ data, originalDoc, operation, req }) => {
  const now = nowOf(req.payload)
  const { user } = req
  if (operation === 'create' && user && hasRole(user, 'authority-user')) {
    Object.assign(data, {
      authority: authorityIdOf(user),
      requestedBy: user.id,
      requestedAt: now.toISOString(),
      channel: 'portal',
    })
  } else if (operation === 'create' && data.requestedBy === undefined) {
    // Taken in by the desk for someone unnamed (null, as the email intake does) or by itself.
    data.requestedBy = user?.id ?? null
  }
  const requestedAt = dateOf(data.requestedAt ?? originalDoc?.requestedAt) ?? now
  const before =
    operation === 'update' && originalDoc
      ? {
          status: originalDoc.status,
          pauses: pausesOf(originalDoc.pauses),
          closedAt: dateOf(originalDoc.closedAt),
        }
      : null
  const { progress, problems } = progressServiceRequest({
    before,
    status: data.status,
    pauses: data.pauses === undefined ? undefined : pausesOf(data.pauses),
    waitingFor: data.waitingFor ?? originalDoc?.waitingFor,
    now,
  })
  const allProblems = [
    ...problems,
    ...(data.kind !== undefined && serviceRequestKinds.includes(data.kind)
      ? []
      : [{ path: 'kind', code: 'not-an-option' as const }]),
    ...(requestedAt.getTime() > now.getTime() + 60_000
      ? [{ path: 'requestedAt', code: 'in-future' as const }]
      : []),
    ...pauseProblems(progress.pauses, { startAt: requestedAt, closedAt: progress.closedAt, now }),
  ]
  if (allProblems.length > 0)
    refuse({ req, collection: serviceDeskSlugs.serviceRequests, problems: allProblems })
  return {
    ...data,
    requestedAt: requestedAt.toISOString(),
    status: progress.status,
    closedAt: isoOrNull(progress.closedAt),
    pauses: progress.pauses.map((pause) => ({
      pausedAt: pause.pausedAt.toISOString(),
      resumedAt: isoOrNull(pause.resumedAt),
      reason: pause.reason ?? null,
    })),
  }
}

const sla = slaHooks(serviceRequestRecord)
const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'd.M.yyyy HH:mm' } }

/**
 * Service requests: critical (16 service hours), normal (40 h) and joining, parameter
 * changes, removing permit types and leaving (aimed at 120 h, at the latest 240 h). While
 * the desk waits for the requester the clock is paused and the deadline moves by the
 * paused service time.
 */
export const ServiceRequests: CollectionConfig = {
  slug: serviceDeskSlugs.serviceRequests,
  labels: collectionLabels(
    ['Palvelupyyntö', 'Servicebegäran', 'Service request'],
    ['Palvelupyynnöt', 'Servicebegäranden', 'Service requests'],
  ),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'status', 'slaState', 'dueAt', 'leftHours', 'authority', 'requestedAt'],
    group: groups.serviceDesk,
    description: l(
      'Palvelupyynnöt. Kun pyytäjältä odotetaan tietoja, valitse tila "Odottaa pyytäjän tietoja": kello pysähtyy ja määräaika siirtyy.',
      'Servicebegäranden. När uppgifter väntas från beställaren, välj statusen "Väntar på uppgifter": klockan stannar och tidsfristen flyttas.',
      'Service requests. While waiting for information from the requester, set the status "Waiting for the requester": the clock stops and the deadline moves.',
    ),
  },
  access: deskAccess,
  lockDocuments: false,
  endpoints: [intakeEndpoint(serviceRequestRecord)],
  hooks: {
    beforeChange: [applyProgress, ...sla.beforeChange],
    afterRead: sla.afterRead,
    afterChange: sla.afterChange,
  },
  fields: [
    ...intakeFields({
      byName: 'requestedBy',
      emailName: 'requesterEmail',
      atName: 'requestedAt',
      atLabel: l('Saapunut', 'Inkommen', 'Requested at'),
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'normal',
          index: true,
          options: requestKindOptions,
          label: l('Laji', 'Typ', 'Kind'),
          // The requester picks it; the desk may reclassify (recomputed and audited).
          access: { update: staffField },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'received',
          index: true,
          options: requestStatusOptions,
          label: l('Tila', 'Status', 'Status'),
          access: staffWrites,
        },
      ],
    },
    {
      name: 'waitingFor',
      type: 'textarea',
      maxLength: 2_000,
      label: l(
        'Pyytäjältä pyydetyt tiedot',
        'Uppgifter som begärts av beställaren',
        'Asked from the requester',
      ),
      access: staffWrites,
      admin: {
        condition: (data) => data?.status === 'waiting-for-requester',
        description: l(
          'Tallentuu tauon syyksi.',
          'Sparas som orsak till pausen.',
          'Kept as the reason of the pause.',
        ),
      },
    },
    {
      name: 'answer',
      type: 'textarea',
      maxLength: 10_000,
      label: l('Vastaus pyytäjälle', 'Svar till beställaren', 'Answer to the requester'),
      access: staffWrites,
    },
    {
      name: 'closedAt',
      type: 'date',
      label: l('Suljettu', 'Stängd', 'Closed at'),
      access: systemWrites,
      admin: { readOnly: true, position: 'sidebar', ...dateTime },
    },
    {
      name: 'pauses',
      type: 'array',
      label: l('Kellon pysäytykset', 'Klockans pauser', 'Clock pauses'),
      labels: {
        singular: l('Pysäytys', 'Paus', 'Pause'),
        plural: l('Pysäytykset', 'Pauser', 'Pauses'),
      },
      access: { create: staffField, update: staffField },
      admin: {
        initCollapsed: true,
        description: l(
          'Kirjautuu tilan muutoksista. Palvelupiste voi korjata aikoja; vain viimeisin voi olla käynnissä.',
          'Registreras av statusändringar. Servicedesken kan rätta tiderna; bara den senaste kan pågå.',
          'Recorded by status changes. The desk may correct the times; only the latest may be ongoing.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'pausedAt',
              type: 'date',
              required: true,
              label: l('Pysäytetty', 'Pausad', 'Paused at'),
              admin: dateTime,
            },
            {
              name: 'resumedAt',
              type: 'date',
              label: l('Jatkettu', 'Återupptagen', 'Resumed at'),
              admin: dateTime,
            },
          ],
        },
        { name: 'reason', type: 'text', label: l('Syy', 'Orsak', 'Reason') },
      ],
    },
    slaCollapsible([
      {
        type: 'row',
        fields: [
          dueField('dueAt', l('Määräaika', 'Tidsfrist', 'Due')),
          dueField('targetAt', l('Tavoiteaika', 'Måltid', 'Target')),
          flagField('isBreached', l('Määräaika ylittyi', 'Tidsfristen överskreds', 'Breached')),
          flagField('isPastTarget', l('Tavoite ylittyi', 'Målet överskreds', 'Past target')),
        ],
      },
      {
        type: 'row',
        fields: [
          hoursField('usedHours', l('Käytetty (h)', 'Använd (h)', 'Used (h)')),
          hoursField('leftHours', l('Jäljellä (h)', 'Kvar (h)', 'Left (h)')),
          hoursField('pausedHours', l('Pysäytettynä (h)', 'Pausad (h)', 'Paused (h)')),
        ],
      },
    ]),
  ],
}

import type { CollectionConfig } from 'payload'

import { caseParty, denyAll, hasRole, userOf } from '../../access/roles'
import { customerEventTypes } from '../../cases/appendCaseEvent'
import { collectionLabels, groups, l } from '../labels'
import { caseActorOptions, caseEventTypeOptions, caseStatusOptions } from '../optionLabels'
import { partyFields } from '../partyFields'
import { slugs } from '../slugs'

/** Append-only history of a case: status changes, deliveries, receipts, changes. */
export const CaseEvents: CollectionConfig = {
  slug: slugs.caseEvents,
  labels: collectionLabels(
    ['Tapahtuma', 'Händelse', 'Case event'],
    ['Asiatapahtumat', 'Ärendehändelser', 'Case events'],
  ),
  admin: {
    defaultColumns: ['createdAt', 'case', 'type', 'fromStatus', 'toStatus', 'actorKind'],
    group: groups.cases,
  },
  access: {
    create: denyAll,
    // A customer reads only the events of their history; the rest are the authorities' and the service's.
    read: async (args) => {
      const rule = await caseParty()(args)
      if (typeof rule !== 'object' || !hasRole(userOf(args.req), 'customer')) return rule
      return { and: [rule, { type: { in: [...customerEventTypes] } }] }
    },
    update: denyAll,
    delete: denyAll,
  },
  fields: [
    {
      name: 'case',
      type: 'relationship',
      relationTo: slugs.cases,
      required: true,
      index: true,
      label: l('Asia', 'Ärende', 'Case'),
    },
    {
      name: 'application',
      type: 'relationship',
      relationTo: slugs.applications,
      index: true,
      label: l('Hakemus', 'Ansökan', 'Application'),
    },
    ...partyFields(),
    {
      name: 'type',
      type: 'select',
      required: true,
      options: caseEventTypeOptions,
      label: l('Tyyppi', 'Typ', 'Type'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'fromStatus',
          type: 'select',
          options: caseStatusOptions,
          label: l('Tilasta', 'Från status', 'From status'),
        },
        {
          name: 'toStatus',
          type: 'select',
          options: caseStatusOptions,
          label: l('Tilaan', 'Till status', 'To status'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'actorKind',
          type: 'select',
          required: true,
          options: caseActorOptions,
          label: l('Tekijä', 'Aktör', 'Actor'),
        },
        {
          name: 'actor',
          type: 'relationship',
          relationTo: slugs.users,
          label: l('Käyttäjä', 'Användare', 'User'),
        },
      ],
    },
    { name: 'summary', type: 'text', label: l('Kuvaus', 'Beskrivning', 'Summary') },
    { name: 'detail', type: 'json', label: l('Lisätiedot', 'Detaljer', 'Detail') },
  ],
}

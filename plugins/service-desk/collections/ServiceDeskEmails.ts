import type { CollectionConfig } from 'payload'

import { denyAll, staffOnly } from '../../../src/access/roles'
import { collectionLabels, groups, l } from '../../../src/collections/labels'
import { serviceDeskSlugs } from '../serviceDeskSlugs'

export const emailKinds = ['sla-reminder', 'sla-breach', 'maintenance'] as const
export type EmailKind = (typeof emailKinds)[number]

const readOnly = { readOnly: true }

/**
 * Every email the service desk sends, claimed under a unique key before it is sent: a job
 * that runs again (a retry, a second worker, a restart) finds the key and sends nothing.
 */
export const ServiceDeskEmails: CollectionConfig = {
  slug: serviceDeskSlugs.emails,
  labels: collectionLabels(
    ['Palvelupisteen viesti', 'Servicedeskens meddelande', 'Service desk email'],
    ['Palvelupisteen viestit', 'Servicedeskens meddelanden', 'Service desk emails'],
  ),
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['claimedAt', 'kind', 'record', 'to', 'status'],
    group: groups.serviceDesk,
  },
  access: { read: staffOnly, create: denyAll, update: denyAll, delete: denyAll },
  lockDocuments: false,
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: l('Avain', 'Nyckel', 'Key'),
      admin: readOnly,
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: [
        {
          value: 'sla-reminder',
          label: l('Muistutus määräajasta', 'Påminnelse om tidsfrist', 'Deadline reminder'),
        },
        {
          value: 'sla-breach',
          label: l('Määräaika ylittynyt', 'Tidsfristen överskriden', 'Deadline breached'),
        },
        {
          value: 'maintenance',
          label: l('Huoltokatkotiedote', 'Meddelande om underhållsavbrott', 'Maintenance notice'),
        },
      ],
      label: l('Laji', 'Typ', 'Kind'),
      admin: readOnly,
    },
    { name: 'record', type: 'text', index: true, label: l('Kohde', 'Objekt', 'Record'), admin: readOnly },
    { name: 'to', type: 'text', label: l('Vastaanottajat', 'Mottagare', 'To'), admin: readOnly },
    { name: 'subject', type: 'text', label: l('Aihe', 'Ämne', 'Subject'), admin: readOnly },
    {
      name: 'status',
      type: 'select',
      required: true,
      options: [
        { value: 'sending', label: l('Lähetetään', 'Skickas', 'Sending') },
        { value: 'sent', label: l('Lähetetty', 'Skickat', 'Sent') },
        { value: 'failed', label: l('Epäonnistui', 'Misslyckades', 'Failed') },
      ],
      label: l('Tila', 'Status', 'Status'),
      admin: readOnly,
    },
    {
      name: 'claimedAt',
      type: 'date',
      label: l('Varattu', 'Reserverad', 'Claimed at'),
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'sentAt',
      type: 'date',
      label: l('Lähetetty', 'Skickat', 'Sent at'),
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'messageId', type: 'text', label: 'Message-ID', admin: readOnly },
    {
      name: 'lastError',
      type: 'text',
      label: l('Viimeisin virhe', 'Senaste fel', 'Last error'),
      admin: readOnly,
    },
  ],
}

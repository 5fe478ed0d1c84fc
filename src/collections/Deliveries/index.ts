import type { CollectionConfig } from 'payload'

import { denyAll, ownAuthority } from '../../access/roles'
import { deliveryEventTypes } from '../../connections/types'
import { collectionLabels, groups, l } from '../labels'
import { slugs } from '../slugs'
import { replayEndpoint } from './replayEndpoint'

export const deliveryStatuses = [
  'pending',
  'retrying',
  'delivered',
  'dead-lettered',
  'not-configured',
] as const
export type DeliveryStatus = (typeof deliveryStatuses)[number]

const statusLabels: Record<DeliveryStatus, ReturnType<typeof l>> = {
  pending: l('Odottaa', 'Väntar', 'Pending'),
  retrying: l('Yritetään uudelleen', 'Försöker igen', 'Retrying'),
  delivered: l('Toimitettu', 'Levererad', 'Delivered'),
  'dead-lettered': l('Keskeytetty', 'Avbruten', 'Dead-lettered'),
  'not-configured': l('Liitäntätapaa ei määritetty', 'Anslutningssätt saknas', 'No connection mode'),
}

const readOnly = { readOnly: true }

/**
 * The outbox: one record per message to an authority, written in the same transaction as
 * the event it reports. The delivery orchestrator alone updates it.
 */
export const Deliveries: CollectionConfig = {
  slug: slugs.deliveries,
  labels: collectionLabels(['Toimitus', 'Leverans', 'Delivery'], ['Toimitukset', 'Leveranser', 'Deliveries']),
  admin: {
    useAsTitle: 'messageId',
    defaultColumns: ['createdAt', 'eventType', 'case', 'authority', 'status', 'attempts', 'nextAttemptAt'],
    group: groups.system,
    description: l(
      'Viranomaisille lähtevät sanomat. Keskeytetyn toimituksen voi lähettää uudelleen.',
      'Meddelanden till myndigheterna. En avbruten leverans kan skickas på nytt.',
      'Messages to authorities. A dead-lettered delivery can be replayed.',
    ),
  },
  endpoints: [replayEndpoint],
  access: { create: denyAll, read: ownAuthority(), update: denyAll, delete: denyAll },
  fields: [
    {
      name: 'messageId',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: l('Sanoman tunniste', 'Meddelande-id', 'Message id'),
      admin: readOnly,
    },
    {
      name: 'eventType',
      type: 'select',
      required: true,
      options: deliveryEventTypes.map((value) => ({ value, label: value })),
      label: l('Tapahtuma', 'Händelse', 'Event'),
      admin: readOnly,
    },
    {
      name: 'case',
      type: 'relationship',
      relationTo: slugs.cases,
      required: true,
      index: true,
      label: l('Asia', 'Ärende', 'Case'),
      admin: readOnly,
    },
    {
      name: 'authority',
      type: 'relationship',
      relationTo: slugs.authorities,
      required: true,
      index: true,
      label: l('Viranomainen', 'Myndighet', 'Authority'),
      admin: readOnly,
    },
    {
      name: 'mode',
      type: 'text',
      label: l('Liitäntätapa', 'Anslutningssätt', 'Connection mode'),
      admin: readOnly,
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: deliveryStatuses.map((value) => ({ value, label: statusLabels[value] })),
      label: l('Tila', 'Status', 'Status'),
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: l('Yritykset', 'Försök', 'Attempts'),
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'queuedAt',
      type: 'date',
      label: l('Jonossa alkaen', 'I kö sedan', 'Queued at'),
      admin: {
        ...readOnly,
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: l(
          'Tästä lasketaan, kauanko toimitusta yritetään (uudelleenlähetys aloittaa alusta)',
          'Från detta räknas hur länge leveransen försöks (en ny sändning börjar om)',
          'How long delivery is retried counts from this (a replay starts over)',
        ),
      },
    },
    {
      name: 'nextAttemptAt',
      type: 'date',
      label: l('Seuraava yritys', 'Nästa försök', 'Next attempt'),
      admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'deliveredAt',
      type: 'date',
      label: l('Toimitettu', 'Levererad', 'Delivered at'),
      admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastError',
      type: 'text',
      label: l('Viimeisin virhe', 'Senaste fel', 'Last error'),
      admin: readOnly,
    },
    {
      name: 'lastResponse',
      type: 'json',
      label: l('Viimeisin vastaus', 'Senaste svar', 'Last response'),
      admin: readOnly,
    },
    { name: 'receipt', type: 'json', label: l('Kuittaus', 'Kvittens', 'Receipt'), admin: readOnly },
    {
      name: 'message',
      type: 'json',
      required: true,
      label: l('Sanoma', 'Meddelande', 'Message'),
      admin: readOnly,
    },
  ],
}

import type { CollectionConfig } from 'payload'

import { denyAll, staffOnly } from '../../access/roles'
import { collectionLabels, groups, l } from '../labels'
import { slugs } from '../slugs'

/** Who changed what and when; append-only, written by the system. */
export const AuditLog: CollectionConfig = {
  slug: slugs.auditLog,
  labels: collectionLabels(
    ['Lokimerkintä', 'Loggpost', 'Audit entry'],
    ['Tapahtumaloki', 'Händelselogg', 'Audit log'],
  ),
  admin: { defaultColumns: ['createdAt', 'actor', 'action', 'resource', 'resourceId'], group: groups.system },
  access: { create: denyAll, read: staffOnly, update: denyAll, delete: denyAll },
  fields: [
    {
      name: 'actor',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      label: l('Käyttäjä', 'Användare', 'User'),
    },
    { name: 'actorRole', type: 'text', label: l('Rooli', 'Roll', 'Role') },
    {
      name: 'onBehalfOf',
      type: 'relationship',
      relationTo: slugs.organisations,
      label: l('Edustettu organisaatio', 'Företrädd organisation', 'On behalf of'),
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: ['create', 'update', 'delete', 'submit', 'login', 'denied'].map((value) => ({
        value,
        label: value,
      })),
      label: l('Toiminto', 'Åtgärd', 'Action'),
    },
    {
      name: 'resource',
      type: 'text',
      required: true,
      index: true,
      label: l('Kokoelma', 'Samling', 'Collection'),
    },
    { name: 'resourceId', type: 'text', index: true, label: l('Tunniste', 'Id', 'Id') },
    { name: 'ip', type: 'text', label: 'IP' },
    { name: 'detail', type: 'json', label: l('Lisätiedot', 'Detaljer', 'Detail') },
  ],
}

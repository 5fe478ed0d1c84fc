import type { CollectionConfig } from 'payload'

import { denyAll, staffOnly } from '../../access/roles'
import { collectionLabels, groups, l } from '../labels'
import { slugs } from '../slugs'
import { auditLogExportEndpoint } from './exportEndpoint'

/**
 * Who changed, read, downloaded or exported what, and when, from which (trusted) address;
 * append-only, written by the system.
 */
export const AuditLog: CollectionConfig = {
  slug: slugs.auditLog,
  labels: collectionLabels(
    ['Lokimerkintä', 'Loggpost', 'Audit entry'],
    ['Tapahtumaloki', 'Händelselogg', 'Audit log'],
  ),
  admin: {
    defaultColumns: ['createdAt', 'actor', 'action', 'resource', 'resourceId', 'ip'],
    listSearchableFields: ['resource', 'resourceId', 'ip'],
    group: groups.system,
    description: l(
      'Kaikki muutokset, tapausten lukemiset, lataukset ja viennit. Suodata kentittäin; omistaja voi viedä lokin CSV-tiedostona osoitteesta /api/audit-log/export?from=vvvv-kk-pp&to=vvvv-kk-pp.',
      'Alla ändringar, läsningar av ärenden, nedladdningar och exporter. Filtrera per fält; ägaren kan exportera loggen som CSV på /api/audit-log/export?from=åååå-mm-dd&to=åååå-mm-dd.',
      'Every change, case read, download and export. Filter by field; the owner can export the log as CSV at /api/audit-log/export?from=yyyy-mm-dd&to=yyyy-mm-dd.',
    ),
  },
  endpoints: [auditLogExportEndpoint],
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
      options: ['create', 'update', 'delete', 'submit', 'login', 'denied', 'read', 'download', 'export'].map(
        (value) => ({
          value,
          label: value,
        }),
      ),
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

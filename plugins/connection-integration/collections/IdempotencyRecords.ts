import type { CollectionConfig } from 'payload'

import { denyAll, staffOnly } from '../../../src/access/roles'
import { collectionLabels, groups, l } from '../../../src/collections/labels'
import { slugs } from '../../../src/collections/slugs'
import { integrationSlugs } from '../integrationSlugs'

const readOnly = { readOnly: true }

/**
 * The integration API's memory of `Idempotency-Key`s: per authority and key, a hash of the
 * request and the response it got, written in the same transaction as the change. A replay
 * gets the stored response; the same key with another request gets 422.
 */
export const IdempotencyRecords: CollectionConfig = {
  slug: integrationSlugs.idempotencyRecords,
  labels: collectionLabels(
    ['Idempotenssiavain', 'Idempotensnyckel', 'Idempotency key'],
    ['Idempotenssiavaimet', 'Idempotensnycklar', 'Idempotency keys'],
  ),
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['createdAt', 'authority', 'key', 'responseStatus'],
    group: groups.system,
  },
  access: { read: staffOnly, create: denyAll, update: denyAll, delete: denyAll },
  lockDocuments: false,
  indexes: [{ fields: ['authority', 'key'], unique: true }],
  fields: [
    {
      name: 'authority',
      type: 'relationship',
      relationTo: slugs.authorities,
      required: true,
      index: true,
      label: l('Viranomainen', 'Myndighet', 'Authority'),
      admin: readOnly,
    },
    { name: 'key', type: 'text', required: true, label: l('Avain', 'Nyckel', 'Key'), admin: readOnly },
    {
      name: 'requestHash',
      type: 'text',
      required: true,
      label: l('Pyynnön tiiviste', 'Begärans hash', 'Request hash'),
      admin: readOnly,
    },
    {
      name: 'responseStatus',
      type: 'number',
      required: true,
      label: l('Vastauksen tila', 'Svarets status', 'Response status'),
      admin: readOnly,
    },
    {
      name: 'responseBody',
      type: 'json',
      label: l('Vastaus', 'Svar', 'Response body'),
      admin: readOnly,
    },
  ],
}

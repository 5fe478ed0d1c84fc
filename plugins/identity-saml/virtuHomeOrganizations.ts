import type { CollectionConfig, Field } from 'payload'

import { staffField } from '../../src/access/roles'
import { l } from '../../src/collections/labels'
import { slugs } from '../../src/collections/slugs'

/** The authority's Virtu home organisations: their officials become its users at login. */
const virtuHomeOrganizationsField: Field = {
  name: 'virtuHomeOrganizations',
  type: 'text',
  hasMany: true,
  label: l('Virtu-kotiorganisaatiot', 'Virtu-hemorganisationer', 'Virtu home organisations'),
  access: { read: staffField },
  admin: {
    position: 'sidebar',
    description: l(
      'Virtu-tunnistuksen virtuHomeOrganization-arvot (esim. poliisi.fi), joiden virkailijat kirjautuvat tämän viranomaisen käyttäjinä.',
      'Värdena för virtuHomeOrganization (t.ex. poliisi.fi) vars tjänstemän loggar in som användare för denna myndighet.',
      'Virtu virtuHomeOrganization values (e.g. poliisi.fi) whose officials sign in as users of this authority.',
    ),
  },
  // Compared in lower case, as identityOf reads the attribute.
  hooks: {
    beforeValidate: [
      ({ value }) => (Array.isArray(value) ? value.map((item) => String(item).trim().toLowerCase()) : value),
    ],
  },
}

/** Adds the Virtu mapping to the authorities collection (other collections pass through). */
export const withVirtuHomeOrganizations = (collection: CollectionConfig): CollectionConfig =>
  collection.slug === slugs.authorities
    ? { ...collection, fields: [...collection.fields, virtuHomeOrganizationsField] }
    : collection

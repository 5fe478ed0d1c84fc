import type { CollectionConfig } from 'payload'

import { denyAll, hasRole, isStaff, staffField, userOf } from '../../../src/access/roles'
import { collectionLabels, groups, l } from '../../../src/collections/labels'
import { slugs } from '../../../src/collections/slugs'
import { mandatesKinds } from '../mandatesClient'
import { mandatesSlugs } from '../mandatesSlugs'

const kindLabels = {
  ypa: l('Yrityksen tai yhteisön puolesta', 'För ett företag eller en sammanslutning', 'For an organisation'),
  hpa: l('Henkilön puolesta', 'För en person', 'For a person'),
}

/**
 * Verified mandates: what Suomi.fi Mandates answered when a user chose to act for an
 * organisation (YPA) or a person (HPA). Written by the system only, after the check; a
 * mandate ends when it expires, when a new check supersedes it or refuses it.
 */
export const Mandates: CollectionConfig = {
  slug: mandatesSlugs.mandates,
  lockDocuments: false,
  labels: collectionLabels(['Valtuus', 'Fullmakt', 'Mandate'], ['Valtuudet', 'Fullmakter', 'Mandates']),
  admin: {
    defaultColumns: ['user', 'kind', 'organisation', 'personName', 'verifiedAt', 'expiresAt', 'endedAt'],
    group: groups.people,
  },
  access: {
    read: ({ req }) => {
      const user = userOf(req)
      if (isStaff(user)) return true
      return user && hasRole(user, 'customer') ? { user: { equals: user.id } } : false
    },
    create: denyAll,
    update: denyAll,
    delete: denyAll,
  },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: slugs.users,
      required: true,
      index: true,
      label: l('Valtuutettu', 'Befullmäktigad', 'Acting user'),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: mandatesKinds.map((value) => ({ value, label: kindLabels[value] })),
      label: l('Laji', 'Typ', 'Kind'),
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: slugs.organisations,
      index: true,
      label: l('Edustettu organisaatio', 'Företrädd organisation', 'Organisation'),
      admin: { condition: (data) => data?.kind === 'ypa' },
    },
    {
      name: 'roles',
      type: 'text',
      hasMany: true,
      label: l('Roolit', 'Roller', 'Roles'),
      admin: {
        condition: (data) => data?.kind === 'ypa',
        description: l(
          'Suomi.fi-valtuuksien palauttamat roolit, jotka oikeuttavat asioimaan.',
          'Roller från Suomi.fi-fullmakter som ger rätt att uträtta ärenden.',
          'The roles Suomi.fi Mandates returned that entitle acting.',
        ),
      },
    },
    {
      name: 'personName',
      type: 'text',
      label: l('Päämies', 'Huvudman', 'Principal'),
      admin: { condition: (data) => data?.kind === 'hpa' },
    },
    {
      // HMAC of the principal's personal identity code: finds the same principal again
      // without storing the code.
      name: 'personKey',
      type: 'text',
      index: true,
      label: l('Päämiehen tunnisteavain', 'Huvudmannens nyckel', 'Principal key'),
      access: { read: staffField },
      admin: { hidden: true },
    },
    {
      name: 'issue',
      type: 'text',
      label: l('Valtuusasia', 'Fullmaktsärende', 'Mandate issue'),
      admin: { condition: (data) => data?.kind === 'hpa' },
    },
    {
      // Whether this mandate put the organisation on the user's list (rather than staff):
      // only then does its end take the organisation off again.
      name: 'hasAddedOrganisation',
      type: 'checkbox',
      defaultValue: false,
      label: l('Lisäsi organisaation käyttäjälle', 'Lade till organisationen', 'Added the organisation'),
      admin: { condition: (data) => data?.kind === 'ypa' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'verifiedAt',
          type: 'date',
          required: true,
          label: l('Tarkistettu', 'Kontrollerad', 'Verified at'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'expiresAt',
          type: 'date',
          required: true,
          index: true,
          label: l('Voimassa asti', 'Giltig till', 'Valid until'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endedAt',
          type: 'date',
          index: true,
          label: l('Päättynyt', 'Upphört', 'Ended at'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
  ],
}

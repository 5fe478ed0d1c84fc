import type { CollectionConfig, FieldAccess, Where } from 'payload'

import {
  authorityIdOf,
  customerWhere,
  hasRole,
  isStaff,
  noOneField,
  organisationIdsOf,
  userOf,
} from '../../access/roles'
import { keyedObjectSchema } from '../keyedObjectSchema'
import { collectionLabels, groups, l } from '../labels'
import { slugs } from '../slugs'
import { partyFiles } from '../partyFiles'
import { visibleTo } from '../visibleTo'
import { submitEndpoint } from './submitEndpoint'

/** The customer's side (and staff) may read the application's data; authorities read their cases instead. */
const applicantSideField: FieldAccess = ({ req }) => {
  const user = userOf(req)
  return user !== null && !hasRole(user, 'authority-user')
}

const draftsOf = (where: Where): Where => ({ and: [where, { status: { equals: 'draft' } }] })

/** One customer application for a bundle; split into cases on submission. */
export const Applications: CollectionConfig = {
  slug: slugs.applications,
  labels: collectionLabels(
    ['Hakemus', 'Ansökan', 'Application'],
    ['Hakemukset', 'Ansökningar', 'Applications'],
  ),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'receiptNumber', 'bundle', 'status', 'applicant', 'submittedAt'],
    group: groups.cases,
  },
  endpoints: [submitEndpoint],
  access: {
    create: ({ req }) => hasRole(userOf(req), 'customer'),
    read: ({ req }) => {
      const user = userOf(req)
      if (!user) return false
      if (isStaff(user)) return true
      if (hasRole(user, 'customer')) return customerWhere(user)
      const authority = authorityIdOf(user)
      if (hasRole(user, 'authority-user') && authority !== null) {
        return { partyAuthorities: { equals: authority } }
      }
      return false
    },
    update: ({ req }) => {
      const user = userOf(req)
      if (isStaff(user)) return true
      return user && hasRole(user, 'customer') ? draftsOf(customerWhere(user)) : false
    },
    delete: ({ req }) => {
      const user = userOf(req)
      if (isStaff(user)) return true
      return user && hasRole(user, 'customer') ? draftsOf(customerWhere(user)) : false
    },
  },
  hooks: {
    beforeChange: [
      ({ data, operation, req }) => {
        const user = userOf(req)
        if (operation === 'create' && user && hasRole(user, 'customer')) {
          data.applicant = user.id
        }
        if (user && hasRole(user, 'customer') && data.onBehalfOf != null) {
          const allowed = organisationIdsOf(user).map(String)
          if (!allowed.includes(String(data.onBehalfOf))) data.onBehalfOf = null
        }
        const eventName = data.values?.eventName
        if (typeof eventName === 'string' && eventName.trim()) data.title = eventName.trim().slice(0, 200)
        // A write is a touch: an abandoned-draft reminder no longer applies (the job records it without hooks).
        data.draftReminderSentAt = null
        return data
      },
    ],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: l('Otsikko', 'Rubrik', 'Title'),
      admin: { description: l('Tapahtuman nimestä', 'Från evenemangets namn', 'From the event name') },
    },
    {
      name: 'bundle',
      type: 'relationship',
      relationTo: slugs.permitBundles,
      required: true,
      index: true,
      label: l('Lupakokonaisuus', 'Tillståndshelhet', 'Permit bundle'),
      validate: visibleTo(slugs.permitBundles, 'bundle-unavailable'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: l('Tila', 'Status', 'Status'),
      options: [
        { value: 'draft', label: l('Luonnos', 'Utkast', 'Draft') },
        { value: 'submitted', label: l('Lähetetty', 'Skickad', 'Submitted') },
      ],
      access: { create: noOneField, update: noOneField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'applicant',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      label: l('Hakija', 'Sökande', 'Applicant'),
      access: { update: noOneField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'onBehalfOf',
      type: 'relationship',
      relationTo: slugs.organisations,
      index: true,
      label: l('Edustettu organisaatio', 'Företrädd organisation', 'On behalf of'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'answers',
      type: 'json',
      typescriptSchema: keyedObjectSchema,
      label: l('Lupatarpeen vastaukset', 'Svar i tillståndsanalysen', 'Permit analysis answers'),
      access: { read: applicantSideField },
    },
    {
      name: 'values',
      type: 'json',
      typescriptSchema: keyedObjectSchema,
      label: l('Hakemuksen tiedot', 'Ansökans uppgifter', 'Application data'),
      access: { read: applicantSideField },
    },
    {
      // Which values a new draft was given from the customer's identity and profile or the
      // organisation's details (the business register), each with its origin and value: the
      // wizard marks a value as prefilled while it is still the one given.
      name: 'prefilled',
      type: 'json',
      typescriptSchema: keyedObjectSchema,
      label: l('Esitäytetyt tiedot', 'Förifyllda uppgifter', 'Prefilled data'),
      access: { read: applicantSideField },
      admin: { readOnly: true },
    },
    {
      name: 'attachments',
      type: 'relationship',
      relationTo: slugs.attachments,
      hasMany: true,
      validate: partyFiles,
      label: l('Liitteet', 'Bilagor', 'Attachments'),
      access: { read: applicantSideField },
    },
    {
      name: 'partyAuthorities',
      type: 'relationship',
      relationTo: slugs.authorities,
      hasMany: true,
      index: true,
      label: l('Osapuolina olevat viranomaiset', 'Myndigheter som är parter', 'Authorities party to it'),
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'receiptNumber',
          type: 'text',
          unique: true,
          index: true,
          label: l('Vastaanottonumero', 'Mottagningsnummer', 'Receipt number'),
          access: { create: noOneField, update: noOneField },
          admin: { readOnly: true },
        },
        {
          name: 'submittedAt',
          type: 'date',
          label: l('Lähetetty', 'Skickad', 'Submitted at'),
          access: { create: noOneField, update: noOneField },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'draftReminderSentAt',
      type: 'date',
      index: true,
      label: l('Poistomuistutus lähetetty', 'Påminnelse om borttagning skickad', 'Deletion reminder sent'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: l(
          'Keskeneräinen luonnos poistetaan, jos sitä ei muokata muistutuksen jälkeen.',
          'Ett ofärdigt utkast tas bort om det inte redigeras efter påminnelsen.',
          'An unfinished draft is deleted unless it is edited after the reminder.',
        ),
      },
    },
  ],
}

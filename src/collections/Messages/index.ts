import type { AccessResult, CollectionConfig, Where } from 'payload'

import {
  authorityIdOf,
  customerWhere,
  denyAll,
  hasRole,
  isStaff,
  noOneField,
  userOf,
} from '../../access/roles'
import { caseActorOf } from '../../cases/caseActor'
import { resolveParty } from '../../cases/resolveParty'
import { collectionLabels, groups, l } from '../labels'
import { caseActorOptions } from '../optionLabels'
import { partyFields } from '../partyFields'
import { slugs } from '../slugs'
import { partyFiles } from '../partyFiles'
import { afterMessageCreate } from './afterCreate'

/**
 * Messages per case or per application. Customer ↔ authority; authority ↔ authority
 * messages are internal and never shown to the customer.
 */
export const Messages: CollectionConfig = {
  slug: slugs.messages,
  labels: collectionLabels(['Viesti', 'Meddelande', 'Message'], ['Viestit', 'Meddelanden', 'Messages']),
  admin: {
    defaultColumns: ['createdAt', 'application', 'case', 'senderKind', 'isInternal'],
    group: groups.cases,
  },
  access: {
    create: ({ req }) => hasRole(userOf(req), 'customer', 'authority-user'),
    read: ({ req }): AccessResult => {
      const user = userOf(req)
      if (!user) return false
      if (isStaff(user)) return true
      const notInternal: Where = { isInternal: { not_equals: true } }
      if (hasRole(user, 'customer')) return { and: [customerWhere(user), notInternal] }
      const authority = authorityIdOf(user)
      if (!hasRole(user, 'authority-user') || authority === null) return false
      const ownCases: Where = { authority: { equals: authority } }
      const bundleLevel: Where = { case: { exists: false } }
      const party: Where = { partyAuthorities: { equals: authority } }
      return { or: [ownCases, { and: [bundleLevel, party] }] }
    },
    update: denyAll,
    delete: denyAll,
  },
  hooks: {
    beforeChange: [
      async ({ data, operation, req }) => {
        if (operation !== 'create' || !req.user) return data
        const party = await resolveParty({ req, caseId: data.case, applicationId: data.application })
        const actor = caseActorOf(req)
        Object.assign(data, {
          application: party.application,
          case: party.case,
          applicant: party.applicant,
          onBehalfOf: party.onBehalfOf,
          authority: party.authority,
          partyAuthorities: party.partyAuthorities,
          sender: req.user.id,
          senderKind: actor,
          isInternal: actor === 'authority' ? Boolean(data.isInternal) : false,
        })
        return data
      },
    ],
    afterChange: [afterMessageCreate],
  },
  fields: [
    {
      name: 'application',
      type: 'relationship',
      relationTo: slugs.applications,
      required: true,
      index: true,
      label: l('Hakemus', 'Ansökan', 'Application'),
    },
    {
      name: 'case',
      type: 'relationship',
      relationTo: slugs.cases,
      index: true,
      label: l('Asia', 'Ärende', 'Case'),
    },
    ...partyFields(),
    {
      name: 'partyAuthorities',
      type: 'relationship',
      relationTo: slugs.authorities,
      hasMany: true,
      index: true,
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
      label: l('Osapuolet', 'Parter', 'Parties'),
    },
    {
      name: 'sender',
      type: 'relationship',
      relationTo: slugs.users,
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
      label: l('Lähettäjä', 'Avsändare', 'Sender'),
    },
    {
      name: 'senderKind',
      type: 'select',
      options: caseActorOptions,
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
      label: l('Lähettäjän rooli', 'Avsändarens roll', 'Sender role'),
    },
    {
      name: 'isInternal',
      type: 'checkbox',
      defaultValue: false,
      label: l('Viranomaisten välinen', 'Mellan myndigheter', 'Between authorities only'),
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: 10000,
      label: l('Viesti', 'Meddelande', 'Message'),
    },
    {
      name: 'attachments',
      type: 'relationship',
      relationTo: slugs.attachments,
      hasMany: true,
      validate: partyFiles,
      label: l('Liitteet', 'Bilagor', 'Attachments'),
    },
  ],
}

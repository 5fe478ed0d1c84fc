import type { Field } from 'payload'

import { noOneField } from '../access/roles'
import { l } from './labels'
import { slugs } from './slugs'

/**
 * Who a case-bound record belongs to, copied from its application when the record is
 * written, so access rules are plain field queries on every database adapter.
 * Nobody writes these through the API; hooks and the system set them.
 */
export const partyFields = ({ withAuthority = true }: { withAuthority?: boolean } = {}): Field[] => [
  {
    name: 'applicant',
    type: 'relationship',
    relationTo: slugs.users,
    index: true,
    label: l('Hakija', 'Sökande', 'Applicant'),
    access: { create: noOneField, update: noOneField },
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'onBehalfOf',
    type: 'relationship',
    relationTo: slugs.organisations,
    index: true,
    label: l('Edustettu organisaatio', 'Företrädd organisation', 'On behalf of'),
    access: { create: noOneField, update: noOneField },
    admin: { readOnly: true, position: 'sidebar' },
  },
  ...(withAuthority
    ? [
        {
          name: 'authority',
          type: 'relationship',
          relationTo: slugs.authorities,
          index: true,
          label: l('Viranomainen', 'Myndighet', 'Authority'),
          access: { create: noOneField, update: noOneField },
          admin: { readOnly: true, position: 'sidebar' },
        } satisfies Field,
      ]
    : []),
]

/**
 * The case a record is about (set once by the author) and its application and parties
 * (copied by the collection's hook from the case).
 */
export const caseBoundFields = (): Field[] => [
  {
    name: 'case',
    type: 'relationship',
    relationTo: slugs.cases,
    required: true,
    index: true,
    label: l('Asia', 'Ärende', 'Case'),
    access: { update: noOneField },
  },
  {
    name: 'application',
    type: 'relationship',
    relationTo: slugs.applications,
    index: true,
    label: l('Hakemus', 'Ansökan', 'Application'),
    access: { create: noOneField, update: noOneField },
  },
  ...partyFields(),
]

import type { Access, Field } from 'payload'

import { authorityIdOf, hasRole, isStaff, noOneField, staffField, userOf } from '../../src/access/roles'
import { l } from '../../src/collections/labels'
import { slugs } from '../../src/collections/slugs'
import { channelOptions, slaStateOptions } from './options'

type Label = ReturnType<typeof l>

/**
 * Who may do what with incidents and service requests: staff everything but delete; an
 * authority user creates them for their own authority and reads their authority's;
 * customers and everyone else nothing.
 */
export const deskAccess: Record<'create' | 'read' | 'update' | 'delete', Access> = {
  create: ({ req }) => {
    const user = userOf(req)
    return isStaff(user) || (hasRole(user, 'authority-user') && authorityIdOf(user) !== null)
  },
  read: ({ req }) => {
    const user = userOf(req)
    if (isStaff(user)) return true
    const authority = authorityIdOf(user)
    if (!hasRole(user, 'authority-user') || authority === null) return false
    return { authority: { equals: authority } }
  },
  update: ({ req }) => isStaff(userOf(req)),
  delete: () => false,
}

/** Written by the desk only (authority users' values are dropped). */
export const staffWrites = { create: staffField, update: staffField }
/** Written by the system only. */
export const systemWrites = { create: noOneField, update: noOneField }

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'd.M.yyyy HH:mm' } }

/** Title, description and who it came from, shared by incidents and service requests. */
export const intakeFields = ({
  byName,
  emailName,
  atName,
  atLabel,
}: {
  byName: string
  emailName: string
  atName: string
  atLabel: Label
}): Field[] => [
  { name: 'title', type: 'text', required: true, maxLength: 200, label: l('Otsikko', 'Rubrik', 'Title') },
  {
    name: 'description',
    type: 'textarea',
    required: true,
    maxLength: 10_000,
    label: l('Kuvaus', 'Beskrivning', 'Description'),
  },
  {
    name: 'authority',
    type: 'relationship',
    relationTo: slugs.authorities,
    index: true,
    label: l('Viranomainen', 'Myndighet', 'Authority'),
    access: staffWrites,
    admin: {
      position: 'sidebar',
      description: l(
        'Viranomaiskäyttäjän tekemässä se on aina käyttäjän oma viranomainen.',
        'För en myndighetsanvändare är det alltid användarens egen myndighet.',
        "For an authority user it is always the user's own authority.",
      ),
    },
  },
  {
    name: byName,
    type: 'relationship',
    relationTo: slugs.users,
    label: l('Tekijä', 'Avsändare', 'From user'),
    access: { create: staffField, update: noOneField },
    admin: { position: 'sidebar' },
  },
  {
    name: emailName,
    type: 'email',
    label: l('Lähettäjän sähköposti', 'Avsändarens e-post', 'Sender email'),
    access: { ...staffWrites, read: staffField },
    admin: { position: 'sidebar' },
  },
  {
    name: 'channel',
    type: 'select',
    defaultValue: 'admin',
    options: channelOptions,
    label: l('Kanava', 'Kanal', 'Channel'),
    access: staffWrites,
    admin: { position: 'sidebar' },
  },
  {
    name: atName,
    type: 'date',
    index: true,
    label: atLabel,
    access: staffWrites,
    admin: {
      position: 'sidebar',
      ...dateTime,
      description: l(
        'Palvelupiste voi kirjata aikaisemman saapumisajan (esim. puhelu); muuten nyt.',
        'Servicedesken kan ange en tidigare ankomsttid (t.ex. ett samtal); annars nu.',
        'The desk may give an earlier arrival time (e.g. a phone call); otherwise now.',
      ),
    },
  },
]

/** A read-only computed figure of the clocks. */
const figure = (field: { name: string; label: Label } & Partial<Field>): Field =>
  ({
    ...field,
    access: systemWrites,
    admin: { readOnly: true, ...(field.type === 'date' ? dateTime : {}) },
  }) as Field

export const dueField = (name: string, label: Label) => figure({ name, label, type: 'date', index: true })
export const hoursField = (name: string, label: Label) => figure({ name, label, type: 'number' })
export const flagField = (name: string, label: Label) =>
  figure({ name, label, type: 'checkbox', index: true })

/** The clocks' state and when the figures were computed. */
export const slaStateFields: Field[] = [
  figure({
    name: 'slaState',
    label: l('Palvelutaso', 'Servicenivå', 'Service level'),
    type: 'select',
    options: slaStateOptions,
    index: true,
  }),
  figure({ name: 'slaComputedAt', label: l('Laskettu', 'Beräknad', 'Computed at'), type: 'date' }),
]

/** The group the figures are shown in (a collapsible: its fields stay top-level columns). */
export const slaCollapsible = (fields: Field[]): Field => ({
  type: 'collapsible',
  label: l(
    'Palvelutaso (palvelutunteina, arkisin 8–16)',
    'Servicenivå (i tjänstetimmar, vardagar 8–16)',
    'Service level (service hours, weekdays 08–16)',
  ),
  fields: [...fields, ...slaStateFields],
})

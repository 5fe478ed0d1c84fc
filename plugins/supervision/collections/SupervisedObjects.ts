import type {
  Access,
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  Where,
} from 'payload'

import {
  authorityIdOf,
  customerWhere,
  denyAll,
  hasRole,
  isStaff,
  noOneField,
  ownAuthorityOf,
  userOf,
} from '../../../src/access/roles'
import { resolveParty } from '../../../src/cases/resolveParty'
import { collectionLabels, groups, l } from '../../../src/collections/labels'
import { partyFields } from '../../../src/collections/partyFields'
import { idOf, idsOf } from '../../../src/collections/relations'
import { slugs } from '../../../src/collections/slugs'
import type { SupervisedObject } from '../../../src/payload-types'
import { supervisedObjectKinds, supervisedObjectStatuses } from '../domain/supervision'
import { refuseSupervision } from '../refuseSupervision'
import { supervisionSlugs } from '../supervisionSlugs'

/**
 * Who sees a supervised object: staff all; an authority user those their authority
 * supervises; a customer their own and their organisations'.
 */
export const supervisedObjectRead: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isStaff(user)) return true
  if (hasRole(user, 'authority-user')) {
    const authority = authorityIdOf(user)
    return authority === null ? false : ({ authorities: { in: [authority] } } satisfies Where)
  }
  return hasRole(user, 'customer') ? customerWhere(user) : false
}

/** Only a supervising authority (or staff) changes an object; customers read it. */
const supervisorWrite: Access = ({ req }) => {
  const user = userOf(req)
  if (isStaff(user)) return true
  const authority = ownAuthorityOf(user)
  return authority !== null ? { authorities: { in: [authority] } } : false
}

const kindLabels = {
  event: l('Tapahtuma', 'Evenemang', 'Event'),
  premises: l('Toimipaikka', 'Verksamhetsställe', 'Premises'),
  activity: l('Toiminta', 'Verksamhet', 'Activity'),
}

const statusLabels = {
  active: l('Valvonnassa', 'Under tillsyn', 'Supervised'),
  closed: l('Suljettu', 'Stängd', 'Closed'),
}

/**
 * A new object made by an authority user comes from a case of their own authority (a
 * decided permit, a received notification): its application, customer and organisation are
 * copied from it, read with the user's own access. The user's authority always supervises
 * what it creates, and an authority cannot take itself off an object it supervises.
 */
const prepareObject: CollectionBeforeChangeHook<SupervisedObject> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const user = userOf(req)
  const authority = ownAuthorityOf(user)
  if (operation === 'create' && authority !== null) {
    if (idOf(data.case) === null)
      refuseSupervision(req, supervisionSlugs.supervisedObjects, [{ path: 'case', code: 'required' }])
    const party = await resolveParty({ req, caseId: data.case })
    Object.assign(data, {
      application: party.application,
      applicant: party.applicant,
      onBehalfOf: party.onBehalfOf,
    })
  }
  if (authority === null) return data
  const chosen = idsOf(data.authorities ?? originalDoc?.authorities ?? [])
  return chosen.some((id) => String(id) === String(authority))
    ? data
    : { ...data, authorities: [...chosen, authority] }
}

/** The object's cases are read by the authorities that supervise it now. */
const shareWithSupervisors: CollectionAfterChangeHook<SupervisedObject> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const supervisors = idsOf(doc.authorities ?? [])
  const before = idsOf(previousDoc?.authorities ?? [])
  const same = (ids: typeof supervisors) => ids.map(String).sort().join()
  if (operation === 'create' || same(supervisors) === same(before)) return doc
  // The flag lands on the request's own context (Payload merges it there): taken off after.
  const { errors } = await req.payload
    .update({
      collection: supervisionSlugs.supervisionCases,
      where: { object: { equals: doc.id } },
      data: { supervisingAuthorities: supervisors },
      context: { isSupervisorsSync: true },
      req,
      overrideAccess: true,
      depth: 0,
    })
    .finally(() => delete req.context.isSupervisorsSync)
  // Nothing half-written: the object's change fails with its cases'.
  if (errors.length > 0) throw new Error(`Could not share supervision cases: ${errors[0].message}`)
  return doc
}

/**
 * What an authority supervises: an event, premises or an activity, with its place, its
 * period and the supervising authorities, linked to its customer and, where it came from
 * one, to the application and case. Supervision cases are opened on it.
 */
export const SupervisedObjects: CollectionConfig = {
  slug: supervisionSlugs.supervisedObjects,
  labels: collectionLabels(
    ['Valvontakohde', 'Tillsynsobjekt', 'Supervised object'],
    ['Valvontakohteet', 'Tillsynsobjekt', 'Supervised objects'],
  ),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'startsOn', 'status', 'authorities'],
    group: groups.cases,
  },
  access: {
    create: ({ req }) => isStaff(userOf(req)) || hasRole(userOf(req), 'authority-user'),
    read: supervisedObjectRead,
    update: supervisorWrite,
    // Supervision records are kept as the Archives Act requires.
    delete: denyAll,
  },
  hooks: { beforeChange: [prepareObject], afterChange: [shareWithSupervisors] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: l('Nimi', 'Namn', 'Name') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'event',
      options: supervisedObjectKinds.map((value) => ({ value, label: kindLabels[value] })),
      label: l('Laji', 'Typ', 'Kind'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: supervisedObjectStatuses.map((value) => ({ value, label: statusLabels[value] })),
      label: l('Tila', 'Status', 'Status'),
    },
    { name: 'address', type: 'text', maxLength: 300, label: l('Osoite', 'Adress', 'Address') },
    { name: 'municipality', type: 'text', maxLength: 100, label: l('Kunta', 'Kommun', 'Municipality') },
    {
      type: 'row',
      fields: [
        { name: 'startsOn', type: 'date', label: l('Alkaa', 'Börjar', 'Starts') },
        { name: 'endsOn', type: 'date', label: l('Päättyy', 'Slutar', 'Ends') },
      ],
    },
    {
      name: 'authorities',
      type: 'relationship',
      relationTo: slugs.authorities,
      hasMany: true,
      index: true,
      label: l('Valvovat viranomaiset', 'Tillsynsmyndigheter', 'Supervising authorities'),
    },
    {
      name: 'case',
      type: 'relationship',
      relationTo: slugs.cases,
      index: true,
      label: l('Asia, josta kohde syntyi', 'Ärende som objektet kommer från', 'Case it came from'),
      access: { update: noOneField },
    },
    {
      name: 'application',
      type: 'relationship',
      relationTo: slugs.applications,
      index: true,
      label: l('Hakemus', 'Ansökan', 'Application'),
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
    },
    ...partyFields({ withAuthority: false }),
  ],
}

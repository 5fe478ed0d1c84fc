import type { AccessResult, CollectionConfig } from 'payload'
import { Forbidden } from 'payload'

import { denyAll, noOneField, ownAuthorityOf, userOf } from '../../access/roles'
import { idOf } from '../relations'
import { collectionLabels, groups, l } from '../labels'
import { slugs } from '../slugs'

/**
 * A case handler's internal notes: written and read only by the users of the case's own
 * authority. Not the customer, not the application's other authorities, not the service's
 * staff: a note is the authority's working paper. Notes are kept as written (no edit or delete).
 */
export const CaseNotes: CollectionConfig = {
  slug: slugs.caseNotes,
  labels: collectionLabels(
    ['Sisäinen muistiinpano', 'Intern anteckning', 'Internal note'],
    ['Sisäiset muistiinpanot', 'Interna anteckningar', 'Internal notes'],
  ),
  admin: { defaultColumns: ['createdAt', 'case', 'author'], group: groups.cases },
  access: {
    create: ({ req }) => ownAuthorityOf(userOf(req)) !== null,
    read: ({ req }): AccessResult => {
      const authority = ownAuthorityOf(userOf(req))
      return authority === null ? false : { authority: { equals: authority } }
    },
    update: denyAll,
    delete: denyAll,
  },
  hooks: {
    beforeChange: [
      // The note's authority and author come from the case and the writer, never the input:
      // the case is read with the writer's own access, so only its own authority may note it.
      async ({ data, operation, req }) => {
        if (operation !== 'create') return data
        const user = userOf(req)
        const authority = ownAuthorityOf(user)
        const caseDoc =
          authority === null || idOf(data.case) === null
            ? null
            : await req.payload
                .findByID({
                  collection: slugs.cases,
                  id: idOf(data.case)!,
                  req,
                  user,
                  overrideAccess: false,
                  depth: 0,
                  disableErrors: true,
                  select: { authority: true },
                })
                .catch(() => null)
        if (!caseDoc || String(idOf(caseDoc.authority)) !== String(authority)) throw new Forbidden(req.t)
        return { ...data, authority, author: user!.id }
      },
    ],
  },
  fields: [
    {
      name: 'case',
      type: 'relationship',
      relationTo: slugs.cases,
      required: true,
      index: true,
      label: l('Asia', 'Ärende', 'Case'),
    },
    {
      name: 'authority',
      type: 'relationship',
      relationTo: slugs.authorities,
      index: true,
      label: l('Viranomainen', 'Myndighet', 'Authority'),
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: slugs.users,
      label: l('Kirjoittaja', 'Skribent', 'Author'),
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: 10_000,
      label: l('Muistiinpano', 'Anteckning', 'Note'),
    },
  ],
}

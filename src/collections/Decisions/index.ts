import type { CollectionConfig } from 'payload'

import { caseParty, hasRole, noOneField, staffOnly, userOf } from '../../access/roles'
import { shareAttachments } from '../../applications/shareAttachments'
import { changeCaseStatus } from '../../cases/changeCaseStatus'
import { resolveParty } from '../../cases/resolveParty'
import { collectionLabels, groups, l } from '../labels'
import { decisionOutcomeOptions } from '../optionLabels'
import { caseBoundFields } from '../partyFields'
import { idOf } from '../relations'
import type { Rel } from '../relations'
import { partyFiles } from '../partyFiles'
import { slugs } from '../slugs'

/** The outcome of a case: status, summary and the decision document. */
export const Decisions: CollectionConfig = {
  slug: slugs.decisions,
  labels: collectionLabels(['Päätös', 'Beslut', 'Decision'], ['Päätökset', 'Beslut', 'Decisions']),
  admin: { defaultColumns: ['decidedAt', 'case', 'outcome', 'authority'], group: groups.cases },
  access: {
    create: ({ req }) => hasRole(userOf(req), 'authority-user'),
    read: caseParty(),
    update: staffOnly,
    delete: staffOnly,
  },
  hooks: {
    beforeChange: [
      async ({ data, operation, req }) => {
        if (operation !== 'create' || !req.user) return data
        const party = await resolveParty({ req, caseId: data.case })
        Object.assign(data, {
          case: party.case,
          application: party.application,
          applicant: party.applicant,
          onBehalfOf: party.onBehalfOf,
          authority: party.authority,
          decidedBy: req.user.id,
          decidedAt: data.decidedAt ?? new Date().toISOString(),
        })
        return data
      },
    ],
    afterChange: [
      async ({ doc, operation, req }) => {
        if (operation === 'create') {
          // A document the authority uploaded itself becomes the customer's to read too.
          const document = idOf(doc.document as Rel)
          await shareAttachments({
            req,
            attachmentIds: document === null ? [] : [document],
            applicant: idOf(doc.applicant as Rel),
            onBehalfOf: idOf(doc.onBehalfOf as Rel),
            authorities: [idOf(doc.authority as Rel)].filter((id) => id !== null),
          })
          await changeCaseStatus({
            req,
            caseId: doc.case?.id ?? doc.case,
            status: 'decided',
            outcome: doc.outcome,
          })
        }
        return doc
      },
    ],
  },
  fields: [
    ...caseBoundFields(),
    {
      name: 'outcome',
      type: 'select',
      required: true,
      options: decisionOutcomeOptions,
      label: l('Ratkaisu', 'Avgörande', 'Outcome'),
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 10000,
      label: l('Tiivistelmä', 'Sammanfattning', 'Summary'),
    },
    {
      name: 'document',
      type: 'relationship',
      relationTo: slugs.attachments,
      validate: partyFiles,
      label: l('Päätösasiakirja', 'Beslutsdokument', 'Decision document'),
    },
    { name: 'decidedAt', type: 'date', label: l('Päätöspäivä', 'Beslutsdatum', 'Decided at') },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: slugs.users,
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
      label: l('Päättäjä', 'Beslutsfattare', 'Decided by'),
    },
  ],
}

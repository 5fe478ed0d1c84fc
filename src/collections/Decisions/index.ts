import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'

import { caseParty, hasRole, noOneField, staffOnly, userOf } from '../../access/roles'
import { shareAttachments } from '../../applications/shareAttachments'
import { changeCaseStatus } from '../../cases/changeCaseStatus'
import { resolveParty } from '../../cases/resolveParty'
import { collectionLabels, groups, l } from '../labels'
import { decisionOutcomeOptions } from '../optionLabels'
import { caseBoundFields } from '../partyFields'
import type { Decision } from '../../payload-types'
import { idOf, idsOf } from '../relations'
import { partyFiles } from '../partyFiles'
import { slugs } from '../slugs'

/** A new decision decides its case; a document the authority uploaded becomes the customer's to read too. */
const afterDecisionCreate: CollectionAfterChangeHook<Decision> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await shareAttachments({
    req,
    attachmentIds: idsOf([doc.document]),
    applicant: idOf(doc.applicant),
    onBehalfOf: idOf(doc.onBehalfOf),
    authorities: idsOf([doc.authority]),
  })
  await changeCaseStatus({ req, caseId: idOf(doc.case)!, status: 'decided', outcome: doc.outcome })
  return doc
}

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
    afterChange: [afterDecisionCreate],
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

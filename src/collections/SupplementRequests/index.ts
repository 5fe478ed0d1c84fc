import { randomUUID } from 'node:crypto'

import type { CollectionConfig, FieldAccess } from 'payload'
import { APIError } from 'payload'

import { caseParty, denyAll, hasRole, isStaff, noOneField, userOf } from '../../access/roles'
import { changeCaseStatus } from '../../cases/changeCaseStatus'
import { refreshExpectedDecisionDate } from '../../cases/refreshExpectedDecisionDate'
import { resolveParty } from '../../cases/resolveParty'
import { collectionLabels, groups, l } from '../labels'
import { caseBoundFields } from '../partyFields'
import { idOf } from '../relations'
import { slugs } from '../slugs'
import { partyFiles } from '../partyFiles'
import { afterSupplementAnswer } from './afterAnswer'

const authorityField: FieldAccess = ({ req }) =>
  hasRole(userOf(req), 'authority-user', 'owner', 'service-producer')
const customerField: FieldAccess = ({ req }) => hasRole(userOf(req), 'customer')

/**
 * An authority asks the customer for missing information; the customer answers. Each
 * document is one requested item, answered on its own; the items the authority asked for
 * together share a `batch` (and a due date), shown and reminded of as one request.
 */
export const SupplementRequests: CollectionConfig = {
  slug: slugs.supplementRequests,
  labels: collectionLabels(
    ['Täydennyspyyntö', 'Begäran om komplettering', 'Supplement request'],
    ['Täydennyspyynnöt', 'Begäranden om komplettering', 'Supplement requests'],
  ),
  admin: { defaultColumns: ['createdAt', 'case', 'dueDate', 'status'], group: groups.cases },
  access: {
    create: ({ req }) => hasRole(userOf(req), 'authority-user'),
    read: caseParty(),
    update: ({ req, ...rest }) => {
      const user = userOf(req)
      if (isStaff(user)) return true
      return caseParty()({ req, ...rest })
    },
    delete: denyAll,
  },
  // The inbox's open requests of a page of cases, read with the authority's access rule
  // (authority, status and the cases): without statistics SQLite would otherwise walk every
  // request the authority ever made.
  indexes: [{ fields: ['authority', 'status', 'case'] }],
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
          requestedBy: req.user.id,
          status: 'open',
          batch: data.batch || randomUUID(),
        })
        return data
      },
      ({ data, operation, originalDoc, req }) => {
        if (operation !== 'update' || !hasRole(userOf(req), 'customer')) return data
        const hasText = typeof data.answer === 'string' && data.answer.trim() !== ''
        const hasAttachments = Array.isArray(data.answerAttachments) && data.answerAttachments.length > 0
        if (!hasText && !hasAttachments) return data
        // One answer per request: an answered or cancelled request is the authority's record.
        if (originalDoc?.status !== 'open')
          throw new APIError('This supplement request is no longer open.', 409, undefined, true)
        data.status = 'answered'
        data.answeredAt = new Date().toISOString()
        return data
      },
    ],
    afterChange: [
      // The case waits while a request is open: its expected decision date moves on.
      async ({ doc, previousDoc, operation, req }) => {
        if (
          operation === 'create' ||
          previousDoc?.status !== doc.status ||
          previousDoc?.dueDate !== doc.dueDate
        )
          await refreshExpectedDecisionDate({ req, caseId: idOf(doc.case)! })
        return doc
      },
      async ({ doc, operation, req }) => {
        if (operation !== 'create') return doc
        const caseId = idOf(doc.case)!
        const caseDoc = await req.payload.findByID({
          collection: slugs.cases,
          id: caseId,
          req,
          overrideAccess: true,
          depth: 0,
        })
        // A further request while one is open leaves the case where it is.
        if (caseDoc.status !== 'supplement-requested')
          await changeCaseStatus({ req, caseId, status: 'supplement-requested' })
        return doc
      },
      afterSupplementAnswer,
    ],
  },
  fields: [
    ...caseBoundFields(),
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: slugs.users,
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
      label: l('Pyytäjä', 'Begärd av', 'Requested by'),
    },
    {
      name: 'batch',
      type: 'text',
      maxLength: 64,
      access: { create: authorityField, update: noOneField },
      admin: { readOnly: true },
      label: l('Pyyntö', 'Begäran', 'Request'),
    },
    {
      name: 'whatIsMissing',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      access: { update: authorityField },
      label: l('Mitä puuttuu', 'Vad som saknas', 'What is missing'),
    },
    {
      name: 'dueDate',
      type: 'date',
      required: true,
      access: { update: authorityField },
      label: l('Määräpäivä', 'Sista dag', 'Due date'),
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'open',
      options: [
        { value: 'open', label: l('Avoin', 'Öppen', 'Open') },
        { value: 'answered', label: l('Vastattu', 'Besvarad', 'Answered') },
        { value: 'cancelled', label: l('Peruttu', 'Återkallad', 'Cancelled') },
      ],
      access: { create: noOneField, update: authorityField },
      label: l('Tila', 'Status', 'Status'),
    },
    {
      name: 'answer',
      type: 'textarea',
      maxLength: 10000,
      access: { create: noOneField, update: customerField },
      label: l('Vastaus', 'Svar', 'Answer'),
    },
    {
      name: 'answerAttachments',
      type: 'relationship',
      relationTo: slugs.attachments,
      hasMany: true,
      validate: partyFiles,
      access: { create: noOneField, update: customerField },
      label: l('Vastauksen liitteet', 'Bilagor till svaret', 'Answer attachments'),
    },
    {
      name: 'answeredAt',
      type: 'date',
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
      label: l('Vastattu', 'Besvarad', 'Answered at'),
    },
  ],
}

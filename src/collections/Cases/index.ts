import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { APIError } from 'payload'

import { caseParty, denyAll, noOneField, ownAuthority } from '../../access/roles'
import { appendCaseEvent } from '../../cases/appendCaseEvent'
import { checkHandler, recordAssignment } from '../../cases/caseAssignment'
import { caseActorOf } from '../../cases/caseActor'
import { isLateSubmission } from '../../cases/lateSubmission'
import { nowOf } from '../../clock'
import { caseSearchTextOf } from '../../domain/case-search'
import { decisionCorrectedContext } from '../../cases/changeCaseStatus'
import { IllegalTransitionError, isDecisionOutcome, transition } from '../../domain/case-status'
import type { Case } from '../../payload-types'
import { keyedObjectSchema } from '../keyedObjectSchema'
import { markOpenedOnRead, markOpenedOnStatus, openedAtField } from './caseOpened'
import { collectionLabels, groups, l } from '../labels'
import { caseStatusOptions, decisionOutcomeOptions, deliveryStateOptions } from '../optionLabels'
import { partyFields } from '../partyFields'
import { slugs } from '../slugs'

const systemOnly = { create: noOneField, update: noOneField }

/** A status change must be a move the status machine allows the request's actor. */
const checkStatusChange: CollectionBeforeChangeHook<Case> = ({
  context,
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  // The outcome only ever changes together with a move to `decided`, or when the decision
  // of a decided case is corrected (a new decision version, see the decisions collection).
  if (data.status === undefined || data.status === originalDoc.status) {
    const isCorrection =
      context[decisionCorrectedContext] === true &&
      originalDoc.status === 'decided' &&
      isDecisionOutcome(data.outcome)
    if (
      !isCorrection &&
      data.outcome !== undefined &&
      (data.outcome ?? null) !== (originalDoc.outcome ?? null)
    ) {
      throw new APIError('The outcome is set only when the case is decided.', 409, undefined, true)
    }
    return data
  }
  try {
    const result = transition({
      from: originalDoc.status,
      to: data.status,
      actor: caseActorOf(req),
      outcome: data.outcome ?? undefined,
    })
    data.outcome = result.outcome ?? null
    if (result.status === 'received' && !originalDoc.receivedAt) data.receivedAt = new Date().toISOString()
    if (result.status === 'decided') data.decidedAt = new Date().toISOString()
  } catch (error) {
    if (error instanceof IllegalTransitionError)
      throw new APIError(error.message, 409, { allowed: error.allowed }, true)
    throw error
  }
  return data
}

/**
 * Keeps what the authority's inbox filters by in step with the case: the text its search
 * matches (number and data), and whether the case came in late for its event.
 */
const keepInboxFields: CollectionBeforeChangeHook<Case> = ({ data, originalDoc, req }) => {
  data.searchText = caseSearchTextOf({
    caseNumber: data.caseNumber ?? originalDoc?.caseNumber,
    data: data.data ?? originalDoc?.data,
  })
  data.isLate = isLateSubmission({
    createdAt: data.createdAt ?? originalDoc?.createdAt ?? nowOf(req.payload),
    latestSubmissionDate: data.latestSubmissionDate ?? originalDoc?.latestSubmissionDate,
  })
  return data
}

const recordStatusChange: CollectionAfterChangeHook<Case> = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && previousDoc && previousDoc.status !== doc.status) {
    await appendCaseEvent({
      req,
      caseDoc: doc,
      type: 'status-changed',
      fromStatus: previousDoc.status,
      toStatus: doc.status,
    })
  }
  return doc
}

/** One case per permit type of a submitted application, routed to one authority. */
export const Cases: CollectionConfig = {
  slug: slugs.cases,
  labels: collectionLabels(['Asia', 'Ärende', 'Case'], ['Asiat', 'Ärenden', 'Cases']),
  admin: {
    useAsTitle: 'caseNumber',
    defaultColumns: ['caseNumber', 'permitType', 'authority', 'status', 'deliveryState', 'createdAt'],
    group: groups.cases,
  },
  access: {
    create: denyAll,
    read: caseParty(),
    update: ownAuthority(),
    delete: denyAll,
  },
  // The authority inbox: one authority's cases of some statuses (of one permit type), oldest
  // or newest first or by expected decision date. Leading with authority and status, these
  // reach only the cases asked for (the open work), however long the decided history grows.
  indexes: [
    { fields: ['authority', 'status', 'createdAt'] },
    { fields: ['authority', 'status', 'expectedDecisionDate'] },
    { fields: ['authority', 'permitType', 'status', 'createdAt'] },
    { fields: ['authority', 'handler', 'status', 'createdAt'] },
    { fields: ['authority', 'status', 'startDate'] },
  ],
  hooks: {
    beforeChange: [checkStatusChange, checkHandler, markOpenedOnStatus, keepInboxFields],
    afterChange: [recordStatusChange, recordAssignment],
    afterRead: [markOpenedOnRead],
  },
  fields: [
    {
      name: 'caseNumber',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: l('Asianumero', 'Ärendenummer', 'Case number'),
      access: systemOnly,
      admin: { readOnly: true },
    },
    {
      name: 'application',
      type: 'relationship',
      relationTo: slugs.applications,
      required: true,
      index: true,
      label: l('Hakemus', 'Ansökan', 'Application'),
      access: systemOnly,
      admin: { readOnly: true },
    },
    {
      name: 'permitType',
      type: 'relationship',
      relationTo: slugs.permitTypes,
      required: true,
      label: l('Lupatyyppi', 'Tillståndstyp', 'Permit type'),
      access: systemOnly,
      admin: { readOnly: true },
    },
    ...partyFields(),
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'submitted',
          index: true,
          label: l('Tila', 'Status', 'Status'),
          options: caseStatusOptions,
        },
        {
          name: 'outcome',
          type: 'select',
          label: l('Ratkaisu', 'Avgörande', 'Outcome'),
          options: decisionOutcomeOptions,
          admin: { condition: (data) => data?.status === 'decided' },
        },
        {
          name: 'handler',
          type: 'relationship',
          relationTo: slugs.users,
          label: l('Käsittelijä', 'Handläggare', 'Handler'),
          // Any user of the case's authority (checkHandler refuses anyone else).
          access: { create: noOneField },
        },
        {
          name: 'externalReference',
          type: 'text',
          label: l('Viranomaisen asianumero', 'Myndighetens diarienummer', 'Authority reference'),
        },
      ],
    },
    {
      name: 'data',
      type: 'json',
      typescriptSchema: keyedObjectSchema,
      label: l(
        'Viranomaiselle toimitetut tiedot',
        'Uppgifter till myndigheten',
        'Data sent to the authority',
      ),
      access: systemOnly,
      admin: { readOnly: true },
    },
    {
      type: 'collapsible',
      label: l('Toimitus', 'Leverans', 'Delivery'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'deliveryState',
              type: 'select',
              defaultValue: 'pending',
              label: l('Toimituksen tila', 'Leveransstatus', 'Delivery state'),
              options: deliveryStateOptions,
              access: systemOnly,
              admin: { readOnly: true },
            },
            {
              name: 'deliveryAttempts',
              type: 'number',
              defaultValue: 0,
              label: l('Yritykset', 'Försök', 'Attempts'),
              access: systemOnly,
              admin: { readOnly: true },
            },
            {
              name: 'deliveredAt',
              type: 'date',
              label: l('Toimitettu', 'Levererad', 'Delivered at'),
              access: systemOnly,
              admin: { readOnly: true },
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'latestSubmissionDate',
          type: 'text',
          label: l(
            'Viimeinen turvallinen jättöpäivä',
            'Sista säkra inlämningsdag',
            'Latest safe submission date',
          ),
          access: systemOnly,
          admin: { readOnly: true },
        },
        {
          // Lower-case case number, applicant, name and address: what the inbox's search matches.
          name: 'searchText',
          type: 'text',
          access: systemOnly,
          admin: { hidden: true },
        },
        {
          // What the inbox shows and sorts by: the bundle's title datum and start date.
          name: 'subjectName',
          type: 'text',
          label: l('Nimi', 'Namn', 'Name'),
          access: systemOnly,
          admin: { readOnly: true },
        },
        {
          name: 'startDate',
          type: 'text',
          label: l('Alkamispäivä', 'Startdatum', 'Start date'),
          access: systemOnly,
          admin: { readOnly: true },
        },
        {
          name: 'isLate',
          type: 'checkbox',
          label: l('Myöhässä jätetty', 'Sent inlämnad', 'Late submission'),
          access: systemOnly,
          admin: { readOnly: true },
        },
        {
          name: 'expectedDecisionDate',
          type: 'text',
          label: l('Arvioitu päätöspäivä', 'Beräknat beslutsdatum', 'Expected decision date'),
          access: systemOnly,
          admin: { readOnly: true },
        },
        {
          name: 'receivedAt',
          type: 'date',
          label: l('Vastaanotettu', 'Mottagen', 'Received at'),
          access: systemOnly,
          admin: { readOnly: true },
        },
        {
          name: 'decidedAt',
          type: 'date',
          label: l('Ratkaistu', 'Avgjord', 'Decided at'),
          access: systemOnly,
          admin: { readOnly: true },
        },
      ],
    },
    openedAtField,
  ],
}

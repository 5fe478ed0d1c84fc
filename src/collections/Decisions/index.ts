import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { ValidationError } from 'payload'

import { caseParty, hasRole, noOneField, staffOnly, userOf } from '../../access/roles'
import { shareAttachments } from '../../applications/shareAttachments'
import { requestLocaleOf } from '../../catalogue/requestLocaleOf'
import { changeCaseStatus } from '../../cases/changeCaseStatus'
import { decisionContextOf, decisionsOfCase } from '../../cases/decisionRecords'
import { resolveParty } from '../../cases/resolveParty'
import {
  conditionLimits,
  conditionsOf,
  decisionProblemsOf,
  decisionProblemTexts,
  decisionVersionsOf,
  nextVersionOf,
} from '../../domain/decision-rules'
import { isDecisionOutcome } from '../../domain/case-status'
import { collectionLabels, groups, l } from '../labels'
import { appealKindOptions, decisionOutcomeOptions } from '../optionLabels'
import { caseBoundFields } from '../partyFields'
import type { Decision } from '../../payload-types'
import { idOf, idsOf } from '../relations'
import { partyFiles } from '../partyFiles'
import { slugs } from '../slugs'

/**
 * A new decision gets its parties, its version (the next one of its case: a decision on a
 * case already decided corrects the current one, and needs its reason), the decision-maker,
 * and the appeal instructions of its permit type as they stand now. Refused, per field in
 * the admin's language, when the outcome is not one of the permit type's kind, the
 * conditions do not suit the outcome, or the validity ends before it starts.
 */
const prepareDecision: CollectionBeforeChangeHook<Decision> = async ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user) return data
  const party = await resolveParty({ req, caseId: data.case })
  const caseId = party.case!
  const [earlier, context] = await Promise.all([decisionsOfCase(req, caseId), decisionContextOf(req, caseId)])
  const version = nextVersionOf(earlier)
  const conditions = conditionsOf((data.conditions ?? []).map((row) => row?.text))
  const outcome = data.outcome
  const problems = isDecisionOutcome(outcome)
    ? decisionProblemsOf({
        kind: context.kind,
        outcome,
        conditions,
        validFrom: data.validFrom,
        validUntil: data.validUntil,
        isCorrection: version > 1,
        correctionReason: data.correctionReason,
      })
    : []
  if (problems.length > 0) {
    const locale = requestLocaleOf(req)
    throw new ValidationError({
      collection: slugs.decisions,
      errors: problems.map(({ path, code }) => ({ path, message: decisionProblemTexts[code][locale] })),
      req,
    })
  }
  Object.assign(data, {
    case: caseId,
    application: party.application,
    applicant: party.applicant,
    onBehalfOf: party.onBehalfOf,
    authority: party.authority,
    decidedBy: req.user.id,
    decidedAt: data.decidedAt ?? new Date().toISOString(),
    decisionMaker: data.decisionMaker?.trim() || (req.user as { name?: string }).name || null,
    conditions: conditions.map((text) => ({ text })),
    appealInstructions: context.appealInstructions,
    version,
    supersedes: decisionVersionsOf(earlier).current?.id ?? null,
    correctionReason: version > 1 ? data.correctionReason!.trim() : null,
  })
  return data
}

/**
 * A new decision decides its case; a correction changes the outcome of its case, which
 * stays decided. A document the authority uploaded becomes the customer's to read too. The
 * case's supplement requests still open are withdrawn: nothing is waited for once decided.
 */
const afterDecisionCreate: CollectionAfterChangeHook<Decision> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await shareAttachments({
    req,
    attachmentIds: idsOf([doc.document]),
    applicant: idOf(doc.applicant),
    onBehalfOf: idOf(doc.onBehalfOf),
    authorities: idsOf([doc.authority]),
  })
  await changeCaseStatus({
    req,
    caseId: idOf(doc.case)!,
    status: 'decided',
    outcome: doc.outcome,
    isCorrection: idOf(doc.supersedes) !== null,
  })
  await req.payload.update({
    collection: slugs.supplementRequests,
    where: { case: { equals: idOf(doc.case) }, status: { equals: 'open' } },
    data: { status: 'cancelled' },
    req,
    overrideAccess: true,
    depth: 0,
  })
  return doc
}

const systemField = { create: noOneField, update: noOneField }

/**
 * The outcome of a case: outcome, decision-maker, date, validity, conditions, appeal
 * instructions and the decision document. A decision is never edited by its authority: a
 * correction is a new version with its reason, and every version stays for the customer to read.
 */
export const Decisions: CollectionConfig = {
  slug: slugs.decisions,
  labels: collectionLabels(['Päätös', 'Beslut', 'Decision'], ['Päätökset', 'Beslut', 'Decisions']),
  admin: { defaultColumns: ['decidedAt', 'case', 'version', 'outcome', 'authority'], group: groups.cases },
  access: {
    create: ({ req }) => hasRole(userOf(req), 'authority-user'),
    // The parties of the case: the customer (and the organisation acted for), its authority, staff.
    read: caseParty(),
    update: staffOnly,
    delete: staffOnly,
  },
  hooks: {
    beforeChange: [prepareDecision],
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
      admin: {
        description: l(
          'Lupa: myönnetty, myönnetty ehdoin, hylätty tai jätetty tutkimatta. Ilmoitus: käsitelty, käsitelty ja ohjeita annettu tai kielletty.',
          'Tillstånd: beviljat, beviljat med villkor, avslaget eller avvisat. Anmälan: behandlad, behandlad med anvisningar eller förbjuden.',
          'Permit: granted, granted with conditions, denied or dismissed. Notification: acknowledged, acknowledged with instructions or prohibited.',
        ),
      },
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 10000,
      label: l('Tiivistelmä', 'Sammanfattning', 'Summary'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'decisionMaker',
          type: 'text',
          maxLength: 200,
          label: l('Päätöksentekijä', 'Beslutsfattare', 'Decision-maker'),
          admin: {
            description: l(
              'Nimi ja tehtävänimike; tyhjänä kirjaajan nimi.',
              'Namn och titel; lämnas tomt, den som registrerar.',
              'Name and title; left empty, the recorder’s name.',
            ),
          },
        },
        { name: 'decisionDate', type: 'date', label: l('Päätöspäivä', 'Beslutsdatum', 'Decision date') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          type: 'date',
          label: l('Voimassa alkaen', 'Giltigt från', 'Valid from'),
        },
        {
          name: 'validUntil',
          type: 'date',
          label: l('Voimassa asti', 'Giltigt till', 'Valid until'),
        },
      ],
    },
    {
      name: 'conditions',
      type: 'array',
      maxRows: conditionLimits.count,
      label: l('Ehdot ja ohjeet', 'Villkor och anvisningar', 'Conditions and instructions'),
      labels: {
        singular: l('Ehto', 'Villkor', 'Condition'),
        plural: l('Ehdot', 'Villkor', 'Conditions'),
      },
      fields: [
        {
          name: 'text',
          type: 'textarea',
          required: true,
          maxLength: conditionLimits.length,
          label: l('Ehto', 'Villkor', 'Condition'),
        },
      ],
    },
    {
      name: 'document',
      type: 'relationship',
      relationTo: slugs.attachments,
      validate: partyFiles,
      label: l('Päätösasiakirja', 'Beslutsdokument', 'Decision document'),
    },
    {
      name: 'appealInstructions',
      type: 'group',
      label: l('Muutoksenhakuohje', 'Anvisning om ändringssökande', 'Appeal instructions'),
      admin: {
        description: l(
          'Lupatyypin ohje sellaisena kuin se oli päätöstä kirjattaessa.',
          'Tillståndstypens anvisning sådan den var när beslutet registrerades.',
          'The permit type’s instructions as they stood when the decision was recorded.',
        ),
      },
      fields: [
        {
          name: 'kind',
          type: 'select',
          options: appealKindOptions,
          access: systemField,
          admin: { readOnly: true },
          label: l('Ohjeen laji', 'Typ av anvisning', 'Kind of instructions'),
        },
        {
          name: 'fi',
          type: 'textarea',
          access: systemField,
          admin: { readOnly: true },
          label: l('Suomeksi', 'På finska', 'In Finnish'),
        },
        {
          name: 'sv',
          type: 'textarea',
          access: systemField,
          admin: { readOnly: true },
          label: l('Ruotsiksi', 'På svenska', 'In Swedish'),
        },
        {
          name: 'en',
          type: 'textarea',
          access: systemField,
          admin: { readOnly: true },
          label: l('Englanniksi', 'På engelska', 'In English'),
        },
      ],
    },
    {
      name: 'correctionReason',
      type: 'textarea',
      maxLength: 5000,
      label: l('Korjauksen syy', 'Orsak till rättelsen', 'Reason for the correction'),
      admin: {
        description: l(
          'Pakollinen, kun asiassa on jo päätös: uusi päätös korjaa sen.',
          'Obligatorisk när ärendet redan har ett beslut: det nya beslutet rättar det.',
          'Required when the case already has a decision: the new one corrects it.',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'version',
          type: 'number',
          min: 1,
          access: systemField,
          admin: { readOnly: true },
          label: l('Versio', 'Version', 'Version'),
        },
        {
          name: 'supersedes',
          type: 'relationship',
          relationTo: slugs.decisions,
          access: systemField,
          admin: { readOnly: true },
          label: l('Korjaa päätöksen', 'Rättar beslutet', 'Corrects the decision'),
        },
      ],
    },
    {
      name: 'decidedAt',
      type: 'date',
      access: systemField,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      label: l('Kirjattu', 'Registrerat', 'Recorded at'),
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: slugs.users,
      access: systemField,
      admin: { readOnly: true },
      label: l('Kirjaaja', 'Registrerat av', 'Recorded by'),
    },
  ],
}

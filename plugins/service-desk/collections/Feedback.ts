import type { CollectionBeforeValidateHook, CollectionConfig, FieldAccess } from 'payload'
import { ValidationError } from 'payload'

import { hasRole, isStaff, ownerOnly, staffField, userOf } from '../../../src/access/roles'
import { collectionLabels, groups, l } from '../../../src/collections/labels'
import type { FeedbackProblem } from '../domain/feedback'
import {
  feedbackKinds,
  feedbackLimits,
  feedbackProblems,
  feedbackStatuses,
  publicFeedbackStatuses,
} from '../domain/feedback'
import { serviceDeskSlugs } from '../serviceDeskSlugs'

const ownerField: FieldAccess = ({ req }) => hasRole(userOf(req), 'owner')

const problemTexts: Record<FeedbackProblem['code'], string> = {
  required: 'Required.',
  'too-long': 'Too long.',
  'not-an-option': 'Choose one of the options.',
  'invalid-email': 'Not an email address.',
}

/** The same checks as the portal form, for every other way in (admin, REST). */
const checkInput: CollectionBeforeValidateHook = ({ data, originalDoc, operation }) => {
  const merged = { ...originalDoc, ...data }
  const problems = feedbackProblems({ kind: merged.kind, text: merged.text, email: merged.email ?? '' })
  if (problems.length > 0)
    throw new ValidationError({
      collection: serviceDeskSlugs.feedback,
      errors: problems.map((problem) => ({ path: problem.field, message: problemTexts[problem.code] })),
    })
  if (operation === 'create' && data) data.text = String(data.text).trim()
  return data
}

/**
 * Observations and ideas about the service, from anyone (the portal's `/feedback` form,
 * which creates them after its own checks). The owner triages them: new → accepted to the
 * backlog → done, or rejected, with a public note. Accepted and done items are public
 * without the sender's email; everything else is for staff.
 */
export const Feedback: CollectionConfig = {
  slug: serviceDeskSlugs.feedback,
  labels: collectionLabels(
    ['Palaute', 'Respons', 'Feedback'],
    ['Palautteet ja ideat', 'Respons och idéer', 'Feedback and ideas'],
  ),
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['text', 'kind', 'status', 'createdAt'],
    group: groups.serviceDesk,
    description: l(
      'Havainnot ja kehitysideat. Hyväksytyt ja valmiit näkyvät julkisesti julkisen huomautuksen kanssa (ei sähköpostia): hyväksy vain tekstejä, joissa ei ole henkilötietoja.',
      'Observationer och utvecklingsidéer. Godkända och klara visas offentligt med den offentliga anteckningen (utan e-post): godkänn bara texter utan personuppgifter.',
      'Observations and ideas. Accepted and done ones are public with the public note (never the email): accept only texts without personal data.',
    ),
  },
  // Created by the portal's action (anyone, after its checks) or by staff in the admin.
  access: {
    create: ({ req }) => isStaff(userOf(req)),
    read: ({ req }) => (isStaff(userOf(req)) ? true : { status: { in: [...publicFeedbackStatuses] } }),
    update: ownerOnly,
    delete: ownerOnly,
  },
  hooks: { beforeValidate: [checkInput] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'idea',
      options: feedbackKinds.map((value) => ({
        value,
        label: value === 'idea' ? l('Idea', 'Idé', 'Idea') : l('Havainto', 'Observation', 'Observation'),
      })),
      label: l('Laji', 'Typ', 'Kind'),
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: feedbackLimits.text,
      label: l('Palaute', 'Respons', 'Feedback'),
      access: { update: () => false },
    },
    {
      name: 'email',
      type: 'email',
      label: l('Sähköposti vastausta varten', 'E-post för svar', 'Email for a reply'),
      access: { read: staffField, update: () => false },
      admin: { position: 'sidebar' },
    },
    {
      name: 'language',
      type: 'select',
      options: ['fi', 'sv', 'en'],
      label: l('Kieli', 'Språk', 'Language'),
      access: { read: staffField, update: () => false },
      admin: { position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: feedbackStatuses.map((value) => ({
        value,
        label: {
          new: l('Uusi', 'Ny', 'New'),
          accepted: l('Hyväksytty kehitysjonoon', 'Godkänd till utvecklingskön', 'Accepted to backlog'),
          done: l('Toteutettu', 'Genomförd', 'Done'),
          rejected: l('Hylätty', 'Avslagen', 'Rejected'),
        }[value],
      })),
      label: l('Tila', 'Status', 'Status'),
      access: { create: ownerField, update: ownerField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'publicNote',
      type: 'textarea',
      maxLength: feedbackLimits.publicNote,
      label: l('Julkinen huomautus', 'Offentlig anteckning', 'Public note'),
      access: { create: ownerField, update: ownerField },
      admin: {
        description: l(
          'Näytetään palautesivulla hyväksytyn tai toteutetun palautteen kanssa.',
          'Visas på responssidan med godkänd eller genomförd respons.',
          'Shown on the feedback page with accepted or done items.',
        ),
      },
    },
  ],
}

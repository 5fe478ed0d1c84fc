import type { TFunction } from 'i18next'
import type { Payload } from 'payload'

import { serviceDeskSlugs } from '../../../plugins/service-desk'
import type { FeedbackProblem } from '../../../plugins/service-desk/domain/feedback'
import {
  feedbackKinds,
  feedbackLimits,
  feedbackProblems,
  publicFeedbackStatuses,
} from '../../../plugins/service-desk/domain/feedback'
import type { Locale } from '../../../src/domain/types'
import { formatDate } from '../i18n/format'
import type { FormFieldError } from './onboarding.server'

export type PublicFeedback = {
  id: string
  kind: string
  text: string
  status: string
  note: string | null
  sentOn: string
}

/**
 * The feedback page: accepted and done ideas, newest first, read as a visitor (only public
 * fields come back), and the longest text the form takes.
 */
export const loadFeedbackPage = async ({ payload, locale }: { payload: Payload; locale: Locale }) => {
  const { docs } = await payload.find({
    collection: serviceDeskSlugs.feedback,
    where: { status: { in: [...publicFeedbackStatuses] } },
    user: null,
    overrideAccess: false,
    sort: '-createdAt',
    limit: 50,
    depth: 0,
  })
  return {
    items: docs.map((doc): PublicFeedback => ({
      id: String(doc.id),
      kind: doc.kind,
      text: doc.text,
      status: doc.status,
      note: doc.publicNote ?? null,
      sentOn: formatDate({ date: doc.createdAt.slice(0, 10), locale }),
    })),
    maxTextLength: feedbackLimits.text,
  }
}

export type FeedbackResult =
  { isDone: true } | { isDone: false; errors: FormFieldError[]; values: Record<string, string> }

/**
 * Files a piece of feedback from the form. Anyone may send one, signed in or not, so the
 * collection refuses direct creation and this action writes it with the system's rights,
 * but only the three fields a sender gives, after the same checks the collection makes
 * (status and public note stay the owner's).
 */
export const sendFeedback = async ({
  payload,
  form,
  locale,
  t,
}: {
  payload: Payload
  form: FormData
  locale: Locale
  t: TFunction<'servicedesk'>
}): Promise<FeedbackResult> => {
  const values = {
    kind: String(form.get('kind') ?? ''),
    text: String(form.get('text') ?? ''),
    email: String(form.get('email') ?? '').trim(),
  }
  const problems = feedbackProblems(values)
  const kind = feedbackKinds.find((known) => known === values.kind)
  if (problems.length > 0 || kind === undefined) {
    const messages: Record<FeedbackProblem['code'], string> = {
      required: t('errors.required'),
      'too-long': t('errors.tooLong', { max: feedbackLimits.text }),
      'not-an-option': t('errors.notAnOption'),
      'invalid-email': t('errors.invalidEmail'),
    }
    const labels = { kind: t('feedback.kind'), text: t('feedback.text'), email: t('feedback.email') }
    return {
      isDone: false,
      values,
      errors: problems.map((problem) => ({
        field: problem.field,
        focusId: `feedback-${problem.field}`,
        label: labels[problem.field],
        message: messages[problem.code],
      })),
    }
  }
  await payload.create({
    collection: serviceDeskSlugs.feedback,
    data: {
      kind,
      text: values.text.trim(),
      email: values.email || undefined,
      language: locale,
      status: 'new',
    },
    overrideAccess: true,
  })
  return { isDone: true }
}

/** Observations and ideas from anyone, triaged by the owner into the development backlog. */

export const feedbackKinds = ['observation', 'idea'] as const
export type FeedbackKind = (typeof feedbackKinds)[number]

/** new → accepted to the backlog → done, or rejected. */
export const feedbackStatuses = ['new', 'accepted', 'done', 'rejected'] as const
export type FeedbackStatus = (typeof feedbackStatuses)[number]

/** The statuses whose items (text and public note) everyone may read. */
export const publicFeedbackStatuses: readonly FeedbackStatus[] = ['accepted', 'done']

export const feedbackLimits = { text: 2_000, email: 254, publicNote: 2_000 } as const

export type FeedbackProblem = {
  field: 'kind' | 'text' | 'email'
  code: 'required' | 'too-long' | 'not-an-option' | 'invalid-email'
}

export type FeedbackInput = { kind: unknown; text: unknown; email: unknown }

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** What is wrong with a piece of feedback as sent (nothing personal is required). */
export const feedbackProblems = ({ kind, text, email }: FeedbackInput): FeedbackProblem[] => {
  const problems: FeedbackProblem[] = []
  if (!feedbackKinds.includes(kind as FeedbackKind)) problems.push({ field: 'kind', code: 'not-an-option' })
  const body = typeof text === 'string' ? text.trim() : ''
  if (body === '') problems.push({ field: 'text', code: 'required' })
  else if (body.length > feedbackLimits.text) problems.push({ field: 'text', code: 'too-long' })
  const address = typeof email === 'string' ? email.trim() : ''
  if (address.length > feedbackLimits.email) problems.push({ field: 'email', code: 'too-long' })
  else if (address !== '' && !emailPattern.test(address))
    problems.push({ field: 'email', code: 'invalid-email' })
  return problems
}

/**
 * Names shared by the pages of the customer's one view and their actions: the intents of
 * the forms' buttons, the ids of their controls (the errors link to them) and the notice
 * shown after a successful post. Plain values, safe in the browser bundle.
 */

/** The forms of the one view, told apart by the pressed button's `intent`. */
export const applicationIntents = { message: 'message', answer: 'answer' } as const
export type ApplicationIntent = (typeof applicationIntents)[keyof typeof applicationIntents]

/** Ids of the form controls of the one view. */
export const controlIds = {
  messageBody: (caseId: string) => `message-body-${caseId}`,
  answer: (requestId: string) => `answer-${requestId}`,
  answerFiles: (requestId: string) => `answer-files-${requestId}`,
}

/** The query parameter that names the notice shown after a successful post. */
export const doneParam = 'done'
export const doneNotices = ['message', 'answer', 'change'] as const
export type DoneNotice = (typeof doneNotices)[number]

/** The buttons of the change form and of its confirmation. */
export const changeIntents = { review: 'review', edit: 'edit', confirm: 'confirm' } as const

/** Hidden fields of the change confirmation: the values reviewed, and the version they start from. */
export const changeFields = { values: 'values', version: 'version' } as const

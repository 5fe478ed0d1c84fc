import type { TaskConfig } from 'payload'

import { slugs } from '../collections/slugs'
import { customerLocaleOf, customerNotificationKinds, customerNotificationOf } from './customerNotificationOf'
import type { CustomerNotificationInput } from './queueCustomerNotification'
import { notifyCustomerTaskSlug, queueCustomerNotification } from './queueCustomerNotification'
import { sendOrQueueAgain } from './sendOrQueueAgain'
import { idOf } from '../collections/relations'

/** Where the customer follows the application in the portal. */
export const applicationLinkOf = ({
  serverURL,
  applicationId,
}: {
  serverURL: string
  applicationId: string
}) => `${serverURL}/applications/${encodeURIComponent(applicationId)}`

/**
 * Emails the applicant of an application in their language, retried until sent (the write
 * that caused the notification has long been committed).
 */
export const notifyCustomerTask: TaskConfig<{
  input: CustomerNotificationInput
  output: { status: string }
}> = {
  slug: notifyCustomerTaskSlug,
  label: 'Email the customer about their application',
  inputSchema: [
    { name: 'applicationId', type: 'text', required: true },
    { name: 'caseId', type: 'text' },
    { name: 'kind', type: 'text', required: true },
    { name: 'status', type: 'text' },
    { name: 'deleteOn', type: 'text' },
    { name: 'attempts', type: 'number' },
    { name: 'firstQueuedAt', type: 'text' },
    { name: 'destination', type: 'text' },
  ],
  outputSchema: [{ name: 'status', type: 'text', required: true }],
  // Reading the records may fail for a moment; a failed send is retried by queueing again.
  retries: 3,
  handler: async ({ input, req }) => {
    const { payload } = req
    const system = { req, overrideAccess: true, depth: 0 } as const
    if (!customerNotificationKinds.includes(input.kind)) {
      payload.logger.error({ msg: `Unknown customer notification kind "${String(input.kind)}"` })
      return { output: { status: 'unknown-kind' } }
    }
    const application = await payload
      .findByID({ collection: slugs.applications, id: input.applicationId, ...system, disableErrors: true })
      .catch(() => null)
    const applicantId = idOf(application?.applicant)
    const applicant =
      applicantId === null
        ? null
        : await payload
            .findByID({ collection: slugs.users, id: applicantId, ...system, disableErrors: true })
            .catch(() => null)
    const to = typeof applicant?.email === 'string' ? applicant.email : null
    if (!application || !to) return { output: { status: 'no-recipient' } }

    const { subject, text } = customerNotificationOf({
      kind: input.kind,
      locale: customerLocaleOf(applicant?.locale),
      status: input.status,
      deleteOn: input.deleteOn,
      link: applicationLinkOf({
        serverURL: payload.config.serverURL,
        applicationId: String(application.id),
      }),
    })
    const status = await sendOrQueueAgain({
      req,
      input,
      message: { to, subject, text },
      about: `the customer about application ${String(application.id)}`,
      queueAgain: (next, waitUntil) => queueCustomerNotification({ req, input: next, waitUntil }),
    })
    return { output: { status } }
  },
}

import type { Payload } from 'payload'

import { slugs } from '../collections/slugs'
import { queueEmail } from '../notifications/sendEmailTask'

/**
 * Tells the service producers about something that needs a person (a dead-lettered
 * delivery…). Logs in any case; an unreachable mail server never fails the caller.
 */
export const alertServiceProducers = async ({
  payload,
  subject,
  text,
}: {
  payload: Payload
  subject: string
  text: string
}) => {
  payload.logger.error({ msg: `${subject}: ${text}` })
  try {
    const { docs } = await payload.find({
      collection: slugs.users,
      where: { role: { equals: 'service-producer' } },
      overrideAccess: true,
      pagination: false,
      depth: 0,
    })
    const to = docs.map((user) => user.email).filter(Boolean)
    if (to.length > 0)
      await queueEmail({ payload, email: { to: to.join(', '), subject: `[Lupa] ${subject}`, text } })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Could not queue the email to the service producers' })
  }
}

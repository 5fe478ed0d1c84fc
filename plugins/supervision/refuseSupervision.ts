import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { requestLocaleOf } from '../../src/catalogue/requestLocaleOf'
import type { MessageCode } from '../../src/domain/messages'
import { message } from '../../src/domain/messages'
import { isLocale } from '../../src/domain/localize'

/**
 * Refuses a supervision write with one message per field at fault, in the user's language:
 * the admin's or the request's, or what a portal page passes as `context.messageLocale`.
 */
export const refuseSupervision = (
  req: PayloadRequest,
  collection: string,
  problems: { path: string; code: MessageCode }[],
): never => {
  const given = req.context?.messageLocale
  const locale = isLocale(given) ? given : requestLocaleOf(req)
  throw new ValidationError({
    collection,
    errors: problems.map(({ path, code }) => ({ path, message: message(code, locale) })),
    req,
  })
}

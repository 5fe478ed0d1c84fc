import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { requestLocaleOf } from '../../src/catalogue/requestLocaleOf'
import type { MessageCode } from '../../src/domain/messages'
import { message } from '../../src/domain/messages'

/** Refuses a supervision write with one message per field at fault, in the user's language. */
export const refuseSupervision = (
  req: PayloadRequest,
  collection: string,
  problems: { path: string; code: MessageCode }[],
): never => {
  const locale = requestLocaleOf(req)
  throw new ValidationError({
    collection,
    errors: problems.map(({ path, code }) => ({ path, message: message(code, locale) })),
    req,
  })
}

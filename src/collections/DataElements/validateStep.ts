import type { PayloadRequest } from 'payload'

import { requestLocaleOf } from '../../catalogue/requestLocaleOf'
import { stepChoiceLabel, stepChoicesOf } from '../../catalogue/stepChoicesOf'
import { message } from '../../domain/messages'

/**
 * A data element's step must be one of the bundles that use it, or the once-only form
 * would ask it on a catch-all last step. An element no bundle uses yet may name any step
 * (there is nothing to check it against); no step at all is allowed too, and the bundle's
 * publish check asks for one.
 */
export const validateStep = async (
  value: unknown,
  { req, id }: { req: PayloadRequest; id?: number | string },
): Promise<string | true> => {
  if (typeof value !== 'string' || value === '') return true
  const locale = requestLocaleOf(req)
  const { isUsed, choices } = await stepChoicesOf({ req, elementId: id, locale })
  if (!isUsed || choices.some((choice) => choice.key === value)) return true
  if (choices.length === 0) return message('no-steps', locale)
  return message('unknown-step', locale, { step: value, steps: choices.map(stepChoiceLabel).join(', ') })
}

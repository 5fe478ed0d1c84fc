import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { blockingProblems, checkBundle } from '../../domain/bundle-checks'
import { isLocale } from '../../domain/localize'
import type { PermitBundle } from '../../payload-types'
import { slugs } from '../slugs'
import { requestLocaleOf } from '../../catalogue/requestLocaleOf'
import { bundleProblemMessage } from './bundleProblemMessage'
import { loadBundleDraft } from './loadBundleDraft'

/**
 * Refuses a save that would leave the bundle broken (incomplete or dangling conditions,
 * repeated keys, a removed step still in use) or, when the bundle is published, not fit to
 * publish (a permit without rules, data elements without a step, missing Finnish texts):
 * one message per problem at its field, in the admin's language, and nothing is saved.
 * Warnings (missing Swedish or English texts) never refuse; the admin shows them beside the
 * preview.
 */
export const refuseBundleProblems: CollectionBeforeChangeHook<PermitBundle> = async ({
  data,
  originalDoc,
  req,
}) => {
  const draft = await loadBundleDraft({ req, data, id: originalDoc?.id })
  const problems = checkBundle({
    ...draft,
    displayLocale: isLocale(req.i18n?.language) ? req.i18n.language : draft.locale,
  })
  const blocking = blockingProblems({ problems, isPublished: draft.isPublished })
  if (blocking.length === 0) return data
  throw new ValidationError(
    {
      collection: slugs.permitBundles,
      errors: blocking.map((problem) => ({
        path: problem.path,
        message: bundleProblemMessage({ problem, locale: requestLocaleOf(req) }),
      })),
    },
    req.t,
  )
}

import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { validateRules } from '../../domain/analysis'
import type { PermitBundle } from '../../payload-types'
import { slugs } from '../slugs'
import { idsOf } from '../relations'

/**
 * Refuses a bundle whose rules are not JSON Logic, repeat a rule id, or read answers that
 * are not among the bundle's analysis questions: an administrator learns it on saving,
 * not from a customer's wrong analysis.
 */
export const validateBundleRules: CollectionBeforeChangeHook<PermitBundle> = async ({ data, req }) => {
  const { docs } = await req.payload.find({
    collection: slugs.dataElements,
    where: { id: { in: idsOf(data.analysisElements) } },
    overrideAccess: true,
    pagination: false,
    depth: 0,
    req,
  })
  const problems = validateRules({
    key: String(data.key ?? ''),
    name: { fi: '' },
    analysisElements: docs.map((doc) => doc.key),
    steps: [],
    permits: (data.permits ?? []).map((permit, index) => ({
      permitType: `#${index + 1}`,
      rules: (permit.rules ?? []).map((rule) => ({
        id: String(rule.ruleId ?? ''),
        when: rule.when,
        reason: { fi: '' },
      })),
      notNeededReason: { fi: '' },
    })),
  })
  if (problems.length > 0) {
    throw new ValidationError({
      collection: slugs.permitBundles,
      errors: problems.map((problem) => ({ path: 'permits', message: problem })),
    })
  }
  return data
}

import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { validateRules } from '../../domain/analysis'
import { slugs } from '../slugs'
import { idOf } from '../relations'

type Row = Record<string, unknown>

/**
 * Refuses a bundle whose rules are not JSON Logic, repeat a rule id, or read answers that
 * are not among the bundle's analysis questions: an administrator learns it on saving,
 * not from a customer's wrong analysis.
 */
export const validateBundleRules: CollectionBeforeChangeHook = async ({ data, req }) => {
  const elementIds = ((data.analysisElements as unknown[] | null) ?? []).map(idOf)
  const { docs } = await req.payload.find({
    collection: slugs.dataElements,
    where: { id: { in: elementIds } },
    overrideAccess: true,
    pagination: false,
    depth: 0,
    req,
  })
  const problems = validateRules({
    key: String(data.key ?? ''),
    name: { fi: '' },
    analysisElements: docs.map((doc) => String(doc.key)),
    steps: [],
    permits: ((data.permits as Row[] | null) ?? []).map((permit, index) => ({
      permitType: `#${index + 1}`,
      rules: ((permit.rules as Row[] | null) ?? []).map((rule) => ({
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

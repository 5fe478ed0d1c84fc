import type { Payload } from 'payload'

import { currentPrincipal, flowOutcomes, mandatesSlugs } from '../../../plugins/mandates'
import type { FlowOutcome } from '../../../plugins/mandates'
import { nowOf } from '../../../src/clock'
import type { Locale } from '../../../src/domain/types'
import { formatDateTime } from '../i18n/format'
import { asUser, type PortalUser } from './session.server'

export type { Principal } from '../../../plugins/mandates'

const isFlowOutcome = (value: unknown): value is FlowOutcome =>
  flowOutcomes.some((outcome) => outcome === value)

/**
 * Whom the customer acts for: the current principal, the customer's mandates still in force,
 * and the outcome of a Suomi.fi Mandates flow that just returned (`?mandates=`), if any.
 */
export const loadActingFor = async ({
  payload,
  user,
  locale,
  outcome,
}: {
  payload: Payload
  user: PortalUser
  locale: Locale
  outcome: string | null
}) => {
  const now = nowOf(payload)
  const [principal, mandates] = await Promise.all([
    currentPrincipal(payload, user),
    payload.find({
      collection: mandatesSlugs.mandates,
      ...asUser(user),
      where: { and: [{ endedAt: { exists: false } }, { expiresAt: { greater_than: now.toISOString() } }] },
      depth: 1,
      sort: '-createdAt',
      pagination: false,
    }),
  ])
  return {
    principal,
    outcome: isFlowOutcome(outcome) ? outcome : null,
    mandates: mandates.docs.map((mandate) => {
      const organisation = typeof mandate.organisation === 'object' ? mandate.organisation : null
      return {
        id: String(mandate.id),
        name: organisation?.name ?? mandate.personName ?? '',
        organisationId: organisation ? String(organisation.id) : null,
        validUntil: formatDateTime({ instant: mandate.expiresAt, locale }),
      }
    }),
  }
}

import type { Payload } from 'payload'

import type { BundleContext } from '../catalogue/loadBundleContext'
import type { Id } from '../collections/relations'
import { slugs } from '../collections/slugs'
import { customOf } from '../config/custom'
import type { OrganisationDetails, PrefillFacts, PrefilledRecord } from '../domain/prefill-sources'
import { prefillDraft } from '../domain/prefill-sources'
import type { DataValues, Locale } from '../domain/types'
import type { User } from '../payload-types'

/**
 * An address that receives nothing: accounts made at a first sign-in without an asserted
 * email get one under `.invalid` (RFC 2606), which is no contact address.
 */
const isContactEmail = (email: string | null | undefined) =>
  Boolean(email) && !/\.invalid$/i.test(email!.trim())

/**
 * The business register's details of the organisation; null when no register is configured,
 * it does not know the organisation, or it cannot be asked (logged, never the customer's
 * problem: they type the details themselves then).
 */
const registerDetailsOf = async ({
  payload,
  businessId,
  locale,
}: {
  payload: Payload
  businessId: string
  locale: Locale
}): Promise<OrganisationDetails | null> => {
  const lookup = customOf(payload.config).organisationDetails
  if (!lookup) return null
  try {
    const details = await lookup({ businessId, locale })
    return details && details.businessId === businessId ? details : null
  } catch (error) {
    payload.logger.warn({
      err: error,
      msg: 'The business register could not be asked; nothing prefilled from it',
    })
    return null
  }
}

/**
 * What is known of the customer (their identity and profile) and, when the draft is made for
 * an organisation, of it (its record and the business register). The organisation is read
 * with the customer's access: only one they may act for is used.
 */
export const prefillFactsOf = async ({
  payload,
  user,
  organisationId,
  locale,
}: {
  payload: Payload
  user: User
  organisationId: Id | null
  locale: Locale
}): Promise<PrefillFacts> => {
  const organisation =
    organisationId === null
      ? null
      : await payload
          .findByID({
            collection: slugs.organisations,
            id: organisationId,
            depth: 0,
            disableErrors: true,
            user,
            overrideAccess: false,
          })
          .catch(() => null)
  return {
    person: {
      name: user.name || null,
      email: isContactEmail(user.email) ? user.email : null,
      phone: user.phone ?? null,
    },
    organisation: organisation ? { name: organisation.name, businessId: organisation.businessId } : null,
    register: organisation
      ? await registerDetailsOf({ payload, businessId: organisation.businessId, locale })
      : null,
  }
}

/**
 * A new draft's values with everything its bundle's elements can take from the customer's
 * identity and profile and the organisation's details, and the record of what was
 * prefilled (see prefillDraft).
 */
export const prefillNewDraft = async ({
  payload,
  user,
  context,
  organisationId,
  values = {},
  locale,
}: {
  payload: Payload
  user: User
  context: Pick<BundleContext, 'elements' | 'bundle'>
  organisationId: Id | null
  values?: DataValues
  locale: Locale
}): Promise<{ values: DataValues; prefilled: PrefilledRecord }> => {
  if (!context.elements.some((element) => element.prefill)) return { values, prefilled: {} }
  const facts = await prefillFactsOf({ payload, user, organisationId, locale })
  return prefillDraft({
    elements: context.elements,
    analysisElements: context.bundle.analysisElements,
    values,
    facts,
    locale,
  })
}

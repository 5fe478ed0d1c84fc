import type { PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

import { idOf, idsOf } from '../../src/collections/relations'
import type { Id } from '../../src/collections/relations'
import { slugs } from '../../src/collections/slugs'
import { nowOf } from '../../src/clock'
import { registeredConnectionModesOf } from '../../src/connections/registry'
import { settingsFieldName } from '../../src/connections/types'
import { withTransaction } from '../../src/db/withTransaction'
import type { ServiceRequest } from '../../src/payload-types'
import { serviceDeskSlugs } from '../service-desk/serviceDeskSlugs'
import { authorityKeyOf, isOnboardingKind } from './domain/onboarding'
import { onboardingFieldNames } from './onboardingSlugs'

type Details = NonNullable<ServiceRequest[typeof onboardingFieldNames.details]>

/** What an approval set up, as recorded on the request. */
export type OnboardingSetup = {
  appliedAt: string
  authority: number
  isAuthorityCreated: boolean
  summary: string
}

export class OnboardingApprovalError extends Error {
  constructor(
    readonly kind: 'not-onboarding' | 'closed' | 'no-authority' | 'incomplete',
    message: string,
  ) {
    super(message)
    this.name = 'OnboardingApprovalError'
  }
}

const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** A key no other authority has: the name's, with a number after it when taken. */
const freeAuthorityKey = async (req: PayloadRequest, name: string) => {
  const base = authorityKeyOf(name)
  for (let suffix = 1; ; suffix += 1) {
    const key = suffix === 1 ? base : `${base}-${suffix}`
    const { totalDocs } = await req.payload.count({
      collection: slugs.authorities,
      where: { key: { equals: key } },
      req,
      overrideAccess: true,
    })
    if (totalDocs === 0) return key
  }
}

/** The authority kind a joining request names by its key (the join form offers the kinds). */
const kindOf = async (req: PayloadRequest, key: string) => {
  const { docs } = await req.payload.find({
    collection: slugs.authorityKinds,
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (!docs[0])
    throw new OnboardingApprovalError(
      'incomplete',
      `The joining request names an unknown authority kind "${key}".`,
    )
  return docs[0].id
}

/**
 * The connection a request asks for, as the authority's fields: the mode, and the answers
 * to the fields the mode asks, stored under the same names in its settings.
 */
const connectionOf = (req: PayloadRequest, details: Details) => {
  const slug = textOf(details.connectionMode)
  if (!slug) return {}
  const mode = registeredConnectionModesOf(req.payload.config).find((registered) => registered.slug === slug)
  const answers = new Map(Object.entries(details))
  const settings = Object.fromEntries(
    (mode?.onboardingFields ?? []).map((field) => [field.name, textOf(answers.get(field.name))]),
  )
  return {
    connectionMode: slug,
    ...(Object.keys(settings).length > 0 ? { [settingsFieldName(slug)]: settings } : {}),
  }
}

const apply = async (
  req: PayloadRequest,
  request: ServiceRequest,
): Promise<Omit<OnboardingSetup, 'appliedAt'>> => {
  const details: Details = request[onboardingFieldNames.details] ?? {}
  const system = { req, overrideAccess: true, depth: 0 } as const
  const permitTypes = idsOf(details.permitTypes)
  const authorityId = idOf(request.authority)

  if (request.kind === 'joining' && authorityId === null) {
    const nameFi = textOf(details.nameFi)
    if (!nameFi || !textOf(details.authorityKind))
      throw new OnboardingApprovalError(
        'incomplete',
        'The joining request lacks the name or kind of the authority.',
      )
    const kind = await kindOf(req, textOf(details.authorityKind))
    const key = await freeAuthorityKey(req, nameFi)
    const base = {
      key,
      kind,
      businessId: textOf(details.businessId) || undefined,
      municipalities: details.municipalities ?? [],
      noticeEmail: textOf(details.noticeEmail) || undefined,
      isActive: true,
      joinedPermitTypes: permitTypes,
      ...connectionOf(req, details),
    }
    const created = await req.payload.create({
      collection: slugs.authorities,
      data: { ...base, name: nameFi },
      locale: 'fi',
      ...system,
    })
    for (const locale of ['sv', 'en'] as const) {
      const name = textOf(details[locale === 'sv' ? 'nameSv' : 'nameEn'])
      if (name)
        await req.payload.update({
          collection: slugs.authorities,
          id: created.id,
          data: { name },
          locale,
          ...system,
        })
    }
    return {
      authority: created.id,
      isAuthorityCreated: true,
      summary: `Created authority ${key} (${textOf(details.connectionMode) || 'none'}) with ${permitTypes.length} permit type(s).`,
    }
  }

  if (authorityId === null)
    throw new OnboardingApprovalError('no-authority', 'The request names no authority to change.')
  const authority = await req.payload.findByID({
    collection: slugs.authorities,
    id: authorityId,
    ...system,
  })
  const joined = idsOf(authority.joinedPermitTypes)
  const update = async (data: Partial<RequiredDataFromCollectionSlug<'authorities'>>) =>
    req.payload.update({ collection: slugs.authorities, id: authorityId, data, ...system })

  switch (request.kind) {
    case 'joining': {
      const added = permitTypes.filter((id) => !joined.includes(id))
      await update({ joinedPermitTypes: [...joined, ...added], isActive: true })
      return {
        authority: authorityId,
        isAuthorityCreated: false,
        summary: `Joined ${added.length} permit type(s).`,
      }
    }
    case 'permit-type-removal': {
      const kept = joined.filter((id) => !permitTypes.includes(id))
      await update({ joinedPermitTypes: kept })
      return {
        authority: authorityId,
        isAuthorityCreated: false,
        summary: `Removed ${joined.length - kept.length} permit type(s).`,
      }
    }
    case 'parameter-change': {
      const municipalities = details.municipalities ?? []
      const changes = {
        ...(textOf(details.noticeEmail) ? { noticeEmail: textOf(details.noticeEmail) } : {}),
        ...(municipalities.length > 0 ? { municipalities } : {}),
        ...connectionOf(req, details),
      }
      await update(changes)
      const names = Object.keys(changes)
      return {
        authority: authorityId,
        isAuthorityCreated: false,
        summary: names.length > 0 ? `Changed ${names.join(', ')}.` : 'Nothing to change in the settings.',
      }
    }
    default: {
      // Leaving: no new cases are routed to an inactive authority; its cases, users and
      // connection stay, so cases under way are still delivered and can be finished.
      await update({ isActive: false })
      return {
        authority: authorityId,
        isAuthorityCreated: false,
        summary: 'Deactivated: no new cases are routed to the authority.',
      }
    }
  }
}

/**
 * Approves an onboarding service request (joining, parameter change, removing permit types,
 * leaving) and sets up what it asks in one transaction: for a new authority the authority
 * with its names, municipalities, connection mode and joined permit types; otherwise the
 * change to the authority. The request then records what was set up and is done. Approving
 * again changes nothing and answers the recorded setup (idempotent). The caller must have
 * checked that the user is staff; `req` carries that user for the audit trail.
 */
export const approveServiceRequest = async ({
  req,
  id,
}: {
  req: PayloadRequest
  id: Id
}): Promise<{ setup: OnboardingSetup; isNew: boolean }> => {
  return withTransaction(req, async () => {
    const request = await req.payload.findByID({
      collection: serviceDeskSlugs.serviceRequests,
      id,
      req,
      overrideAccess: true,
      depth: 0,
    })
    const recorded = request[onboardingFieldNames.setup]
    if (recorded?.appliedAt) {
      return {
        isNew: false,
        setup: {
          appliedAt: recorded.appliedAt,
          authority: idOf(recorded.authority)!,
          isAuthorityCreated: Boolean(recorded.isAuthorityCreated),
          summary: recorded.summary ?? '',
        },
      }
    }
    if (!isOnboardingKind(request.kind))
      throw new OnboardingApprovalError('not-onboarding', 'Only onboarding requests are approved this way.')
    if (request.status === 'rejected')
      throw new OnboardingApprovalError('closed', 'A rejected request cannot be approved.')
    const result = await apply(req, request)
    const setup: OnboardingSetup = { ...result, appliedAt: nowOf(req.payload).toISOString() }
    await req.payload.update({
      collection: serviceDeskSlugs.serviceRequests,
      id,
      data: {
        status: 'done',
        authority: setup.authority,
        [onboardingFieldNames.setup]: setup,
      },
      req,
      overrideAccess: true,
      depth: 0,
    })
    return { setup, isNew: true }
  })
}

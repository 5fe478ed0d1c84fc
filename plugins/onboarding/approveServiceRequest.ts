import type { PayloadRequest } from 'payload'

import { idOf } from '../../src/collections/relations'
import { slugs } from '../../src/collections/slugs'
import { nowOf } from '../../src/clock'
import { authorityKeyOf, isOnboardingKind } from '../../src/domain/onboarding'
import { serviceDeskSlugs } from '../service-desk/serviceDeskSlugs'
import { onboardingFieldNames } from './onboardingSlugs'
import { withTransaction } from '../../src/db/withTransaction'

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }

/** What an approval set up, as recorded on the request. */
export type OnboardingSetup = {
  appliedAt: string
  authority: Id
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

const idsOf = (value: unknown): Id[] =>
  ((value as unknown[] | null | undefined) ?? [])
    .map((item) => idOf(item as never))
    .filter((id) => id !== null)

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

/** The connection settings a request asks for, as the authority's fields. */
const connectionOf = (details: Doc) => {
  const mode = textOf(details.connectionMode)
  if (!mode) return {}
  return {
    connectionMode: mode,
    ...(mode === 'integration' ? { integrationSettings: { endpointUrl: textOf(details.endpointUrl) } } : {}),
  }
}

const apply = async (req: PayloadRequest, request: Doc): Promise<Omit<OnboardingSetup, 'appliedAt'>> => {
  const details = (request[onboardingFieldNames.details] as Doc | null) ?? ({} as Doc)
  const system = { req, overrideAccess: true, depth: 0 } as const
  const permitTypes = idsOf(details.permitTypes)
  const authorityId = idOf(request.authority as never)

  if (request.kind === 'joining' && authorityId === null) {
    const nameFi = textOf(details.nameFi)
    if (!nameFi || !textOf(details.authorityKind))
      throw new OnboardingApprovalError(
        'incomplete',
        'The joining request lacks the name or kind of the authority.',
      )
    const key = await freeAuthorityKey(req, nameFi)
    const base = {
      key,
      kind: textOf(details.authorityKind),
      businessId: textOf(details.businessId) || undefined,
      municipalities: (details.municipalities as string[] | null) ?? [],
      noticeEmail: textOf(details.noticeEmail) || undefined,
      isActive: true,
      [onboardingFieldNames.permitTypes]: permitTypes,
      ...connectionOf(details),
    }
    const created = (await req.payload.create({
      collection: slugs.authorities,
      data: { ...base, name: nameFi } as never,
      locale: 'fi',
      ...system,
    })) as unknown as Doc
    for (const locale of ['sv', 'en'] as const) {
      const name = textOf(details[`name${locale === 'sv' ? 'Sv' : 'En'}`])
      if (name)
        await req.payload.update({
          collection: slugs.authorities,
          id: created.id,
          data: { name } as never,
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
  const authority = (await req.payload.findByID({
    collection: slugs.authorities,
    id: authorityId,
    ...system,
  })) as unknown as Doc
  const joined = idsOf(authority[onboardingFieldNames.permitTypes]).map(String)
  const update = async (data: Record<string, unknown>) =>
    req.payload.update({ collection: slugs.authorities, id: authorityId, data: data as never, ...system })

  switch (request.kind) {
    case 'joining': {
      const added = permitTypes.filter((id) => !joined.includes(String(id)))
      await update({
        [onboardingFieldNames.permitTypes]: [...joined.map(idOfString), ...added],
        isActive: true,
      })
      return {
        authority: authorityId,
        isAuthorityCreated: false,
        summary: `Joined ${added.length} permit type(s).`,
      }
    }
    case 'permit-type-removal': {
      const removed = permitTypes.map(String)
      const kept = joined.filter((id) => !removed.includes(id))
      await update({ [onboardingFieldNames.permitTypes]: kept.map(idOfString) })
      return {
        authority: authorityId,
        isAuthorityCreated: false,
        summary: `Removed ${joined.length - kept.length} permit type(s).`,
      }
    }
    case 'parameter-change': {
      const municipalities = (details.municipalities as string[] | null) ?? []
      const changes = {
        ...(textOf(details.noticeEmail) ? { noticeEmail: textOf(details.noticeEmail) } : {}),
        ...(municipalities.length > 0 ? { municipalities } : {}),
        ...connectionOf(details),
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

/** Relationship ids come back as strings from the comparisons; numeric ids stay numbers. */
const idOfString = (id: string): Id => (/^\d+$/.test(id) ? Number(id) : id)

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
    const request = (await req.payload.findByID({
      collection: serviceDeskSlugs.serviceRequests,
      id,
      req,
      overrideAccess: true,
      depth: 0,
    })) as unknown as Doc
    const recorded = request[onboardingFieldNames.setup] as Partial<OnboardingSetup> | null
    if (recorded?.appliedAt) {
      return {
        isNew: false,
        setup: { ...recorded, authority: idOf(recorded.authority as never)! } as OnboardingSetup,
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
      } as never,
      req,
      overrideAccess: true,
      depth: 0,
    })
    return { setup, isNew: true }
  })
}

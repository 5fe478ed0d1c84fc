import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { onboardingFieldNames } from '../../plugins/onboarding'
import { getFixedT } from '../../portal/app/i18n/i18next.server'
import { fileOnboardingRequest, onboardingOptions } from '../../portal/app/models/onboarding.server'
import { serviceDeskSlugs } from '../../plugins/service-desk'
import { idOf } from '../../src/collections/relations'
import { slugs } from '../../src/collections/slugs'
import { seedCatalogue } from '../../src/seed/seed'
import type { TestUser } from '../support/factories'
import { authorityId, createUser, tokenOf } from '../support/factories'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }

let test: TestPayload
let server: Awaited<ReturnType<typeof startTestServer>>
let payload: Payload
let producer: TestUser
let policeUser: TestUser
let environmentUser: TestUser
let police: Id
let permitTypeIds: Id[]
let kindIds: Map<string, Id>

const as = (user: TestUser) => ({ user, overrideAccess: false }) as const

const stored = async (collection: CollectionSlug, id: Id) =>
  (await payload.findByID({
    collection: collection,
    id,
    overrideAccess: true,
    depth: 0,
  })) as unknown as Doc

const approve = async (id: Id, user: TestUser | null) => {
  const headers: Record<string, string> = {}
  if (user) headers.Authorization = `JWT ${await tokenOf(payload, user)}`
  const response = await fetch(`${server.url}/api/service-requests/${id}/approve`, {
    method: 'POST',
    headers,
  })
  return {
    status: response.status,
    json: (await response.json()) as { isNew: boolean; setup: Record<string, string> },
  }
}

/** A joining request as the public /join form files it (no signed-in user). */
const joiningRequest = async (details: Record<string, unknown>) =>
  (await payload.create({
    collection: serviceDeskSlugs.serviceRequests,
    data: {
      title: 'Liittyminen: Kangasalan kunta',
      description: 'Joining form',
      kind: 'joining',
      channel: 'portal',
      [onboardingFieldNames.details]: details,
    } as never,
    overrideAccess: true,
  })) as unknown as Doc

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  server = await startTestServer(test)
  ;({ kindIds } = await seedCatalogue(payload))
  police = await authorityId(payload, 'police-helsinki')
  const environment = await authorityId(payload, 'environmental-protection-helsinki')
  producer = await createUser(payload, { role: 'service-producer' })
  policeUser = await createUser(payload, { role: 'authority-user', authority: police })
  environmentUser = await createUser(payload, { role: 'authority-user', authority: environment })
  const { docs } = await payload.find({
    collection: slugs.permitTypes,
    limit: 2,
    overrideAccess: true,
    depth: 0,
  })
  permitTypeIds = docs.map((doc) => doc.id)
})

afterAll(async () => {
  await server?.close()
  await test?.close()
})

describe('approving a joining request', () => {
  it('should set up the authority with its names, mode and permit types, once', async () => {
    const request = await joiningRequest({
      nameFi: 'Kangasalan kunta',
      nameSv: 'Kangasala kommun',
      nameEn: 'Municipality of Kangasala',
      businessId: '0157616-7',
      noticeEmail: 'kirjaamo@kangasala.example.fi',
      authorityKind: 'environmental-protection',
      municipalities: ['211'],
      permitTypes: permitTypeIds,
      connectionMode: 'integration',
      endpointUrl: 'https://lupa.kangasala.example.fi/inbound',
    })
    const first = await approve(request.id, producer)
    expect(first.status).toBe(200)
    expect(first.json.isNew).toBe(true)
    expect(first.json.setup.isAuthorityCreated).toBe(true)
    const authority = await stored(slugs.authorities, first.json.setup.authority)
    expect(authority).toMatchObject({
      key: 'kangasalan-kunta',
      kind: kindIds.get('environmental-protection'),
      businessId: '0157616-7',
      municipalities: ['211'],
      noticeEmail: 'kirjaamo@kangasala.example.fi',
      connectionMode: 'integration',
      isActive: true,
    })
    expect((authority.integrationSettings as Doc).endpointUrl).toBe(
      'https://lupa.kangasala.example.fi/inbound',
    )
    expect((authority.joinedPermitTypes as Id[]).map(String).sort()).toEqual(permitTypeIds.map(String).sort())
    const sv = (await payload.findByID({
      collection: slugs.authorities,
      id: authority.id,
      locale: 'sv',
      overrideAccess: true,
    })) as unknown as Doc
    expect(sv.name).toBe('Kangasala kommun')
    const after = await stored(serviceDeskSlugs.serviceRequests, request.id)
    expect(after.status).toBe('done')
    expect(String(idOf(after.authority as never))).toBe(String(authority.id))
    expect((after[onboardingFieldNames.setup] as Doc).appliedAt).toBeTruthy()

    const second = await approve(request.id, producer)
    expect(second.status).toBe(200)
    expect(second.json.isNew).toBe(false)
    expect(String(second.json.setup.authority)).toBe(String(authority.id))
    const { totalDocs } = await payload.count({
      collection: slugs.authorities,
      where: { key: { like: 'kangasalan-kunta' } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(1)
  })

  it('should set up a simplified-mode authority and give a taken key a number', async () => {
    const request = await joiningRequest({
      nameFi: 'Kangasalan kunta',
      businessId: '0157616-7',
      noticeEmail: 'ymparisto@kangasala.example.fi',
      authorityKind: 'environmental-health',
      municipalities: ['211'],
      permitTypes: permitTypeIds.slice(0, 1),
      connectionMode: 'simplified',
    })
    const { status, json } = await approve(request.id, producer)
    expect(status).toBe(200)
    expect(await stored(slugs.authorities, json.setup.authority)).toMatchObject({
      key: 'kangasalan-kunta-2',
      connectionMode: 'simplified',
    })
  })
})

describe('approving a joining request of an unknown kind', () => {
  it('should refuse it and create nothing', async () => {
    const before = await payload.count({ collection: slugs.authorities, overrideAccess: true })
    const request = await joiningRequest({
      nameFi: 'Ruoveden kunta',
      authorityKind: 'no-such-kind',
      municipalities: ['562'],
      permitTypes: permitTypeIds,
    })
    const { status, json } = await approve(request.id, producer)
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('no-such-kind')
    expect(await payload.count({ collection: slugs.authorities, overrideAccess: true })).toEqual(before)
  })
})

describe('the joining form', () => {
  it('should offer the registered modes and ask what the chosen mode asks', async () => {
    const t = await getFixedT('en', 'servicedesk')
    const options = await onboardingOptions({ payload, locale: 'en' })
    expect(options.modes.map((mode) => mode.value)).toEqual(['simplified', 'integration'])
    expect(options.authorityKinds).toContainEqual({ value: 'police', label: 'Police' })
    expect(options.modeFields).toMatchObject([
      { name: 'endpointUrl', label: 'Endpoint URL (integration)', type: 'url' },
    ])
    const form = new FormData()
    for (const [name, value] of Object.entries({
      nameFi: 'Oriveden kaupunki',
      businessId: '0157616-7',
      noticeEmail: 'kirjaamo@orivesi.example.fi',
      authorityKind: options.authorityKinds[0].value,
      municipalities: '562',
      permitTypes: options.permitTypes[0].value,
      connectionMode: 'integration',
    }))
      form.set(name, value)
    const file = () =>
      fileOnboardingRequest({ payload, form, kind: 'joining', intent: 'join', user: null, locale: 'en', t })

    expect(await file()).toMatchObject({
      isDone: false,
      errors: [{ field: 'endpointUrl', focusId: 'join-endpointUrl', label: 'Endpoint URL (integration)' }],
    })
    form.set('endpointUrl', 'https://lupa.orivesi.example.fi/inbound')
    expect(await file()).toEqual({ isDone: true, intent: 'join' })
    const { docs } = await payload.find({
      collection: serviceDeskSlugs.serviceRequests,
      where: { [`${onboardingFieldNames.details}.nameFi`]: { equals: 'Oriveden kaupunki' } },
      overrideAccess: true,
    })
    expect(docs.map((doc) => doc[onboardingFieldNames.details])).toMatchObject([
      { connectionMode: 'integration', endpointUrl: 'https://lupa.orivesi.example.fi/inbound' },
    ])
  })
})

describe('approval access', () => {
  it('should refuse authority users and visitors, and leave the request untouched', async () => {
    const request = await joiningRequest({
      nameFi: 'Pälkäneen kunta',
      authorityKind: 'police',
      permitTypes: permitTypeIds,
    })
    expect((await approve(request.id, policeUser)).status).toBe(403)
    expect((await approve(request.id, null)).status).toBe(401)
    const after = await stored(serviceDeskSlugs.serviceRequests, request.id)
    expect(after.status).toBe('received')
    expect((after[onboardingFieldNames.setup] as Doc | null)?.appliedAt ?? null).toBeNull()
  })

  it('should refuse approving a request that is no onboarding request', async () => {
    const request = (await payload.create({
      collection: serviceDeskSlugs.serviceRequests,
      data: { title: 'Question', description: 'How?', kind: 'normal' } as never,
      ...as(policeUser),
    })) as unknown as Doc
    expect((await approve(request.id, producer)).status).toBe(400)
  })
})

describe("an authority's own onboarding requests", () => {
  it('should file them for their own authority and show them to nobody else', async () => {
    const request = (await payload.create({
      collection: serviceDeskSlugs.serviceRequests,
      data: {
        title: 'Leaving',
        description: 'We leave at the end of the year.',
        kind: 'leaving',
        authority: 12345,
      } as never,
      ...as(policeUser),
    })) as unknown as Doc
    expect(String(idOf(request.authority as never))).toBe(String(police))
    const own = await payload.find({
      collection: serviceDeskSlugs.serviceRequests,
      ...as(policeUser),
    })
    expect(own.docs.map((doc) => doc.id)).toContain(request.id)
    const other = await payload.find({
      collection: serviceDeskSlugs.serviceRequests,
      ...as(environmentUser),
    })
    expect(other.docs.map((doc) => doc.id)).not.toContain(request.id)
  })

  it('should join and remove permit types, change parameters and leave without touching cases', async () => {
    const file = async (kind: string, details: Record<string, unknown>) =>
      (await payload.create({
        collection: serviceDeskSlugs.serviceRequests,
        data: {
          title: kind,
          description: `${kind} please`,
          kind,
          [onboardingFieldNames.details]: details,
        } as never,
        ...as(policeUser),
      })) as unknown as Doc
    const joined = () =>
      stored(slugs.authorities, police).then((doc) =>
        ((doc.joinedPermitTypes as Id[] | null) ?? []).map(String).sort(),
      )

    // The seed has the police join the permit types of its kind already.
    const initially = await joined()
    const union = [...new Set([...initially, ...permitTypeIds.map(String)])].sort()
    expect((await approve((await file('joining', { permitTypes: permitTypeIds })).id, producer)).status).toBe(
      200,
    )
    expect(await joined()).toEqual(union)

    const removal = await file('permit-type-removal', { permitTypes: permitTypeIds.slice(0, 1) })
    expect((await approve(removal.id, producer)).status).toBe(200)
    expect(await joined()).toEqual(union.filter((id) => id !== String(permitTypeIds[0])))

    const change = await file('parameter-change', {
      noticeEmail: 'uusi@poliisi.example.fi',
      connectionMode: 'simplified',
    })
    expect((await approve(change.id, producer)).status).toBe(200)
    expect(await stored(slugs.authorities, police)).toMatchObject({
      noticeEmail: 'uusi@poliisi.example.fi',
      connectionMode: 'simplified',
    })

    const casesBefore = await payload.count({ collection: slugs.cases, overrideAccess: true })
    expect((await approve((await file('leaving', {})).id, producer)).status).toBe(200)
    expect((await stored(slugs.authorities, police)).isActive).toBe(false)
    expect((await payload.count({ collection: slugs.cases, overrideAccess: true })).totalDocs).toBe(
      casesBefore.totalDocs,
    )
  })
})

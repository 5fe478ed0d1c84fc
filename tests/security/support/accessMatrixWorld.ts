import type { Feedback, MaintenanceNotice } from '../../../src/payload-types'
import type { CollectionSlug, Payload } from 'payload'
import { createLocalReq } from 'payload'

import type { Role } from '../../../src/access/roles'
import { slugs } from '../../../src/collections/slugs'
import { outcomesByKind, permitTypeKindOf } from '../../../src/domain/decision-rules'
import { seedCatalogue } from '../../../src/seed/seed'
import { workedExampleAnswers, workedExampleApplication } from '../../../src/seed/public-event'
import { submitApplication } from '../../../src/submission/submitApplication'
import type { TestUser } from '../../support/factories'
import { authorityId, createDraft, createUser, tokenOf } from '../../support/factories'
import { minimalPdf } from '../../support/minimalPdf'

export type Id = number | string
export type Actor = 'anonymous' | Role
export const actors: readonly Actor[] = [
  'anonymous',
  'customer',
  'authority-user',
  'service-producer',
  'owner',
]

/**
 * The records a cell is tried on, as the actor sees them: `own` is the actor's own record (their
 * organisation's, their authority's; for public content the published one), `other` someone
 * else's, `locked` an own record no longer open (a submitted application, a locked file, an
 * outage the probe recorded).
 */
export type Scope = 'own' | 'other' | 'locked'
export type Samples = Partial<Record<Scope, Id>>

/** What the matrix needs of one collection beyond its policy. */
export type Fixture = {
  samples: (actor: Actor) => Samples
  /** A body the actor could create in the scope (JSON, or a form for an upload). */
  create?: (actor: Actor, scope: 'own' | 'other') => Promise<Record<string, unknown> | FormData>
  /** The segment REST addresses a record by, when it is not the id (preferences go by key). */
  restPath?: (id: Id) => Promise<string>
  /** A fresh record in the scope, for a delete that is allowed to succeed; null when none is made. */
  fresh?: (actor: Actor, scope: Scope) => Promise<Id | null>
}

let serial = 0
/** A value no other record has. */
export const unique = (prefix: string) => `${prefix}-matrix-${Date.now().toString(36)}-${++serial}`

/** A valid Finnish business ID (checksum 7-9-10-5-8-4-2 mod 11) from a running number. */
const businessIdOf = (seed: number) => {
  for (let body = seed; ; body += 1) {
    const digits = String(body % 10_000_000).padStart(7, '0')
    const sum = [7, 9, 10, 5, 8, 4, 2].reduce(
      (total, weight, index) => total + weight * Number(digits[index]),
      0,
    )
    const remainder = sum % 11
    if (remainder !== 1) return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`
  }
}

const idOf = (value: unknown): Id | null =>
  value !== null && typeof value === 'object' && 'id' in value
    ? (value.id as Id)
    : typeof value === 'number' || typeof value === 'string'
      ? value
      : null

/**
 * The data every cell of the access matrix is tried on: the catalogue, two organisations'
 * customers, two authorities' users, staff, and records of every collection on each side.
 */
export const seedWorld = async (payload: Payload) => {
  const { bundleId } = await seedCatalogue(payload)
  const authorities = {
    police: await authorityId(payload, 'police-helsinki'),
    environment: await authorityId(payload, 'environmental-protection-helsinki'),
  }
  const organisation = (
    await payload.create({
      collection: slugs.organisations,
      overrideAccess: true,
      data: { name: 'Puistosoitto ry', businessId: '3012345-8', type: 'association' },
    })
  ).id
  const otherOrganisation = (
    await payload.create({
      collection: slugs.organisations,
      overrideAccess: true,
      data: { name: 'Toinen ry', businessId: businessIdOf(1234000), type: 'association' },
    })
  ).id

  const customer = await createUser(payload, { role: 'customer', organisations: [organisation] })
  const colleague = await createUser(payload, { role: 'customer', organisations: [organisation] })
  const otherCustomer = await createUser(payload, { role: 'customer', organisations: [otherOrganisation] })
  const police = await createUser(payload, { role: 'authority-user', authority: authorities.police })
  const environment = await createUser(payload, {
    role: 'authority-user',
    authority: authorities.environment,
  })
  const producer = await createUser(payload, { role: 'service-producer' })
  const owner = await createUser(payload, { role: 'owner' })
  const userOfActor: Record<Actor, TestUser | null> = {
    anonymous: null,
    customer,
    'authority-user': police,
    'service-producer': producer,
    owner,
  }
  const tokens = new Map<Actor, string>()
  for (const actor of actors) {
    const user = userOfActor[actor]
    if (user) tokens.set(actor, await tokenOf(payload, user))
  }

  /** An authority user of any authority, made once, for the records of its cases. */
  const authorityUsers = new Map<string, TestUser>()
  const userOfAuthority = async (authority: Id) => {
    const key = String(authority)
    if (!authorityUsers.has(key))
      authorityUsers.set(key, await createUser(payload, { role: 'authority-user', authority }))
    return authorityUsers.get(key)!
  }

  const draftOf = async (user: TestUser, eventName: string, onBehalfOf?: Id) =>
    (
      await createDraft(payload, {
        customer: user,
        bundleId,
        values: { ...workedExampleApplication, eventName },
        onBehalfOf,
      })
    ).id
  const submit = async (user: TestUser, eventName: string, municipality = '091') => {
    const values = { ...workedExampleApplication, eventName, municipality }
    const draft = await createDraft(payload, {
      customer: user,
      bundleId,
      values,
      answers: { ...workedExampleAnswers, municipality },
    })
    return submitApplication({
      req: await createLocalReq({ user }, payload),
      applicationId: draft.id,
      locale: 'fi',
    })
  }
  const caseAt = (result: Awaited<ReturnType<typeof submit>>, authorityKey: string) => {
    const found = result.cases.find((item) => item.authority === authorityKey)
    if (!found) throw new Error(`No case for ${authorityKey} in ${result.receiptNumber}`)
    return found.id
  }

  const applications = {
    /** A colleague's draft for the customer's organisation: the customer's own. */
    ownDraft: await draftOf(colleague, 'Matrix own draft', organisation),
    otherDraft: await draftOf(otherCustomer, 'Matrix other draft'),
  }
  const submitted = await submit(customer, 'Matrix own submitted')
  const otherSubmitted = await submit(otherCustomer, 'Matrix other submitted', '049')
  const decidedSubmission = await submit(customer, 'Matrix decided')
  const spareSubmission = await submit(customer, 'Matrix spare')
  const cases = {
    police: caseAt(submitted, 'police-helsinki'),
    environment: caseAt(submitted, 'environmental-protection-helsinki'),
    other: otherSubmitted.cases[0].id,
  }

  const caseDoc = (id: Id) =>
    payload.findByID({ collection: slugs.cases, id, overrideAccess: true, depth: 1 })
  /** A decision on the case by a user of its authority, after the case was received. */
  const outcomeFor = async (caseId: Id) => {
    const { permitType } = await caseDoc(caseId)
    return outcomesByKind[permitTypeKindOf(typeof permitType === 'object' ? permitType.kind : null)][0]
  }
  const decide = async (caseId: Id, summary: string) => {
    const found = await caseDoc(caseId)
    await payload.db.updateOne({ collection: slugs.cases, id: caseId, data: { status: 'received' } })
    return (
      await payload.create({
        collection: slugs.decisions,
        user: await userOfAuthority(idOf(found.authority)!),
        overrideAccess: false,
        data: { case: Number(caseId), outcome: await outcomeFor(caseId), summary },
      })
    ).id
  }
  const decisions = {
    own: await decide(caseAt(decidedSubmission, 'police-helsinki'), 'Matrix own decision'),
    otherAuthority: await decide(
      caseAt(decidedSubmission, 'environmental-protection-helsinki'),
      'Matrix env decision',
    ),
    otherCustomer: await decide(otherSubmitted.cases[1].id, 'Matrix other decision'),
  }
  /** Cases of the customer's spare application, none of the police, for decisions made and deleted. */
  const spareCases = spareSubmission.cases
    .filter((item) => item.authority !== 'police-helsinki')
    .map((item) => item.id)
  const receivedPoliceCase = async () => {
    const id = caseAt(spareSubmission, 'police-helsinki')
    await payload.db.updateOne({ collection: slugs.cases, id, data: { status: 'received' } })
    return id
  }

  const as = (user: TestUser) => ({ user, overrideAccess: false })
  const message = async (user: TestUser, caseId: Id, body: string) =>
    (await payload.create({ collection: slugs.messages, ...as(user), data: { case: caseId, body } as never }))
      .id
  const messages = {
    police: await message(police, cases.police, 'Matrix police message'),
    environment: await message(environment, cases.environment, 'Matrix env message'),
    other: await message(otherCustomer, cases.other, 'Matrix other message'),
  }
  const supplement = async (user: TestUser, caseId: Id) => {
    // A supplement is asked for once the authority has received the case.
    await payload.db.updateOne({ collection: slugs.cases, id: caseId, data: { status: 'received' } })
    return (
      await payload.create({
        collection: slugs.supplementRequests,
        ...as(user),
        data: { case: caseId, whatIsMissing: 'Matrix map', dueDate: '2030-01-01' } as never,
      })
    ).id
  }
  const otherCaseAuthority = idOf((await caseDoc(cases.other)).authority)!
  const supplements = {
    police: await supplement(police, cases.police),
    environment: await supplement(environment, cases.environment),
    other: await supplement(await userOfAuthority(otherCaseAuthority), cases.other),
  }
  const note = async (user: TestUser, caseId: Id) =>
    (
      await payload.create({
        collection: slugs.caseNotes,
        ...as(user),
        data: { case: caseId, body: 'Matrix note' } as never,
      })
    ).id
  const notes = {
    police: await note(police, cases.police),
    environment: await note(environment, cases.environment),
  }

  /** A supervised object made by an authority user from one of its cases, and a case opened on it. */
  const supervisedObject = async (user: TestUser, caseId: Id, name: string) =>
    (
      await payload.create({
        collection: 'supervised-objects',
        ...as(user),
        // The status is the collection's to set; the type asks for one.
        data: { case: Number(caseId), name, kind: 'event', status: 'active' },
      })
    ).id
  const supervisionCase = async (user: TestUser, objectId: Id) =>
    (
      await payload.create({
        collection: 'supervision-cases',
        ...as(user),
        data: {
          object: Number(objectId),
          kind: 'guidance',
          status: 'open',
          title: unique('guidance'),
          acknowledgementRequired: true,
        },
      })
    ).id
  const otherCaseUser = await userOfAuthority(otherCaseAuthority)
  const supervisedObjects = {
    police: await supervisedObject(police, cases.police, 'Matrix own object'),
    environment: await supervisedObject(environment, cases.environment, 'Matrix env object'),
    other: await supervisedObject(otherCaseUser, cases.other, 'Matrix other object'),
  }
  const supervisionCases = {
    police: await supervisionCase(police, supervisedObjects.police),
    environment: await supervisionCase(environment, supervisedObjects.environment),
    other: await supervisionCase(otherCaseUser, supervisedObjects.other),
  }

  const upload = async (user: TestUser, data: Record<string, unknown> = {}) => {
    const pdf = minimalPdf()
    const created = await payload.create({
      collection: slugs.attachments,
      ...as(user),
      data: { description: unique('file') },
      file: { data: pdf, mimetype: 'application/pdf', name: 'plan.pdf', size: pdf.length },
    })
    if (Object.keys(data).length > 0)
      await payload.db.updateOne({ collection: slugs.attachments, id: created.id, data })
    return created.id
  }
  const attachments = {
    /** The customer's file, shared with the police case. */
    own: await upload(customer, { authorities: [authorities.police] }),
    police: await upload(police),
    locked: await upload(customer, { isLocked: true }),
    other: await upload(otherCustomer, { authorities: [authorities.environment] }),
  }

  const firstOf = async (collection: CollectionSlug, where = {}) => {
    const { docs } = await payload.find({ collection, where, overrideAccess: true, depth: 0, limit: 1 })
    if (!docs[0]) throw new Error(`No ${collection} record for the matrix`)
    return docs[0].id
  }
  const events = {
    police: await firstOf(slugs.caseEvents, {
      case: { equals: cases.police },
      type: { equals: 'submitted' },
    }),
    environment: await firstOf(slugs.caseEvents, { case: { equals: cases.environment } }),
    other: await firstOf(slugs.caseEvents, { case: { equals: cases.other }, type: { equals: 'submitted' } }),
  }
  const deliveries = {
    police: await firstOf(slugs.deliveries, { case: { equals: cases.police } }),
    environment: await firstOf(slugs.deliveries, { case: { equals: cases.environment } }),
  }

  /** A record written straight to the database, for collections only the system writes. */
  const stored = async (collection: CollectionSlug, data: Record<string, unknown>) =>
    (await payload.db.create({ collection, data })).id
  const future = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString()
  const now = new Date().toISOString()
  const inMonths = (months: number) => new Date(Date.now() + months * 30 * 86_400_000).toISOString()

  const desk = async (collection: 'incidents' | 'service-requests', user: TestUser) =>
    (
      await payload.create({
        collection,
        ...as(user),
        data: { title: unique('desk'), description: 'Matrix desk record' } as never,
      })
    ).id

  const preference = (user: TestUser) =>
    stored('payload-preferences', {
      key: unique('pref'),
      user: { relationTo: slugs.users, value: user.id },
      value: { a: 1 },
    })
  const preferences = new Map<Actor, Id>()
  for (const actor of actors) {
    const user = userOfActor[actor]
    if (user) preferences.set(actor, await preference(user))
  }
  const otherPreference = await preference(otherCustomer)

  const feedbackOf = async (status: Feedback['status']) =>
    (
      await payload.create({
        collection: 'feedback',
        overrideAccess: true,
        data: { kind: 'idea', text: unique('feedback'), status },
      })
    ).id
  const maintenanceOf = async (status: MaintenanceNotice['status']) =>
    (
      await payload.create({
        collection: 'maintenance-notices',
        overrideAccess: true,
        data: {
          title: unique('break'),
          startsAt: inMonths(1),
          endsAt: inMonths(2),
          description: 'Matrix',
          status,
        },
      })
    ).id
  const outageOf = (source: string) =>
    payload
      .create({
        collection: 'availability-outages',
        overrideAccess: true,
        data: { source, startedAt: now, component: 'web', description: 'Matrix' } as never,
      })
      .then((doc) => doc.id)

  await payload.update({
    collection: slugs.publicDocuments,
    where: { key: { equals: 'terms' } },
    data: { isPublished: false },
    overrideAccess: true,
  })
  const unpublishedBundle = (
    await payload.create({
      collection: slugs.permitBundles,
      overrideAccess: true,
      locale: 'fi',
      data: { name: 'Julkaisematon kokonaisuus', key: unique('bundle'), isPublished: false },
    })
  ).id

  const mandateOf = async (user: TestUser) =>
    stored('mandates', { user: user.id, kind: 'ypa', verifiedAt: now, expiresAt: future })
  const mandates = { own: await mandateOf(customer), other: await mandateOf(otherCustomer) }

  const twoOf = async (collection: CollectionSlug): Promise<Samples> => {
    const { docs } = await payload.find({ collection, overrideAccess: true, depth: 0, limit: 2, sort: 'id' })
    if (docs.length < 2) throw new Error(`Fewer than two ${collection} records for the matrix`)
    return { own: docs[0].id, other: docs[1].id }
  }
  const both = async (make: () => Promise<Id>): Promise<Samples> => ({
    own: await make(),
    other: await make(),
  })

  const records = {
    'rate-limit-counters': await both(() =>
      stored('rate-limit-counters', { key: unique('rl'), hits: 1, resetAt: future }),
    ),
    'integration-credentials': await both(() =>
      stored('integration-credentials', {
        authority: authorities.police,
        label: 'Matrix',
        keyPrefix: unique('k'),
        keyHash: unique('h'),
      }),
    ),
    'integration-idempotency-records': await both(() =>
      stored('integration-idempotency-records', {
        authority: authorities.police,
        key: unique('idem'),
        requestHash: 'x',
        responseStatus: 200,
      }),
    ),
    'service-desk-emails': await both(() =>
      stored('service-desk-emails', { key: unique('mail'), kind: 'maintenance', status: 'sent' }),
    ),
    'availability-roll-ups': {
      own: await stored('availability-roll-ups', { day: '2026-01-01', samples: 1, runs: [] }),
      other: await stored('availability-roll-ups', { day: '2026-01-02', samples: 1, runs: [] }),
    },
    'availability-samples': await both(() =>
      stored('availability-samples', { at: now, status: 'up', component: 'web', source: 'self-probe' }),
    ),
    identities: await both(() =>
      stored('identities', {
        idp: 'suomifi',
        kind: 'personal-identity-code',
        subjectHash: unique('subject'),
        sealedSubject: 'sealed',
        user: otherCustomer.id,
      }),
    ),
    'saml-sessions': await both(() =>
      stored('saml-sessions', {
        idp: 'suomifi',
        user: customer.id,
        sid: unique('sid'),
        nameId: 'n',
        expiresAt: future,
      }),
    ),
    'saml-cache': await both(() => stored('saml-cache', { key: unique('saml'), expiresAt: future })),
    'mandate-flows': await both(() =>
      stored('mandate-flows', {
        user: customer.id,
        sid: unique('sid'),
        kind: 'ypa',
        stateHash: unique('state'),
        webApiSessionId: 'w',
        returnTo: '/',
        expiresAt: future,
      }),
    ),
    'principal-choices': await both(() =>
      stored('principal-choices', {
        user: customer.id,
        sid: unique('sid'),
        mandate: mandates.own,
        expiresAt: future,
      }),
    ),
    'payload-kv': await both(() => stored('payload-kv', { key: unique('kv'), data: { a: 1 } })),
    'payload-migrations': await both(() =>
      stored('payload-migrations', { name: unique('migration'), batch: 1 }),
    ),
    'audit-log': await twoOf(slugs.auditLog),
    'payload-jobs': await twoOf('payload-jobs'),
    'authority-kinds': await twoOf(slugs.authorityKinds),
    'data-elements': await twoOf(slugs.dataElements),
    'permit-types': await twoOf(slugs.permitTypes),
    'service-descriptions': await both(
      async () =>
        (
          await payload.create({
            collection: slugs.serviceDescriptions,
            overrideAccess: true,
            data: { title: unique('service') },
          })
        ).id,
    ),
    'data-subject-requests': await both(() =>
      stored(slugs.dataSubjectRequests, {
        subject: otherCustomer.id,
        kind: 'access',
        receivedAt: now,
        status: 'open',
      }),
    ),
  }

  return {
    payload,
    bundleId,
    authorities,
    organisation,
    otherOrganisation,
    users: { customer, colleague, otherCustomer, police, environment, producer, owner },
    userOfActor,
    tokens,
    userOfAuthority,
    draftOf,
    applications: {
      ...applications,
      submitted: submitted.applicationId,
      otherSubmitted: otherSubmitted.applicationId,
    },
    receipts: { submitted: submitted.receiptNumber, otherSubmitted: otherSubmitted.receiptNumber },
    cases,
    caseNumbers: {
      police: String((await caseDoc(cases.police)).caseNumber),
      environment: String((await caseDoc(cases.environment)).caseNumber),
    },
    decide,
    outcomeFor,
    decisions,
    spareCases,
    receivedPoliceCase,
    messages,
    supplements,
    notes,
    supervisedObjects,
    supervisionCases,
    upload,
    attachments,
    events,
    deliveries,
    desk: {
      incidents: { own: await desk('incidents', police), other: await desk('incidents', environment) },
      'service-requests': {
        own: await desk('service-requests', police),
        other: await desk('service-requests', environment),
      },
    },
    preferences,
    otherPreference,
    preference,
    feedback: { own: await feedbackOf('accepted'), other: await feedbackOf('new') },
    feedbackOf,
    maintenance: { own: await maintenanceOf('published'), other: await maintenanceOf('draft') },
    outages: { own: await outageOf('manual'), locked: await outageOf('probe') },
    outageOf,
    publicDocuments: {
      own: await firstOf(slugs.publicDocuments, { key: { equals: 'privacy' } }),
      other: await firstOf(slugs.publicDocuments, { key: { equals: 'terms' } }),
    },
    bundles: { own: bundleId, other: unpublishedBundle },
    mandates,
    records,
    businessIdOf,
  }
}

export type World = Awaited<ReturnType<typeof seedWorld>>

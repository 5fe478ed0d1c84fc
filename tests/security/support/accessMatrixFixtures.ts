import type { CollectionSlug } from 'payload'

import { slugs } from '../../../src/collections/slugs'
import { createUser, testPassword } from '../../support/factories'
import { minimalPdf } from '../../support/minimalPdf'
import type { Actor, Fixture, Samples, World } from './accessMatrixWorld'
import { unique } from './accessMatrixWorld'

const isStaffActor = (actor: Actor) => actor === 'owner' || actor === 'service-producer'

/** The same records whoever asks. */
const fixed =
  (samples: Samples): Fixture['samples'] =>
  () =>
    samples

/** A rich-text body with one paragraph, as the admin's editor stores it. */
const richText = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

/** A one-page PDF as a multipart upload. */
const pdfForm = () => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(minimalPdf())], { type: 'application/pdf' }), 'plan.pdf')
  return form
}

/**
 * Per collection: the records each actor's cells are tried on, a body to create one, and fresh
 * records for deletes that may succeed. A collection without a fixture fails the matrix.
 */
export const fixturesOf = (world: World): Record<string, Fixture> => {
  const { payload, users, records } = world
  const created = async (collection: CollectionSlug, data: Record<string, unknown>) =>
    (await payload.create({ collection, data: data as never, overrideAccess: true })).id
  /** A fresh record of `make`'s kind in either scope: these collections have no tenant. */
  const anyScope = (make: () => Promise<Record<string, unknown>>, collection: CollectionSlug) => () =>
    make().then((data) => created(collection, data))
  const now = () => new Date().toISOString()

  const kindBody = async () => ({ key: unique('kind'), name: 'Matrix kind' })
  const authorityBody = async () => ({
    key: unique('authority'),
    name: 'Matrix authority',
    kind: records['authority-kinds'].own,
  })
  const elementBody = async () => ({
    key: unique('element').replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
    label: 'Matrix element',
    type: 'text',
  })
  const permitTypeBody = async () => ({
    key: unique('permit'),
    name: 'Matrix permit',
    routingKind: 'fixed',
    authority: world.authorities.police,
    leadTime: { days: 10 },
  })
  const bundleBody = async () => ({ key: unique('bundle'), name: 'Matrix bundle', isPublished: false })
  const serviceBody = async () => ({ title: unique('service') })
  const organisationBody = async () => ({
    name: unique('organisation'),
    businessId: world.businessIdOf(2_000_000 + Math.floor(Math.random() * 7_000_000)),
    type: 'company',
  })
  const userBody = async () => ({
    email: `${unique('user')}@test.localhost`,
    password: testPassword,
    name: 'Matrix user',
    role: 'customer',
  })

  return {
    users: {
      samples: (actor) => ({ own: world.userOfActor[actor]?.id, other: users.otherCustomer.id }),
      create: userBody,
      fresh: async () => (await createUser(payload, { role: 'customer' })).id,
    },
    organisations: {
      samples: fixed({ own: world.organisation, other: world.otherOrganisation }),
      create: organisationBody,
      fresh: anyScope(organisationBody, slugs.organisations),
    },
    'authority-kinds': {
      samples: fixed(records['authority-kinds']),
      create: kindBody,
      fresh: anyScope(kindBody, slugs.authorityKinds),
    },
    authorities: {
      samples: fixed({ own: world.authorities.police, other: world.authorities.environment }),
      create: authorityBody,
      fresh: anyScope(authorityBody, slugs.authorities),
    },
    'data-elements': {
      samples: fixed(records['data-elements']),
      create: elementBody,
      fresh: anyScope(elementBody, slugs.dataElements),
    },
    'permit-types': {
      samples: fixed(records['permit-types']),
      create: permitTypeBody,
      fresh: anyScope(permitTypeBody, slugs.permitTypes),
    },
    'permit-bundles': {
      samples: fixed(world.bundles),
      create: bundleBody,
      fresh: anyScope(bundleBody, slugs.permitBundles),
    },
    'service-descriptions': {
      samples: fixed(records['service-descriptions']),
      create: serviceBody,
      fresh: anyScope(serviceBody, slugs.serviceDescriptions),
    },
    'public-documents': {
      samples: fixed(world.publicDocuments),
      // Each key is one document: the one created here is made room for first.
      create: async () => {
        await payload.delete({
          collection: slugs.publicDocuments,
          where: { key: { equals: 'accessibility' } },
          overrideAccess: true,
        })
        return {
          key: 'accessibility',
          title: 'Matrix',
          body: richText('Matrix'),
          updatedOn: now(),
          isPublished: true,
        }
      },
    },
    applications: {
      samples: (actor) =>
        actor === 'authority-user'
          ? { own: world.applications.submitted, other: world.applications.otherSubmitted }
          : {
              own: world.applications.ownDraft,
              locked: world.applications.submitted,
              other: world.applications.otherDraft,
            },
      create: async () => ({ bundle: world.bundleId, values: { eventName: unique('event') } }),
      fresh: async (_actor, scope) =>
        scope === 'own'
          ? world.draftOf(users.colleague, unique('event'), world.organisation)
          : scope === 'other'
            ? world.draftOf(users.otherCustomer, unique('event'))
            : null,
    },
    cases: {
      samples: (actor) => ({
        own: world.cases.police,
        other: actor === 'customer' ? world.cases.other : world.cases.environment,
      }),
    },
    'case-events': {
      samples: (actor) => ({
        own: world.events.police,
        other: actor === 'customer' ? world.events.other : world.events.environment,
      }),
    },
    'case-notes': {
      samples: fixed({ own: world.notes.police, other: world.notes.environment }),
      create: async (_actor, scope) => ({
        case: scope === 'own' ? world.cases.police : world.cases.environment,
        body: 'Matrix note',
      }),
    },
    'supervised-objects': {
      samples: (actor) => ({
        own: world.supervisedObjects.police,
        other: actor === 'customer' ? world.supervisedObjects.other : world.supervisedObjects.environment,
      }),
      // An authority user makes one from a case of its own; staff make one by hand.
      create: async (actor, scope) => ({
        name: 'Matrix object',
        ...(isStaffActor(actor)
          ? {}
          : { case: scope === 'own' ? world.cases.police : world.cases.environment }),
      }),
    },
    'supervision-cases': {
      samples: (actor) => ({
        own: world.supervisionCases.police,
        other: actor === 'customer' ? world.supervisionCases.other : world.supervisionCases.environment,
      }),
      create: async (_actor, scope) => ({
        object: scope === 'own' ? world.supervisedObjects.police : world.supervisedObjects.environment,
        kind: 'guidance',
        title: 'Matrix guidance',
      }),
    },
    messages: {
      samples: (actor) => ({
        own: world.messages.police,
        other: actor === 'customer' ? world.messages.other : world.messages.environment,
      }),
      create: async (actor, scope) => ({
        case:
          scope === 'own'
            ? world.cases.police
            : actor === 'customer'
              ? world.cases.other
              : world.cases.environment,
        body: 'Matrix message',
      }),
    },
    'supplement-requests': {
      samples: (actor) => ({
        own: world.supplements.police,
        other: actor === 'customer' ? world.supplements.other : world.supplements.environment,
      }),
      create: async (_actor, scope) => ({
        case: scope === 'own' ? world.cases.police : world.cases.environment,
        whatIsMissing: 'Matrix',
        dueDate: '2030-01-01',
      }),
    },
    decisions: {
      samples: (actor) => ({
        own: world.decisions.own,
        other: actor === 'customer' ? world.decisions.otherCustomer : world.decisions.otherAuthority,
      }),
      create: async (_actor, scope) => {
        const caseId = scope === 'own' ? await world.receivedPoliceCase() : world.cases.environment
        return { case: caseId, outcome: await world.outcomeFor(caseId), summary: 'Matrix decision' }
      },
      fresh: async () => {
        const caseId = world.spareCases.pop()
        if (caseId === undefined) throw new Error('No spare case left to decide')
        return world.decide(caseId, 'Matrix decision to delete')
      },
    },
    attachments: {
      samples: (actor) =>
        actor === 'authority-user'
          ? { own: world.attachments.police, locked: world.attachments.own, other: world.attachments.other }
          : { own: world.attachments.own, locked: world.attachments.locked, other: world.attachments.other },
      create: async () => pdfForm(),
      fresh: async (actor, scope) => {
        if (scope === 'locked') return null
        const user =
          scope === 'other'
            ? users.otherCustomer
            : isStaffActor(actor)
              ? users.customer
              : world.userOfActor[actor]
        return user ? world.upload(user) : null
      },
    },
    'audit-log': { samples: fixed(records['audit-log']) },
    'data-subject-requests': {
      samples: fixed(records['data-subject-requests']),
      create: async () => ({ subject: users.otherCustomer.id, kind: 'access', receivedAt: now() }),
    },
    deliveries: { samples: fixed({ own: world.deliveries.police, other: world.deliveries.environment }) },
    'rate-limit-counters': { samples: fixed(records['rate-limit-counters']) },
    'integration-credentials': { samples: fixed(records['integration-credentials']) },
    'integration-idempotency-records': { samples: fixed(records['integration-idempotency-records']) },
    incidents: {
      samples: fixed(world.desk.incidents),
      create: async () => ({ title: unique('incident'), description: 'Matrix' }),
    },
    'service-requests': {
      samples: fixed(world.desk['service-requests']),
      create: async () => ({ title: unique('request'), description: 'Matrix' }),
    },
    'maintenance-notices': {
      samples: fixed(world.maintenance),
      create: async () => {
        const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
        return {
          title: unique('break'),
          startsAt: inDays(30),
          endsAt: inDays(31),
          description: 'Matrix',
          status: 'draft',
        }
      },
    },
    'service-desk-emails': { samples: fixed(records['service-desk-emails']) },
    feedback: {
      samples: fixed(world.feedback),
      create: async () => ({ kind: 'idea', text: unique('feedback') }),
      fresh: async (_actor, scope) => world.feedbackOf(scope === 'own' ? 'accepted' : 'new'),
    },
    'availability-roll-ups': { samples: fixed(records['availability-roll-ups']) },
    'availability-outages': {
      samples: fixed(world.outages),
      create: async () => ({ startedAt: now(), component: 'web', description: 'Matrix' }),
      fresh: async (_actor, scope) => world.outageOf(scope === 'locked' ? 'probe' : 'manual'),
    },
    'availability-samples': { samples: fixed(records['availability-samples']) },
    identities: { samples: fixed(records.identities) },
    'saml-sessions': { samples: fixed(records['saml-sessions']) },
    'saml-cache': { samples: fixed(records['saml-cache']) },
    mandates: { samples: fixed(world.mandates) },
    'mandate-flows': { samples: fixed(records['mandate-flows']) },
    'principal-choices': { samples: fixed(records['principal-choices']) },
    'payload-kv': { samples: fixed(records['payload-kv']) },
    'payload-jobs': { samples: fixed(records['payload-jobs']) },
    'payload-preferences': {
      samples: (actor) => ({ own: world.preferences.get(actor), other: world.otherPreference }),
      restPath: async (id) =>
        String((await payload.findByID({ collection: 'payload-preferences', id, overrideAccess: true })).key),
      create: async () => ({ key: unique('pref'), value: { a: 1 } }),
      fresh: async (actor, scope) => {
        const user = scope === 'other' ? users.otherCustomer : world.userOfActor[actor]
        return user ? world.preference(user) : null
      },
    },
    'payload-migrations': { samples: fixed(records['payload-migrations']) },
  }
}

import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'
import { slugs } from '../../src/collections/slugs'
import type { User } from '../../src/payload-types'
import { workedExampleAnswers, workedExampleApplication } from '../../src/seed/public-event'

type Id = number | string

/** A user as Payload stores it, named by its collection as a request's user is. */
export type TestUser = User & { collection: 'users' }

export const testPassword = 'test-password-1234'

/** A user of a role; authority users need `authority`. */
export const createUser = async (
  payload: Payload,
  {
    role,
    authority,
    organisations = [],
    isDemo = false,
    name = `Test ${role}`,
  }: { role: Role; authority?: Id; organisations?: Id[]; isDemo?: boolean; name?: string },
): Promise<TestUser> => {
  const email = `${role}-${randomBytes(4).toString('hex')}@test.localhost`
  const user = await payload.create({
    collection: slugs.users,
    overrideAccess: true,
    data: { email, password: testPassword, name, role, authority, organisations, isDemo } as never,
  })
  return { ...user, collection: 'users' }
}

/** A JWT for REST and GraphQL calls as the user. */
export const tokenOf = async (payload: Payload, user: TestUser) => {
  const result = await payload.login({
    collection: slugs.users,
    data: { email: user.email, password: testPassword },
  })
  return result.token!
}

export const authorityId = async (payload: Payload, key: string): Promise<Id> => {
  const { docs } = await payload.find({
    collection: slugs.authorities,
    where: { key: { equals: key } },
    overrideAccess: true,
    limit: 1,
  })
  if (!docs[0]) throw new Error(`No authority ${key}`)
  return docs[0].id
}

/** A draft application of the worked example (public event in a Helsinki park), as the customer. */
export const createDraft = async (
  payload: Payload,
  {
    customer,
    bundleId,
    values = workedExampleApplication,
    answers = workedExampleAnswers,
    onBehalfOf,
  }: {
    customer: TestUser
    bundleId: Id
    values?: Record<string, unknown>
    answers?: Record<string, unknown>
    onBehalfOf?: Id
  },
) =>
  payload.create({
    collection: slugs.applications,
    user: customer,
    overrideAccess: false,
    data: { bundle: bundleId, answers, values, onBehalfOf } as never,
  })

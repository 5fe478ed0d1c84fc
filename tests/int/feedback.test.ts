import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serviceDeskSlugs } from '../../plugins/service-desk'
import type { TestUser } from '../support/factories'
import { createUser } from '../support/factories'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'

let test: TestPayload
let payload: Payload
let owner: TestUser
let producer: TestUser
let customer: TestUser

const collection = serviceDeskSlugs.feedback
const as = (user: TestUser | null) => ({ user, overrideAccess: false }) as const

/** Feedback as the portal's action files it (after its own checks); the status is the collection's to set. */
const send = async (data: Omit<RequiredDataFromCollectionSlug<'feedback'>, 'status'>) =>
  payload.create({
    collection,
    data: data as RequiredDataFromCollectionSlug<'feedback'>,
    overrideAccess: true,
  })

const refusal = async (call: Promise<unknown>) =>
  (await call.then(
    () => null,
    (error: unknown) => error,
  )) as { status?: number; data?: { errors?: { path: string }[] } } | null

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  owner = await createUser(payload, { role: 'owner' })
  producer = await createUser(payload, { role: 'service-producer' })
  customer = await createUser(payload, { role: 'customer' })
})

afterAll(async () => {
  await test?.close()
})

describe('feedback', () => {
  it('should start as new, whatever status the sender gives', async () => {
    const doc = await payload.create({
      collection,
      data: { kind: 'idea', text: 'Dark mode', status: 'done', publicNote: 'Me!' },
      ...as(producer),
    })
    expect(doc).toMatchObject({ status: 'new' })
    expect(doc.publicNote ?? null).toBeNull()
  })

  it('should refuse empty and oversized text and a bad email', async () => {
    const empty = await refusal(send({ kind: 'idea', text: '   ' }))
    expect(empty?.status).toBe(400)
    const long = await refusal(send({ kind: 'idea', text: 'x'.repeat(2_001) }))
    expect(long?.data?.errors?.map((error) => error.path)).toContain('text')
    const email = await refusal(send({ kind: 'observation', text: 'Slow', email: 'not-an-email' }))
    expect(email?.data?.errors?.map((error) => error.path)).toContain('email')
  })

  it('should refuse creating feedback directly as a visitor or a customer', async () => {
    for (const user of [null, customer])
      expect(
        await refusal(
          payload.create({ collection, data: { kind: 'idea', text: 'Hi', status: 'new' }, ...as(user) }),
        ),
      ).not.toBeNull()
  })

  it('should let only the owner triage, and show accepted and done ones without the email', async () => {
    const idea = await send({ kind: 'idea', text: 'Show deadlines in a calendar', email: 'me@example.fi' })
    const hidden = await send({
      kind: 'observation',
      text: 'Typo on the front page',
      email: 'you@example.fi',
    })
    expect(
      await refusal(
        payload.update({ collection, id: idea.id, data: { status: 'accepted' }, ...as(producer) }),
      ),
    ).not.toBeNull()
    await payload.update({
      collection,
      id: idea.id,
      data: { status: 'accepted', publicNote: 'In the backlog for spring.' },
      ...as(owner),
    })
    const visible = await payload.find({ collection, ...as(null), pagination: false })
    const ids = visible.docs.map((doc) => doc.id)
    expect(ids).toContain(idea.id)
    expect(ids).not.toContain(hidden.id)
    const shown = visible.docs.find((doc) => doc.id === idea.id)
    expect(shown).toMatchObject({ status: 'accepted', publicNote: 'In the backlog for spring.' })
    expect(shown?.email).toBeUndefined()
    const staffView = await payload.findByID({ collection, id: idea.id, ...as(producer) })
    expect(staffView.email).toBe('me@example.fi')
  })
})

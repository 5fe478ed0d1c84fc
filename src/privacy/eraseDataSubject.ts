import { randomBytes } from 'node:crypto'

import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { deleteDraft } from '../applications/deleteDraft'
import type { Id } from '../collections/relations'
import { slugs } from '../collections/slugs'

/** What an erasure removed, and what it kept because the law requires it. */
export type ErasureOutcome = {
  erased: { drafts: number; files: number; signInRecords: number; account: boolean }
  kept: { applications: number; cases: number; messages: number; files: number }
}

/** The name an erased account keeps, so that kept records still read sensibly. */
export const erasedName = 'Poistettu käyttäjä / Raderad användare / Erased user'

/** Plugin collections holding sign-in and mandate records of a user (`user` field), where configured. */
const signInCollections = ['identities', 'saml-sessions', 'mandates', 'mandate-flows', 'principal-choices']

/**
 * Erases what Lupa holds on a person where the law allows, in the request's transaction:
 * their drafts with the files only they hold, their sign-in identities (the sealed identity code), sessions and mandates, and their
 * account's name, email and phone (the account stays, anonymous and unable to sign in, so
 * kept records keep their link). Kept, as the Archives Act and the authorities' own
 * record-keeping require: submitted applications, their cases, messages, decisions and
 * files, and the audit log. Answers what was erased and what was kept.
 */
export const eraseDataSubject = async ({ req, userId }: { req: PayloadRequest; userId: Id }) => {
  const { payload } = req
  const system = { req, overrideAccess: true, depth: 0, pagination: false } as const
  const mine = { applicant: { equals: userId } }
  const { docs: drafts } = await payload.find({
    collection: slugs.applications,
    where: { and: [mine, { status: { equals: 'draft' } }] },
    ...system,
  })
  let files = 0
  for (const draft of drafts)
    files += (await deleteDraft({ req, draft, detail: { reason: 'erasure-request' } })).length
  let signInRecords = 0
  for (const slug of signInCollections) {
    if (!payload.collections[slug as CollectionSlug]) continue
    const { docs } = await payload.delete({
      collection: slug as CollectionSlug,
      where: { user: { equals: userId } },
      ...system,
    })
    signInRecords += docs.length
  }
  await payload.db.updateOne({
    collection: slugs.users,
    id: userId,
    req,
    returning: false,
    data: {
      name: erasedName,
      email: `erased-${String(userId)}@erased.invalid`,
      phone: null,
      organisations: [],
      mfaSecret: null,
      mfaPendingSecret: null,
      mfaRecoveryCodes: null,
      mfaEnabledAt: null,
      // No password anyone knows: the account can never sign in again.
      salt: randomBytes(16).toString('hex'),
      hash: randomBytes(64).toString('hex'),
    },
  })
  await payload.db.updateOne({
    collection: slugs.users,
    id: userId,
    req,
    returning: false,
    data: { sessions: [] },
  })
  const count = async (collection: CollectionSlug, where: Where) =>
    (await payload.count({ collection, where, req, overrideAccess: true })).totalDocs
  return {
    erased: { drafts: drafts.length, files, signInRecords, account: true },
    kept: {
      applications: await count(slugs.applications, mine),
      cases: await count(slugs.cases, mine),
      messages: await count(slugs.messages, { sender: { equals: userId } }),
      files: await count(slugs.attachments, { uploadedBy: { equals: userId } }),
    },
  } satisfies ErasureOutcome
}

import { randomUUID } from 'node:crypto'

import type { CollectionConfig, Payload, PayloadRequest } from 'payload'

/*
 * CMS content (bundles, permit types, data elements, authorities, maintenance notices) is
 * read on nearly every page but changes a few times a day. Each process keeps what it has
 * read until the content version changes. An edit writes a new version into Payload's
 * key-value store in the edit's own transaction; every process compares its copy's version
 * with the stored one at most once a `checkIntervalMs`, so another process's edit shows
 * within that, and one query replaces the dozen a page would send.
 */

/** The key of the content version in Payload's key-value store (`payload-kv`). */
const versionKey = 'lupa-content-version'
const kvSlug = 'payload-kv'
/** How long a process trusts its copy before asking for the stored version again. */
export const contentCheckIntervalMs = 1000
/**
 * After an edit in this process, every read asks for the version for this long: the
 * edit's transaction may commit after a read that came in between.
 */
const recentEditMs = 5000

type State = {
  version: unknown
  checkedAt: number
  editedAt: number
  checking: Promise<string | null> | null
  entries: Map<string, Promise<unknown>>
}

const states = new WeakMap<Payload, State>()

const stateOf = (payload: Payload): State => {
  let state = states.get(payload)
  if (!state) {
    state = { version: undefined, checkedAt: 0, editedAt: 0, checking: null, entries: new Map() }
    states.set(payload, state)
  }
  return state
}

const storedVersion = async (payload: Payload) =>
  (await payload.kv.get<{ version: string }>(versionKey))?.version ?? null

/**
 * The version of the content this process's copy holds, after asking the database when
 * the last answer is older than `contentCheckIntervalMs` (or this process edited recently).
 * Anything derived from content (a rendered page) is as fresh as this version.
 */
export const contentVersionOf = async (payload: Payload): Promise<unknown> => {
  const state = stateOf(payload)
  const now = Date.now()
  if (now - state.checkedAt >= contentCheckIntervalMs || now - state.editedAt < recentEditMs) {
    // Requests arriving together share one question.
    state.checking ??= storedVersion(payload).finally(() => (state.checking = null))
    const version = await state.checking
    state.checkedAt = Date.now()
    if (version !== state.version) {
      state.entries.clear()
      state.version = version
    }
  }
  return state.version
}

/**
 * The content read by `load`, from this process's copy when the content has not changed
 * since. `load` must read committed content only: with the system's rights, outside any
 * request's transaction, and the same for everyone who gets it. A request inside a
 * transaction (its own edits not yet committed) reads afresh.
 */
export const cachedContent = async <T>(
  payload: Payload,
  key: string,
  load: () => Promise<T>,
  req?: Pick<PayloadRequest, 'transactionID'>,
): Promise<T> => {
  if (req?.transactionID) return load()
  await contentVersionOf(payload)
  const state = stateOf(payload)
  let entry = state.entries.get(key) as Promise<T> | undefined
  if (!entry) {
    entry = load()
    state.entries.set(key, entry)
    // A failed read is not kept: the next one tries again.
    entry.catch(() => state.entries.delete(key))
  }
  return entry
}

/** Records that content changed: a new version, written in the change's own transaction. */
const markContentChanged = async ({ req }: { req: PayloadRequest }) => {
  const state = stateOf(req.payload)
  state.editedAt = Date.now()
  state.entries.clear()
  await req.payload.db.upsert({
    collection: kvSlug,
    data: { key: versionKey, data: { version: randomUUID() } },
    where: { key: { equals: versionKey } },
    req,
    select: {},
  })
}

/** Adds the content version's hooks to a collection marked as content (`custom.isContent`). */
export const withContentVersion = (collection: CollectionConfig): CollectionConfig =>
  collection.custom?.isContent
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), markContentChanged],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), markContentChanged],
        },
      }
    : collection

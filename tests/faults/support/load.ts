import type { Payload } from 'payload'

import { slugs } from '../../../src/collections/slugs'
import { workedExampleApplication } from '../../../src/seed/public-event'
import type { TestUser } from '../../support/factories'
import { authorityId, createDraft } from '../../support/factories'
import type { Topology } from '../../support/topology'

type Id = number | string

/**
 * A small public event: a police notification (integration) and an area use permit
 * (an email notice to the city); with `alcoholServed` also a licence from the permit
 * agency (integration, a receiver of its own).
 */
export const smallEvent = (alcoholServed = false) => ({
  ...workedExampleApplication,
  alcoholServed,
  foodSold: 'none',
  amplifiedSound: false,
  temporaryStructures: false,
  streetsClosed: false,
  securityGuards: false,
  expectedAttendees: 150,
})

/** Drafts ready to submit, written directly (the load under test is the submission). */
export const createDrafts = async (
  topology: Topology,
  customer: TestUser,
  count: number,
  values: Record<string, unknown> = smallEvent(),
) => {
  const ids: Id[] = []
  const createSome = async (amount: number) => {
    for (let index = 0; index < amount; index += 1)
      ids.push(
        (
          await createDraft(topology.payload, {
            customer,
            bundleId: topology.bundleId,
            values,
            answers: values,
          })
        ).id,
      )
  }
  const concurrency = 4
  await Promise.all(
    Array.from({ length: concurrency }, (_, index) =>
      createSome(Math.floor(count / concurrency) + (index < count % concurrency ? 1 : 0)),
    ),
  )
  return ids
}

export type Submission = { id: Id; status: number; startedAt: number; answeredAt: number }

/**
 * Submits drafts through the load balancer, `concurrency` at a time, as the customer's
 * browser would (a network failure counts as status 0).
 */
export const submitAll = async (
  url: string,
  token: string,
  ids: Id[],
  { concurrency = 8 }: { concurrency?: number } = {},
) => {
  const queue = [...ids]
  const results: Submission[] = []
  const submitOne = async (id: Id) => {
    const startedAt = Date.now()
    const status = await fetch(`${url}/api/applications/${id}/submit?locale=fi`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
    })
      .then(async (response) => {
        await response.arrayBuffer()
        return response.status
      })
      .catch(() => 0)
    results.push({ id, status, startedAt, answeredAt: Date.now() })
  }
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) await submitOne(id)
    }),
  )
  return results
}

export const isSuccess = (submission: Submission) => submission.status >= 200 && submission.status < 300

/** The cases of the applications that go to one authority. */
export const casesFor = async (payload: Payload, applicationIds: Id[], authorityKey: string) =>
  (
    await payload.find({
      collection: slugs.cases,
      where: {
        application: { in: applicationIds },
        authority: { equals: await authorityId(payload, authorityKey) },
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs

/**
 * What a deduplicating receiver processed per case: the distinct `case.submitted` messages
 * (by webhook-id) of each case id. Exactly one per case is neither lost nor duplicated.
 */
export const submittedMessagesPerCase = (receiver: Topology['receivers']['police']) => {
  const perCase = new Map<string, Set<string>>()
  for (const request of receiver.state.requests) {
    if (request.verifiedWith.length === 0) continue
    const body = JSON.parse(request.body) as { type?: string; case?: { id?: string | number } }
    if (body.type !== 'case.submitted' || body.case?.id === undefined) continue
    const caseId = String(body.case.id)
    perCase.set(caseId, (perCase.get(caseId) ?? new Set()).add(request.id))
  }
  return perCase
}

/** Counts cases with no message and cases with more than one. */
export const lostAndDuplicated = (caseIds: Id[], perCase: Map<string, Set<string>>) => ({
  lost: caseIds.filter((id) => !perCase.has(String(id))).length,
  duplicated: caseIds.filter((id) => (perCase.get(String(id))?.size ?? 0) > 1).length,
})

/** The email notices the mail server took, per message id (`Message-ID` names the delivery's message). */
export const noticesPerMessage = (smtp: Topology['smtp']) => {
  const counts = new Map<string, number>()
  for (const email of smtp.received) {
    const id = /<([^@>]+)@/.exec(email.headers['message-id'] ?? '')?.[1]
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

/** The message ids of the deliveries of cases (the first message of each: its submission). */
export const submissionMessageIds = async (payload: Payload, caseIds: Id[]) =>
  (
    await payload.find({
      collection: slugs.deliveries,
      where: { case: { in: caseIds }, eventType: { equals: 'case.submitted' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs.map((delivery) => delivery.messageId)

/**
 * Jobs running or due and not yet run: none once the queue has caught up. Jobs planned for
 * later (a reminder in a few service days, a retry at its backoff time) are not counted.
 */
export const dueJobs = async (payload: Payload) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        completedAt: { exists: false },
        or: [
          { processing: { equals: true } },
          { waitUntil: { exists: false } },
          { waitUntil: { less_than_equal: new Date().toISOString() } },
        ],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs

export const waitFor = async (check: () => Promise<boolean> | boolean, timeoutMs: number, what: string) => {
  const until = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`${what}: not within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

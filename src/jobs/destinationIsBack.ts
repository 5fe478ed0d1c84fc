import type { Payload } from 'payload'

import { jobLeasesOf } from './jobLeases'
import { wakeWorkers } from './wakeWorkers'

/**
 * After making a destination's jobs due, this process does not ask again for this long
 * unless an attempt to it fails meanwhile: every retry that succeeds after an outage would
 * otherwise scan the queue again, a thousand scans for a thousand waiting deliveries, each
 * finding nothing new.
 */
const quietMs = 10_000

const madeDueAt = new WeakMap<Payload, Map<string, number>>()

/**
 * A destination that answered after failing is back: what waits for it (retries at their
 * backoff times, minutes or hours away) is due now, so an authority's backlog, or the
 * outbox after a mail server outage, drains as soon as it can be taken.
 */
export const destinationIsBack = async (payload: Payload, destination: string) => {
  let times = madeDueAt.get(payload)
  if (!times) madeDueAt.set(payload, (times = new Map()))
  const now = Date.now()
  if (now - (times.get(destination) ?? -Infinity) < quietMs) return
  times.set(destination, now)
  const count = (await jobLeasesOf(payload)?.makeDue(destination)) ?? 0
  if (count === 0) return
  payload.logger.info({ msg: `${destination} answers again: ${count} waiting job(s) are due now` })
  await wakeWorkers(payload)
}

/** An attempt to `destination` failed: the next success makes its waiting jobs due again. */
export const destinationFailed = (payload: Payload, destination: string) => {
  madeDueAt.get(payload)?.delete(destination)
}

import type { Payload } from 'payload'

import { jobLeasesOf } from './jobLeases'
import { wakeWorkers } from './wakeWorkers'

/**
 * A destination that answered after failing is back: what waits for it (retries at their
 * backoff times, minutes or hours away) is due now, so an authority's backlog, or the
 * outbox after a mail server outage, drains as soon as it can be taken.
 */
export const destinationIsBack = async (payload: Payload, destination: string) => {
  const count = (await jobLeasesOf(payload)?.makeDue(destination)) ?? 0
  if (count === 0) return
  payload.logger.info({ msg: `${destination} answers again: ${count} waiting job(s) are due now` })
  await wakeWorkers(payload)
}

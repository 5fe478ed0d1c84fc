import { describe, expect, it } from 'vitest'

import {
  casesFor,
  createDrafts,
  isSuccess,
  lostAndDuplicated,
  submitAll,
  submittedMessagesPerCase,
  dueJobs,
  waitFor,
} from './support/load'
import { useTopology } from './support/useTopology'

const setting = useTopology()

describe('an authority system that is down during 1,000 submissions', () => {
  it('should lose nothing, duplicate nothing, and deliver everything within a minute of its return', async () => {
    const { topology, customer, token } = setting
    const drafts = await createDrafts(topology, customer, 1000)
    const { police } = topology.receivers
    await police.stop()
    const down = Date.now()
    const submissions = await submitAll(topology.url, token, drafts)
    const submittedInMs = Date.now() - down
    expect(submissions.filter((submission) => !isSuccess(submission))).toEqual([])
    const cases = await casesFor(topology.payload, drafts, 'police-helsinki')
    expect(cases).toHaveLength(1000)

    await police.start()
    const back = Date.now()
    const caseIds = cases.map((item) => item.id)
    await waitFor(
      () => lostAndDuplicated(caseIds, submittedMessagesPerCase(police)).lost === 0,
      60_000,
      'every case delivered after the receiver came back',
    )
    const deliveredWithinMs = Date.now() - back
    // Anything still running finishes, so a duplicate sent late would be seen.
    await waitFor(async () => (await dueJobs(topology.payload)).length === 0, 30_000, 'the queue empty')
    expect(lostAndDuplicated(caseIds, submittedMessagesPerCase(police))).toEqual({ lost: 0, duplicated: 0 })
    process.stdout.write(
      `1,000 submissions in ${submittedInMs} ms while the receiver was down; ` +
        `every police case delivered ${deliveredWithinMs} ms after it came back\n`,
    )
  })
})

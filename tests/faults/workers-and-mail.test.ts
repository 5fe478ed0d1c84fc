import { describe, expect, it } from 'vitest'

import {
  casesFor,
  createDrafts,
  isSuccess,
  lostAndDuplicated,
  noticesPerMessage,
  sleep,
  submissionMessageIds,
  submitAll,
  submittedMessagesPerCase,
  dueJobs,
  waitFor,
} from './support/load'
import { useTopology } from './support/useTopology'

const setting = useTopology()

/** A stale claim of a killed worker is taken over once its lease (60 s) runs out. */
const leaseMs = 60_000

describe('workers killed with SIGKILL', () => {
  it('should lose nothing and duplicate nothing when a worker is killed 20 times at random points', async () => {
    const { topology, customer, token } = setting
    const drafts = await createDrafts(topology, customer, 300)
    const submitting = submitAll(topology.url, token, drafts, { concurrency: 4 })
    const restarts: Promise<unknown>[] = []
    for (let kill = 0; kill < 20; kill += 1) {
      await sleep(500 + Math.random() * 1500)
      await waitFor(() => topology.workers.length > 0, 60_000, 'a worker running')
      const victim = topology.workers[Math.floor(Math.random() * topology.workers.length)]
      await topology.kill(victim)
      restarts.push(topology.startWorker())
    }
    const submissions = await submitting
    await Promise.all(restarts)
    expect(submissions.filter((submission) => !isSuccess(submission))).toEqual([])

    const police = await casesFor(topology.payload, drafts, 'police-helsinki')
    const city = await casesFor(topology.payload, drafts, 'city-area-use-helsinki')
    expect([police.length, city.length]).toEqual([300, 300])
    await waitFor(
      async () => (await dueJobs(topology.payload)).length === 0,
      leaseMs + 60_000,
      'every job done',
    )
    const policeIds = police.map((item) => item.id)
    expect(lostAndDuplicated(policeIds, submittedMessagesPerCase(topology.receivers.police))).toEqual({
      lost: 0,
      duplicated: 0,
    })
    // The mail store keeps one copy per Message-ID, as a mailbox does; every notice is there.
    const notices = noticesPerMessage(topology.smtp)
    const expected = await submissionMessageIds(
      topology.payload,
      city.map((item) => item.id),
    )
    expect(expected).toHaveLength(300)
    expect(expected.filter((id) => !notices.has(id))).toEqual([])
    const resent = expected.filter((id) => (notices.get(id) ?? 0) > 1).length
    process.stdout.write(
      `20 worker kills: 0 lost; ${resent} notice(s) sent again under the same Message-ID\n`,
    )
  })
})

describe('the mail server down and back', () => {
  it('should send every notice exactly once', async () => {
    const { topology, customer, token } = setting
    const { smtp } = topology
    smtp.clear()
    await smtp.stop()
    const drafts = await createDrafts(topology, customer, 100)
    const submissions = await submitAll(topology.url, token, drafts)
    expect(submissions.filter((submission) => !isSuccess(submission))).toEqual([])
    const city = await casesFor(topology.payload, drafts, 'city-area-use-helsinki')
    const expected = await submissionMessageIds(
      topology.payload,
      city.map((item) => item.id),
    )
    expect(expected).toHaveLength(100)
    // The first attempts fail while it is down.
    await sleep(5_000)
    await smtp.start()
    const back = Date.now()
    await waitFor(
      () => expected.every((id) => noticesPerMessage(smtp).has(id)),
      90_000,
      'every notice sent after the mail server came back',
    )
    const sentWithinMs = Date.now() - back
    await waitFor(async () => (await dueJobs(topology.payload)).length === 0, 60_000, 'every job done')
    const notices = noticesPerMessage(smtp)
    expect(expected.filter((id) => notices.get(id) !== 1)).toEqual([])
    // The police's notices of delivered cases, through the outbox: one each.
    const police = await casesFor(topology.payload, drafts, 'police-helsinki')
    const policeNotices = police.map(
      (item) => smtp.received.filter((email) => email.subject.endsWith(`: ${item.caseNumber}`)).length,
    )
    expect(policeNotices.filter((count) => count !== 1)).toEqual([])
    process.stdout.write(
      `100 notices sent exactly once, ${sentWithinMs} ms after the mail server came back\n`,
    )
  })
})

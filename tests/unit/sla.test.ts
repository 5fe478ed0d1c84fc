import { describe, expect, it } from 'vitest'

import { isBreakOn, isShortNotice, noticeEmailAt } from '../../plugins/service-desk/domain/maintenance'
import type { Clock, ClockStatus, IncidentSeverity, Pause } from '../../plugins/service-desk/domain/sla'
import {
  clockStatus,
  dueNotices,
  incidentLimits,
  incidentSeverities,
  incidentSla,
  nextNoticeAt,
  overallState,
  pauseProblems,
  progressIncident,
  progressServiceRequest,
  serviceHoursOf,
  serviceRequestSla,
} from '../../plugins/service-desk/domain/sla'
import { addServiceMinutes, serviceMinutesBetween } from '../../src/domain/service-time'
import { forAll, integer } from '../support/properties'
import type { Random } from '../support/properties'

// Helsinki is UTC+3 in summer and UTC+2 in winter; instants are UTC with local time in comments.
const at = (iso: string) => new Date(iso)
const hours = (count: number) => count * 60

/** Thursday 18 June 2026 14:00 in Helsinki; Friday is Midsummer Eve, then a weekend. */
const beforeMidsummer = at('2026-06-18T11:00:00Z')

describe('incident clocks', () => {
  it('should give a critical incident 4 service hours to respond, across Midsummer and a weekend', () => {
    const sla = incidentSla({ reportedAt: beforeMidsummer, severity: 'critical' }, { now: beforeMidsummer })
    // Thu 14–16, then Mon 22 June 08–10.
    expect(sla.response.dueAt).toEqual(at('2026-06-22T07:00:00Z'))
  })

  it('should count the projected resolution deadline from the response deadline until a response', () => {
    const sla = incidentSla({ reportedAt: beforeMidsummer, severity: 'critical' }, { now: beforeMidsummer })
    // 16 h from Mon 10:00: Mon 10–16, Tue 08–16, Wed 08–10.
    expect(sla.resolution.dueAt).toEqual(at('2026-06-24T07:00:00Z'))
    expect(sla.resolution.usedMinutes).toBe(0)
  })

  it('should start the resolution clock at an early response', () => {
    const sla = incidentSla(
      { reportedAt: beforeMidsummer, severity: 'critical', respondedAt: at('2026-06-18T12:00:00Z') },
      { now: at('2026-06-22T06:00:00Z') },
    )
    // Thu 15–16, Mon 08–16, Tue 08–15.
    expect(sla.resolution.dueAt).toEqual(at('2026-06-23T12:00:00Z'))
    expect(sla.response.state).toBe('met')
    // Response time (Thu 14–15) is not resolution time: Thu 15–16 and Mon 08–09 are.
    expect(sla.response.usedMinutes).toBe(60)
    expect(sla.resolution.usedMinutes).toBe(120)
  })

  it.each([
    ['critical', 4, 16],
    ['major', 8, 24],
    ['minor', 16, 40],
  ] as const)(
    'should give a %s incident %i h to respond and %i h to resolve',
    (severity, response, resolution) => {
      const monday = at('2026-11-02T06:00:00Z') // Mon 08:00 EET
      const sla = incidentSla({ reportedAt: monday, severity, respondedAt: monday }, { now: monday })
      expect(sla.response.limitMinutes).toBe(hours(response))
      expect(sla.resolution.dueAt).toEqual(addServiceMinutes(monday, hours(resolution)))
    },
  )

  it('should run an unclassified incident on critical times', () => {
    const unclassified = incidentSla(
      { reportedAt: beforeMidsummer, severity: null },
      { now: beforeMidsummer },
    )
    expect(unclassified.severity).toBe('critical')
    expect(unclassified.response.limitMinutes).toBe(hours(4))
  })

  it('should count a response exactly at the deadline as in time and a minute later as breached', () => {
    const due = at('2026-06-22T07:00:00Z')
    const inTime = incidentSla(
      { reportedAt: beforeMidsummer, severity: 'critical', respondedAt: due },
      { now: at('2026-06-23T07:00:00Z') },
    )
    const late = incidentSla(
      { reportedAt: beforeMidsummer, severity: 'critical', respondedAt: at('2026-06-22T07:01:00Z') },
      { now: at('2026-06-23T07:00:00Z') },
    )
    expect(inTime.response.isBreached).toBe(false)
    expect(late.response.isBreached).toBe(true)
    expect(late.state).toBe('breached')
  })

  it('should be breached at the deadline while still waiting for a response, even outside service time', () => {
    const saturday = at('2026-06-27T09:00:00Z')
    const sla = incidentSla({ reportedAt: beforeMidsummer, severity: 'critical' }, { now: saturday })
    expect(sla.response.isBreached).toBe(true)
    expect(sla.response.leftMinutes).toBe(0)
  })

  it('should take a resolution without a recorded response as the response', () => {
    const resolvedAt = at('2026-06-18T12:30:00Z')
    const sla = incidentSla(
      { reportedAt: beforeMidsummer, severity: 'minor', resolvedAt },
      { now: at('2026-06-30T12:00:00Z') },
    )
    expect(sla.response.usedMinutes).toBe(90)
    expect(sla.resolution.usedMinutes).toBe(0)
    expect(sla.state).toBe('met')
  })

  it('should mark a clock at risk once three quarters of its time is used', () => {
    // Critical response: 3 of 4 hours used at Mon 22 June 09:00.
    const before = incidentSla(
      { reportedAt: beforeMidsummer, severity: 'critical' },
      { now: at('2026-06-22T05:59:00Z') },
    )
    const after = incidentSla(
      { reportedAt: beforeMidsummer, severity: 'critical' },
      { now: at('2026-06-22T06:00:00Z') },
    )
    expect(before.state).toBe('on-track')
    expect(after.state).toBe('at-risk')
    expect(after.response.remindAt).toEqual(at('2026-06-22T06:00:00Z'))
  })
})

describe('service request clocks', () => {
  /** Monday 2 November 2026 08:00 EET. */
  const monday = at('2026-11-02T06:00:00Z')

  it('should give a normal request 40 service hours: Monday 08:00 to Friday 16:00', () => {
    const sla = serviceRequestSla({ requestedAt: monday, kind: 'normal', pauses: [] }, { now: monday })
    expect(sla.handling.dueAt).toEqual(at('2026-11-06T14:00:00Z'))
    expect(sla.targetAt).toEqual(sla.handling.dueAt)
  })

  it('should move the deadline by the paused service time', () => {
    const pauses: Pause[] = [{ pausedAt: at('2026-11-03T08:00:00Z'), resumedAt: at('2026-11-04T08:00:00Z') }]
    const sla = serviceRequestSla(
      { requestedAt: monday, kind: 'normal', pauses },
      { now: at('2026-11-05T08:00:00Z') },
    )
    // Paused Tue 10:00 – Wed 10:00: 8 service hours, so Friday 16:00 becomes Monday 16:00.
    expect(sla.handling.pausedMinutes).toBe(hours(8))
    expect(sla.handling.dueAt).toEqual(at('2026-11-09T14:00:00Z'))
    expect(sla.handling.usedMinutes).toBe(hours(26) - hours(8))
  })

  it('should not move the deadline for a pause outside service time', () => {
    // Monday 17:00 to Tuesday 07:00.
    const pauses: Pause[] = [{ pausedAt: at('2026-11-02T15:00:00Z'), resumedAt: at('2026-11-03T05:00:00Z') }]
    const sla = serviceRequestSla({ requestedAt: monday, kind: 'critical', pauses }, { now: monday })
    expect(sla.handling.dueAt).toEqual(addServiceMinutes(monday, hours(16)))
  })

  it('should freeze the time left while paused and project the deadline from now', () => {
    const pauses: Pause[] = [{ pausedAt: at('2026-11-02T10:00:00Z'), resumedAt: null }]
    const early = serviceRequestSla(
      { requestedAt: monday, kind: 'critical', pauses },
      { now: at('2026-11-03T06:00:00Z') },
    )
    const later = serviceRequestSla(
      { requestedAt: monday, kind: 'critical', pauses },
      { now: at('2026-11-04T06:00:00Z') },
    )
    expect(early.state).toBe('paused')
    expect(early.handling.leftMinutes).toBe(hours(12))
    expect(later.handling.leftMinutes).toBe(hours(12))
    expect(later.handling.dueAt).toEqual(addServiceMinutes(at('2026-11-04T06:00:00Z'), hours(12)))
  })

  it('should not let a pause after the deadline undo a breach', () => {
    const pauses: Pause[] = [{ pausedAt: at('2026-11-04T06:00:00Z'), resumedAt: null }]
    const sla = serviceRequestSla(
      { requestedAt: monday, kind: 'critical', pauses },
      { now: at('2026-11-05T06:00:00Z') },
    )
    expect(sla.handling.dueAt).toEqual(at('2026-11-03T14:00:00Z'))
    expect(sla.state).toBe('breached')
  })

  it.each(['joining', 'parameter-change', 'permit-type-removal', 'leaving'] as const)(
    'should aim a %s request at 120 service hours and breach it after 240',
    (kind) => {
      const sla = serviceRequestSla({ requestedAt: monday, kind, pauses: [] }, { now: monday })
      expect(sla.targetAt).toEqual(addServiceMinutes(monday, hours(120)))
      expect(sla.handling.dueAt).toEqual(addServiceMinutes(monday, hours(240)))
      const pastTarget = serviceRequestSla(
        { requestedAt: monday, kind, pauses: [] },
        { now: new Date(sla.targetAt.getTime() + 60_000) },
      )
      expect(pastTarget.isPastTarget).toBe(true)
      expect(pastTarget.handling.isBreached).toBe(false)
    },
  )

  it('should stop at closing: a request done in time is met, its time used kept', () => {
    const closedAt = at('2026-11-03T06:00:00Z')
    const sla = serviceRequestSla(
      { requestedAt: monday, kind: 'normal', pauses: [], closedAt },
      { now: at('2026-12-01T06:00:00Z') },
    )
    expect(sla.state).toBe('met')
    expect(sla.handling.usedMinutes).toBe(hours(8))
  })
})

describe('notices', () => {
  const running = (now: Date) =>
    clockStatus({ startAt: at('2026-11-02T06:00:00Z'), limitMinutes: hours(4) }, { now })

  it('should have nothing due before the reminder time, and name the reminder time as next', () => {
    const now = at('2026-11-02T06:30:00Z')
    const clocks = { response: running(now) }
    expect(dueNotices(clocks, now)).toEqual([])
    expect(nextNoticeAt(clocks, now)).toEqual(at('2026-11-02T09:00:00Z'))
  })

  it('should have a reminder due at three quarters, then the breach next', () => {
    const now = at('2026-11-02T09:00:00Z')
    const clocks = { response: running(now) }
    expect(dueNotices(clocks, now)).toEqual([
      { clock: 'response', kind: 'reminder', dueAt: at('2026-11-02T10:00:00Z') },
    ])
    expect(nextNoticeAt(clocks, now)).toEqual(at('2026-11-02T10:00:00Z'))
  })

  it('should have only the breach alert due once the deadline has come', () => {
    const now = at('2026-11-02T10:00:00Z')
    const clocks = { response: running(now) }
    expect(dueNotices(clocks, now)).toEqual([
      { clock: 'response', kind: 'breach', dueAt: at('2026-11-02T10:00:00Z') },
    ])
    expect(nextNoticeAt(clocks, now)).toBeNull()
  })

  it('should have nothing due for a stopped or paused clock', () => {
    const now = at('2026-11-03T10:00:00Z')
    const stopped = clockStatus(
      { startAt: at('2026-11-02T06:00:00Z'), limitMinutes: 60, stoppedAt: at('2026-11-02T06:30:00Z') },
      { now },
    )
    const paused = clockStatus(
      {
        startAt: at('2026-11-02T06:00:00Z'),
        limitMinutes: 60,
        pauses: [{ pausedAt: at('2026-11-02T06:10:00Z') }],
      },
      { now },
    )
    expect(dueNotices({ stopped, paused }, now)).toEqual([])
    expect(nextNoticeAt({ stopped, paused }, now)).toBeNull()
  })

  it('should combine clocks: a breach wins, all stopped is met', () => {
    const status = (state: ClockStatus['state'], isStopped = false) =>
      ({ state, isStopped, isBreached: state === 'breached' }) as ClockStatus
    expect(overallState([status('met', true), status('breached', true)])).toBe('breached')
    expect(overallState([status('met', true), status('met', true)])).toBe('met')
    expect(overallState([status('met', true), status('at-risk')])).toBe('at-risk')
    expect(overallState([status('on-track'), status('paused')])).toBe('paused')
  })

  it('should show service minutes as hours with two decimals', () => {
    expect(serviceHoursOf(90)).toBe(1.5)
    expect(serviceHoursOf(1)).toBe(0.02)
  })
})

describe('pause history', () => {
  const startAt = at('2026-11-02T06:00:00Z')
  const now = at('2026-11-10T06:00:00Z')

  it('should accept pauses in order with only the last one open', () => {
    const pauses: Pause[] = [
      { pausedAt: at('2026-11-02T08:00:00Z'), resumedAt: at('2026-11-03T08:00:00Z') },
      { pausedAt: at('2026-11-04T08:00:00Z'), resumedAt: null },
    ]
    expect(pauseProblems(pauses, { startAt, now })).toEqual([])
  })

  it('should refuse a pause that ends before it starts', () => {
    const pauses: Pause[] = [{ pausedAt: at('2026-11-03T08:00:00Z'), resumedAt: at('2026-11-02T08:00:00Z') }]
    expect(pauseProblems(pauses, { startAt, now })).toEqual([
      { path: 'pauses.0.resumedAt', code: 'pause-ends-before-start' },
    ])
  })

  it('should refuse a pause that never ends while a later one runs, and overlapping pauses', () => {
    const pauses: Pause[] = [
      { pausedAt: at('2026-11-02T08:00:00Z'), resumedAt: null },
      { pausedAt: at('2026-11-03T08:00:00Z'), resumedAt: at('2026-11-03T09:00:00Z') },
    ]
    expect(pauseProblems(pauses, { startAt, now })).toEqual([
      { path: 'pauses.0.resumedAt', code: 'pause-never-ends' },
      { path: 'pauses.1.pausedAt', code: 'pauses-overlap' },
    ])
  })

  it('should refuse a pause before the request, in the future, or open on a closed request', () => {
    expect(
      pauseProblems([{ pausedAt: at('2026-11-01T08:00:00Z'), resumedAt: at('2026-11-02T07:00:00Z') }], {
        startAt,
        now,
      }),
    ).toEqual([{ path: 'pauses.0.pausedAt', code: 'pause-before-request' }])
    expect(pauseProblems([{ pausedAt: at('2026-12-01T08:00:00Z') }], { startAt, now })).toEqual([
      { path: 'pauses.0.pausedAt', code: 'in-future' },
    ])
    expect(
      pauseProblems([{ pausedAt: at('2026-11-03T08:00:00Z') }], {
        startAt,
        closedAt: at('2026-11-04T08:00:00Z'),
        now,
      }),
    ).toEqual([{ path: 'pauses.0.resumedAt', code: 'pause-never-ends' }])
  })
})

describe('incident progress', () => {
  const now = at('2026-11-03T08:00:00Z')
  const reported = {
    status: 'reported' as const,
    severity: null,
    reportedAt: at('2026-11-02T08:00:00Z'),
    respondedAt: null,
    resolvedAt: null,
  }

  it('should stamp the response time when the desk marks the incident responded', () => {
    const { progress, problems } = progressIncident({
      before: { ...reported, severity: 'major' },
      change: { status: 'responded' },
      now,
    })
    expect(problems).toEqual([])
    expect(progress).toMatchObject({ status: 'responded', respondedAt: now, resolvedAt: null })
  })

  it('should mark the incident responded when the desk gives a response time', () => {
    const respondedAt = at('2026-11-02T09:00:00Z')
    const { progress } = progressIncident({
      before: { ...reported, severity: 'minor' },
      change: { respondedAt },
      now,
    })
    expect(progress).toMatchObject({ status: 'responded', respondedAt })
  })

  it('should stamp both times when an incident is resolved at once', () => {
    const { progress } = progressIncident({
      before: { ...reported, severity: 'minor' },
      change: { status: 'resolved' },
      now,
    })
    expect(progress).toMatchObject({ status: 'resolved', respondedAt: now, resolvedAt: now })
  })

  it('should refuse a response before classification', () => {
    const { problems } = progressIncident({ before: reported, change: { status: 'responded' }, now })
    expect(problems).toEqual([{ path: 'severity', code: 'severity-required' }])
  })

  it('should refuse times out of order or in the future, and reopening', () => {
    const before = { ...reported, severity: 'major' as const }
    expect(
      progressIncident({ before, change: { respondedAt: at('2026-11-01T08:00:00Z') }, now }).problems,
    ).toEqual([{ path: 'respondedAt', code: 'before-report' }])
    expect(
      progressIncident({
        before,
        change: { respondedAt: at('2026-11-02T10:00:00Z'), resolvedAt: at('2026-11-02T09:00:00Z') },
        now,
      }).problems,
    ).toEqual([{ path: 'resolvedAt', code: 'before-response' }])
    expect(
      progressIncident({ before, change: { resolvedAt: at('2026-11-04T08:00:00Z') }, now }).problems,
    ).toContainEqual({
      path: 'resolvedAt',
      code: 'in-future',
    })
    expect(
      progressIncident({
        before: { ...before, status: 'resolved', respondedAt: now, resolvedAt: now },
        change: { status: 'reported' },
        now,
      }).problems,
    ).toEqual([{ path: 'status', code: 'cannot-reopen' }])
  })
})

describe('service request progress', () => {
  const t1 = at('2026-11-02T08:00:00Z')
  const t2 = at('2026-11-03T08:00:00Z')

  it('should open a pause with the reason when the desk starts waiting, and end it on resuming', () => {
    const waiting = progressServiceRequest({
      before: { status: 'in-progress', pauses: [], closedAt: null },
      status: 'waiting-for-requester',
      waitingFor: 'The permit types to connect',
      now: t1,
    }).progress
    expect(waiting.pauses).toEqual([{ pausedAt: t1, resumedAt: null, reason: 'The permit types to connect' }])
    const resumed = progressServiceRequest({ before: waiting, status: 'in-progress', now: t2 }).progress
    expect(resumed.pauses).toEqual([{ pausedAt: t1, resumedAt: t2, reason: 'The permit types to connect' }])
  })

  it('should end the pause and close the request when it is done while waiting', () => {
    const { progress } = progressServiceRequest({
      before: {
        status: 'waiting-for-requester',
        pauses: [{ pausedAt: t1, resumedAt: null }],
        closedAt: null,
      },
      status: 'done',
      now: t2,
    })
    expect(progress).toEqual({ status: 'done', pauses: [{ pausedAt: t1, resumedAt: t2 }], closedAt: t2 })
  })

  it('should refuse to reopen a closed request', () => {
    const { problems } = progressServiceRequest({
      before: { status: 'rejected', pauses: [], closedAt: t1 },
      status: 'in-progress',
      now: t2,
    })
    expect(problems).toEqual([{ path: 'status', code: 'cannot-reopen' }])
  })
})

describe('maintenance notice rules', () => {
  const now = at('2026-11-02T08:00:00Z')
  const day = 24 * 60 * 60 * 1000

  it('should email a notice 14 days before the break, or at once when it is sooner', () => {
    const farAway = new Date(now.getTime() + 30 * day)
    expect(noticeEmailAt({ startsAt: farAway, now })).toEqual(new Date(farAway.getTime() - 14 * day))
    const soon = new Date(now.getTime() + 3 * day)
    expect(noticeEmailAt({ startsAt: soon, now })).toEqual(now)
  })

  it('should call a break less than 14 days away short notice', () => {
    expect(isShortNotice({ startsAt: new Date(now.getTime() + 14 * day - 1), now })).toBe(true)
    expect(isShortNotice({ startsAt: new Date(now.getTime() + 14 * day), now })).toBe(false)
  })

  it('should count a break on from its start to just before its end', () => {
    const startsAt = now
    const endsAt = new Date(now.getTime() + 60_000)
    expect(isBreakOn({ startsAt, endsAt, now })).toBe(true)
    expect(isBreakOn({ startsAt, endsAt, now: endsAt })).toBe(false)
    expect(isBreakOn({ startsAt, endsAt, now: new Date(now.getTime() - 1) })).toBe(false)
  })
})

// Properties over instants from 2024 to 2027 (DST changes, Easter, Midsummer, Christmas, year ends).
const from = Date.UTC(2024, 0, 1)
const to = Date.UTC(2027, 11, 1)
const instant = (random: Random) => new Date(from + integer(random, 0, (to - from) / 60_000) * 60_000)
const severity = (random: Random): IncidentSeverity => incidentSeverities[integer(random, 0, 2)]
/** An instant from a day before to two months after `instant` (a clock's lifetime). */
const near = (random: Random, instant: Date) =>
  new Date(instant.getTime() + integer(random, -24 * 60, 60 * 24 * 60) * 60_000)

const clockWithPause = (random: Random): { clock: Clock; pause: Pause; plain: Clock } => {
  const startAt = instant(random)
  const limitMinutes = integer(random, 1, 40) * 60
  const plainDue = addServiceMinutes(startAt, limitMinutes)
  // A pause that starts before the deadline it would otherwise have.
  const pausedAt = new Date(
    startAt.getTime() + Math.floor(random() * (plainDue.getTime() - startAt.getTime() - 1)),
  )
  const resumedAt = new Date(pausedAt.getTime() + integer(random, 0, 10 * 24 * 60) * 60_000)
  const pause = { pausedAt, resumedAt }
  return { clock: { startAt, limitMinutes, pauses: [pause] }, pause, plain: { startAt, limitMinutes } }
}

// Each property computes thousands of clocks; a loaded machine needs more than the default 5 s.
describe('properties', { timeout: 30_000 }, () => {
  it('should put the deadline where the unpaused service time reaches the limit', () => {
    forAll({}, clockWithPause, ({ clock, pause }) => {
      const status = clockStatus(clock, { now: clock.startAt })
      const paused = serviceMinutesBetween(pause.pausedAt, pause.resumedAt!)
      expect(serviceMinutesBetween(clock.startAt, status.dueAt) - paused).toBeCloseTo(clock.limitMinutes, 6)
    })
  })

  it('should move the deadline exactly as far as adding the paused service minutes', () => {
    forAll({}, clockWithPause, ({ clock, pause, plain }) => {
      const paused = serviceMinutesBetween(pause.pausedAt, pause.resumedAt!)
      const withPause = clockStatus(clock, { now: clock.startAt }).dueAt
      const shifted = addServiceMinutes(plain.startAt, plain.limitMinutes + paused)
      // Equal, except that a deadline exactly at closing time stays on that day.
      expect(serviceMinutesBetween(withPause, shifted)).toBeCloseTo(0, 6)
      expect(serviceMinutesBetween(shifted, withPause)).toBeCloseTo(0, 6)
      expect(withPause.getTime()).toBeGreaterThanOrEqual(
        clockStatus(plain, { now: plain.startAt }).dueAt.getTime(),
      )
    })
  })

  it('should keep used plus left equal to the limit until the deadline', () => {
    forAll(
      {},
      (random) => {
        const { clock } = clockWithPause(random)
        const due = clockStatus(clock, { now: clock.startAt }).dueAt
        return {
          clock,
          // Strictly before the deadline: at the deadline the clock is breached.
          now: new Date(
            clock.startAt.getTime() + Math.floor(random() * (due.getTime() - clock.startAt.getTime() - 1)),
          ),
        }
      },
      ({ clock, now }) => {
        const status = clockStatus(clock, { now })
        expect(status.isBreached).toBe(false)
        expect(status.usedMinutes + status.leftMinutes).toBeCloseTo(clock.limitMinutes, 6)
      },
    )
  })

  it('should only ever use more time and stay breached as time passes', () => {
    forAll(
      {},
      (random) => {
        const { clock } = clockWithPause(random)
        const earlier = near(random, clock.startAt)
        return { clock, earlier, later: new Date(earlier.getTime() + integer(random, 0, 20_000) * 60_000) }
      },
      ({ clock, earlier, later }) => {
        const first = clockStatus(clock, { now: earlier })
        const second = clockStatus(clock, { now: later })
        expect(second.usedMinutes).toBeGreaterThanOrEqual(first.usedMinutes)
        if (first.isBreached) expect(second.isBreached).toBe(true)
      },
    )
  })

  it('should never count response time as resolution time', () => {
    forAll(
      {},
      (random) => {
        const reportedAt = instant(random)
        const respondedAt = new Date(reportedAt.getTime() + integer(random, 0, 5 * 24 * 60) * 60_000)
        const now = new Date(respondedAt.getTime() + integer(random, 0, 20 * 24 * 60) * 60_000)
        return { reportedAt, respondedAt, now, severity: severity(random) }
      },
      ({ reportedAt, respondedAt, now, severity }) => {
        const sla = incidentSla({ reportedAt, severity, respondedAt }, { now })
        expect(sla.response.usedMinutes + sla.resolution.usedMinutes).toBeCloseTo(
          serviceMinutesBetween(reportedAt, now),
          6,
        )
        expect(sla.resolution.dueAt).toEqual(
          addServiceMinutes(respondedAt, incidentLimits[severity].resolutionHours * 60),
        )
      },
    )
  })

  it('should bring the resolution deadline no later by responding early', () => {
    forAll(
      {},
      (random) => {
        const reportedAt = instant(random)
        const severityDrawn = severity(random)
        const responseDue = addServiceMinutes(reportedAt, incidentLimits[severityDrawn].responseHours * 60)
        const respondedAt = new Date(
          reportedAt.getTime() + random() * (responseDue.getTime() - reportedAt.getTime()),
        )
        return { reportedAt, respondedAt, severity: severityDrawn }
      },
      ({ reportedAt, respondedAt, severity }) => {
        const waiting = incidentSla({ reportedAt, severity }, { now: reportedAt })
        const responded = incidentSla({ reportedAt, severity, respondedAt }, { now: respondedAt })
        expect(responded.resolution.dueAt.getTime()).toBeLessThanOrEqual(waiting.resolution.dueAt.getTime())
      },
    )
  })

  it('should never have a reminder and a breach due for the same clock, and name a later next notice', () => {
    forAll(
      {},
      (random) => {
        const { clock } = clockWithPause(random)
        return { clock, now: near(random, clock.startAt) }
      },
      ({ clock, now }) => {
        const clocks = { handling: clockStatus(clock, { now }) }
        expect(dueNotices(clocks, now).length).toBeLessThanOrEqual(1)
        const next = nextNoticeAt(clocks, now)
        if (next) expect(next.getTime()).toBeGreaterThan(now.getTime())
      },
    )
  })
})

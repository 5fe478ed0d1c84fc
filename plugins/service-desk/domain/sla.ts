import type { ServiceCalendar } from '../../../src/domain/service-time'
import {
  addServiceMinutes,
  defaultServiceCalendar,
  serviceMinutesBetween,
} from '../../../src/domain/service-time'

/**
 * Service-level clocks of the service desk, counted in service time (see service-time.ts):
 * incidents with a response and a resolution clock, service requests with one handling
 * clock that waiting for the requester pauses. Pure: no Payload, no clock of its own.
 */

export const incidentSeverities = ['critical', 'major', 'minor'] as const
export type IncidentSeverity = (typeof incidentSeverities)[number]

/** Maximum response and resolution times in service hours, per severity (the service description). */
export const incidentLimits: Record<IncidentSeverity, { responseHours: number; resolutionHours: number }> = {
  critical: { responseHours: 4, resolutionHours: 16 },
  major: { responseHours: 8, resolutionHours: 24 },
  minor: { responseHours: 16, resolutionHours: 40 },
}

/**
 * Until the desk classifies an incident its clocks run as critical: nothing reported waits
 * longer than the strictest response time to be looked at.
 */
export const unclassifiedSeverity: IncidentSeverity = 'critical'

export const incidentStatuses = ['reported', 'responded', 'resolved'] as const
export type IncidentStatus = (typeof incidentStatuses)[number]

export const serviceRequestKinds = [
  'critical',
  'normal',
  'joining',
  'parameter-change',
  'permit-type-removal',
  'leaving',
] as const
export type ServiceRequestKind = (typeof serviceRequestKinds)[number]

/**
 * Handling times in service hours per kind of service request. `limitHours` is the deadline
 * whose passing is a breach; `targetHours` the time the desk aims at. Critical: within 16 h.
 * Normal: the 40 h target is also the deadline (reports count a later one as a breach).
 * Joining, changing parameters, removing permit types and leaving ("120–240 h"): aimed at
 * 120 h (15 service days), at the latest 240 h (30 service days).
 */
export const serviceRequestLimits: Record<ServiceRequestKind, { targetHours: number; limitHours: number }> = {
  critical: { targetHours: 16, limitHours: 16 },
  normal: { targetHours: 40, limitHours: 40 },
  joining: { targetHours: 120, limitHours: 240 },
  'parameter-change': { targetHours: 120, limitHours: 240 },
  'permit-type-removal': { targetHours: 120, limitHours: 240 },
  leaving: { targetHours: 120, limitHours: 240 },
}

export const serviceRequestStatuses = [
  'received',
  'in-progress',
  'waiting-for-requester',
  'done',
  'rejected',
] as const
export type ServiceRequestStatus = (typeof serviceRequestStatuses)[number]

/** A reminder goes out when this share of a clock's allowed service time is used. */
export const defaultReminderShare = 0.75

/** A time the desk waited for the requester; open (`resumedAt` null) while it still waits. */
export type Pause = { pausedAt: Date; resumedAt?: Date | null }

/** One service-level clock: from `startAt`, `limitMinutes` of service time, minus pauses. */
export type Clock = {
  startAt: Date
  limitMinutes: number
  /** When the work was done; the clock stops. */
  stoppedAt?: Date | null
  /** Non-overlapping, in order; only the last may be open (see {@link pauseProblems}). */
  pauses?: Pause[]
}

/** Where a clock (or a record) stands; `met` once it stopped in time. */
export const slaStates = ['on-track', 'at-risk', 'paused', 'breached', 'met'] as const
export type SlaState = (typeof slaStates)[number]

export type ClockStatus = {
  startAt: Date
  limitMinutes: number
  /** When the allowed time is used up; while paused, projected as if resumed now. */
  dueAt: Date
  /** When the reminder share of the allowed time is used. */
  remindAt: Date
  usedMinutes: number
  leftMinutes: number
  pausedMinutes: number
  isStopped: boolean
  isPaused: boolean
  /** A running clock is breached at its deadline; a stopped one when it stopped after it. */
  isBreached: boolean
  state: SlaState
}

export type SlaOptions = {
  now: Date
  calendar?: ServiceCalendar
  /** @default 0.75 */
  reminderShare?: number
}

const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b)
const earlier = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b)

/**
 * The instant at which `minutes` of unpaused service time since the start are used. A
 * pause that begins after that instant does not move it; an open pause counts as if it
 * ended at `end` (now, or when the clock stopped).
 */
function instantWhenUsed({
  clock,
  minutes,
  end,
  calendar,
}: {
  clock: Clock
  minutes: number
  end: Date
  calendar: ServiceCalendar
}): Date {
  let cursor = clock.startAt
  let remaining = minutes
  for (const pause of clock.pauses ?? []) {
    const resumedAt = pause.resumedAt ?? later(end, pause.pausedAt)
    if (resumedAt.getTime() <= cursor.getTime()) continue
    const pausedAt = later(pause.pausedAt, cursor)
    const candidate = addServiceMinutes(cursor, remaining, calendar)
    if (candidate.getTime() <= pausedAt.getTime()) return candidate
    remaining = Math.max(0, remaining - serviceMinutesBetween(cursor, pausedAt, calendar))
    cursor = resumedAt
  }
  return addServiceMinutes(cursor, remaining, calendar)
}

/** Service minutes paused between the clock's start and `end`. */
function pausedMinutesUntil({
  clock,
  end,
  calendar,
}: {
  clock: Clock
  end: Date
  calendar: ServiceCalendar
}) {
  let total = 0
  for (const pause of clock.pauses ?? []) {
    const from = later(pause.pausedAt, clock.startAt)
    const to = earlier(pause.resumedAt ?? end, end)
    total += serviceMinutesBetween(from, to, calendar)
  }
  return total
}

/** Where one clock stands at `now`. */
export function clockStatus(
  clock: Clock,
  { now, calendar = defaultServiceCalendar, reminderShare = defaultReminderShare }: SlaOptions,
): ClockStatus {
  if (!Number.isFinite(clock.limitMinutes) || clock.limitMinutes <= 0) {
    throw new RangeError(`A clock needs a positive limit: ${clock.limitMinutes}`)
  }
  const isStopped = Boolean(clock.stoppedAt)
  const end = clock.stoppedAt ?? now
  const dueAt = instantWhenUsed({ clock, minutes: clock.limitMinutes, end, calendar })
  const remindAt = instantWhenUsed({
    clock,
    minutes: Math.round(clock.limitMinutes * reminderShare),
    end,
    calendar,
  })
  const pausedMinutes = pausedMinutesUntil({ clock, end, calendar })
  const usedMinutes = Math.max(0, serviceMinutesBetween(clock.startAt, end, calendar) - pausedMinutes)
  const lastPause = clock.pauses?.at(-1)
  const isPaused = !isStopped && Boolean(lastPause && !lastPause.resumedAt && lastPause.pausedAt <= now)
  const isBreached = isStopped ? end.getTime() > dueAt.getTime() : now.getTime() >= dueAt.getTime()
  const state: SlaState = isBreached
    ? 'breached'
    : isStopped
      ? 'met'
      : isPaused
        ? 'paused'
        : now.getTime() >= remindAt.getTime()
          ? 'at-risk'
          : 'on-track'
  return {
    startAt: clock.startAt,
    limitMinutes: clock.limitMinutes,
    dueAt,
    remindAt,
    usedMinutes,
    leftMinutes: Math.max(0, clock.limitMinutes - usedMinutes),
    pausedMinutes,
    isStopped,
    isPaused,
    isBreached,
    state,
  }
}

/** One state for a record of several clocks: a breach anywhere wins, then risk, then waiting. */
export function overallState(clocks: ClockStatus[]): SlaState {
  if (clocks.some((clock) => clock.isBreached)) return 'breached'
  if (clocks.every((clock) => clock.isStopped)) return 'met'
  if (clocks.some((clock) => clock.state === 'at-risk')) return 'at-risk'
  if (clocks.some((clock) => clock.state === 'paused')) return 'paused'
  return 'on-track'
}

export type IncidentTimes = {
  reportedAt: Date
  /** Null until the desk classifies it (then {@link unclassifiedSeverity} applies). */
  severity: IncidentSeverity | null
  respondedAt?: Date | null
  resolvedAt?: Date | null
}

export type IncidentSla = {
  severity: IncidentSeverity
  response: ClockStatus
  /** Starts when the response is given; until then projected from the response deadline. */
  resolution: ClockStatus
  state: SlaState
}

/**
 * The clocks of an incident. The response clock runs from the report; the resolution
 * clock from the response (a resolution is also a response), so response time is never
 * part of resolution time. Before a response, the resolution deadline counts from the
 * response deadline.
 */
export function incidentSla(incident: IncidentTimes, options: SlaOptions): IncidentSla {
  const severity = incident.severity ?? unclassifiedSeverity
  const limits = incidentLimits[severity]
  const respondedAt = incident.respondedAt ?? incident.resolvedAt ?? null
  const response = clockStatus(
    { startAt: incident.reportedAt, limitMinutes: limits.responseHours * 60, stoppedAt: respondedAt },
    options,
  )
  const resolution = clockStatus(
    {
      startAt: respondedAt ?? response.dueAt,
      limitMinutes: limits.resolutionHours * 60,
      stoppedAt: incident.resolvedAt ?? null,
    },
    options,
  )
  return { severity, response, resolution, state: overallState([response, resolution]) }
}

export type ServiceRequestTimes = {
  requestedAt: Date
  kind: ServiceRequestKind
  pauses: Pause[]
  closedAt?: Date | null
}

export type ServiceRequestSla = {
  handling: ClockStatus
  /** When the target time is used (the deadline itself unless the kind has a range). */
  targetAt: Date
  isPastTarget: boolean
  state: SlaState
}

/** The handling clock of a service request; waiting for the requester pauses it. */
export function serviceRequestSla(request: ServiceRequestTimes, options: SlaOptions): ServiceRequestSla {
  const { targetHours, limitHours } = serviceRequestLimits[request.kind]
  const clock: Clock = {
    startAt: request.requestedAt,
    limitMinutes: limitHours * 60,
    stoppedAt: request.closedAt ?? null,
    pauses: request.pauses,
  }
  const handling = clockStatus(clock, options)
  const targetAt =
    targetHours === limitHours
      ? handling.dueAt
      : clockStatus({ ...clock, limitMinutes: targetHours * 60 }, options).dueAt
  const end = request.closedAt ?? options.now
  const isPastTarget = request.closedAt
    ? end.getTime() > targetAt.getTime()
    : end.getTime() >= targetAt.getTime()
  return { handling, targetAt, isPastTarget, state: handling.state }
}

/** A notice the desk gets about one clock: a reminder before the deadline, an alert at it. */
export type SlaNotice = { clock: string; kind: 'reminder' | 'breach'; dueAt: Date }

/**
 * The notices due at `now` for the named clocks: an alert for each breached running clock,
 * else a reminder for each running clock past its reminder time. Stopped and paused clocks
 * get none. Callers send each at most once (per clock, kind and deadline).
 */
export function dueNotices(clocks: Record<string, ClockStatus>, now: Date): SlaNotice[] {
  const notices: SlaNotice[] = []
  for (const [name, clock] of Object.entries(clocks)) {
    if (clock.isStopped) continue
    if (clock.isBreached) notices.push({ clock: name, kind: 'breach', dueAt: clock.dueAt })
    else if (!clock.isPaused && now.getTime() >= clock.remindAt.getTime())
      notices.push({ clock: name, kind: 'reminder', dueAt: clock.dueAt })
  }
  return notices
}

/** The next instant after `now` at which a notice falls due, or null when none will. */
export function nextNoticeAt(clocks: Record<string, ClockStatus>, now: Date): Date | null {
  const times = Object.values(clocks)
    .filter((clock) => !clock.isStopped && !clock.isPaused)
    .flatMap((clock) => [clock.remindAt, clock.dueAt])
    .filter((time) => time.getTime() > now.getTime())
  return times.length === 0 ? null : new Date(Math.min(...times.map((time) => time.getTime())))
}

/** Service minutes as hours with two decimals, as the admin shows them. */
export const serviceHoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100

export type SlaProblemCode =
  | 'in-future'
  | 'before-report'
  | 'before-response'
  | 'severity-required'
  | 'not-an-option'
  | 'cannot-reopen'
  | 'pause-ends-before-start'
  | 'pause-before-request'
  | 'pause-after-closing'
  | 'pauses-overlap'
  | 'pause-never-ends'

/** A problem at a field path (`pauses.2.resumedAt`). */
export type SlaProblem = { path: string; code: SlaProblemCode }

/** Clocks of the admin's browser and the server differ a little. */
const clockSkewMs = 60_000
const isFuture = (value: Date, now: Date) => value.getTime() > now.getTime() + clockSkewMs

/**
 * What is wrong with a pause history: an end before its start, a pause before the request
 * or after it was closed, overlapping pauses, or an open pause that is not the last (a
 * pause that never ends while the clock runs again).
 */
export function pauseProblems(
  pauses: Pause[],
  { startAt, closedAt, now }: { startAt: Date; closedAt?: Date | null; now: Date },
): SlaProblem[] {
  const problems: SlaProblem[] = []
  pauses.forEach((pause, index) => {
    const at = (field: string) => `pauses.${index}.${field}`
    if (pause.pausedAt.getTime() < startAt.getTime())
      problems.push({ path: at('pausedAt'), code: 'pause-before-request' })
    if (isFuture(pause.pausedAt, now)) problems.push({ path: at('pausedAt'), code: 'in-future' })
    if (pause.resumedAt) {
      if (pause.resumedAt.getTime() < pause.pausedAt.getTime())
        problems.push({ path: at('resumedAt'), code: 'pause-ends-before-start' })
      if (isFuture(pause.resumedAt, now)) problems.push({ path: at('resumedAt'), code: 'in-future' })
      if (closedAt && pause.resumedAt.getTime() > closedAt.getTime())
        problems.push({ path: at('resumedAt'), code: 'pause-after-closing' })
    } else if (index < pauses.length - 1 || closedAt) {
      problems.push({ path: at('resumedAt'), code: 'pause-never-ends' })
    }
    const previous = pauses[index - 1]
    if (previous && (!previous.resumedAt || previous.resumedAt.getTime() > pause.pausedAt.getTime()))
      problems.push({ path: at('pausedAt'), code: 'pauses-overlap' })
  })
  return problems
}

export type IncidentProgress = {
  status: IncidentStatus
  severity: IncidentSeverity | null
  reportedAt: Date
  respondedAt: Date | null
  resolvedAt: Date | null
}

/**
 * The incident after a change by the desk: the status follows the times given (a
 * response time means responded) and the times follow the status (responding now stamps
 * now). An incident is classified before it is responded to; times run in order and never
 * in the future; a resolved incident is not reopened (report a new one).
 */
export function progressIncident({
  before,
  change,
  now,
}: {
  before: IncidentProgress | null
  change: Partial<IncidentProgress>
  now: Date
}): { progress: IncidentProgress; problems: SlaProblem[] } {
  const merged: IncidentProgress = {
    status: 'reported',
    severity: null,
    reportedAt: now,
    respondedAt: null,
    resolvedAt: null,
    ...before,
    // Nothing is cleared: times and the class, once set, are changed, never removed.
    ...Object.fromEntries(
      Object.entries(change).filter(([, value]) => value !== undefined && value !== null),
    ),
  }
  const problems: SlaProblem[] = []
  if (!incidentStatuses.includes(merged.status)) problems.push({ path: 'status', code: 'not-an-option' })
  if (merged.severity && !incidentSeverities.includes(merged.severity))
    problems.push({ path: 'severity', code: 'not-an-option' })
  if (problems.length > 0) return { progress: merged, problems }
  const rank = (status: IncidentStatus) => incidentStatuses.indexOf(status)
  let status = merged.status
  if (merged.resolvedAt && rank(status) < rank('resolved')) status = 'resolved'
  if (merged.respondedAt && rank(status) < rank('responded')) status = 'responded'
  if (
    before &&
    (rank(status) < rank(before.status) || (change.status && rank(change.status) < rank(before.status)))
  )
    problems.push({ path: 'status', code: 'cannot-reopen' })
  const respondedAt =
    rank(status) >= rank('responded') ? (merged.respondedAt ?? merged.resolvedAt ?? now) : null
  const resolvedAt = status === 'resolved' ? (merged.resolvedAt ?? now) : null
  if (rank(status) >= rank('responded') && !merged.severity)
    problems.push({ path: 'severity', code: 'severity-required' })
  if (isFuture(merged.reportedAt, now)) problems.push({ path: 'reportedAt', code: 'in-future' })
  if (respondedAt) {
    if (respondedAt < merged.reportedAt) problems.push({ path: 'respondedAt', code: 'before-report' })
    if (isFuture(respondedAt, now)) problems.push({ path: 'respondedAt', code: 'in-future' })
  }
  if (resolvedAt) {
    if (respondedAt && resolvedAt < respondedAt)
      problems.push({ path: 'resolvedAt', code: 'before-response' })
    if (isFuture(resolvedAt, now)) problems.push({ path: 'resolvedAt', code: 'in-future' })
  }
  return { progress: { ...merged, status, respondedAt, resolvedAt }, problems }
}

export type ServiceRequestProgress = {
  status: ServiceRequestStatus
  pauses: (Pause & { reason?: string | null })[]
  closedAt: Date | null
}

const isClosed = (status: ServiceRequestStatus) => status === 'done' || status === 'rejected'

/**
 * A service request after a status change: waiting for the requester opens a pause,
 * leaving that status ends it, done or rejected closes the request (and ends a pause).
 * A closed request is not reopened.
 */
export function progressServiceRequest({
  before,
  status,
  pauses,
  waitingFor,
  now,
}: {
  before: ServiceRequestProgress | null
  status?: ServiceRequestStatus
  /** The pause history as given with the change (corrections by the desk), else as before. */
  pauses?: ServiceRequestProgress['pauses']
  /** What the desk asked the requester for; kept on the new pause. */
  waitingFor?: string | null
  now: Date
}): { progress: ServiceRequestProgress; problems: SlaProblem[] } {
  const from = before?.status ?? 'received'
  const to = status ?? from
  if (!serviceRequestStatuses.includes(to)) {
    return {
      progress: before ?? { status: from, pauses: [], closedAt: null },
      problems: [{ path: 'status', code: 'not-an-option' }],
    }
  }
  const history = [...(pauses ?? before?.pauses ?? [])]
  let closedAt = before?.closedAt ?? null
  if (before && isClosed(from) && to !== from) {
    return { progress: before, problems: [{ path: 'status', code: 'cannot-reopen' }] }
  }
  const last = history.at(-1)
  const isWaiting = Boolean(last && !last.resumedAt)
  if (to === 'waiting-for-requester' && !isWaiting) {
    history.push({ pausedAt: now, resumedAt: null, reason: waitingFor ?? null })
  } else if (to !== 'waiting-for-requester' && isWaiting) {
    history[history.length - 1] = { ...last!, resumedAt: now }
  }
  if (isClosed(to) && !closedAt) closedAt = now
  return { progress: { status: to, pauses: history, closedAt }, problems: [] }
}

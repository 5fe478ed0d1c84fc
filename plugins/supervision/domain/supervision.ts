import { isIsoDate } from '../../../src/domain/calendar-date'
import type { MessageCode } from '../../../src/domain/messages'
import type { ServiceCalendar } from '../../../src/domain/service-time'
import { addServiceDays, defaultServiceCalendar } from '../../../src/domain/service-time'

/*
 * Supervision: what an authority supervises (a supervised object: an event, premises, an
 * activity) and the supervision cases it opens on it. Guidance comes before, inspections
 * during (or at any time), deviation notices after an inspection or on their own, and
 * feedback after an event. These rules are the same in the workspace, the portal and the
 * integration API.
 */

export const supervisionKinds = ['guidance', 'inspection', 'deviation', 'feedback'] as const
export type SupervisionKind = (typeof supervisionKinds)[number]

export const findingSeverities = ['none', 'minor', 'major', 'critical'] as const
export type FindingSeverity = (typeof findingSeverities)[number]

/**
 * A supervision case's status. `planned`: an inspection not yet made. `open`: guidance
 * given, an inspection recorded, a deviation to correct; it waits for the customer when an
 * answer is expected. `answered`: the customer acknowledged or answered. `closed`: done.
 */
export const supervisionStatuses = ['planned', 'open', 'answered', 'closed'] as const
export type SupervisionStatus = (typeof supervisionStatuses)[number]

export const supervisedObjectKinds = ['event', 'premises', 'activity'] as const
export type SupervisedObjectKind = (typeof supervisedObjectKinds)[number]

export const supervisedObjectStatuses = ['active', 'closed'] as const
export type SupervisedObjectStatus = (typeof supervisedObjectStatuses)[number]

export type SupervisionActor = 'authority' | 'customer'

/** Whether a case of this kind waits for the customer's answer while it is open. */
export const expectsAnswer = (kind: SupervisionKind, acknowledgementRequired = false): boolean =>
  kind === 'deviation' || (kind === 'guidance' && acknowledgementRequired)

const moves: Record<SupervisionActor, Partial<Record<SupervisionStatus, SupervisionStatus[]>>> = {
  authority: {
    planned: ['open', 'closed'],
    open: ['closed'],
    // Accepting the answer closes the case; asking again opens it for another answer.
    answered: ['open', 'closed'],
  },
  customer: { open: ['answered'] },
}

/** Whether `actor` may move a case of `kind` from `from` to `to`. */
export function canMoveSupervisionCase({
  kind,
  from,
  to,
  actor,
  acknowledgementRequired = false,
}: {
  kind: SupervisionKind
  from: SupervisionStatus
  to: SupervisionStatus
  actor: SupervisionActor
  acknowledgementRequired?: boolean
}): boolean {
  if (from === to) return false
  if (from === 'planned' && kind !== 'inspection') return false
  if (to === 'answered' && !expectsAnswer(kind, acknowledgementRequired)) return false
  return moves[actor][from]?.includes(to) ?? false
}

/** The status a new case of `kind` starts in. */
export const initialSupervisionStatus = (kind: SupervisionKind, isPlanned = false): SupervisionStatus =>
  kind === 'inspection' && isPlanned ? 'planned' : 'open'

/** How a deadline is given: a date, or a number of service days from today. */
export type DeadlineInput = { dueDate?: string | null; serviceDays?: number | null }

/**
 * The deadline of a deviation as a date ('YYYY-MM-DD' in the service calendar's time
 * zone): the given date, or `serviceDays` open days after `today` counted with the
 * service-time engine; null when none is given. A date before today is a problem.
 */
export function resolveDeadline(
  { dueDate, serviceDays }: DeadlineInput,
  today: string,
  calendar: ServiceCalendar = defaultServiceCalendar,
): { deadline: string | null } | { problem: MessageCode } {
  if (dueDate) {
    if (!isIsoDate(dueDate)) return { problem: 'invalid-date' }
    return dueDate < today ? { problem: 'supervision-deadline-in-past' } : { deadline: dueDate }
  }
  if (serviceDays === null || serviceDays === undefined) return { deadline: null }
  if (!Number.isInteger(serviceDays) || serviceDays < 1) return { problem: 'supervision-deadline-in-past' }
  return { deadline: addServiceDays(today, serviceDays, calendar) }
}

/** A deviation whose deadline has passed while it still waits for the customer's correction. */
export const isOverdue = (
  { kind, status, deadline }: { kind: SupervisionKind; status: SupervisionStatus; deadline?: string | null },
  today: string,
): boolean => kind === 'deviation' && status === 'open' && Boolean(deadline) && deadline! < today

export type Finding = {
  observation?: string | null
  severity?: FindingSeverity | null
  /** Kept within the authorities: never shown to the customer. */
  isInternal?: boolean | null
}

/**
 * What is wrong with a supervision case about to be written, as message codes: cases on a
 * closed object, answers on a closed case, findings without a severity or an observation,
 * a deviation without what to correct, a deadline in the past.
 */
export function supervisionCaseProblems({
  kind,
  objectStatus,
  previousStatus,
  findings = [],
  correction,
  deadline,
  today,
  isCreate,
}: {
  kind: SupervisionKind
  objectStatus: SupervisedObjectStatus
  previousStatus?: SupervisionStatus | null
  findings?: Finding[]
  correction?: string | null
  deadline?: string | null
  today: string
  isCreate: boolean
}): MessageCode[] {
  const problems: MessageCode[] = []
  if (isCreate && objectStatus === 'closed') problems.push('supervision-object-closed')
  if (!isCreate && previousStatus === 'closed') problems.push('supervision-case-closed')
  if (findings.some((finding) => !finding.severity)) problems.push('supervision-finding-severity')
  if (findings.some((finding) => !finding.observation?.trim()))
    problems.push('supervision-finding-observation')
  if (kind === 'deviation' && !correction?.trim()) problems.push('supervision-correction-required')
  if (deadline && deadline < today && isCreate) problems.push('supervision-deadline-in-past')
  return problems
}

/** The highest severity among findings ('none' when there are none). */
export const highestSeverity = (findings: Finding[]): FindingSeverity =>
  findings.reduce<FindingSeverity>((highest, { severity }) => {
    if (!severity) return highest
    return findingSeverities.indexOf(severity) > findingSeverities.indexOf(highest) ? severity : highest
  }, 'none')

/** The findings a customer may read: all but the internal ones. */
export const customerFindings = <F extends Finding>(findings: F[] | null | undefined): F[] =>
  (findings ?? []).filter((finding) => !finding.isInternal)

/**
 * Whether the customer sees a case at all: an unannounced inspection stays hidden until it
 * has been made (recorded); everything else is theirs to see.
 */
export const isVisibleToCustomer = ({
  kind,
  status,
  isAnnounced,
}: {
  kind: SupervisionKind
  status: SupervisionStatus
  isAnnounced?: boolean | null
}): boolean => !(kind === 'inspection' && status === 'planned' && !isAnnounced)

/** Statuses of a case (one permit of a submitted bundle application). */
export const caseStatuses = [
  'draft',
  'submitted',
  'delivered',
  'received',
  'in-processing',
  'supplement-requested',
  'supplemented',
  'decided',
  'withdrawn',
  'cancelled',
] as const
export type CaseStatus = (typeof caseStatuses)[number]

/** True when the value is one of the {@link caseStatuses}. */
export const isCaseStatus = (value: unknown): value is CaseStatus =>
  (caseStatuses as readonly unknown[]).includes(value)

/**
 * Outcomes of a decision; a case moves to `decided` only with one. Which of them a case
 * may get depends on its permit type's kind (src/domain/decision-rules.ts). `rejected` is
 * a permit denied (the stored value predates the wording).
 */
export const decisionOutcomes = [
  'granted',
  'granted-with-conditions',
  'rejected',
  'dismissed',
  'acknowledged',
  'acknowledged-with-instructions',
  'prohibited',
] as const
export type DecisionOutcome = (typeof decisionOutcomes)[number]

/** True when the value is one of the {@link decisionOutcomes}. */
export const isDecisionOutcome = (value: unknown): value is DecisionOutcome =>
  (decisionOutcomes as readonly unknown[]).includes(value)

/** Who changes a case status; `staff` is the owner or the service producer. */
export const caseActors = ['system', 'customer', 'authority', 'staff'] as const
export type CaseActor = (typeof caseActors)[number]

/** Statuses a case never leaves. */
export const finalCaseStatuses: readonly CaseStatus[] = ['decided', 'withdrawn', 'cancelled']

type TransitionRule = { from: readonly CaseStatus[]; to: CaseStatus; actors: readonly CaseActor[] }

const openStatuses = caseStatuses.filter((status) => !finalCaseStatuses.includes(status))

const transitionRules: readonly TransitionRule[] = [
  { from: ['draft'], to: 'submitted', actors: ['customer', 'system'] },
  { from: ['submitted'], to: 'delivered', actors: ['system'] },
  // A simplified-mode authority may open a case before the delivery receipt is recorded.
  { from: ['submitted'], to: 'received', actors: ['authority'] },
  { from: ['delivered'], to: 'received', actors: ['authority', 'system'] },
  { from: ['received', 'supplemented'], to: 'in-processing', actors: ['authority'] },
  {
    from: ['received', 'in-processing', 'supplemented'],
    to: 'supplement-requested',
    actors: ['authority'],
  },
  { from: ['supplement-requested'], to: 'supplemented', actors: ['customer'] },
  // The authority stops waiting: it cancelled the case's last open supplement request.
  { from: ['supplement-requested'], to: 'in-processing', actors: ['authority'] },
  {
    from: ['received', 'in-processing', 'supplemented', 'supplement-requested'],
    to: 'decided',
    actors: ['authority'],
  },
  {
    from: openStatuses.filter((status) => status !== 'draft'),
    to: 'withdrawn',
    actors: ['customer'],
  },
  { from: openStatuses, to: 'cancelled', actors: ['staff'] },
]

/** True when the status is final (`decided`, `withdrawn`, `cancelled`). */
export function isFinalCaseStatus(status: CaseStatus): boolean {
  return finalCaseStatuses.includes(status)
}

/**
 * The statuses a case may move to from `from`, by anyone or, given an actor, by that
 * actor; in the order of {@link caseStatuses}.
 */
export function allowedTransitions(from: CaseStatus, actor?: CaseActor): CaseStatus[] {
  return caseStatuses.filter((to) =>
    transitionRules.some(
      (rule) => rule.to === to && rule.from.includes(from) && (!actor || rule.actors.includes(actor)),
    ),
  )
}

/** True when the actor may move a case from one status to the other. */
export function canTransition({
  from,
  to,
  actor,
}: {
  from: CaseStatus
  to: CaseStatus
  actor: CaseActor
}): boolean {
  return allowedTransitions(from, actor).includes(to)
}

/** A status change that the rules do not allow. */
export class IllegalTransitionError extends Error {
  readonly from: CaseStatus
  readonly to: CaseStatus
  readonly actor: CaseActor
  /** Statuses the actor may move the case to from `from`. */
  readonly allowed: CaseStatus[]

  constructor({
    from,
    to,
    actor,
    allowed,
    reason,
  }: {
    from: CaseStatus
    to: CaseStatus
    actor: CaseActor
    allowed: CaseStatus[]
    /** Said instead of the generic sentence when the move fails for a specific reason. */
    reason?: string
  }) {
    const allowedText = allowed.length > 0 ? allowed.map((status) => `"${status}"`).join(', ') : 'none'
    super(`${reason ?? `Cannot move a case from "${from}" to "${to}"`}; allowed: ${allowedText}`)
    this.name = 'IllegalTransitionError'
    this.from = from
    this.to = to
    this.actor = actor
    this.allowed = allowed
  }
}

/**
 * The status (and decision outcome) after an actor moves a case from `from` to `to`.
 * Moving to `decided` needs an outcome, and only that move takes one. Throws an
 * {@link IllegalTransitionError} otherwise.
 */
export function transition({
  from,
  to,
  actor,
  outcome,
}: {
  from: CaseStatus
  to: CaseStatus
  actor: CaseActor
  outcome?: DecisionOutcome | null
}): { status: CaseStatus; outcome: DecisionOutcome | null } {
  const allowed = allowedTransitions(from, actor)
  const illegal = (reason?: string): IllegalTransitionError =>
    new IllegalTransitionError({ from, to, actor, allowed, reason })
  if (!allowed.includes(to)) {
    // Name the actor only when someone else could make this move, e.g. a customer deciding.
    const isAllowedForOthers = allowedTransitions(from).includes(to)
    throw illegal(isAllowedForOthers ? `Cannot move a case from "${from}" to "${to}" as ${actor}` : undefined)
  }
  if (to === 'decided') {
    if (outcome === undefined || outcome === null) {
      throw illegal(`Cannot move a case from "${from}" to "decided" without an outcome`)
    }
    if (!decisionOutcomes.includes(outcome)) {
      throw illegal(`Cannot decide a case with unknown outcome "${String(outcome)}"`)
    }
    return { status: to, outcome }
  }
  if (outcome !== undefined && outcome !== null) {
    throw illegal(
      `Cannot give an outcome when moving a case from "${from}" to "${to}"; only "decided" takes one`,
    )
  }
  return { status: to, outcome: null }
}

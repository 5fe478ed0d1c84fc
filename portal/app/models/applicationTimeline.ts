import type { TimelineEntry } from './applications.server'

/** What the timeline is made of: the application's dates and each case's. */
export type TimelineInput = {
  submittedOn: string | null
  /** The event's first day (or the business's opening), as the application gave it. */
  startDate: string | null
  cases: {
    permitTypeName: string
    /** 'YYYY-MM-DD', while the case waits for its decision. */
    expectedDecisionDate: string | null
    decidedOn: string | null
    /** Due dates of the case's open supplement requests. */
    supplementDueDates: string[]
  }[]
}

/** The order of entries on one day: what happened first, the start last. */
const kindOrder: TimelineEntry['kind'][] = [
  'submitted',
  'decided',
  'supplement-due',
  'expected-decision',
  'start',
]

/**
 * The application's timeline, earliest first: when it was sent, each open supplement
 * request's due date, each case's expected (or actual) decision, and the start date, with
 * the dates that fall after the start flagged. Pure: the page writes the dates out.
 */
export const timelineOf = ({
  submittedOn,
  startDate,
  cases,
}: TimelineInput): Omit<TimelineEntry, 'dateText'>[] => {
  const isAfterStart = (date: string) => startDate !== null && date > startDate
  const entries: Omit<TimelineEntry, 'dateText'>[] = [
    ...(submittedOn
      ? [{ date: submittedOn, kind: 'submitted' as const, permitTypeName: null, isAfterStart: false }]
      : []),
    ...(startDate
      ? [{ date: startDate, kind: 'start' as const, permitTypeName: null, isAfterStart: false }]
      : []),
    ...cases.flatMap((item) => [
      ...item.supplementDueDates.map((date) => ({
        date,
        kind: 'supplement-due' as const,
        permitTypeName: item.permitTypeName,
        isAfterStart: isAfterStart(date),
      })),
      ...(item.decidedOn
        ? [
            {
              date: item.decidedOn,
              kind: 'decided' as const,
              permitTypeName: item.permitTypeName,
              isAfterStart: false,
            },
          ]
        : item.expectedDecisionDate
          ? [
              {
                date: item.expectedDecisionDate,
                kind: 'expected-decision' as const,
                permitTypeName: item.permitTypeName,
                isAfterStart: isAfterStart(item.expectedDecisionDate),
              },
            ]
          : []),
    ]),
  ]
  return entries.sort(
    (a, b) => a.date.localeCompare(b.date) || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind),
  )
}

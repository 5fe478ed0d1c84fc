/**
 * Maintenance breaks are announced to every user "normally two weeks ahead, or at once
 * when the break is sooner" (the service description). Pure rules, no Payload.
 */

/** How long before a break its notice is emailed. */
export const noticePeriodMs = 14 * 24 * 60 * 60 * 1000

/**
 * When a published notice is emailed: 14 days before the break, or at once (`now`) when
 * that moment has passed. A notice published months ahead is emailed 14 days before, not
 * the day it is published (the portal's banner shows it from publication).
 */
export const noticeEmailAt = ({ startsAt, now }: { startsAt: Date; now: Date }) =>
  new Date(Math.max(now.getTime(), startsAt.getTime() - noticePeriodMs))

/** True when a break starting at `startsAt` is announced at `now` with less than 14 days' notice. */
export const isShortNotice = ({ startsAt, now }: { startsAt: Date; now: Date }) =>
  startsAt.getTime() - now.getTime() < noticePeriodMs

/** True while the break is on: from its start (inclusive) to its end (exclusive). */
export const isBreakOn = ({ startsAt, endsAt, now }: { startsAt: Date; endsAt: Date; now: Date }) =>
  startsAt.getTime() <= now.getTime() && now.getTime() < endsAt.getTime()

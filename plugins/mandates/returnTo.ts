import { safeReturnTo } from '../../src/auth/safeReturnTo'

/**
 * How a mandate flow ended, added to the page the user returns to as `?mandates=<outcome>`
 * for the portal to explain:
 * - `granted`: a principal may be acted for (chosen for this session when it was the only one)
 * - `refused`: no chosen principal may be acted for (no entitling role, or DISALLOWED)
 * - `cancelled`: the user cancelled on the authorisation page
 * - `expired`: the flow or the Web API session took too long, or the mandate has expired
 * - `unavailable`: Suomi.fi Mandates is not configured or did not answer properly
 * - `not-identified`: the user was not identified with a personal identity code
 */
export const flowOutcomes = [
  'granted',
  'refused',
  'cancelled',
  'expired',
  'unavailable',
  'not-identified',
] as const
export type FlowOutcome = (typeof flowOutcomes)[number]

/** The return address with the outcome as `mandates=<outcome>` (any earlier one replaced). */
export const withOutcome = (returnTo: string, outcome: FlowOutcome) => {
  const url = new URL(safeReturnTo(returnTo), 'http://lupa.invalid')
  url.searchParams.set('mandates', outcome)
  return `${url.pathname}${url.search}${url.hash}`
}

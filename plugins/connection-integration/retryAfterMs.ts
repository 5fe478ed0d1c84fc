/**
 * The delay a receiver asked for in `Retry-After` (RFC 9110: delay in seconds or an HTTP
 * date), in milliseconds from `now`; null when absent or unreadable.
 */
export const retryAfterMs = (header: string | null | undefined, now: Date): number | null => {
  const value = header?.trim()
  if (!value) return null
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  if (Number.isNaN(date)) return null
  return Math.max(0, date - now.getTime())
}

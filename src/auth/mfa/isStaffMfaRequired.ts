/**
 * `STAFF_MFA_REQUIRED`: `true`/`1`/`on` or `false`/`0`/`off`; unset, on in production only.
 * Any other value is refused at start-up rather than guessed.
 */
export const isStaffMfaRequired = ({ value, isProduction }: { value?: string; isProduction: boolean }) => {
  const text = value?.trim().toLowerCase()
  if (!text) return isProduction
  if (['true', '1', 'on', 'yes'].includes(text)) return true
  if (['false', '0', 'off', 'no'].includes(text)) return false
  throw new Error(`STAFF_MFA_REQUIRED: must be true or false, not "${value}"`)
}

const weights = [7, 9, 10, 5, 8, 4, 2]

/** Checks a Finnish business ID (Y-tunnus, `1234567-8`) including its check digit. */
export const isValidBusinessId = (value: string): boolean => {
  const match = /^(\d{7})-(\d)$/.exec(value.trim())
  if (!match) return false
  const sum = [...match[1]].reduce((total, digit, index) => total + Number(digit) * weights[index], 0)
  const remainder = sum % 11
  if (remainder === 1) return false
  return Number(match[2]) === (remainder === 0 ? 0 : 11 - remainder)
}

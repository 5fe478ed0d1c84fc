const checkCharacters = '0123456789ABCDEFHJKLMNPRSTUVWXY'
const centuryMarks = '+-ABCDEFUVWXY'

/**
 * Checks a Finnish personal identity code (henkilötunnus, `DDMMYYCZZZQ`): the date part,
 * a century mark (`+`, `-`, `A`–`F`, `U`–`Y`), the individual number and the check character.
 */
export const isValidPersonalIdentityCode = (value: string): boolean => {
  const match = /^(\d{2})(\d{2})(\d{2})([+\-A-FU-Y])(\d{3})([0-9A-Y])$/.exec(value)
  if (!match || !centuryMarks.includes(match[4])) return false
  const [, day, month, , , individual, check] = match
  if (Number(day) < 1 || Number(day) > 31 || Number(month) < 1 || Number(month) > 12) return false
  if (Number(individual) < 2) return false
  return checkCharacters[Number(`${day}${month}${match[3]}${individual}`) % 31] === check
}

/**
 * The role codes of Suomi.fi Mandates (YPA, from the trade register and the register of
 * associations) that let a person act for the organisation in Lupa. Each one carries the
 * right to represent the organisation on its own; see docs/mandates.md.
 *
 * - `NIMKO`: right to sign for the organisation (nimenkirjoitusoikeus, alone or by procura
 *   as DVV's rule is configured for the service)
 * - `TJ`, `TJS`: managing director and deputy managing director (toimitusjohtaja, sijainen)
 * - `ELI`: sole trader (elinkeinonharjoittaja)
 * - `PJ`: chairman (puheenjohtaja), e.g. of an association's board
 * - `IS`: property manager of a housing company (isännöitsijä)
 * - `S`: liquidator (selvitysmies)
 *
 * Not entitling: `J` and `VJ` (board member, deputy: the board acts together), `TIL`
 * (auditor), `YHM` (partner: those who may represent the partnership have `NIMKO`), `PR`
 * (procurator, unless DVV returns `NIMKO`), `VTJ` (vice managing director) and any code not
 * listed.
 */
export const defaultEntitlingRoles: readonly string[] = ['NIMKO', 'TJ', 'TJS', 'ELI', 'PJ', 'IS', 'S']

/** The roles among `roles` that entitle acting, in upper case and without duplicates. */
export const entitlingRolesOf = ({
  roles,
  entitlingRoles = defaultEntitlingRoles,
}: {
  roles: readonly string[]
  entitlingRoles?: readonly string[]
}): string[] => {
  const allowed = new Set(entitlingRoles.map((role) => role.trim().toUpperCase()))
  return [...new Set(roles.map((role) => role.trim().toUpperCase()))].filter((role) => allowed.has(role))
}

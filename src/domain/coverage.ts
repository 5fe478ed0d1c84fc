import { candidateAuthorities } from './routing'
import type { Authority, PermitType } from './types'

/**
 * A gap in where a permit type's cases can go:
 * - `no-authority`: no authority anywhere may receive them (the fixed authority is missing,
 *   out of the service or has not joined; or no authority of the kind has joined);
 * - `municipality-not-served`: nobody receives those of one municipality (flagged only for
 *   a published permit type, the one customers can apply for);
 * - `several-authorities`: routing cannot choose between the authorities serving one.
 */
export type CoverageProblem =
  | { code: 'no-authority' }
  | { code: 'municipality-not-served'; municipality: string }
  | { code: 'several-authorities'; municipality: string; authorities: string[] }

/** Who receives a case from a municipality (`null`: from anywhere, for fixed routing). */
export type CoverageRow = { municipality: string | null; authorities: string[] }

/** Where the cases of one permit type go, municipality by municipality. */
export type PermitTypeCoverage = {
  permitType: string
  isPublished: boolean
  rows: CoverageRow[]
  problems: CoverageProblem[]
}

/**
 * The coverage of a permit type: for each municipality a case may name, the authorities
 * routing would choose from (one is right; none or several is a problem), by the same
 * rule as routing itself ({@link candidateAuthorities}). A fixed routing has one row for
 * every municipality.
 */
export function coverageOf({
  permitType,
  isPublished,
  municipalities,
  authorities,
}: {
  permitType: PermitType
  /** In a published bundle: a municipality nobody serves is then a problem. */
  isPublished: boolean
  /** The municipality codes a case may name, e.g. the options of the municipality element. */
  municipalities: string[]
  authorities: Authority[]
}): PermitTypeCoverage {
  const keysOf = (municipality: string | null) =>
    candidateAuthorities({ permitType, municipality, authorities }).map((authority) => authority.key)
  const anywhere = keysOf(null)
  const rows: CoverageRow[] =
    permitType.routing.kind === 'fixed'
      ? [{ municipality: null, authorities: anywhere }]
      : municipalities.map((municipality) => ({ municipality, authorities: keysOf(municipality) }))
  const problems: CoverageProblem[] = []
  // Nobody anywhere says it all: every municipality unserved would only repeat it.
  if (anywhere.length === 0) problems.push({ code: 'no-authority' })
  else
    for (const { municipality, authorities: keys } of rows) {
      if (municipality === null) continue
      if (keys.length === 0 && isPublished) problems.push({ code: 'municipality-not-served', municipality })
      if (keys.length > 1) problems.push({ code: 'several-authorities', municipality, authorities: keys })
    }
  return { permitType: permitType.key, isPublished, rows, problems }
}

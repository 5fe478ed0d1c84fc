import type { Authority, DataValues, PermitType } from './types'

/** Why a case could not be routed. */
export type RoutingErrorCode =
  'missing-municipality' | 'no-authority' | 'ambiguous-authority' | 'unknown-authority'

/** A case of a permit type has no single competent authority. */
export class RoutingError extends Error {
  readonly code: RoutingErrorCode
  readonly permitType: string

  constructor({
    code,
    permitType,
    message,
  }: {
    code: RoutingErrorCode
    permitType: string
    message: string
  }) {
    super(message)
    this.name = 'RoutingError'
    this.code = code
    this.permitType = permitType
  }
}

/**
 * The authorities that may receive a case of the permit type from the municipality: of
 * those that have joined the permit type, the fixed authority, or those of the routing's
 * kind serving the municipality. With `municipality` null, those of the kind serving
 * anywhere. Exactly one is the competent authority; none or several is a gap in the
 * coverage (see `coverage.ts`).
 */
export function candidateAuthorities({
  permitType,
  municipality,
  authorities,
}: {
  permitType: PermitType
  municipality: string | null
  authorities: Authority[]
}): Authority[] {
  const { routing } = permitType
  const joined = authorities.filter((authority) => authority.permitTypes.includes(permitType.key))
  if (routing.kind === 'fixed') return joined.filter((authority) => authority.key === routing.authority)
  return joined.filter(
    (authority) =>
      authority.kind === routing.authorityKind &&
      (municipality === null || authority.municipalities.includes(municipality)),
  )
}

/**
 * The key of the competent authority for a case of the permit type: the fixed authority,
 * or the one authority of the routing's kind that serves the municipality given in the
 * case values; in both cases only an authority that has joined the permit type (one that
 * joined nothing receives nothing). Throws a {@link RoutingError} when there is not
 * exactly one.
 */
export function routeCase({
  permitType,
  values,
  authorities,
}: {
  permitType: PermitType
  values: DataValues
  authorities: Authority[]
}): string {
  const { routing } = permitType
  if (routing.kind === 'fixed') {
    if (!authorities.some((authority) => authority.key === routing.authority)) {
      throw new RoutingError({
        code: 'unknown-authority',
        permitType: permitType.key,
        message: `Permit type "${permitType.key}" is routed to unknown authority "${routing.authority}"`,
      })
    }
    if (candidateAuthorities({ permitType, municipality: null, authorities }).length === 0) {
      throw new RoutingError({
        code: 'no-authority',
        permitType: permitType.key,
        message: `Authority "${routing.authority}" has not joined permit type "${permitType.key}"`,
      })
    }
    return routing.authority
  }

  const municipality = values[routing.municipalityElement]
  if (typeof municipality !== 'string' || municipality.trim() === '') {
    throw new RoutingError({
      code: 'missing-municipality',
      permitType: permitType.key,
      message: `Permit type "${permitType.key}" is routed by municipality, but "${routing.municipalityElement}" has no municipality code`,
    })
  }
  const code = municipality.trim()
  const candidates = candidateAuthorities({ permitType, municipality: code, authorities })
  if (candidates.length === 0) {
    throw new RoutingError({
      code: 'no-authority',
      permitType: permitType.key,
      message: `No authority of kind "${routing.authorityKind}" that has joined permit type "${permitType.key}" serves municipality "${code}"`,
    })
  }
  if (candidates.length > 1) {
    throw new RoutingError({
      code: 'ambiguous-authority',
      permitType: permitType.key,
      message: `Several authorities of kind "${routing.authorityKind}" that have joined permit type "${permitType.key}" serve municipality "${code}": ${candidates.map((authority) => authority.key).join(', ')}`,
    })
  }
  return candidates[0].key
}

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
 * The key of the competent authority for a case of the permit type: the fixed authority,
 * or the one authority of the routing's kind that serves the municipality given in the
 * case values. Throws a {@link RoutingError} when there is not exactly one.
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
  const candidates = authorities.filter(
    (authority) => authority.kind === routing.authorityKind && authority.municipalities.includes(code),
  )
  if (candidates.length === 0) {
    throw new RoutingError({
      code: 'no-authority',
      permitType: permitType.key,
      message: `No authority of kind "${routing.authorityKind}" serves municipality "${code}" (permit type "${permitType.key}")`,
    })
  }
  if (candidates.length > 1) {
    throw new RoutingError({
      code: 'ambiguous-authority',
      permitType: permitType.key,
      message: `Several authorities of kind "${routing.authorityKind}" serve municipality "${code}" (permit type "${permitType.key}"): ${candidates.map((authority) => authority.key).join(', ')}`,
    })
  }
  return candidates[0].key
}

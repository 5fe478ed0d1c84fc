import { describe, expect, it } from 'vitest'
import {
  candidateAuthorities,
  routeCase,
  RoutingError,
  type RoutingErrorCode,
} from '../../src/domain/routing'
import type { Authority, PermitType, Routing } from '../../src/domain/types'

const joined = ['police-notification']
const authorities: Authority[] = [
  { key: 'police-helsinki', kind: 'police', municipalities: ['091'], permitTypes: joined },
  { key: 'police-ita-uusimaa', kind: 'police', municipalities: ['049', '092'], permitTypes: joined },
  { key: 'rescue-helsinki', kind: 'rescue', municipalities: ['091'], permitTypes: joined },
  { key: 'permit-agency', kind: 'state-agency', municipalities: [], permitTypes: joined },
]

function permitTypeRoutedBy(routing: Routing): PermitType {
  return {
    key: 'police-notification',
    name: { fi: 'Yleisötilaisuusilmoitus' },
    elements: [],
    routing,
    leadTime: { amount: 5, unit: 'calendar-days' },
  }
}

const byMunicipality = permitTypeRoutedBy({
  kind: 'by-municipality',
  authorityKind: 'police',
  municipalityElement: 'municipality',
})

function routingErrorCode(run: () => unknown): RoutingErrorCode | undefined {
  try {
    run()
  } catch (error) {
    if (error instanceof RoutingError) return error.code
    throw error
  }
  return undefined
}

describe('routeCase', () => {
  it('should route a fixed permit type to its authority', () => {
    const permitType = permitTypeRoutedBy({ kind: 'fixed', authority: 'permit-agency' })
    expect(routeCase({ permitType, values: {}, authorities })).toBe('permit-agency')
  })

  it('should throw unknown-authority when the fixed authority is not in the list', () => {
    const permitType = permitTypeRoutedBy({ kind: 'fixed', authority: 'valvira' })
    expect(routingErrorCode(() => routeCase({ permitType, values: {}, authorities }))).toBe(
      'unknown-authority',
    )
  })

  it('should route by municipality to the authority of that kind serving it', () => {
    const values = { municipality: '092' }
    expect(routeCase({ permitType: byMunicipality, values, authorities })).toBe('police-ita-uusimaa')
  })

  it('should ignore authorities of another kind serving the municipality', () => {
    const values = { municipality: '091' }
    expect(routeCase({ permitType: byMunicipality, values, authorities })).toBe('police-helsinki')
  })

  it('should throw missing-municipality when the value is missing', () => {
    expect(routingErrorCode(() => routeCase({ permitType: byMunicipality, values: {}, authorities }))).toBe(
      'missing-municipality',
    )
  })

  it('should throw missing-municipality when the value is blank', () => {
    const values = { municipality: ' ' }
    expect(routingErrorCode(() => routeCase({ permitType: byMunicipality, values, authorities }))).toBe(
      'missing-municipality',
    )
  })

  it('should throw no-authority when no authority serves the municipality', () => {
    const values = { municipality: '837' }
    expect(routingErrorCode(() => routeCase({ permitType: byMunicipality, values, authorities }))).toBe(
      'no-authority',
    )
  })

  it('should throw ambiguous-authority when two authorities serve the municipality', () => {
    const values = { municipality: '091' }
    const overlapping = [
      ...authorities,
      { key: 'police-extra', kind: 'police', municipalities: ['091'], permitTypes: joined },
    ]
    expect(
      routingErrorCode(() => routeCase({ permitType: byMunicipality, values, authorities: overlapping })),
    ).toBe('ambiguous-authority')
  })

  it('should route to the authority that has joined the permit type when another serving one has not', () => {
    const values = { municipality: '091' }
    const withNewcomer = [
      { key: 'police-newcomer', kind: 'police', municipalities: ['091'], permitTypes: [] },
      ...authorities,
    ]
    expect(routeCase({ permitType: byMunicipality, values, authorities: withNewcomer })).toBe(
      'police-helsinki',
    )
  })

  it('should throw no-authority when the only authority serving the municipality has joined nothing', () => {
    const values = { municipality: '092' }
    const notJoined = authorities.map((authority) => ({ ...authority, permitTypes: [] }))
    expect(
      routingErrorCode(() => routeCase({ permitType: byMunicipality, values, authorities: notJoined })),
    ).toBe('no-authority')
  })

  it('should throw no-authority when the fixed authority has not joined the permit type', () => {
    const permitType = permitTypeRoutedBy({ kind: 'fixed', authority: 'permit-agency' })
    const notJoined = authorities.map((authority) => ({ ...authority, permitTypes: ['other-permit'] }))
    expect(routingErrorCode(() => routeCase({ permitType, values: {}, authorities: notJoined }))).toBe(
      'no-authority',
    )
  })
})

describe('candidateAuthorities', () => {
  it('should give every authority of the kind that joined, wherever it serves, without a municipality', () => {
    const keys = candidateAuthorities({ permitType: byMunicipality, municipality: null, authorities }).map(
      (authority) => authority.key,
    )
    expect(keys).toEqual(['police-helsinki', 'police-ita-uusimaa'])
  })
})

import { describe, expect, it } from 'vitest'
import { routeCase, RoutingError, type RoutingErrorCode } from '../../src/domain/routing'
import type { Authority, PermitType, Routing } from '../../src/domain/types'

const authorities: Authority[] = [
  { key: 'police-helsinki', kind: 'police', municipalities: ['091'] },
  { key: 'police-ita-uusimaa', kind: 'police', municipalities: ['049', '092'] },
  { key: 'rescue-helsinki', kind: 'rescue', municipalities: ['091'] },
  { key: 'permit-agency', kind: 'state-agency', municipalities: [] },
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
    const overlapping = [...authorities, { key: 'police-extra', kind: 'police', municipalities: ['091'] }]
    expect(
      routingErrorCode(() => routeCase({ permitType: byMunicipality, values, authorities: overlapping })),
    ).toBe('ambiguous-authority')
  })
})

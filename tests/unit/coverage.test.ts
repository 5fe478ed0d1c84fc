import { describe, expect, it } from 'vitest'

import { coverageOf } from '../../src/domain/coverage'
import type { Authority, PermitType, Routing } from '../../src/domain/types'

const permitTypeRoutedBy = (routing: Routing): PermitType => ({
  key: 'noise-notification',
  name: { fi: 'Meluilmoitus' },
  elements: [],
  routing,
  leadTime: { amount: 30, unit: 'calendar-days' },
})

const byMunicipality = permitTypeRoutedBy({
  kind: 'by-municipality',
  authorityKind: 'environmental-protection',
  municipalityElement: 'municipality',
})
const fixed = permitTypeRoutedBy({ kind: 'fixed', authority: 'permit-agency' })

const authority = (
  key: string,
  municipalities: string[],
  permitTypes = ['noise-notification'],
): Authority => ({
  key,
  kind: key === 'permit-agency' ? 'permit-agency' : 'environmental-protection',
  municipalities,
  permitTypes,
})

const authorities = [
  authority('environment-helsinki', ['091']),
  authority('environment-espoo', ['049']),
  authority('permit-agency', []),
]
const municipalities = ['091', '049', '092']

describe('coverageOf', () => {
  it('should name the one authority of each municipality', () => {
    const { rows } = coverageOf({
      permitType: byMunicipality,
      isPublished: true,
      municipalities,
      authorities,
    })
    expect(rows).toEqual([
      { municipality: '091', authorities: ['environment-helsinki'] },
      { municipality: '049', authorities: ['environment-espoo'] },
      { municipality: '092', authorities: [] },
    ])
  })

  it('should flag a municipality nobody serves when the permit type is published', () => {
    const { problems } = coverageOf({
      permitType: byMunicipality,
      isPublished: true,
      municipalities,
      authorities,
    })
    expect(problems).toEqual([{ code: 'municipality-not-served', municipality: '092' }])
  })

  it('should not flag a municipality nobody serves while the permit type is unpublished', () => {
    const { problems } = coverageOf({
      permitType: byMunicipality,
      isPublished: false,
      municipalities,
      authorities,
    })
    expect(problems).toEqual([])
  })

  it('should not count an authority that has not joined the permit type', () => {
    const notJoined = [authority('environment-vantaa', ['092'], []), ...authorities]
    const { rows } = coverageOf({
      permitType: byMunicipality,
      isPublished: true,
      municipalities,
      authorities: notJoined,
    })
    expect(rows.find((row) => row.municipality === '092')?.authorities).toEqual([])
  })

  it('should flag a permit type no authority of its kind has joined, once and not per municipality', () => {
    const { problems } = coverageOf({
      permitType: byMunicipality,
      isPublished: true,
      municipalities,
      authorities: authorities.map((item) => ({ ...item, permitTypes: [] })),
    })
    expect(problems).toEqual([{ code: 'no-authority' }])
  })

  it('should flag several authorities serving one municipality, published or not', () => {
    const overlapping = [...authorities, authority('environment-capital', ['091', '092'])]
    const { problems } = coverageOf({
      permitType: byMunicipality,
      isPublished: false,
      municipalities,
      authorities: overlapping,
    })
    expect(problems).toEqual([
      {
        code: 'several-authorities',
        municipality: '091',
        authorities: ['environment-helsinki', 'environment-capital'],
      },
    ])
  })

  it('should give a fixed permit type one row for every municipality', () => {
    const coverage = coverageOf({
      permitType: fixed,
      isPublished: true,
      municipalities,
      authorities: [authority('permit-agency', [], ['noise-notification'])],
    })
    expect(coverage.rows).toEqual([{ municipality: null, authorities: ['permit-agency'] }])
    expect(coverage.problems).toEqual([])
  })

  it('should flag a fixed permit type whose authority has not joined it', () => {
    const { problems } = coverageOf({
      permitType: fixed,
      isPublished: true,
      municipalities,
      authorities: [authority('permit-agency', [], [])],
    })
    expect(problems).toEqual([{ code: 'no-authority' }])
  })

  it('should flag a fixed permit type whose authority is not in the service', () => {
    const { problems } = coverageOf({
      permitType: fixed,
      isPublished: false,
      municipalities,
      authorities: [],
    })
    expect(problems).toEqual([{ code: 'no-authority' }])
  })
})

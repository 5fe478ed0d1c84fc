import { describe, expect, it } from 'vitest'

import { defaultEntitlingRoles, entitlingRolesOf } from '../../plugins/mandates/entitlingRoles'
import { personKeyOf } from '../../plugins/mandates/personKey'
import { withOutcome } from '../../plugins/mandates/returnTo'
import { safeReturnTo } from '../../src/auth/safeReturnTo'

describe('the roles that entitle acting for an organisation', () => {
  it('should accept signing rights, managing directors, sole traders, chairmen, property managers and liquidators', () => {
    for (const role of ['NIMKO', 'TJ', 'TJS', 'ELI', 'PJ', 'IS', 'S'])
      expect(entitlingRolesOf({ roles: [role] })).toEqual([role])
  })

  it('should refuse board members, auditors, partners, procurators and unknown codes', () => {
    expect(entitlingRolesOf({ roles: ['J', 'VJ', 'TIL', 'YHM', 'PR', 'VTJ', 'XYZ'] })).toEqual([])
  })

  it('should keep only the entitling roles of a mix, once each, whatever the case', () => {
    expect(entitlingRolesOf({ roles: ['til', 'nimko', 'NIMKO', ' tj '] })).toEqual(['NIMKO', 'TJ'])
  })

  it('should follow a configured list instead of the default', () => {
    expect(entitlingRolesOf({ roles: ['NIMKO', 'J'], entitlingRoles: ['J'] })).toEqual(['J'])
    expect(defaultEntitlingRoles).not.toContain('J')
  })
})

describe('the return address of a mandate flow', () => {
  it('should keep a local path with its query and fragment', () => {
    expect(safeReturnTo('/applications?tab=open#list')).toBe('/applications?tab=open#list')
  })

  it.each([
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    'javascript:alert(1)',
    'applications',
    '/line\nbreak',
    '',
    42,
    undefined,
  ])('should replace %j with /', (value) => {
    expect(safeReturnTo(value)).toBe('/')
  })

  it('should add the outcome, replacing an earlier one', () => {
    expect(withOutcome('/applications?mandates=refused&tab=1', 'granted')).toBe(
      '/applications?mandates=granted&tab=1',
    )
    expect(withOutcome('https://evil.example/', 'cancelled')).toBe('/?mandates=cancelled')
  })
})

describe('the key of a principal', () => {
  it('should be the same for the same code and secret, and never contain the code', () => {
    const key = personKeyOf({ personalIdentityCode: '150505A912K', secret: 's'.repeat(32) })
    expect(personKeyOf({ personalIdentityCode: '150505a912k ', secret: 's'.repeat(32) })).toBe(key)
    expect(personKeyOf({ personalIdentityCode: '150505A912K', secret: 't'.repeat(32) })).not.toBe(key)
    expect(key).toMatch(/^[0-9a-f]{64}$/)
    expect(key).not.toContain('150505')
  })
})

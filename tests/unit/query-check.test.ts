import { describe, expect, it } from 'vitest'

import {
  bodyFieldProblemOf,
  graphqlProblemOf,
  jsonDepthOf,
  multipartProblemOf,
  whereProblemOf,
} from '../../src/server/queryCheck'
import type { CheckedField } from '../../src/server/queryCheck'

const fields: CheckedField[] = [
  { name: 'title', type: 'text' },
  { name: 'name', type: 'text', localized: true },
  { name: 'status', type: 'select' },
  { name: 'tags', type: 'select', hasMany: true },
  { name: 'days', type: 'number' },
  { name: 'isLate', type: 'checkbox' },
  { name: 'createdAt', type: 'date' },
  { name: 'case', type: 'relationship' },
  { name: 'place', type: 'point' },
]
const where = (value: unknown, isNumericIds = true) => whereProblemOf({ where: value, fields, isNumericIds })

describe('whereProblemOf', () => {
  it('should take well-formed queries, nested and/or included', () => {
    expect(where(undefined)).toBeNull()
    expect(where({ id: { in: '1,2,3' }, createdAt: { greater_than: '2026-01-01' } })).toBeNull()
    expect(where({ or: [{ status: { equals: 'open' } }, { and: [{ case: { equals: '7' } }] }] })).toBeNull()
    expect(where({ 'case.status': { equals: 'open' } })).toBeNull()
    expect(where({ place: { near: '24.9,60.1,1000' } })).toBeNull()
    expect(where({ id: { exists: 'true' } })).toBeNull()
    expect(where({ id: { equals: 'abc' } }, false)).toBeNull()
  })

  it('should refuse unknown operators, geometry off points, non-numeric ids and non-dates', () => {
    expect(where({ title: { regex: '.*' } })).toMatch(/unknown operator/)
    expect(where({ id: { near: '1,2,3' } })).toMatch(/only for points/)
    expect(where({ title: { within: 'x' } })).toMatch(/only for points/)
    expect(where({ or: { 0: { id: { in: 'a,b' } } } })).toMatch(/ids are numbers/)
    expect(where({ case: { equals: 'x' } })).toMatch(/ids are numbers/)
    expect(where({ status: { equals: ['a', 'b'] } })).toMatch(/takes one value/)
    expect(where({ status: { in: ['a', 'b'] } })).toBeNull()
    expect(where({ createdAt: { greater_than: 'notadate' } })).toMatch(/not a date/)
    expect(where('id=1')).toMatch(/object/)
    expect(where({ title: 'x' })).toMatch(/operator and a value/)
  })
})

describe('bodyFieldProblemOf', () => {
  it('should name the first field whose value cannot be of its type', () => {
    expect(
      bodyFieldProblemOf({ body: { title: 'x', status: 'open', days: '3', isLate: false }, fields }),
    ).toBeNull()
    expect(
      bodyFieldProblemOf({ body: { title: null, tags: ['a', 'b'], unknown: { a: 1 } }, fields }),
    ).toBeNull()
    expect(bodyFieldProblemOf({ body: { name: { fi: 'Nimi' } }, fields })).toBeNull()
    expect(bodyFieldProblemOf({ body: { title: { a: 1 } }, fields })).toBe('title')
    expect(bodyFieldProblemOf({ body: { status: ['open'] }, fields })).toBe('status')
    expect(bodyFieldProblemOf({ body: { tags: 'a' }, fields })).toBe('tags')
    expect(bodyFieldProblemOf({ body: { days: 'many' }, fields })).toBe('days')
    expect(bodyFieldProblemOf({ body: { isLate: 'yes' }, fields })).toBe('isLate')
    expect(bodyFieldProblemOf({ body: { createdAt: 'yesterday' }, fields })).toBe('createdAt')
    expect(bodyFieldProblemOf({ body: { password: 12345 }, fields })).toBe('password')
  })
})

describe('jsonDepthOf', () => {
  it('should count nesting outside strings', () => {
    expect(jsonDepthOf('{}')).toBe(1)
    expect(jsonDepthOf('{"a":[{"b":1}]}')).toBe(3)
    expect(jsonDepthOf('{"a":"[[[[{{{{\\"]]"}')).toBe(1)
    expect(jsonDepthOf('['.repeat(3000) + ']'.repeat(3000))).toBe(3000)
    expect(jsonDepthOf('42')).toBe(0)
  })
})

describe('graphqlProblemOf', () => {
  it('should refuse subscriptions and fragment cycles, and leave the rest to GraphQL', () => {
    expect(graphqlProblemOf('query { Users { docs { id } } }')).toBeNull()
    expect(
      graphqlProblemOf('query { ...A } fragment A on Query { ...B } fragment B on Query { id }'),
    ).toBeNull()
    expect(graphqlProblemOf('not graphql at all')).toBeNull()
    expect(graphqlProblemOf(42)).toMatch(/string/)
    expect(graphqlProblemOf('subscription { x }')).toMatch(/subscriptions/)
    expect(
      graphqlProblemOf('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    ).toMatch(/fragment A/)
    expect(graphqlProblemOf('fragment A on Query { ...A } query { id }')).toMatch(/fragment A/)
  })

  // 40 fragments each spreading every later one: walking every path would never end.
  it('should check many fragments that spread each other without a cycle, each once', () => {
    const names = Array.from({ length: 40 }, (_, index) => `F${index}`)
    const query = names
      .map(
        (name, index) =>
          `fragment ${name} on Query { ${
            names
              .slice(index + 1)
              .map((next) => `...${next}`)
              .join(' ') || 'id'
          } }`,
      )
      .join('\n')
    expect(graphqlProblemOf(`query { ...F0 }\n${query}`)).toBeNull()
  })
})

describe('multipartProblemOf', () => {
  const part = (name: string, content: string) =>
    `Content-Disposition: form-data; name="${name}"\r\n\r\n${content}\r\n`
  const body = (...parts: string[]) => Buffer.from(`--b\r\n${parts.join('--b\r\n')}--b--\r\n`)

  it('should take a well-formed body, with or without a _payload object, quoted boundary too', () => {
    expect(
      multipartProblemOf(
        body(part('_payload', '{"a":1}'), part('file', 'x')),
        'multipart/form-data; boundary=b',
      ),
    ).toBeNull()
    expect(multipartProblemOf(body(part('file', 'x')), 'multipart/form-data; boundary="b"')).toBeNull()
  })

  it('should refuse a body without its closing boundary, another boundary, or a _payload that is no object', () => {
    expect(
      multipartProblemOf(Buffer.from(`--b\r\n${part('file', 'x')}`), 'multipart/form-data; boundary=b'),
    ).toMatch(/boundary/)
    expect(multipartProblemOf(body(part('file', 'x')), 'multipart/form-data; boundary=c')).toMatch(/boundary/)
    expect(multipartProblemOf(body(part('_payload', 'not json')), 'multipart/form-data; boundary=b')).toMatch(
      /not JSON/,
    )
    expect(multipartProblemOf(body(part('_payload', '[1]')), 'multipart/form-data; boundary=b')).toMatch(
      /object/,
    )
  })

  it('should refuse a body without _payload where the write requires data, not where a file may do', () => {
    const fileOnly = body(part('file', 'x'))
    expect(multipartProblemOf(fileOnly, 'multipart/form-data; boundary=b', { requiresData: true })).toMatch(
      /missing/,
    )
    expect(
      multipartProblemOf(body(part('_payload', '{}')), 'multipart/form-data; boundary=b', {
        requiresData: true,
      }),
    ).toBeNull()
    expect(multipartProblemOf(fileOnly, 'multipart/form-data; boundary=b')).toBeNull()
  })
})

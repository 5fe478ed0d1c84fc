import { type DocumentNode, Kind, parse, visit } from 'graphql'

/**
 * Checks of what a client sends the REST API, made before Payload sees it, so that bad input
 * is refused with a 4xx instead of reaching the database as a failing query (a 500). Pure
 * functions over a collection's fields, as `flattenedFields` describes them.
 */

/** What the checks need of a field. */
export type CheckedField = {
  name: string
  type: string
  hasMany?: boolean
  localized?: boolean
}

const operators = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])
const geometryOperators = new Set(['near', 'within', 'intersects'])
const listOperators = new Set(['in', 'not_in', 'all'])
const idTypes = new Set(['relationship', 'upload', 'join'])

const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (Array.isArray(value)) return value
  if (listOperators.has(operator) && typeof value === 'string') return value.split(',')
  return [value]
}

const isNumericId = (value: unknown) =>
  (typeof value === 'number' && Number.isInteger(value)) ||
  (typeof value === 'string' && /^\d{1,15}$/.test(value))
const isDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value))

/**
 * The first problem of a `where` query (as `qs` parses it) for a collection with the given
 * fields, or null: an unknown operator, a geometry operator on a field that is not a point,
 * a non-numeric id where ids are numbers, a date that is not one. Unknown fields are left to
 * Payload, which refuses them itself.
 */
export const whereProblemOf = ({
  where,
  fields,
  isNumericIds,
}: {
  where: unknown
  fields: CheckedField[]
  isNumericIds: boolean
}): string | null => {
  if (where === undefined) return null
  if (typeof where !== 'object' || where === null || Array.isArray(where)) return 'where must be an object'
  const fieldOf = new Map(fields.map((field) => [field.name, field]))
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list: unknown[] = Array.isArray(condition)
        ? condition
        : typeof condition === 'object' && condition !== null
          ? Object.values(condition)
          : [condition]
      for (const item of list) {
        const problem = whereProblemOf({ where: item, fields, isNumericIds })
        if (problem) return problem
      }
      continue
    }
    if (typeof condition !== 'object' || condition === null || Array.isArray(condition))
      return `${key}: a condition is an operator and a value`
    const [name, ...rest] = key.split('.')
    const field = name === 'id' ? { name: 'id', type: 'id' } : fieldOf.get(name)
    for (const [operator, value] of Object.entries(condition)) {
      if (!operators.has(operator)) return `${key}: unknown operator ${operator}`
      if (!field) continue
      if (geometryOperators.has(operator) && field.type !== 'point')
        return `${key}: ${operator} is only for points`
      // The database binds one value for these; a list reaches it as a value it cannot bind.
      if (!listOperators.has(operator) && !geometryOperators.has(operator) && Array.isArray(value))
        return `${key}: ${operator} takes one value`
      if (operator === 'exists') continue
      const isIdField = field.type === 'id' || (idTypes.has(field.type) && rest.length === 0)
      if (
        isNumericIds &&
        isIdField &&
        !valuesOf(operator, value).every((item) => item === null || isNumericId(item))
      )
        return `${key}: ids are numbers`
      if (
        field.type === 'date' &&
        rest.length === 0 &&
        !valuesOf(operator, value).every((item) => item === null || isDate(item))
      )
        return `${key}: not a date`
    }
  }
  return null
}

/** Whether a value may be written to a field of the type (null clears any field). */
const fitsType = (field: CheckedField, value: unknown): boolean => {
  if (value === null) return true
  const one = (item: unknown) => {
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
      case 'select':
      case 'radio':
        return typeof item === 'string'
      case 'number':
        return (
          typeof item === 'number' ||
          (typeof item === 'string' && item.trim() !== '' && !Number.isNaN(Number(item)))
        )
      case 'checkbox':
        return typeof item === 'boolean'
      case 'date':
        return isDate(item)
      default:
        return true
    }
  }
  if (field.hasMany && (field.type === 'select' || field.type === 'text' || field.type === 'number'))
    return Array.isArray(value) && value.every(one)
  return one(value)
}

/**
 * The first field of a REST write body whose value cannot be of the field's type (an
 * object where a text is expected, say), or null. Localized fields are left to Payload:
 * with `locale=all` they take an object per language.
 */
export const bodyFieldProblemOf = ({
  body,
  fields,
}: {
  body: Record<string, unknown>
  fields: CheckedField[]
}) => {
  for (const field of fields) {
    if (field.localized || !(field.name in body)) continue
    if (!fitsType(field, body[field.name])) return field.name
  }
  if ('password' in body && typeof body.password !== 'string') return 'password'
  return null
}

/** How deep a JSON text nests, counted without parsing it (strings skipped). */
export const jsonDepthOf = (text: string) => {
  let depth = 0
  let deepest = 0
  let isInString = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (isInString) {
      if (character === '\\') index++
      else if (character === '"') isInString = false
    } else if (character === '"') isInString = true
    else if (character === '{' || character === '[') deepest = Math.max(deepest, ++depth)
    else if (character === '}' || character === ']') depth--
  }
  return deepest
}

/**
 * The first problem of a GraphQL request that Payload would answer with a 500: a document
 * that does not parse is left to Payload (it answers 400), a subscription (Lupa has none)
 * and fragments that spread each other in a cycle are refused here.
 */
export const graphqlProblemOf = (query: unknown): string | null => {
  if (typeof query !== 'string') return 'query must be a string'
  let document: DocumentNode
  try {
    document = parse(query)
  } catch {
    return null
  }
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'subscription')
      return 'subscriptions are not supported'
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      const names: string[] = []
      visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) })
      spreads.set(definition.name.value, names)
    }
  }
  // Depth-first, each fragment finished once: linear in the spreads, whatever their shape.
  const state = new Map<string, 'visiting' | 'done'>()
  const isCyclic = (name: string): boolean => {
    if (state.get(name) === 'visiting') return true
    if (state.get(name) === 'done') return false
    state.set(name, 'visiting')
    const cyclic = (spreads.get(name) ?? []).some(isCyclic)
    state.set(name, 'done')
    return cyclic
  }
  for (const name of spreads.keys()) if (isCyclic(name)) return `fragment ${name} spreads itself`
  return null
}

/**
 * The first problem of a multipart body that Payload would answer with a 500: no closing
 * boundary (the parser's "Unexpected end of form"), a boundary the body does not use, a
 * `_payload` part (the record's data) that is not a JSON object, or none where the write
 * `requiresData` (a collection without files has nothing else to write).
 */
export const multipartProblemOf = (
  raw: Buffer,
  contentType: string,
  { requiresData = false }: { requiresData?: boolean } = {},
): string | null => {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  const boundary = match?.[1] ?? match?.[2]
  if (!boundary) return 'no boundary'
  const delimiter = `\r\n--${boundary}`
  // The first delimiter may open the body without the line break before it.
  const text = `\r\n${raw.toString('latin1')}`
  const first = text.indexOf(delimiter)
  const closing = text.lastIndexOf(`${delimiter}--`)
  if (first === -1 || closing <= first) return 'not multipart with its boundary'
  let hasData = false
  for (const part of text.slice(first + delimiter.length, closing).split(delimiter)) {
    const headerEnd = part.indexOf('\r\n\r\n')
    if (headerEnd === -1) return 'a part without headers'
    if (!/name="_payload"/i.test(part.slice(0, headerEnd))) continue
    hasData = true
    let data: unknown
    try {
      data = JSON.parse(Buffer.from(part.slice(headerEnd + 4), 'latin1').toString('utf8'))
    } catch {
      return '_payload: not JSON'
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return '_payload: must be an object'
  }
  return requiresData && !hasData ? '_payload: missing' : null
}

/** A record id: a number on SQL databases, a string on MongoDB. */
export type Id = number | string

/** A relationship value as Payload returns it: an id, or the record when populated. */
export type Rel = Id | { id: Id } | null | undefined

/**
 * The id type a relationship value holds: `number` for a generated type's
 * `number | Case`, `Id` for a value of unknown shape.
 */
export type IdIn<V> = V extends Id
  ? V
  : V extends null | undefined
    ? never
    : V extends { id: infer I extends Id }
      ? I
      : Id

/** The id of a relationship value, populated or not. */
export const idOf = <V>(value: V): IdIn<V> | null =>
  // TypeScript does not narrow a generic value to a conditional type; IdIn follows these branches.
  (value && typeof value === 'object'
    ? ((value as { id?: Id }).id ?? null)
    : ((value as Id | null | undefined) ?? null)) as IdIn<V> | null

/** The ids of a has-many relationship value, populated or not. */
export const idsOf = <V>(values: readonly V[] | null | undefined): IdIn<V>[] =>
  (values ?? []).map(idOf).filter((id) => id !== null)

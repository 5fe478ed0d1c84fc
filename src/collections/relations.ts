/** A record id: a number on SQL databases, a string on MongoDB. */
export type Id = number | string

/** A relationship value as Payload returns it: an id, or the record when populated. */
export type Rel = Id | { id: Id } | null | undefined

/** The id of a relationship value, populated or not. */
export const idOf = (value: unknown): Id | null =>
  value && typeof value === 'object'
    ? ((value as { id?: Id }).id ?? null)
    : ((value as Id | null | undefined) ?? null)

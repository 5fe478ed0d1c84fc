import type { CollectionConfig } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * Adds fields and hooks to a collection after its own: a plugin appends to what others
 * configured, never replaces it.
 */
export const appendToCollection = (
  collection: CollectionConfig,
  { fields = [], hooks = {} }: { fields?: CollectionConfig['fields']; hooks?: Hooks },
): CollectionConfig => {
  const merged: Hooks = { ...collection.hooks }
  for (const key of Object.keys(hooks) as (keyof Hooks)[]) {
    // Each list stays under its own key; TypeScript cannot relate a key's list to its type.
    merged[key] = [...(collection.hooks?.[key] ?? []), ...(hooks[key] ?? [])] as never
  }
  return { ...collection, fields: [...collection.fields, ...fields], hooks: merged }
}

import type { CollectionConfig, Field } from 'payload'

/** Lupa's wrappers of Payload's JSON and code fields (admin/components/CodeFields). */
const editors = {
  json: '/components/CodeFields#JsonField',
  code: '/components/CodeFields#CodeField',
} as const

const withOwnEditor = (field: Field): Field => {
  if ((field.type === 'json' || field.type === 'code') && !field.admin?.components?.Field) {
    return {
      ...field,
      admin: { ...field.admin, components: { ...field.admin?.components, Field: editors[field.type] } },
    } as Field
  }
  if (field.type === 'tabs') {
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withOwnEditor) })) }
  }
  if (field.type === 'blocks') {
    return {
      ...field,
      blocks: (field.blocks ?? []).map((block) => ({ ...block, fields: block.fields.map(withOwnEditor) })),
    }
  }
  if ('fields' in field) return { ...field, fields: field.fields.map(withOwnEditor) }
  return field
}

/**
 * Every JSON and code field of the collection (at any depth) edited with Lupa's wrapper of
 * Payload's editor, which loads Monaco from Lupa's own origin first: Payload's editor alone
 * fetches it from a public CDN, which Lupa's CSP refuses and offline deployments lack. A
 * field with its own component keeps it.
 */
export const withOwnCodeEditors = <C extends Pick<CollectionConfig, 'fields'>>(collection: C): C => ({
  ...collection,
  fields: collection.fields.map(withOwnEditor),
})
